//! `/api/v1/users` (admins) and `/api/v1/tokens` (each user's own API tokens; admins see
//! and revoke everyone's).

use std::time::Duration;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::{Extension, Json};
use lkctl_core::ops::users::{self, ApiToken, CreatedToken, NewUser, Role, User};
use serde::Deserialize;

use super::Body;
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

fn principal(caller: &Caller) -> ApiResult<&users::Principal> {
    caller
        .principal()
        .ok_or_else(|| ApiError::unauthenticated("log in first"))
}

/// Body of `POST /api/v1/users`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateUser {
    /// User name.
    pub username: String,
    /// Initial password.
    pub password: String,
    /// `admin` or `host` (default host).
    #[serde(default)]
    pub role: Option<String>,
    /// LiveKit identity as a host (default: the user name).
    #[serde(default)]
    pub identity: Option<String>,
}

/// Every user.
#[utoipa::path(get, path = "/api/v1/users", tag = "users", responses((status = 200, body = Vec<User>)))]
pub async fn list(State(state): State<AppState>) -> ApiResult<Json<Vec<User>>> {
    Ok(Json(users::list(&state.store).await?))
}

/// Create a user.
#[utoipa::path(post, path = "/api/v1/users", tag = "users", request_body = CreateUser, responses((status = 201, body = User)))]
pub async fn create(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Body(body): Body<CreateUser>,
) -> ApiResult<(StatusCode, Json<User>)> {
    let role = body.role.as_deref().map(Role::parse).transpose()?;
    let user = users::add(
        &state.store,
        NewUser {
            username: body.username,
            password: body.password,
            role: role.unwrap_or(Role::Host),
            identity: body.identity,
        },
        &caller.actor(),
    )
    .await?;
    Ok((StatusCode::CREATED, Json(user)))
}

/// Delete a user.
#[utoipa::path(delete, path = "/api/v1/users/{username}", tag = "users", params(("username" = String, Path, description = "User name")), responses((status = 200, body = User)))]
pub async fn remove(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(username): Path<String>,
) -> ApiResult<Json<User>> {
    Ok(Json(
        users::remove(&state.store, &username, &caller.actor()).await?,
    ))
}

/// Query of `GET /api/v1/tokens`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TokenQuery {
    /// Admins: another user's tokens, or `*` for everyone's.
    pub user: Option<String>,
}

/// API tokens: the caller's own; admins may ask for another user's or everyone's.
#[utoipa::path(get, path = "/api/v1/tokens", tag = "users", params(TokenQuery), responses((status = 200, body = Vec<ApiToken>)))]
pub async fn list_tokens(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Query(q): Query<TokenQuery>,
) -> ApiResult<Json<Vec<ApiToken>>> {
    let me = principal(&caller)?;
    let user = match q.user.as_deref() {
        None => Some(me.user.username.as_str()),
        Some(other) if me.role != Role::Admin && other != me.user.username => {
            return Err(ApiError::forbidden("only admins see other users' tokens"));
        }
        Some("*") => None,
        Some(other) => Some(other),
    };
    Ok(Json(users::list_tokens(&state.store, user).await?))
}

/// Body of `POST /api/v1/tokens`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateToken {
    /// Label.
    pub name: String,
    /// Role (default and maximum: the caller's effective role).
    #[serde(default)]
    pub role: Option<String>,
    /// Lifetime in seconds (default: until revoked).
    #[serde(default)]
    pub ttl_secs: Option<u64>,
}

/// Create an API token for the caller; the secret is in this answer only.
#[utoipa::path(post, path = "/api/v1/tokens", tag = "users", request_body = CreateToken, responses((status = 201, body = CreatedToken)))]
pub async fn create_token(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Body(body): Body<CreateToken>,
) -> ApiResult<(StatusCode, Json<CreatedToken>)> {
    let me = principal(&caller)?;
    let role = body.role.as_deref().map(Role::parse).transpose()?;
    // A token made with a token cannot exceed the token's own role.
    let role = role.unwrap_or(me.role);
    if role > me.role {
        return Err(ApiError::forbidden(format!(
            "you act as {}; a token cannot have a higher role",
            me.role
        )));
    }
    let created = users::create_token(
        &state.store,
        &me.user.username,
        &body.name,
        Some(role),
        body.ttl_secs.map(Duration::from_secs),
        &caller.actor(),
    )
    .await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// Revoke an API token: one's own, or any for admins.
#[utoipa::path(delete, path = "/api/v1/tokens/{id}", tag = "users", params(("id" = String, Path, description = "API token id (`AT_…`)")), responses((status = 200, body = ApiToken)))]
pub async fn revoke_token(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
) -> ApiResult<Json<ApiToken>> {
    let me = principal(&caller)?;
    let token = users::get_token(&state.store, &id).await?;
    if me.role != Role::Admin && token.username != me.user.username {
        // Same answer as for an unknown id: other users' token ids are not confirmed.
        return Err(ApiError(lkctl_core::Error::NotFound {
            what: "API token",
            id,
        }));
    }
    Ok(Json(
        users::revoke_token(&state.store, &id, &caller.actor()).await?,
    ))
}
