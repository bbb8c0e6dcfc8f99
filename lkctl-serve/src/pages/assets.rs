//! The UI's static files, embedded in the binary and served under content-hashed names
//! (`/assets/app.<hash>.css`) with a year-long immutable cache: a new build changes the
//! name, so browsers never keep a stale copy.

use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::error::{ApiError, ApiResult};

/// One embedded file.
#[derive(Debug)]
pub struct Asset {
    /// The hashed URL path, `/assets/<stem>.<hash>.<ext>`.
    pub url: String,
    /// `Content-Type`.
    pub content_type: &'static str,
    /// The bytes.
    pub bytes: &'static [u8],
}

impl Asset {
    fn new(stem: &str, ext: &str, content_type: &'static str, bytes: &'static [u8]) -> Self {
        let digest = Sha256::digest(bytes);
        let hash: String = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
        Self {
            url: format!("/assets/{stem}.{hash}.{ext}"),
            content_type,
            bytes,
        }
    }
}

static CSS: LazyLock<Asset> = LazyLock::new(|| {
    Asset::new(
        "app",
        "css",
        "text/css; charset=utf-8",
        include_bytes!("../../assets/app.css"),
    )
});
static JS: LazyLock<Asset> = LazyLock::new(|| {
    Asset::new(
        "app",
        "js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../assets/app.js"),
    )
});

/// URL of the stylesheet.
pub fn css_url() -> &'static str {
    &CSS.url
}

/// URL of the script.
pub fn js_url() -> &'static str {
    &JS.url
}

/// `GET /assets/{file}`: an embedded file by its hashed name; any other name is a 404
/// (an old page asking for last build's file gets nothing stale).
pub async fn serve(Path(file): Path<String>) -> ApiResult<Response> {
    let path = format!("/assets/{file}");
    let asset = [&*CSS, &*JS]
        .into_iter()
        .find(|a| a.url == path)
        .ok_or_else(|| {
            ApiError(lkctl_core::Error::NotFound {
                what: "asset",
                id: file.clone(),
            })
        })?;
    let mut resp = (StatusCode::OK, asset.bytes).into_response();
    let headers = resp.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(asset.content_type),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    Ok(resp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_the_content_hash() {
        assert!(css_url().starts_with("/assets/app.") && css_url().ends_with(".css"));
        assert!(js_url().ends_with(".js"));
        assert_eq!(css_url().len(), "/assets/app.".len() + 12 + ".css".len());
    }
}
