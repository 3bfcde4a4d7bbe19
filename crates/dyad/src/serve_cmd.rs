//! `dyad serve`: the store's HTTP API and web console (the `dyad-serve` crate) on one address.

use crate::cli::DictionaryArgs;
use crate::{code_cmd, dict_cmd};
use anyhow::Context;
use clap::Args;
use dyad_code::{Coder, CoderOptions};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The SQLite store (created by `dyad ingest`; created empty when ingest is enabled).
    #[arg(long, value_name = "FILE", default_value = "dyad.db")]
    pub db: PathBuf,

    /// Address to listen on. Loopback by default: other machines reach it only when told to.
    #[arg(long, value_name = "IP:PORT", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,

    /// Enable `POST /api/ingest`, which then requires `Authorization: Bearer TOKEN`
    /// (DYAD_INGEST_TOKEN is read when this is not given; it keeps the token out of `ps`).
    #[arg(long, value_name = "TOKEN")]
    pub ingest_token: Option<String>,

    /// Allow cross-origin requests from this origin (e.g. http://localhost:3000); none by default.
    #[arg(long, value_name = "ORIGIN")]
    pub cors_origin: Option<String>,

    /// Largest request body in bytes (larger bodies get 413).
    #[arg(long, value_name = "BYTES", default_value_t = dyad_serve::DEFAULT_BODY_LIMIT)]
    pub max_body: usize,

    #[command(flatten)]
    pub dictionaries: DictionaryArgs,
}

pub fn run(args: &ServeArgs) -> anyhow::Result<ExitCode> {
    let token = args
        .ingest_token
        .clone()
        .or_else(|| std::env::var("DYAD_INGEST_TOKEN").ok())
        .filter(|t| !t.is_empty());
    let (dicts, problems) = dict_cmd::load(&args.dictionaries)?;
    code_cmd::report_dictionary_errors(&problems);
    let coder = Arc::new(Coder::new(Arc::new(dicts), CoderOptions::default()));
    let mut config = dyad_serve::Config::new(args.db.clone(), coder);
    config.ingest_token = token;
    config.cors_origin = args.cors_origin.clone();
    config.body_limit = args.max_body;
    let ingest = if config.ingest_token.is_some() {
        "enabled"
    } else {
        "disabled"
    };
    let app = dyad_serve::router(config)?;
    if !args.addr.ip().is_loopback() {
        tracing::warn!("listening on {}: reachable from other machines", args.addr);
    }
    let db = args.db.display().to_string();
    dyad_serve::run(app, args.addr, |addr| {
        eprintln!("dyad serve: http://{addr}/ (store {db}; ingest {ingest}; Ctrl-C stops)");
    })
    .with_context(|| format!("cannot serve on {}", args.addr))?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use crate::cli::{Cli, Command};
    use clap::Parser;

    #[test]
    fn binds_to_loopback_by_default() {
        let cli = Cli::try_parse_from(["dyad", "serve"]).expect("parses");
        let Command::Serve(args) = cli.command else {
            panic!("not the serve command");
        };
        assert!(args.addr.ip().is_loopback(), "{}", args.addr);
        assert!(args.ingest_token.is_none() && args.cors_origin.is_none());
    }
}
