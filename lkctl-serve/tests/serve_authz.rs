//! The authorization matrix: every route of the route table, called as anonymous, guest
//! (holding a lobby claim and an admitted guest session), host of another room, host and
//! admin. A route may only answer data (2xx) to callers its declared access admits; nothing
//! may answer 500. Event streams are checked by their status and headers only. On SQLite
//! and PostgreSQL.

#[macro_use]
mod serve_support;

use axum::body::Body;
use axum::http::Request;
use lkctl_core::ops::guests;
use lkctl_core::ops::lobby::{JoinOutcome, JoinRequest};
use lkctl_core::ops::policy::{self, PolicyUpdate};
use lkctl_core::ops::users::{self, Role};
use lkctl_serve::auth::Access;
use lkctl_serve::routes;
use serve_support::*;
use tower::ServiceExt;

both!(every_route_answers_only_whom_it_should);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Anonymous,
    Guest,
    OtherHost,
    Host,
    Admin,
}

/// Whether `who` may get past the route's access check.
fn admitted(access: Access, who: Who) -> bool {
    match access {
        Access::Public | Access::SelfAuthenticated => true,
        Access::User => !matches!(who, Who::Anonymous | Who::Guest),
        Access::RoomHost => matches!(who, Who::Host | Who::Admin),
        Access::Admin => who == Who::Admin,
        Access::Guest => who == Who::Guest,
    }
}

/// Call the app; an event stream's body is not read (it would not end).
async fn call(h: &Harness, req: Request<Body>) -> Reply {
    let resp = h.app().oneshot(req).await.expect("infallible");
    let streaming = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/event-stream"));
    if streaming {
        return Reply {
            status: resp.status().as_u16(),
            headers: resp.headers().clone(),
            body: Vec::new(),
        };
    }
    Reply::read(resp).await
}

/// Replace each remaining `{param}` with `unknown-param`.
fn fill_unknown_params(path: &str) -> String {
    path.split('/')
        .map(|seg| {
            if seg.starts_with('{') && seg.ends_with('}') {
                format!("unknown-{}", &seg[1..seg.len() - 1])
            } else {
                seg.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

async fn every_route_answers_only_whom_it_should(db: Db) {
    let h = Harness::new(db).await;
    let store = &h.state.store;
    h.user("root", Role::Admin).await;
    h.user("hal", Role::Host).await;
    h.user("olga", Role::Host).await;
    for (room, host) in [("r1", "hal"), ("r2", "olga")] {
        policy::set(
            store,
            room,
            PolicyUpdate {
                hosts: Some(vec![host.into()]),
                lobby: Some(true),
                ..Default::default()
            },
            "test",
        )
        .await
        .unwrap();
    }
    let JoinOutcome::Waiting { entry, claim } = h
        .state
        .lobby
        .request_join(JoinRequest {
            room: "r1".into(),
            display_name: "Gus".into(),
            fingerprint: "fingerprint-of-gus-0001".into(),
            session_id: None,
            ip: None,
            pin: None,
        })
        .await
        .unwrap()
    else {
        panic!("lobby is on")
    };
    let code = policy::invite(store, "r1", false, "test").await.unwrap();
    // A second guest of r1, approved: its entry gives the guest caller a guest session.
    let JoinOutcome::Waiting { entry: ann, .. } = h
        .state
        .lobby
        .request_join(JoinRequest {
            room: "r1".into(),
            display_name: "Ann".into(),
            fingerprint: "fingerprint-of-ann-0001".into(),
            session_id: None,
            ip: None,
            pin: None,
        })
        .await
        .unwrap()
    else {
        panic!("lobby is on")
    };
    let ann = h.state.lobby.approve("r1", &ann.id, "hal").await.unwrap();
    let token = |user: &'static str| async move {
        users::create_token(store, user, "matrix", None, None, "test")
            .await
            .unwrap()
            .secret
    };
    let callers = [
        (Who::Anonymous, None),
        (Who::Guest, None),
        (Who::OtherHost, Some(token("olga").await)),
        (Who::Host, Some(token("hal").await)),
        (Who::Admin, Some(token("root").await)),
    ];

    let table = routes::table();
    assert!(table.len() >= 10, "the table lists the routes");
    for route in &table {
        let path = route
            .path
            .replace("{room}", "r1")
            .replace("{entry}", &entry.id)
            .replace("{username}", "nobody")
            .replace("{id}", "AT_unknown")
            .replace("{code}", &code)
            .replace("{identity}", "nobody")
            .replace("{file}", "SF_unknown");
        // Every other parameter (identities, egress, ban, trunk ids...) names nothing: the
        // handler answers 4xx, never 5xx, and never data to whom it should not.
        let path = fill_unknown_params(&path);
        assert!(!path.contains('{'), "{}: unfilled parameter", route.path);
        for (who, bearer) in &callers {
            let mut req = Request::builder()
                .method(route.method.clone())
                .uri(&path)
                .header("content-type", "application/json");
            if let Some(t) = bearer {
                req = req.header("authorization", format!("Bearer {t}"));
            }
            if *who == Who::Guest {
                // A guest holds its lobby claim and a guest session of r1 (a fresh one per
                // call: one of the routes ends it).
                let session = guests::open(&h.state.bans, &ann, guests::GUEST_SESSION_TTL)
                    .await
                    .unwrap();
                req = req
                    .header("x-lobby-claim", &claim)
                    .header("authorization", format!("Bearer {}", session.secret));
            }
            let r = call(&h, req.body(Body::from("{}")).unwrap()).await;
            let label = format!("{} {} as {who:?}", route.method, route.path);
            assert_ne!(r.status, 500, "{label}: {}", r.text());
            assert!(
                !(r.status == 404 && r.text().contains("no such path")),
                "{label}: the route exists"
            );
            assert_ne!(r.status, 405, "{label}: the method is routed");
            if route.access == Access::SelfAuthenticated {
                // The handler checks its own credential (a signature, a claim secret) that
                // only the guest has (its claim): nobody else gets data.
                assert!(
                    *who == Who::Guest || !(200..300).contains(&r.status),
                    "{label} answered without its own credential: {} {}",
                    r.status,
                    r.text()
                );
            } else if admitted(route.access, *who) {
                assert!(
                    r.status != 401 && r.status != 403,
                    "{label} should be admitted: {} {}",
                    r.status,
                    r.text()
                );
            } else {
                assert!(
                    r.status == 401 || r.status == 403,
                    "{label} must be refused: {} {}",
                    r.status,
                    r.text()
                );
                // Holding any credential makes a refusal 403; holding none, 401.
                let want = if bearer.is_some() || *who == Who::Guest {
                    403
                } else {
                    401
                };
                assert_eq!(r.status, want, "{label}: {}", r.text());
            }
        }
    }
    h.cleanup().await;
}
