//! Helpers shared by the lobby and ban stories.

use lkctl_core::ops::bans::{BanSubject, NewBan};
use lkctl_core::ops::lobby::{JoinOutcome, LobbyEntry};
use lkctl_core::ops::policy::{self, PolicyUpdate};
use lkctl_core::store::Store;

pub async fn open_room(store: &Store, room: &str, lobby_on: bool) {
    policy::set(
        store,
        room,
        PolicyUpdate {
            hosts: Some(vec!["host".into()]),
            lobby: Some(lobby_on),
            ..Default::default()
        },
        "admin",
    )
    .await
    .expect("policy");
}

/// A pending entry and the claim secret only its guest received.
#[derive(Debug)]
pub struct Pending {
    pub entry: LobbyEntry,
    pub claim: String,
}

impl std::ops::Deref for Pending {
    type Target = LobbyEntry;
    fn deref(&self) -> &Self::Target {
        &self.entry
    }
}

pub fn waiting(outcome: JoinOutcome) -> Pending {
    match outcome {
        JoinOutcome::Waiting { entry, claim } => Pending { entry, claim },
        other => panic!("expected a pending entry, got {other:?}"),
    }
}

pub fn ban(room: Option<&str>, subject: BanSubject) -> NewBan {
    NewBan {
        room: room.map(Into::into),
        subject,
        ip: None,
        reason: Some("spam".into()),
        duration: None,
        by: "host".into(),
    }
}
