//! The emulator's SIP, Ingress and AgentDispatch services through the official Rust SDK.

mod support;

use base64::Engine;
use livekit_api::access_token::{SIPGrants, VideoGrants};
use livekit_api::services::agent_dispatch::AgentDispatchClient;
use livekit_api::services::ingress::{CreateIngressOptions, IngressClient, IngressListFilter};
use livekit_api::services::sip::{
    CreateSIPOutboundTrunkOptions, CreateSIPParticipantOptions, SIPClient,
};
use livekit_api::services::{ServerError, ServiceError};
use livekit_protocol as proto;
use lkctl_emulator::{DEV_API_KEY, DEV_API_SECRET};
use prost::Message;
use reqwest::Method;
use support::*;

/// `google.rpc.Status` (`google/rpc/status.proto`), decoded here independently of the
/// emulator's own encoder.
#[derive(Clone, PartialEq, prost::Message)]
struct RpcStatus {
    #[prost(int32, tag = "1")]
    code: i32,
    #[prost(string, tag = "2")]
    message: String,
    #[prost(message, repeated, tag = "3")]
    details: Vec<Any>,
}

/// `google.protobuf.Any` (`google/protobuf/any.proto`).
#[derive(Clone, PartialEq, prost::Message)]
struct Any {
    #[prost(string, tag = "1")]
    type_url: String,
    #[prost(bytes = "vec", tag = "2")]
    value: Vec<u8>,
}

fn code(e: &ServiceError) -> (String, String) {
    match e {
        ServiceError::Twirp(ServerError::Twirp(c)) => (c.code.clone(), c.msg.clone()),
        other => panic!("not a twirp error: {other:?}"),
    }
}

