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
static ALLOCATOR: Allocator = Allocator;

/// mimalloc's `malloc` for every ordinary layout, its aligned entry point only for the rest.
///
/// `mimalloc::MiMalloc` calls `mi_malloc_aligned` for every allocation, whose alignment checks
/// and fallbacks cost about half again what `mi_malloc` costs; a run of `dyad ingest` makes
/// ~7,000 allocations per article. `mi_malloc` returns blocks aligned to 16 bytes
/// (`MI_MAX_ALIGN_SIZE`: its size classes are multiples of 16 from 16 bytes up) and 8-byte
/// blocks below that, so a layout whose alignment is at most 16 and at most its size is
/// aligned by it, the rule Rust's own `System` allocator applies to `malloc`.
struct Allocator;

/// The alignment `mi_malloc` gives every block of at least this many bytes.
const MALLOC_ALIGN: usize = 16;

impl Allocator {
    fn plain(layout: std::alloc::Layout) -> bool {
        layout.align() <= MALLOC_ALIGN && layout.align() <= layout.size()
    }
}

// SAFETY: every block comes from mimalloc and goes back to it (`mi_free` takes blocks of the
// plain and the aligned entry points alike); `plain` admits only layouts `mi_malloc` aligns.
unsafe impl std::alloc::GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if Self::plain(layout) {
            // SAFETY: see the impl.
            unsafe { libmimalloc_sys::mi_malloc(layout.size()).cast() }
        } else {
            // SAFETY: see the impl.
            unsafe { libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if Self::plain(layout) {
            // SAFETY: see the impl.
            unsafe { libmimalloc_sys::mi_zalloc(layout.size()).cast() }
        } else {
            // SAFETY: see the impl.
            unsafe { libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        // SAFETY: see the impl.
        unsafe { libmimalloc_sys::mi_free(ptr.cast()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        // As `MiMalloc` does: mimalloc's aligned reallocation takes its plain path itself for
        // word alignment.
        // SAFETY: see the impl.
        unsafe { libmimalloc_sys::mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast() }
    }
}

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
        cli::Command::Check(args) => query_cmd::check(&args),
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
