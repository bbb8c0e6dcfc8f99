//! The OpenAPI 3.1 document of `/api/v1`, generated from the handlers' `#[utoipa::path]`
//! annotations and the model types' `ToSchema` derives (lkctl-core's `openapi` feature),
//! served at `GET /api/v1/openapi.json`.
//!
//! What each operation requires comes from the route table ([`crate::routes::table`]), the
//! one place access is declared: [`document`] writes it into each operation's description
//! and security, so the document cannot disagree with the router.

use std::sync::LazyLock;

use axum::http::header;
use axum::response::IntoResponse;
use serde::Serialize;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{HttpMethod, OpenApi as Document, RefOr, Response, ResponseBuilder};
use utoipa::{OpenApi, ToSchema};

use super::{
    access_tokens, bans, dispatch, egress, ingress, lobby, participants, policies, recordings,
    rooms, sessions, sip, users,
};
use crate::auth::{Access, login};
use crate::routes;

/// An error answer: `{"error":{"code","message"}}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// The error.
    pub error: ErrorDetail,
}

/// The error of an [`ErrorBody`].
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Machine-readable kind: `invalid_argument`, `not_found`, `unauthenticated`,
    /// `permission_denied`, `conflict`, `rate_limited`, `unavailable`, `internal`, ...
    pub code: String,
    /// What went wrong, for people; internal errors carry only a request id.
    pub message: String,
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "lkctl serve",
        description = "The HTTP API of `lkctl serve`: the same operations and the same JSON as \
                       the lkctl CLI's `--output json`. Errors are `{\"error\":{\"code\",\"message\"}}` \
                       with the status of lkctl's one error table."
    ),
    paths(
        login::login,
        login::logout,
        login::me,
        users::list,
        users::create,
        users::remove,
        users::list_tokens,
        users::create_token,
        users::revoke_token,
        rooms::list,
        rooms::create,
        rooms::get,
        rooms::update,
        rooms::delete,
        rooms::mute_all,
        participants::list,
        participants::get,
        participants::kick,
        participants::update,
        participants::mute,
        participants::grant_publish,
        participants::revoke_publish,
        access_tokens::create,
        access_tokens::create_join,
        access_tokens::inspect,
        access_tokens::verify,
        egress::list_all,
        egress::list,
        egress::start_room_composite,
        egress::start_track,
        egress::start_web,
        egress::start_participant,
        egress::start_track_composite,
        egress::stop,
        recordings::list_all,
        recordings::list,
        recordings::get,
        ingress::list,
        ingress::create,
        ingress::delete,
        sip::list_trunks,
        sip::create_trunk,
        sip::get_trunk,
        sip::update_trunk,
        sip::delete_trunk,
        sip::list_rules,
        sip::create_rule,
        sip::get_rule,
        sip::update_rule,
        sip::delete_rule,
        sip::call,
        sip::transfer,
        dispatch::list,
        dispatch::create,
        dispatch::delete,
        lobby::show_policy,
        policies::set,
        policies::list,
        policies::invite,
        policies::rotate_invite,
        lobby::list,
        lobby::approve,
        lobby::approve_all,
        lobby::reject,
        bans::list_all,
        bans::add_global,
        bans::remove_any,
        bans::list,
        bans::add,
        bans::remove,
        sessions::list_all,
        sessions::list,
        sessions::audit,
    ),
    components(schemas(ErrorBody, ErrorDetail))
)]
struct ApiDoc;

/// The access a route requires, in words.
fn access_text(access: Access) -> &'static str {
    match access {
        Access::Public => "anyone",
        Access::SelfAuthenticated => "a caller holding the route's own credential",
        Access::User => "any logged-in user (session or API token); answers only what they may see",
        Access::RoomHost => "a host of the room (its policy lists the user's identity) or an admin",
        Access::Admin => "admins",
        Access::Guest => {
            "an admitted guest holding a guest session (the `lkctl_guest` cookie or `Bearer lkg_…`)"
        }
    }
}

fn method_of(m: &axum::http::Method) -> Option<HttpMethod> {
    Some(match *m {
        axum::http::Method::GET => HttpMethod::Get,
        axum::http::Method::POST => HttpMethod::Post,
        axum::http::Method::PUT => HttpMethod::Put,
        axum::http::Method::PATCH => HttpMethod::Patch,
        axum::http::Method::DELETE => HttpMethod::Delete,
        _ => return None,
    })
}

