//! What an admitted guest does with its guest session, always in the session's own room:
//! `/api/v1/guest` (who am I, leave), `/api/v1/guest/chat`, `/api/v1/guest/files[/{file}]`
//! and `/api/v1/guest/hand`. The route table gives these [`crate::auth::Access::Guest`], so
//! only a live guest session reaches them; a kick or a ban ends it before the next request.

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use lkctl_core::Error;
use lkctl_core::ops::chat::{self, ChatMessage};
use lkctl_core::ops::files::{self, FileStorage, NewSharedFile, PresignedUrl, SharedFile};
use lkctl_core::ops::guests::{self, GuestSession};
use lkctl_core::ops::hands::{self, RaisedHand};
use lkctl_core::ops::policy;
use lkctl_core::store::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::Body;
use crate::api::join::clear_guest_cookie;
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// The guest session of the caller (the route's access already required one).
fn guest(caller: &Caller) -> ApiResult<&GuestSession> {
    match caller {
        Caller::Guest { guest, .. } => Ok(guest),
        _ => Err(ApiError::unauthenticated(
            "this route needs a guest session",
        )),
    }
}

/// `GET /api/v1/guest`: the session, and what the room allows.
pub async fn me(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
) -> ApiResult<Json<serde_json::Value>> {
    let g = guest(&caller)?;
    let policy = policy::show(&state.store, &g.room).await?;
    let hand_raised = match hands::get(&state.store, &g.room, &g.identity).await {
        Ok(_) => true,
        Err(Error::NotFound { .. }) => false,
        Err(e) => return Err(e.into()),
    };
    Ok(Json(json!({
        "session": g,
        "webinar": policy.webinar,
        "hand_raised": hand_raised,
        "livekit_url": state.livekit_public_url,
    })))
}

/// `DELETE /api/v1/guest`: leave (ends this session and clears its cookie).
pub async fn leave(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
) -> ApiResult<Response> {
    let g = guest(&caller)?;
    guests::end(&state.store, &g.id).await?;
    let mut resp = StatusCode::NO_CONTENT.into_response();
    resp.headers_mut()
        .insert(header::SET_COOKIE, clear_guest_cookie(&state));
    Ok(resp)
}

/// `POST /api/v1/guest/token`: a fresh LiveKit token for the guest's room, for a guest whose
/// token is about to run out (or who lost it with a reload). Valid for the guest token
/// lifetime, never past the guest session; refused once the session ended (kick, ban,
/// leave, expiry: the route's access already needs a live one) or the guest is banned.
pub async fn token_renew(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
) -> ApiResult<Json<serde_json::Value>> {
    let g = guest(&caller)?;
    let renewed = state
        .lobby
        .renew_token(&g.room, &g.entry_id, g.expires_at)
        .await?;
    Ok(Json(json!({
        "livekit_url": state.livekit_public_url,
        "room": renewed.room,
        "identity": renewed.identity,
        "token": renewed.token,
        "token_expires_at": renewed.expires_at,
    })))
}

/// Query of the chat history.
#[derive(Debug, Deserialize)]
pub struct ChatQuery {
    /// Only messages sent at or after this time (RFC 3339).
    pub since: Option<Timestamp>,
    /// At most this many (1–1000, default 200).
    pub limit: Option<i64>,
}

/// `GET /api/v1/guest/chat`: the room's chat, oldest first.
pub async fn chat_list(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Query(q): Query<ChatQuery>,
) -> ApiResult<Json<Vec<ChatMessage>>> {
    let g = guest(&caller)?;
    let since = q.since;
    let limit = q.limit.unwrap_or(200).clamp(1, 1000);
    Ok(Json(chat::list(&state.store, &g.room, since, limit).await?))
}

/// Body of a chat message.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChatBody {
    /// The text.
    pub text: String,
}

/// `POST /api/v1/guest/chat`: send a message to the room's chat as the guest.
pub async fn chat_post(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Body(body): Body<ChatBody>,
) -> ApiResult<(StatusCode, Json<ChatMessage>)> {
    let g = guest(&caller)?;
    let msg = chat::add(&state.store, &g.room, &g.identity, &body.text, None).await?;
    Ok((StatusCode::CREATED, Json(msg)))
}

