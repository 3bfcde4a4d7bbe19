//! `dyad`: the command-line interface, a thin layer over the pipeline's library crates.
//!
//! Commands parse their arguments (clap), call into the libraries and write results to stdout;
//! diagnostics and the summary line go to stderr. Exit status: 0 when every input was read,
//! 1 when some input failed, 2 on a usage error.

mod bench_cmd;
mod cli;
mod code_cmd;
mod dict_cmd;
mod eval_cmd;
mod ingest_cmd;
mod output;
mod pipeline;
mod query_cmd;
mod read_cmd;
mod serve_cmd;
mod stats;
mod store_cli;

use clap::Parser;
use std::process::ExitCode;

/// mimalloc: the coder allocates many small strings and vectors (glibc malloc/free were ~17% of
/// a profile); ~10% less CPU. `no_thp` keeps peak memory where glibc had it (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    init_logging(cli.verbose);
    let result = match cli.command {
        cli::Command::Read(args) => read_cmd::run(&args),
        cli::Command::Code(args) => code_cmd::run(&args),
        cli::Command::Dict(cli::DictCommand::Check(args)) => dict_cmd::check(&args),
        cli::Command::Dict(cli::DictCommand::Lookup(args)) => dict_cmd::lookup_cmd(&args),
        cli::Command::Eval(cli::EvalCommand::Petrarch(args)) => eval_cmd::petrarch(&args),
        cli::Command::Eval(cli::EvalCommand::Gold(args)) => eval_cmd::gold(&args),
        cli::Command::Ingest(args) => ingest_cmd::run(&args),
        cli::Command::Events(args) => query_cmd::events(&args),
        cli::Command::Timeline(args) => query_cmd::timeline(&args),
        cli::Command::Dyads(args) => query_cmd::dyads(&args),
        cli::Command::Actors(args) => query_cmd::actors(&args),
        cli::Command::Export(args) => query_cmd::export(&args),
        cli::Command::Recluster(args) => query_cmd::recluster(&args),
        cli::Command::Bench(command) => bench_cmd::run(&command),
        cli::Command::Serve(args) => serve_cmd::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dyad: error: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// Logs go to stderr; `DYAD_LOG` (e.g. `DYAD_LOG=debug`) overrides `-v`.
fn init_logging(verbose: u8) {
    let default = match verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("DYAD_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .init();
}