/// A route of the table whose handler carries no `#[utoipa::path]` (the guest flow, whose
/// bodies README's "Guest flow for front ends" describes) still appears, with its path
/// parameters, its access and the error answer, so the document lists every `/api/v1` route.
fn add_unannotated(doc: &mut Document, path: &str, method: HttpMethod) {
    use utoipa::openapi::path::{OperationBuilder, ParameterBuilder, ParameterIn, PathItem};
    let present = doc.paths.paths.get(path).is_some_and(|item| match method {
        HttpMethod::Get => item.get.is_some(),
        HttpMethod::Post => item.post.is_some(),
        HttpMethod::Put => item.put.is_some(),
        HttpMethod::Patch => item.patch.is_some(),
        HttpMethod::Delete => item.delete.is_some(),
        _ => true,
    });
    if present {
        return;
    }
    let tag = path
        .trim_start_matches("/api/v1/")
        .split('/')
        .next()
        .unwrap_or("api")
        .to_string();
    let id = path
        .trim_start_matches("/api/v1/")
        .replace(['{', '}'], "")
        .replace(['/', '-'], "_");
    let method_name = match method {
        HttpMethod::Get => "get",
        HttpMethod::Post => "post",
        HttpMethod::Put => "put",
        HttpMethod::Patch => "patch",
        HttpMethod::Delete => "delete",
        _ => "other",
    };
    let params = path
        .split('/')
        .filter_map(|seg| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .map(|name| {
            ParameterBuilder::new()
                .name(name)
                .parameter_in(ParameterIn::Path)
                .required(utoipa::openapi::Required::True)
                .build()
        });
    let op = OperationBuilder::new()
        .tag(tag)
        .operation_id(Some(format!("{method_name}_{id}")))
        .summary(Some(
            "Guest flow (see README, \"Guest flow for front ends\")",
        ))
        .parameters(Some(params))
        .build();
    let item = doc
        .paths
        .paths
        .entry(path.to_string())
        .or_insert_with(|| PathItem::new(method.clone(), OperationBuilder::new().build()));
    match method {
        HttpMethod::Get => item.get = Some(op),
        HttpMethod::Post => item.post = Some(op),
        HttpMethod::Put => item.put = Some(op),
        HttpMethod::Patch => item.patch = Some(op),
        HttpMethod::Delete => item.delete = Some(op),
        _ => {}
    }
}

/// Build the document: the annotated operations, each given its access from the route
/// table, the security schemes, and the error answer as every operation's default.
pub fn document() -> Document {
    let mut doc = ApiDoc::openapi();
    let components = doc.components.get_or_insert_with(Default::default);
    components.add_security_scheme(
        "bearer",
        SecurityScheme::Http(
            HttpBuilder::new()
                .scheme(HttpAuthScheme::Bearer)
                .description(Some("An API token (`lkctl user token create`)"))
                .build(),
        ),
    );
    components.add_security_scheme(
        "session",
        SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
            "lkctl_sid",
            "Browser session (`__Host-lkctl_sid` over https); state-changing requests also \
             send `X-CSRF-Token`",
        ))),
    );
    let error: RefOr<Response> = ResponseBuilder::new()
        .description("An error: `{\"error\":{\"code\",\"message\"}}`")
        .content(
            "application/json",
            utoipa::openapi::ContentBuilder::new()
                .schema(Some(RefOr::Ref(utoipa::openapi::Ref::from_schema_name(
                    "ErrorBody",
                ))))
                .build(),
        )
        .build()
        .into();
    for route in routes::table() {
        let Some(method) = method_of(&route.method) else {
            continue;
        };
        if route.path.starts_with("/api/v1/") {
            add_unannotated(&mut doc, route.path, method.clone());
        }
        let Some(item) = doc.paths.paths.get_mut(route.path) else {
            continue;
        };
        let op = match method {
            HttpMethod::Get => item.get.as_mut(),
            HttpMethod::Post => item.post.as_mut(),
            HttpMethod::Put => item.put.as_mut(),
            HttpMethod::Patch => item.patch.as_mut(),
            HttpMethod::Delete => item.delete.as_mut(),
            _ => None,
        };
        let Some(op) = op else { continue };
        let access = format!("Access: {}.", access_text(route.access));
        op.description = Some(match op.description.take() {
            Some(d) if !d.is_empty() => format!("{d}\n\n{access}"),
            _ => access,
        });
        if !matches!(route.access, Access::Public | Access::SelfAuthenticated) {
            op.security = Some(vec![
                utoipa::openapi::security::SecurityRequirement::new::<_, _, &str>("bearer", []),
                utoipa::openapi::security::SecurityRequirement::new::<_, _, &str>("session", []),
            ]);
        }
        op.responses
            .responses
            .entry("default".to_string())
            .or_insert_with(|| error.clone());
    }
    for item in doc.paths.paths.values_mut() {
        let ops = [
            item.get.as_mut(),
            item.post.as_mut(),
            item.put.as_mut(),
            item.patch.as_mut(),
            item.delete.as_mut(),
        ];
        for op in ops.into_iter().flatten() {
            // Handler names repeat across nouns (`list`, `delete`); ids must be unique.
            let tag = op
                .tags
                .as_ref()
                .and_then(|t| t.first())
                .cloned()
                .unwrap_or_default()
                .replace('-', "_");
            if let Some(id) = op.operation_id.take() {
                op.operation_id = Some(format!("{tag}_{id}"));
            }
            // OpenAPI requires a description on every response.
            for (status, response) in op.responses.responses.iter_mut() {
                if let RefOr::T(r) = response
                    && r.description.is_empty()
                {
                    r.description = match status.as_str() {
                        "201" => "Created".into(),
                        "204" => "No content".into(),
                        _ => "OK".into(),
                    };
                }
            }
        }
    }
    doc
}

/// The document as served, rendered once.
pub static DOCUMENT_JSON: LazyLock<String> = LazyLock::new(|| {
    document()
        .to_pretty_json()
        .expect("the OpenAPI document serialises")
});

/// `GET /api/v1/openapi.json`.
pub async fn openapi_json() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json")],
        DOCUMENT_JSON.as_str(),
    )
}
