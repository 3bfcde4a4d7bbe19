//! dyad-serve: the event store over HTTP — a JSON API and a web console in one router.
//!
//! [`router`] builds an axum `Router` with the read API (`/api/events`, `/api/actors`,
//! `/api/dyads`, `/api/network`, `/api/articles`), the coding endpoints (`POST /api/code`, which
//! stores nothing, and `POST /api/ingest`, which is disabled unless an ingest token is
//! configured and then requires it), the OpenAPI document (`/api/openapi.json`) and the console:
//! plain ES modules, CSS and SVG embedded in the binary ([`assets`]).
//!
//! Security defaults live here, not in the caller: request bodies are limited (413 beyond the
//! limit), requests time out, CORS is off unless an origin is configured, every query is
//! parameterised (the store builds SQL with placeholders only), read connections are
//! `query_only`, and every response carries a strict Content-Security-Policy.

pub mod assets;
mod code;
mod error;
mod evidence;
mod handlers;
mod pool;

pub use error::ApiError;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::routing::{get, post};
use dyad_code::Coder;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tower_http::cors::CorsLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

/// 1 MiB: a long article pasted as text is a few tens of kilobytes.
pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;
/// Longest a request may take before the server answers 408.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// What can go wrong while setting up the server.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot open the store {path}: {source}")]
    Store {
        path: PathBuf,
        #[source]
        source: dyad_store::Error,
    },
    #[error("no store at {0} (create one with `dyad ingest PATH --db FILE`, or start with an ingest token)")]
    NoStore(PathBuf),
    #[error("the CORS origin {0:?} is not a valid header value")]
    CorsOrigin(String),
}

/// How the server is set up.
pub struct Config {
    pub db: PathBuf,
    /// `POST /api/ingest` is enabled only with a token, and then requires it as a bearer token.
    pub ingest_token: Option<String>,
    /// The one origin allowed cross-origin requests; none sends no CORS headers at all.
    pub cors_origin: Option<String>,
    pub body_limit: usize,
    pub timeout: Duration,
    /// Codes pasted and ingested text.
    pub coder: Arc<Coder>,
}

impl Config {
    pub fn new(db: PathBuf, coder: Arc<Coder>) -> Config {
        Config {
            db,
            ingest_token: None,
            cors_origin: None,
            body_limit: DEFAULT_BODY_LIMIT,
            timeout: DEFAULT_TIMEOUT,
            coder,
        }
    }
}

/// What every handler shares.
pub(crate) struct AppState {
    pub readers: Arc<pool::Pool>,
    /// The one writer, opened on the first ingest (SQLite allows one writer at a time).
    pub writer: Mutex<Option<dyad_store::Store>>,
    pub db: PathBuf,
    pub ingest_token: Option<String>,
    pub coder: Arc<Coder>,
    /// The actor list with counts and when it was read.
    pub actors: Mutex<Option<(std::time::Instant, Arc<Vec<serde_json::Value>>)>>,
}

/// How long the actor list with its counts is reused.
pub(crate) const ACTOR_CACHE_TTL: Duration = Duration::from_secs(30);

pub(crate) type State = axum::extract::State<Arc<AppState>>;

/// The whole application: API, OpenAPI document and console, with the security layers.
pub fn router(config: Config) -> Result<Router, Error> {
    open_or_create(&config)?;
    let cors = cors_layer(config.cors_origin.as_deref())?;
    let state = Arc::new(AppState {
        readers: Arc::new(pool::Pool::new(config.db.clone())),
        writer: Mutex::new(None),
        db: config.db,
        ingest_token: config.ingest_token,
        coder: config.coder,
        actors: Mutex::new(None),
    });
    let api = Router::new()
        .route("/api/events", get(handlers::events))
        .route("/api/events/{id}", get(handlers::event))
        .route("/api/actors", get(handlers::actors))
        .route("/api/dyads", get(handlers::dyads))
        .route("/api/network", get(handlers::network))
        .route("/api/articles", get(handlers::articles))
        .route("/api/code", post(code::code))
        .route("/api/ingest", post(code::ingest))
        .route("/api/openapi.json", get(assets::openapi))
        .route("/api/{*rest}", get(api_not_found).post(api_not_found))
        .with_state(state);
    let mut app = api
        .fallback(assets::static_file)
        .layer(axum::middleware::from_fn(security_headers))
        // The limit layer answers 413 itself; axum's own default limit (2 MB) is replaced by it.
        .layer(DefaultBodyLimit::disable())
        .layer(RequestBodyLimitLayer::new(config.body_limit))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            config.timeout,
        ));
    if let Some(cors) = cors {
        app = app.layer(cors);
    }
    Ok(app)
}

/// A store must exist to be served, except when ingest is enabled (it fills a new one).
fn open_or_create(config: &Config) -> Result<(), Error> {
    if config.db.exists() {
        return Ok(());
    }
    if config.ingest_token.is_none() {
        return Err(Error::NoStore(config.db.clone()));
    }
    dyad_store::Store::open(&config.db).map_err(|source| Error::Store {
        path: config.db.clone(),
        source,
    })?;
    Ok(())
}

fn cors_layer(origin: Option<&str>) -> Result<Option<CorsLayer>, Error> {
    let Some(origin) = origin else { return Ok(None) };
    let value = HeaderValue::from_str(origin).map_err(|_| Error::CorsOrigin(origin.to_string()))?;
    Ok(Some(
        CorsLayer::new()
            .allow_origin(value)
            .allow_methods([Method::GET, Method::POST])
            .allow_headers([header::CONTENT_TYPE, header::AUTHORIZATION]),
    ))
}

async fn api_not_found() -> ApiError {
    ApiError::NotFound("no such API path".into())
}

/// The console loads only its own scripts and styles: text that slipped into markup could not
/// run a script even if the console's escaping failed.
async fn security_headers(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}

/// Serves `app` on `addr` until Ctrl-C, on a small multi-thread runtime (two workers; the
/// store's blocking reads run on tokio's blocking pool). `ready` is told the bound address.
pub fn run(app: Router, addr: std::net::SocketAddr, ready: impl FnOnce(std::net::SocketAddr)) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .max_blocking_threads(16)
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        ready(listener.local_addr()?);
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                // Without a signal handler the server runs until killed, which is also fine.
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
    })
}
