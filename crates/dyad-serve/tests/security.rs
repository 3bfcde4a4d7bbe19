//! The security probes: markup stays data, injected SQL finds nothing, big bodies get 413,
//! ingest needs its token, and responses forbid inline scripts.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::{fixture, get, post, send};
use serde_json::json;

#[tokio::test]
async fn script_in_an_article_is_returned_as_text() {
    let (_dir, app) = fixture();
    let (status, page) = get(&app, "/api/events?actor=TUR").await;
    assert_eq!(status, StatusCode::OK);
    let sentences: Vec<&str> = page["events"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["sentence"].as_str())
        .collect();
    assert!(
        sentences
            .iter()
            .any(|s| s.contains("<script>window.__pwned = 1</script>")),
        "{sentences:?}"
    );
    // Pasted text: the same, and nothing is stored.
    let (status, coded) = post(&app, "/api/code", &json!({"text": common::ARTICLES[2]}), None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(coded.to_string().contains("<script>window.__pwned = 1</script>"));
}

#[tokio::test]
async fn the_console_is_served_with_a_policy_against_inline_scripts() {
    let (_dir, app) = fixture();
    let response = tower::ServiceExt::oneshot(app, Request::get("/").body(Body::empty()).expect("request"))
        .await
        .expect("response");
    assert_eq!(response.status(), StatusCode::OK);
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap_or_default();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
}

#[tokio::test]
async fn the_console_never_parses_data_as_html() {
    // The console builds every node from text; these sinks would turn data into markup.
    for file in dyad_serve::assets::files().filter(|f| f.ends_with(".js")) {
        let source = std::fs::read_to_string(format!("{}/assets/{file}", env!("CARGO_MANIFEST_DIR"))).expect("asset");
        for sink in [
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
        ] {
            assert!(!source.contains(sink), "{file} uses {sink}");
        }
    }
}

#[tokio::test]
async fn sql_in_a_filter_is_only_a_value() {
    let (_dir, app) = fixture();
    let (_, all) = get(&app, "/api/events?negated=true&limit=500").await;
    let total = all["events"].as_array().map_or(0, Vec::len);
    assert!(total > 0);
    let injected = "%27%20OR%201%3D1%20--";
    for param in ["actor", "source", "target", "cameo", "plover", "country", "text"] {
        let (status, page) = get(&app, &format!("/api/events?{param}={injected}")).await;
        assert_eq!(status, StatusCode::OK, "{param}");
        assert_eq!(page["events"], json!([]), "{param}");
    }
    let (status, _) = get(&app, &format!("/api/events?from={injected}")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, page) = get(&app, &format!("/api/events/{injected}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{page}");
    let (status, page) = get(&app, &format!("/api/actors?q={injected}")).await;
    assert_eq!((status, page["total"].as_i64()), (StatusCode::OK, Some(0)));
    let (status, page) = get(&app, &format!("/api/articles?q={injected}")).await;
    assert_eq!((status, page["articles"].clone()), (StatusCode::OK, json!([])));
    // The store is unchanged.
    let (_, after) = get(&app, "/api/events?negated=true&limit=500").await;
    assert_eq!(after["events"].as_array().map_or(0, Vec::len), total);
}

#[tokio::test]
async fn an_oversized_body_gets_413() {
    let (_dir, app) = fixture();
    let text = "Iran warned Israel. ".repeat(60_000);
    let (status, _) = post(&app, "/api/code", &json!({ "text": text }), None).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    let (status, _) = post(&app, "/api/ingest", &json!({ "text": text }), Some("s3cret")).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    // With a Content-Length header the request is refused before the body is read (the
    // helper above sends none, so the limit held while the body streamed in).
    let body = json!({ "text": text }).to_string();
    let request = Request::post("/api/code")
        .header("content-type", "application/json")
        .header("content-length", body.len())
        .body(Body::from(body))
        .expect("request");
    let (status, _) = send(&app, request).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn ingest_needs_the_token() {
    let (dir, app) = fixture();
    let article =
        json!({"text": "April 29, 2026\n\nOman praised Iran on Wednesday.", "url": "https://news.example/new"});
    let (status, body) = post(&app, "/api/ingest", &article, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(body["error"].is_string());
    let (status, _) = post(&app, "/api/ingest", &article, Some("wrong")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, body) = post(&app, "/api/ingest", &article, Some("s3cret")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["status"], "new");
    // Without a configured token ingest is off, whatever the request carries.
    let closed = common::app(&dir.path().join("test.db"), None);
    let (status, _) = post(&closed, "/api/ingest", &article, Some("s3cret")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn cors_headers_only_when_configured() {
    let (dir, app) = fixture();
    let request = || {
        Request::get("/api/events")
            .header("origin", "https://elsewhere.example")
            .body(Body::empty())
            .expect("request")
    };
    let response = tower::ServiceExt::oneshot(app, request()).await.expect("response");
    assert!(response.headers().get("access-control-allow-origin").is_none());
    let mut config = dyad_serve::Config::new(dir.path().join("test.db"), common::coder());
    config.cors_origin = Some("https://elsewhere.example".into());
    let open = dyad_serve::router(config).expect("router");
    let response = tower::ServiceExt::oneshot(open, request()).await.expect("response");
    assert_eq!(
        response.headers()["access-control-allow-origin"],
        "https://elsewhere.example"
    );
}
