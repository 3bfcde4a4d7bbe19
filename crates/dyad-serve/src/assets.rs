//! The console's files (`assets/`), compiled into the binary: `cargo build` alone makes the
//! complete console, and the server reads nothing from disk but the store.

use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

#[derive(rust_embed::Embed)]
#[folder = "assets/"]
struct Assets;

/// The OpenAPI 3 document of the API (hand-written; `tests/openapi.rs` checks real responses
/// against it).
pub const OPENAPI: &str = include_str!("../openapi.json");

pub async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

/// A console file by path; `/` is the console's page. Unknown paths get 404.
pub async fn static_file(uri: Uri) -> Response {
    let path = uri.path().trim_start_matches('/');
    let path = if path.is_empty() { "index.html" } else { path };
    match Assets::get(path) {
        Some(file) => {
            let mut response = file.data.into_owned().into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type(path)));
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            response
        }
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}

/// Content types of the kinds of file the console has.
fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

/// Every embedded file's path (tests check they are all served).
pub fn files() -> impl Iterator<Item = String> {
    Assets::iter().map(|p| p.into_owned())
}
