//! Writing results: JSON lines on stdout, stopping quietly when the reader of the pipe is gone.

use std::io::{self, BufWriter, Stdout, Write};

/// Every JSON line dyad writes carries this version of its record layout.
pub const SCHEMA_VERSION: u32 = 1;

/// Buffered stdout that remembers whether the pipe was closed.
pub struct Output {
    out: BufWriter<Stdout>,
    pub closed: bool,
}

impl Output {
    pub fn stdout() -> Self {
        Output {
            out: BufWriter::new(io::stdout()),
            closed: false,
        }
    }

    /// Writes one JSON line; a closed pipe ends output quietly, other errors are returned.
    pub fn json_line<T: serde::Serialize>(&mut self, value: &T) -> anyhow::Result<()> {
        if self.closed {
            return Ok(());
        }
        let result = serde_json::to_writer(&mut self.out, value)
            .map_err(io::Error::from)
            .and_then(|()| self.out.write_all(b"\n"));
        self.check(result)
    }

    /// Writes one line of text (a newline is added); a closed pipe ends output quietly.
    pub fn line(&mut self, line: &str) -> anyhow::Result<()> {
        if self.closed {
            return Ok(());
        }
        let result = self
            .out
            .write_all(line.as_bytes())
            .and_then(|()| self.out.write_all(b"\n"));
        self.check(result)
    }

    pub fn flush(&mut self) -> anyhow::Result<()> {
        if self.closed {
            return Ok(());
        }
        let result = self.out.flush();
        self.check(result)
    }

    fn check(&mut self, result: io::Result<()>) -> anyhow::Result<()> {
        match result {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => Ok(other?),
        }
    }
}
