//! The OpenAPI document against the real API: every path it declares answers with its
//! declared status, and every response body fits the declared schema — types, required
//! properties, enums, and no property the document does not declare.

mod common;

use axum::http::StatusCode;
use common::{fixture, get, post};
use serde_json::{Value, json};

/// Checks `value` against `schema` (the subset of JSON Schema the document uses), returning
/// every mismatch with its JSON path.
struct Checker<'a> {
    doc: &'a Value,
    problems: Vec<String>,
}

impl Checker<'_> {
    fn resolve<'s>(&'s self, schema: &'s Value) -> &'s Value {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(r) => {
                let pointer = r.trim_start_matches('#');
                self.doc.pointer(pointer).unwrap_or(&Value::Null)
            }
            None => schema,
        }
    }

    fn check(&mut self, value: &Value, schema: &Value, at: &str) {
        let schema = self.resolve(schema).clone();
        if let Some(options) = schema.get("anyOf").and_then(Value::as_array) {
            let fits = options.iter().any(|option| {
                let mut trial = Checker {
                    doc: self.doc,
                    problems: Vec::new(),
                };
                trial.check(value, option, at);
                trial.problems.is_empty()
            });
            if !fits {
                self.problems.push(format!("{at}: {value} fits none of anyOf"));
            }
            return;
        }
        if let Some(types) = schema.get("type") {
            let allowed: Vec<&str> = match types {
                Value::String(t) => vec![t.as_str()],
                Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            if !allowed.iter().any(|t| type_fits(value, t)) {
                self.problems.push(format!("{at}: {value} is not {allowed:?}"));
                return;
            }
        }
        if let Some(options) = schema.get("enum").and_then(Value::as_array)
            && !options.contains(value)
        {
            self.problems.push(format!("{at}: {value} is not one of {options:?}"));
        }
        match value {
            Value::Object(map) => self.check_object(map, &schema, at),
            Value::Array(items) => {
                if let Some(item_schema) = schema.get("items") {
                    for (i, item) in items.iter().enumerate() {
                        self.check(item, item_schema, &format!("{at}[{i}]"));
                    }
                }
            }
            _ => {}
        }
    }

    fn check_object(&mut self, map: &serde_json::Map<String, Value>, schema: &Value, at: &str) {
        let properties = schema.get("properties").and_then(Value::as_object);
        for name in schema.get("required").and_then(Value::as_array).into_iter().flatten() {
            if let Some(name) = name.as_str()
                && !map.contains_key(name)
            {
                self.problems.push(format!("{at}: required property {name} missing"));
            }
        }
        let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
        for (key, v) in map {
            match properties.and_then(|p| p.get(key)) {
                Some(s) => self.check(v, s, &format!("{at}.{key}")),
                None if closed => self
                    .problems
                    .push(format!("{at}: property {key} is not in the document")),
                None => {}
            }
        }
    }
}

fn type_fits(value: &Value, t: &str) -> bool {
    match t {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "string" => value.is_string(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => false,
    }
}

fn doc() -> Value {
    serde_json::from_str(dyad_serve::assets::OPENAPI).expect("the OpenAPI document is JSON")
}

/// The schema of a path's response with `status`.
fn response_schema<'a>(doc: &'a Value, path: &str, method: &str, status: u16) -> &'a Value {
    let pointer = format!(
        "/paths/{}/{method}/responses/{status}/content/application~1json/schema",
        path.replace('~', "~0").replace('/', "~1")
    );
    doc.pointer(&pointer)
        .unwrap_or_else(|| panic!("no schema for {method} {path} {status}"))
}

fn assert_fits(doc: &Value, path: &str, method: &str, status: u16, body: &Value) {
    let mut checker = Checker {
        doc,
        problems: Vec::new(),
    };
    checker.check(body, response_schema(doc, path, method, status), "$");
    assert!(
        checker.problems.is_empty(),
        "{method} {path}:\n{}",
        checker.problems.join("\n")
    );
}