#[tokio::test]
async fn outbound_call_busy_here_carries_the_sip_status() {
    let emu = start().await;
    let sip = SIPClient::with_api_key(&emu.url, DEV_API_KEY, DEV_API_SECRET);
    let trunk = sip
        .create_sip_outbound_trunk(
            "carrier".into(),
            "sip.example.com".into(),
            vec!["+15550100".into()],
            CreateSIPOutboundTrunkOptions::default(),
        )
        .await
        .unwrap();
    assert!(trunk.sip_trunk_id.starts_with("ST_"));
    let ok = sip
        .create_sip_participant(
            trunk.sip_trunk_id.clone(),
            "+15550111".into(),
            "call".into(),
            CreateSIPParticipantOptions {
                wait_until_answered: Some(true),
                ..Default::default()
            },
            None,
        )
        .await
        .unwrap();
    assert!(ok.sip_call_id.starts_with("SCL_"));
    assert_eq!(ok.participant_identity, "sip_+15550111");

    emu.control().set_sip_call_failure(Some((486, "Busy Here")));
    let err = sip
        .create_sip_participant(
            trunk.sip_trunk_id.clone(),
            "+15550111".into(),
            "call".into(),
            CreateSIPParticipantOptions {
                wait_until_answered: Some(true),
                ..Default::default()
            },
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(code(&err).0, "resource_exhausted");
    // The JSON error carries the SIP status in meta, as LiveKit's does.
    let token = token_with_sip(
        VideoGrants::default(),
        SIPGrants {
            admin: false,
            call: true,
        },
    );
    let body = format!(
        r#"{{"sip_trunk_id":"{}","sip_call_to":"+1","room_name":"r","wait_until_answered":true}}"#,
        trunk.sip_trunk_id
    );
    let a = send(
        Method::POST,
        &format!("{}/twirp/livekit.SIP/CreateSIPParticipant", emu.url),
        Some(&format!("Bearer {token}")),
        Some("application/json"),
        body,
    )
    .await;
    assert_eq!(a.status, 429);
    assert_eq!(a.json()["meta"]["sip_status_code"], "486");
    assert_eq!(a.json()["meta"]["sip_status"], "Busy Here");
    // error_details: base64 of a google.rpc.Status with the gRPC code, the message and
    // a livekit.SIPStatus detail (xtwirp.WithDetailsFromStatus).
    let details = a.json()["meta"]["error_details"]
        .as_str()
        .unwrap()
        .to_owned();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(details)
        .unwrap();
    let st = RpcStatus::decode(bytes.as_slice()).unwrap();
    assert_eq!(st.code, 8); // RESOURCE_EXHAUSTED
    assert_eq!(st.message, a.json()["msg"].as_str().unwrap());
    assert_eq!(st.details.len(), 1);
    assert_eq!(
        st.details[0].type_url,
        "type.googleapis.com/livekit.SIPStatus"
    );
    let sip_status = proto::SipStatus::decode(st.details[0].value.as_slice()).unwrap();
    assert_eq!(
        (sip_status.code, sip_status.status.as_str()),
        (486, "Busy Here")
    );
}

#[tokio::test]
async fn sip_grants_are_enforced() {
    let emu = start().await;
    let call_only = token_with_sip(
        VideoGrants::default(),
        SIPGrants {
            admin: false,
            call: true,
        },
    );
    let admin_only = token_with_sip(
        VideoGrants::default(),
        SIPGrants {
            admin: true,
            call: false,
        },
    );
    let post = |method: &'static str, tok: String| {
        let url = format!("{}/twirp/livekit.SIP/{method}", emu.url);
        async move {
            send(
                Method::POST,
                &url,
                Some(&format!("Bearer {tok}")),
                Some("application/json"),
                "{}",
            )
            .await
        }
    };
    assert_eq!(
        post("ListSIPInboundTrunk", call_only.clone()).await.status,
        401
    );
    assert_eq!(
        post("ListSIPInboundTrunk", admin_only.clone()).await.status,
        200
    );
    assert_eq!(
        post("CreateSIPParticipant", admin_only.clone())
            .await
            .status,
        401
    );
    // Transfer needs roomAdmin on the room too.
    let a = send(
        Method::POST,
        &format!("{}/twirp/livekit.SIP/TransferSIPParticipant", emu.url),
        Some(&format!("Bearer {call_only}")),
        Some("application/json"),
        r#"{"room_name":"r","participant_identity":"p","transfer_to":"tel:+1"}"#,
    )
    .await;
    assert_eq!(a.status, 401);
    // Like LiveKit, deleting an unknown trunk succeeds and echoes the ID.
    let deleted = SIPClient::with_api_key(&emu.url, DEV_API_KEY, DEV_API_SECRET)
        .delete_sip_trunk("ST_nope")
        .await
        .unwrap();
    assert_eq!(deleted.sip_trunk_id, "ST_nope");
}

