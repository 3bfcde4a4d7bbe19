//! `dyad read`: the debugging view of intake — each article as one JSON line, with every
//! resolution the coder makes in it (mention → antecedent, date phrase → date, place name →
//! gazetteer entry) so a user can see why an event got its actors, date and place.

use crate::cli::ReadArgs;
use crate::output::{Output, SCHEMA_VERSION};
use dyad_code::{Coder, CoderOptions, Resolutions};
use dyad_read::{Article, Input, Item, OffsetMap, Origin, ReadOptions, Reader};
use dyad_segment::Span;
use serde::Serialize;
use std::io::IsTerminal;
use std::ops::ControlFlow;
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Serialize)]
struct ReadRecord<'a> {
    schema_version: u32,
    id: &'a str,
    title: Option<&'a str>,
    published: Option<String>,
    published_original: Option<&'a str>,
    url: Option<&'a str>,
    source: Option<&'a str>,
    byline: Option<&'a str>,
    language: Option<&'a str>,
    text: &'a str,
    sentences: Vec<SentenceRecord<'a>>,
    origin: &'a Origin,
    #[serde(skip_serializing_if = "Option::is_none")]
    offsets: Option<&'a OffsetMap>,
    resolutions: Resolutions,
}

#[derive(Serialize)]
struct SentenceRecord<'a> {
    index: usize,
    text: &'a str,
    span: Span,
}

impl<'a> ReadRecord<'a> {
    fn new(a: &'a Article, with_offsets: bool, coder: &Coder) -> Self {
        let sentences = a
            .sentences
            .iter()
            .enumerate()
            .map(|(index, &span)| SentenceRecord {
                index,
                text: span.slice(&a.text),
                span,
            })
            .collect();
        ReadRecord {
            schema_version: SCHEMA_VERSION,
            id: &a.id,
            title: a.title.as_deref(),
            published: a.published.map(|d| d.format("%Y-%m-%d").to_string()),
            published_original: a.published_original.as_deref(),
            url: a.url.as_deref(),
            source: a.source.as_deref(),
            byline: a.byline.as_deref(),
            language: a.language.as_deref(),
            text: &a.text,
            sentences,
            origin: &a.origin,
            offsets: with_offsets.then_some(&a.offsets),
            resolutions: coder.resolutions(a),
        }
    }
}

/// The inputs named on the command line, or stdin when none are and stdin is piped.
pub fn inputs(paths: &[std::path::PathBuf]) -> Option<Vec<Input>> {
    if paths.is_empty() {
        return (!std::io::stdin().is_terminal()).then(|| vec![Input::Stdin]);
    }
    Some(
        paths
            .iter()
            .map(|p| {
                if p.as_os_str() == "-" {
                    Input::Stdin
                } else {
                    Input::Path(p.clone())
                }
            })
            .collect(),
    )
}

pub fn run(args: &ReadArgs) -> anyhow::Result<ExitCode> {
    let Some(inputs) = inputs(&args.paths) else {
        eprintln!("dyad read: no input: give files or directories, or pipe articles on stdin (see --help)");
        return Ok(ExitCode::from(2));
    };
    let options = ReadOptions {
        published: args.published,
        max_file_size: args.max_file_size,
        english_only: !args.all_languages,
        offsets: args.offsets,
    };
    let mut reader = Reader::new(options);
    // Resolutions are made with the bundled dictionaries, as `dyad code` makes them by default.
    let coder = Coder::new(Arc::new(dyad_dict::bundled::load_bundled().0), CoderOptions::default());
    let mut out = Output::stdout();
    let mut error = None;
    let _ = reader.read_all(&inputs, &mut |item| match item {
        Item::Diagnostic(d) => {
            eprintln!("{d}");
            ControlFlow::Continue(())
        }
        Item::Article(article) => match out.json_line(&ReadRecord::new(&article, args.offsets, &coder)) {
            Ok(()) if out.closed => ControlFlow::Break(()),
            Ok(()) => ControlFlow::Continue(()),
            Err(e) => {
                error = Some(e);
                ControlFlow::Break(())
            }
        },
    });
    if let Some(e) = error {
        return Err(e);
    }
    out.flush()?;
    if out.closed {
        return Ok(ExitCode::SUCCESS);
    }
    let summary = reader.summary();
    eprintln!("dyad read: {summary}");
    Ok(if summary.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
