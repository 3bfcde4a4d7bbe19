//! `POST /api/code` (code pasted text, store nothing) and `POST /api/ingest` (code and store,
//! only with the configured bearer token).

use crate::error::ApiError;
use crate::{AppState, State, evidence};
use axum::Json;
use axum::http::{HeaderMap, header};
use dyad_read::{Article, Format, Item, ReadOptions, Reader};
use dyad_store::{ArticleStatus, NewArticle};
use serde::Deserialize;
use serde_json::{Value, json};
use std::ops::ControlFlow;
use std::sync::Arc;

/// An article sent to be coded or stored.
#[derive(Debug, Deserialize)]
pub struct ArticleBody {
    text: String,
    /// YYYY-MM-DD: anchors relative dates ("on Tuesday") when the text has no dateline.
    published: Option<String>,
    /// `text` (default), `markdown` or `html`.
    format: Option<String>,
    title: Option<String>,
    url: Option<String>,
    source: Option<String>,
}

impl ArticleBody {
    fn format(&self) -> Result<Format, ApiError> {
        match self.format.as_deref().unwrap_or("text") {
            "text" => Ok(Format::Text),
            "markdown" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            _ => Err(ApiError::BadRequest("format must be text, markdown or html".into())),
        }
    }

    fn published(&self) -> Result<Option<chrono::NaiveDate>, ApiError> {
        match self.published.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
            None => Ok(None),
            Some(p) => chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d")
                .map(Some)
                .map_err(|_| ApiError::BadRequest("published must be a date of the form YYYY-MM-DD".into())),
        }
    }
}

/// Reads the body's text as one article, as `dyad read` reads a file; the reader's warnings
/// are returned with it.
fn read_article(body: &ArticleBody) -> Result<(Article, Vec<String>), ApiError> {
    let options = ReadOptions {
        published: body.published()?,
        ..ReadOptions::default()
    };
    let mut reader = Reader::new(options);
    let mut article = None;
    let mut notes = Vec::new();
    let _ = reader.read_bytes("pasted", body.text.as_bytes(), Some(body.format()?), &mut |item| {
        match item {
            Item::Article(a) if article.is_none() => article = Some(*a),
            Item::Article(_) => {}
            Item::Diagnostic(d) => notes.push(d.message),
        }
        ControlFlow::Continue(())
    });
    let mut article = article.ok_or_else(|| ApiError::BadRequest(format!("no article read: {}", notes.join("; "))))?;
    // Metadata given with the text wins over what the reader found in it.
    for (field, given) in [
        (&mut article.title, &body.title),
        (&mut article.url, &body.url),
        (&mut article.source, &body.source),
    ] {
        if let Some(v) = given.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            *field = Some(v.to_string());
        }
    }
    Ok((article, notes))
}

/// The coder on a blocking thread; a panic in it fails this request only.
async fn code_article(state: &Arc<AppState>, article: Article) -> Result<(Article, Vec<Value>, Value), ApiError> {
    let coder = state.coder.clone();
    tokio::task::spawn_blocking(move || {
        let records = coder.code_article(&article);
        let resolutions = serde_json::to_value(coder.resolutions(&article)).map_err(internal)?;
        let events = records
            .iter()
            .map(|r| {
                let mut v = serde_json::to_value(r).map_err(internal)?;
                let start = article.sentences.get(r.sentence_index).map_or(0, |s| s.start);
                let segments = evidence::segments(&r.sentence, start, &v);
                if let Value::Object(m) = &mut v {
                    m.insert("segments".into(), segments);
                }
                Ok(v)
            })
            .collect::<Result<Vec<_>, ApiError>>()?;
        Ok((article, events, resolutions))
    })
    .await
    .map_err(|_| ApiError::Internal("the coder failed on this text".into()))?
}

fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError::Internal(e.to_string())
}

/// `POST /api/code`: the events, dates, places and attributions of a text; nothing is stored.
pub async fn code(state: State, Json(body): Json<ArticleBody>) -> Result<Json<Value>, ApiError> {
    let (article, notes) = read_article(&body)?;
    let (article, events, resolutions) = code_article(&state, article).await?;
    Ok(Json(json!({
        "article": {
            "title": article.title,
            "published": article.published.map(|d| d.format("%Y-%m-%d").to_string()),
            "url": article.url,
            "outlet": article.source,
            "language": article.language,
            "sentences": article.sentences.len(),
        },
        "events": events,
        "resolutions": resolutions,
        "warnings": notes,
    })))
}

/// Whether the request carries the configured token; compared without an early exit so the
/// time taken does not tell how much of a guess was right.
fn authorised(headers: &HeaderMap, token: &str) -> bool {
    let Some(given) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    else {
        return false;
    };
    let (a, b) = (given.trim().as_bytes(), token.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `POST /api/ingest`: codes and stores one article (403 when ingest is disabled, 401 without
/// the token). The token is checked before the body is parsed.
pub async fn ingest(state: State, headers: HeaderMap, body: axum::body::Bytes) -> Result<Json<Value>, ApiError> {
    let Some(token) = state.ingest_token.as_deref() else {
        return Err(ApiError::IngestDisabled);
    };
    if !authorised(&headers, token) {
        return Err(ApiError::Unauthorized);
    }
    let body: ArticleBody =
        serde_json::from_slice(&body).map_err(|e| ApiError::BadRequest(format!("the body is not an article: {e}")))?;
    let (article, _) = read_article(&body)?;
    let state = state.0.clone();
    tokio::task::spawn_blocking(move || store_article(&state, &article))
        .await
        .map_err(|_| ApiError::Internal("the coder failed on this text".into()))?
        .map(Json)
}

fn store_article(state: &AppState, article: &Article) -> Result<Value, ApiError> {
    let records = state.coder.code_article(article);
    let mut writer = state
        .writer
        .lock()
        .map_err(|_| internal("the writer lock was poisoned"))?;
    if writer.is_none() {
        *writer = Some(dyad_store::Store::open(&state.db)?);
    }
    let store = writer.as_mut().ok_or_else(|| internal("no writer"))?;
    let published = article.published.map(|d| d.format("%Y-%m-%d").to_string());
    let new = NewArticle {
        id: &article.id,
        url: article.url.as_deref(),
        source: article.source.as_deref(),
        title: article.title.as_deref(),
        published: published.as_deref(),
        published_original: article.published_original.as_deref(),
        byline: article.byline.as_deref(),
        language: article.language.as_deref(),
        origin: Some("api"),
        raw: &article.raw,
        text: &article.text,
        sentences: &article.sentences,
    };
    let outcome = store.ingest(&new, &records)?;
    store.commit()?;
    if let Ok(mut actors) = state.actors.lock() {
        *actors = None;
    }
    let status = match outcome.status {
        ArticleStatus::New => "new",
        ArticleStatus::NewVersion => "new_version",
        ArticleStatus::Unchanged => "unchanged",
    };
    Ok(json!({
        "article_id": article.id,
        "status": status,
        "mentions": outcome.mentions,
        "new_events": outcome.new_events,
        "merged": outcome.merged,
    }))
}
