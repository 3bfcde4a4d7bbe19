//! A small store of project-written articles and helpers to call the router in process.
#![allow(dead_code)]

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use dyad_code::{Coder, CoderOptions};
use dyad_read::{Format, Item, ReadOptions, Reader};
use dyad_serve::Config;
use serde_json::Value;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use tower::ServiceExt;

/// Invented articles (dateline first, so their dates resolve).
pub const ARTICLES: [&str; 3] = [
    "April 28, 2026\n\nIran's foreign minister met Oman's foreign minister in Muscat on Tuesday. \
     Israel accused Iran of attacking a tanker in the Strait of Hormuz.",
    "April 27, 2026\n\nChina's foreign minister visited India on Monday. India praised China for the talks.",
    // Markup in the text must come back as text and render inert.
    "April 26, 2026\n\nTurkey condemned Russia <script>window.__pwned = 1</script> on Sunday in Ankara.",
];

pub fn coder() -> Arc<Coder> {
    static CODER: OnceLock<Arc<Coder>> = OnceLock::new();
    CODER
        .get_or_init(|| {
            Arc::new(Coder::new(
                Arc::new(dyad_dict::bundled::load_bundled().0),
                CoderOptions::default(),
            ))
        })
        .clone()
}

/// Codes and stores `texts` in a new store at `dir/test.db`.
pub fn store(dir: &Path, texts: &[&str]) -> PathBuf {
    let path = dir.join("test.db");
    let mut store = dyad_store::Store::open(&path).expect("store opens");
    let coder = coder();
    for (i, text) in texts.iter().enumerate() {
        let mut reader = Reader::new(ReadOptions::default());
        let mut articles = Vec::new();
        let _ = reader.read_bytes(&format!("a{i}.txt"), text.as_bytes(), Some(Format::Text), &mut |item| {
            if let Item::Article(a) = item {
                articles.push(*a);
            }
            ControlFlow::Continue(())
        });
        for a in &articles {
            let published = a.published.map(|d| d.format("%Y-%m-%d").to_string());
            let url = format!("https://news.example/{i}");
            let new = dyad_store::NewArticle {
                id: &a.id,
                url: Some(&url),
                source: Some("Test Wire"),
                title: a.title.as_deref(),
                published: published.as_deref(),
                raw: &a.raw,
                text: &a.text,
                sentences: &a.sentences,
                ..dyad_store::NewArticle::default()
            };
            store.ingest(&new, &coder.code_article(a)).expect("ingest");
        }
    }
    store.commit().expect("commit");
    path
}

pub fn app(db: &Path, token: Option<&str>) -> Router {
    let mut config = Config::new(db.to_path_buf(), coder());
    config.ingest_token = token.map(str::to_string);
    dyad_serve::router(config).expect("router")
}

/// A store of [`ARTICLES`] and its router.
pub fn fixture() -> (tempfile::TempDir, Router) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = store(dir.path(), &ARTICLES);
    let app = app(&db, Some("s3cret"));
    (dir, app)
}

pub async fn send(app: &Router, request: Request<Body>) -> (StatusCode, Value) {
    let response = app.clone().oneshot(request).await.expect("router answers");
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .expect("body");
    (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

pub async fn get(app: &Router, uri: &str) -> (StatusCode, Value) {
    send(app, Request::get(uri).body(Body::empty()).expect("request")).await
}

pub async fn post(app: &Router, uri: &str, body: &Value, token: Option<&str>) -> (StatusCode, Value) {
    let mut request = Request::post(uri).header("content-type", "application/json");
    if let Some(t) = token {
        request = request.header("authorization", format!("Bearer {t}"));
    }
    send(app, request.body(Body::from(body.to_string())).expect("request")).await
}
