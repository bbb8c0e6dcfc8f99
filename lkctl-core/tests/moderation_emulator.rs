//! Ban enforcement against the LiveKit emulator (lkctl-emulator): the real `Moderator`
//! (`LiveKit` → RoomService `RemoveParticipant`) removes banned participants.

mod store_support;

use std::sync::Arc;
use std::time::Duration;

use lkctl_core::config::Connection;
use lkctl_core::ops::bans::{BanSubject, Bans, JoinVerdict, NewBan, ParticipantJoined};
use lkctl_core::ops::lobby::{JoinOutcome, Lobby};
use lkctl_core::ops::participants;
use lkctl_core::ops::policy::{self, PolicyUpdate};
use lkctl_core::store::testing::TestDb;
use lkctl_core::token::CredentialsIssuer;
use lkctl_core::{LiveKit, Secret};
use lkctl_emulator::{DEV_API_KEY, DEV_API_SECRET, Emulator, EmulatorConfig, ParticipantSpec};

async fn identities(lk: &LiveKit, room: &str) -> Vec<String> {
    participants::list(lk, room)
        .await
        .expect("list")
        .into_iter()
        .map(|p| p.identity)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bans_remove_participants_from_the_emulator() {
    let emu = Emulator::start(EmulatorConfig::dev_default())
        .await
        .expect("start emulator");
    let lk = Arc::new(
        LiveKit::new(
            Connection {
                url: emu.url.clone(),
                api_key: emu.api_key().into(),
                api_secret: Secret::new(emu.api_secret()),
            },
            Duration::from_secs(5),
        )
        .expect("client"),
    );
    lk.room_client()
        .create_room("team", Default::default())
        .await
        .expect("create room");

    let db = TestDb::sqlite().await.expect("db");
    policy::set(
        &db.store,
        "team",
        PolicyUpdate {
            lobby: Some(false),
            ..Default::default()
        },
        "admin",
    )
    .await
    .expect("policy");
    let issuer = CredentialsIssuer::new(DEV_API_KEY, Secret::new(DEV_API_SECRET));
    let lobby = Lobby::new(db.store.clone(), Arc::new(issuer));
    let bans = Bans::new(db.store.clone(), lk.clone());

    let JoinOutcome::Admitted { entry, .. } = lobby
        .request_join(store_support::join("team", "Troll", &store_support::fp(1)))
        .await
        .expect("join")
    else {
        panic!("lobby off admits")
    };
    // The guest uses its token: the participant appears in LiveKit.
    let control = emu.control();
    control
        .add_participant("team", ParticipantSpec::new(&entry.identity))
        .expect("join emulator");
    control
        .add_participant("team", ParticipantSpec::new("host"))
        .expect("join emulator");
    assert!(identities(&lk, "team").await.contains(&entry.identity));

    // Banning removes it at once.
    let outcome = bans
        .add(NewBan {
            room: Some("team".into()),
            subject: BanSubject::Fingerprint(store_support::fp(1)),
            ip: None,
            reason: Some("spam".into()),
            duration: None,
            by: "host".into(),
        })
        .await
        .expect("ban");
    assert_eq!(outcome.removed.len(), 1, "{outcome:?}");
    assert_eq!(outcome.removed[0].error, None);
    assert_eq!(identities(&lk, "team").await, ["host"]);

    // The old token is still valid in LiveKit; when it comes back, the join webhook removes it.
    control
        .add_participant("team", ParticipantSpec::new(&entry.identity))
        .expect("rejoin");
    let joined = ParticipantJoined {
        room: "team".into(),
        identity: entry.identity.clone(),
        ..Default::default()
    };
    assert!(matches!(
        bans.enforce_on_join(&joined).await.expect("enforce"),
        JoinVerdict::Removed { .. }
    ));
    assert_eq!(identities(&lk, "team").await, ["host"]);
    let host = ParticipantJoined {
        room: "team".into(),
        identity: "host".into(),
        ..Default::default()
    };
    assert_eq!(
        bans.enforce_on_join(&host).await.expect("enforce"),
        JoinVerdict::Allowed
    );
    assert_eq!(identities(&lk, "team").await, ["host"]);

    db.cleanup().await;
    emu.shutdown().await;
}