fn storage(state: &AppState) -> ApiResult<&FileStorage> {
    state.files.as_ref().ok_or_else(|| {
        ApiError(Error::Config(
            "file sharing is off: this server has no S3 storage configured".into(),
        ))
    })
}

/// A file record with the presigned request to use.
#[derive(Debug, Serialize)]
pub struct FileWithUrl {
    /// The record.
    pub file: SharedFile,
    /// The request to send (method, URL, headers to send as signed).
    pub request: PresignedUrl,
}

/// `GET /api/v1/guest/files`: files shared in the room.
pub async fn files_list(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
) -> ApiResult<Json<Vec<SharedFile>>> {
    let g = guest(&caller)?;
    Ok(Json(files::list(&state.store, &g.room).await?))
}

/// Body of a file share.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShareBody {
    /// File name (no path).
    pub name: String,
    /// Size in bytes (signed into the upload URL).
    pub size: i64,
    /// MIME type (the upload must send the same `Content-Type`).
    pub content_type: String,
}

/// Whether `content_type` is one of `allowed` (`type/*` allows a family).
pub fn type_allowed(allowed: &[String], content_type: &str) -> bool {
    let ct = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    allowed.iter().any(|a| {
        let a = a.to_ascii_lowercase();
        match a.strip_suffix("/*") {
            Some(family) => ct
                .split_once('/')
                .is_some_and(|(f, sub)| f == family && !sub.is_empty()),
            None => a == ct,
        }
    })
}

/// `POST /api/v1/guest/files`: record a file and get a presigned URL to `PUT` its bytes to.
pub async fn files_share(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Body(body): Body<ShareBody>,
) -> ApiResult<(StatusCode, Json<FileWithUrl>)> {
    let g = guest(&caller)?;
    let storage = storage(&state)?;
    let max = state.options.guest_upload_max;
    if !(0..=max).contains(&body.size) {
        return Err(ApiError::invalid(
            "size",
            format!("guests may share files of up to {max} bytes"),
        ));
    }
    if !type_allowed(&state.options.guest_upload_types, &body.content_type) {
        return Err(ApiError::invalid(
            "content_type",
            format!(
                "`{}` may not be shared here; allowed: {}",
                body.content_type,
                state.options.guest_upload_types.join(", ")
            ),
        ));
    }
    let file = files::add(
        &state.store,
        NewSharedFile {
            room: g.room.clone(),
            name: body.name,
            size: body.size,
            content_type: body.content_type,
            uploader: g.identity.clone(),
        },
    )
    .await?;
    let request = storage
        .presign_upload(&file, state.options.guest_url_ttl)
        .await?;
    Ok((StatusCode::CREATED, Json(FileWithUrl { file, request })))
}

/// `GET /api/v1/guest/files/{file}`: a presigned URL to download a file of the room.
pub async fn files_download(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
) -> ApiResult<Json<FileWithUrl>> {
    let g = guest(&caller)?;
    let storage = storage(&state)?;
    let file = files::get(&state.store, &id).await?;
    if file.room != g.room {
        // Another room's file does not exist for this guest.
        return Err(ApiError(Error::NotFound {
            what: "shared file",
            id,
        }));
    }
    let request = storage
        .presign_download(&file, state.options.guest_url_ttl)
        .await?;
    Ok(Json(FileWithUrl { file, request }))
}

/// `POST /api/v1/guest/hand`: raise the guest's hand (webinar rooms).
pub async fn hand_raise(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
) -> ApiResult<Json<RaisedHand>> {
    let g = guest(&caller)?;
    Ok(Json(
        hands::raise(&state.store, &g.room, &g.identity, &g.display_name).await?,
    ))
}

/// `DELETE /api/v1/guest/hand`: lower it (204 whether or not it was up).
pub async fn hand_lower(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
) -> ApiResult<StatusCode> {
    let g = guest(&caller)?;
    hands::lower(&state.store, &g.room, &g.identity, None).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upload_types_match_exactly_or_by_family() {
        let allowed: Vec<String> = ["application/pdf", "image/*"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert!(type_allowed(&allowed, "application/pdf"));
        assert!(type_allowed(&allowed, "Image/PNG"));
        assert!(type_allowed(&allowed, "application/pdf; charset=binary"));
        assert!(!type_allowed(&allowed, "image/"));
        assert!(!type_allowed(&allowed, "application/x-msdownload"));
        assert!(!type_allowed(&allowed, "imagex/png"));
    }
}