#[tokio::test]
async fn ingress_crud_and_grant() {
    let emu = start().await;
    let client = IngressClient::with_api_key(&emu.url, DEV_API_KEY, DEV_API_SECRET);
    let info = client
        .create_ingress(
            proto::IngressInput::RtmpInput,
            CreateIngressOptions {
                room_name: "stage".into(),
                participant_identity: "obs".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert!(info.ingress_id.starts_with("IN_") && info.stream_key.len() == 12 && info.reusable);
    assert_eq!(
        client
            .list_ingress(IngressListFilter::Room("stage".into()))
            .await
            .unwrap()
            .len(),
        1
    );
    client.delete_ingress(&info.ingress_id).await.unwrap();
    let (c, m) = code(&client.delete_ingress(&info.ingress_id).await.unwrap_err());
    assert_eq!(
        (c.as_str(), m.as_str()),
        ("not_found", "ingress does not exist")
    );
    let no_grant = token(VideoGrants {
        room_record: true,
        ..Default::default()
    });
    let a = send(
        Method::POST,
        &format!("{}/twirp/livekit.Ingress/ListIngress", emu.url),
        Some(&format!("Bearer {no_grant}")),
        Some("application/json"),
        "{}",
    )
    .await;
    assert_eq!(a.status, 401);
}

#[tokio::test]
async fn agent_dispatch_needs_room_admin_for_that_room() {
    let emu = start().await;
    rooms(&emu)
        .create_room("demo", Default::default())
        .await
        .unwrap();
    let client = AgentDispatchClient::with_api_key(&emu.url, DEV_API_KEY, DEV_API_SECRET);
    let d = client
        .create_dispatch(proto::CreateAgentDispatchRequest {
            agent_name: "a".into(),
            room: "demo".into(),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(d.id.starts_with("AD_"));
    assert_eq!(client.list_dispatch("demo").await.unwrap().len(), 1);
    let other_room = admin("other");
    let a = send(
        Method::POST,
        &format!(
            "{}/twirp/livekit.AgentDispatchService/ListDispatch",
            emu.url
        ),
        Some(&format!("Bearer {other_room}")),
        Some("application/json"),
        r#"{"room":"demo"}"#,
    )
    .await;
    assert_eq!(a.status, 401);
    client.delete_dispatch(&d.id, "demo").await.unwrap();
    assert!(client.list_dispatch("demo").await.unwrap().is_empty());
}

/// Found by the Node SDK's `listSipTrunk()`: LiveKit still serves the deprecated
/// ListSIPTrunk (pkg/service/sip.go), listing inbound and outbound trunks in the legacy
/// `SIPTrunkInfo` shape (protocol livekit/sip.go `AsTrunkInfo`); the emulator answered 501.
/// DeleteSIPTrunk echoes only the ID.
#[tokio::test]
#[allow(deprecated)]
async fn deprecated_list_sip_trunk_lists_both_kinds_in_the_legacy_shape() {
    use livekit_api::services::sip::{CreateSIPInboundTrunkOptions, ListSIPTrunkFilter};
    let emu = start().await;
    let sip = SIPClient::with_api_key(&emu.url, DEV_API_KEY, DEV_API_SECRET);
    let inbound = sip
        .create_sip_inbound_trunk(
            "in".into(),
            vec!["+15550001".into()],
            CreateSIPInboundTrunkOptions {
                allowed_addresses: Some(vec!["10.0.0.0/8".into()]),
                allowed_numbers: Some(vec!["+15559999".into()]),
                auth_username: Some("iu".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let outbound = sip
        .create_sip_outbound_trunk(
            "out".into(),
            "sip.example.com".into(),
            vec!["+15550002".into(), "+15550003".into()],
            CreateSIPOutboundTrunkOptions {
                transport: proto::SipTransport::Tcp,
                auth_username: "ou".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let items = sip.list_sip_trunk(ListSIPTrunkFilter::All).await.unwrap();
    assert_eq!(items.len(), 2, "{items:?}");
    let i = items
        .iter()
        .find(|t| t.sip_trunk_id == inbound.sip_trunk_id)
        .unwrap();
    assert_eq!(
        i.kind,
        proto::sip_trunk_info::TrunkKind::TrunkInbound as i32
    );
    assert_eq!(i.name, "in");
    assert_eq!(i.outbound_number, "+15550001");
    assert_eq!(i.inbound_addresses, ["10.0.0.0/8"]);
    assert_eq!(i.inbound_numbers, ["+15559999"]);
    assert_eq!(i.inbound_username, "iu");
    let o = items
        .iter()
        .find(|t| t.sip_trunk_id == outbound.sip_trunk_id)
        .unwrap();
    assert_eq!(
        o.kind,
        proto::sip_trunk_info::TrunkKind::TrunkOutbound as i32
    );
    assert_eq!(o.outbound_address, "sip.example.com");
    assert_eq!(o.outbound_number, "+15550002");
    assert_eq!(o.transport, proto::SipTransport::Tcp as i32);
    assert_eq!(o.outbound_username, "ou");

    let deleted = sip.delete_sip_trunk(&inbound.sip_trunk_id).await.unwrap();
    assert_eq!(
        deleted,
        proto::SipTrunkInfo {
            sip_trunk_id: inbound.sip_trunk_id.clone(),
            ..Default::default()
        }
    );
    let items = sip.list_sip_trunk(ListSIPTrunkFilter::All).await.unwrap();
    assert_eq!(items.len(), 1);
}
