//! API errors as JSON responses: `{"error": "..."}` with the matching status.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// An API request that could not be answered.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    NotFound(String),
    #[error("this endpoint needs the ingest token as `Authorization: Bearer TOKEN`")]
    Unauthorized,
    #[error("ingest is disabled: start `dyad serve` with --ingest-token to enable it")]
    IngestDisabled,
    #[error("the store failed: {0}")]
    Store(#[from] dyad_store::Error),
    #[error("the store failed: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("the request could not be completed: {0}")]
    Internal(String),
}

impl ApiError {
    fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::IngestDisabled => StatusCode::FORBIDDEN,
            ApiError::Store(_) | ApiError::Sqlite(_) | ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        if status.is_server_error() {
            tracing::error!("{self}");
        }
        let mut response = (status, axum::Json(serde_json::json!({ "error": self.to_string() }))).into_response();
        if status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}