#[test]
fn the_document_is_openapi_3() {
    let doc = doc();
    assert!(doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")));
    assert!(doc["paths"].as_object().is_some_and(|p| p.len() >= 9));
}

#[tokio::test]
async fn every_path_answers_as_documented() {
    let doc = doc();
    let (_dir, app) = fixture();
    let (_, page) = get(&app, "/api/events?negated=true").await;
    let id = page["events"][0]["id"].as_str().expect("an event").to_string();
    let paths = doc["paths"].as_object().expect("paths");
    let mut answered = 0;
    for (path, item) in paths {
        for method in item.as_object().expect("path item").keys() {
            let (status, body) = match method.as_str() {
                "get" => get(&app, &path.replace("{id}", &id)).await,
                "post" => {
                    let example = item
                        .pointer("/post/requestBody/content/application~1json/example")
                        .expect("example body");
                    post(&app, path, example, Some("s3cret")).await
                }
                other => panic!("undocumented method {other}"),
            };
            assert_eq!(status, StatusCode::OK, "{method} {path}: {body}");
            assert_fits(&doc, path, method, 200, &body);
            answered += 1;
        }
    }
    assert_eq!(answered, paths.len());
}

/// Filters, sorts and periods the document declares give responses of the declared shapes.
#[tokio::test]
async fn parameterised_responses_fit_the_document() {
    let doc = doc();
    let (_dir, app) = fixture();
    for sort in ["date", "recent", "mentions", "sources", "goldstein"] {
        let (status, body) = get(&app, &format!("/api/events?sort={sort}&negated=true&limit=2&offset=1")).await;
        assert_eq!(status, StatusCode::OK);
        assert_fits(&doc, "/api/events", "get", 200, &body);
    }
    for period in ["day", "week", "month"] {
        let (status, body) = get(
            &app,
            &format!("/api/dyads?period={period}&from=2026-01-01&to=2026-12-31"),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert_fits(&doc, "/api/dyads", "get", 200, &body);
        assert!(
            !body["series"].as_array().is_some_and(Vec::is_empty),
            "{period}: {body}"
        );
    }
    let (_, body) = get(&app, "/api/network?actor=IRN").await;
    assert_fits(&doc, "/api/network", "get", 200, &body);
    let (_, body) = get(&app, "/api/actors?q=ir").await;
    assert_fits(&doc, "/api/actors", "get", 200, &body);
    let (status, body) = get(&app, "/api/events/no-such-event").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_fits(&doc, "/api/events/{id}", "get", 404, &body);
    let (status, body) = get(&app, "/api/events?from=yesterday").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_fits(&doc, "/api/events", "get", 400, &body);
    let (status, body) = post(&app, "/api/ingest", &json!({"text": "x"}), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_fits(&doc, "/api/ingest", "post", 401, &body);
}

#[tokio::test]
async fn every_console_file_is_served() {
    let (_dir, app) = fixture();
    for file in dyad_serve::assets::files() {
        let response = tower::ServiceExt::oneshot(
            app.clone(),
            axum::http::Request::get(format!("/{file}"))
                .body(axum::body::Body::empty())
                .expect("request"),
        )
        .await
        .expect("response");
        assert_eq!(response.status(), StatusCode::OK, "{file}");
    }
    let (status, _) = get(&app, "/api/no-such-endpoint").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[test]
fn the_checker_finds_mismatches() {
    let doc = doc();
    let wrong = json!({"events": [{"id": 7, "bogus": true}], "offset": "0", "limit": 1});
    let mut checker = Checker {
        doc: &doc,
        problems: Vec::new(),
    };
    checker.check(&wrong, response_schema(&doc, "/api/events", "get", 200), "$");
    let found = checker.problems.join("\n");
    for expected in [
        "$.events[0].id",
        "property bogus",
        "$.offset",
        "required property has_more",
        "required property event",
    ] {
        assert!(found.contains(expected), "{expected} not in:\n{found}");
    }
}
