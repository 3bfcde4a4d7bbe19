//! Stored events as a typed Parquet file, one row per event, for DuckDB, pandas, R and Spark.
//!
//! Dates are `DATE` (days since 1970), counts `INT64`, Goldstein values `DOUBLE`, `negated` a
//! boolean; every column the record may lack is nullable. Written in row groups of
//! [`ROW_GROUP`] events, Snappy-compressed.

use crate::query::{EventFilter, StoredEvent};
use crate::{Error, Result, Store};
use arrow_array::{ArrayRef, BooleanArray, Date32Array, Float64Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use serde_json::Value;
use std::io::Write;
use std::ops::ControlFlow;
use std::sync::Arc;

/// Events per row group (and per in-memory batch).
pub const ROW_GROUP: usize = 65_536;

/// The type of a column.
#[derive(Clone, Copy)]
enum Kind {
    Text,
    Int,
    Float,
    Bool,
    Date,
}

/// One value of a row.
enum Cell {
    Null,
    Text(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Date(i32),
}

type Getter = fn(&StoredEvent) -> Cell;

/// The columns, in order: name, type, value.
static COLUMNS: &[(&str, Kind, Getter)] = &[
    ("event_id", Kind::Int, |e| Cell::Int(e.event)),
    ("id", Kind::Text, |e| Cell::Text(e.key.clone())),
    ("article_id", Kind::Text, |e| text(e, "/article_id")),
    ("sentence_index", Kind::Int, |e| int(e, "/sentence_index")),
    ("date", Kind::Date, |e| date(e, "/date")),
    ("date_precision", Kind::Text, |e| text(e, "/date_precision")),
    ("date_range_end", Kind::Date, |e| date(e, "/date_range/1")),
    ("source_code", Kind::Text, |e| text(e, "/source/code")),
    ("source_country", Kind::Text, |e| text(e, "/source/country")),
    ("source_text", Kind::Text, |e| text(e, "/source/text")),
    ("target_code", Kind::Text, |e| text(e, "/target/code")),
    ("target_country", Kind::Text, |e| text(e, "/target/country")),
    ("target_text", Kind::Text, |e| text(e, "/target/text")),
    ("cameo_code", Kind::Text, |e| text(e, "/cameo/code")),
    ("cameo_root", Kind::Text, |e| text(e, "/cameo/root")),
    ("goldstein", Kind::Float, |e| float(e, "/cameo/goldstein")),
    ("quad_class", Kind::Int, |e| int(e, "/cameo/quad_class")),
    ("plover_type", Kind::Text, |e| text(e, "/plover/type")),
    ("plover_mode", Kind::Text, |e| text(e, "/plover/mode")),
    ("negated", Kind::Bool, |e| {
        Cell::Bool(e.record.get("negated").and_then(Value::as_bool).unwrap_or(false))
    }),
    ("location_name", Kind::Text, |e| text(e, "/location/name")),
    ("location_country", Kind::Text, |e| text(e, "/location/country")),
    ("lat", Kind::Float, |e| float(e, "/location/lat")),
    ("lon", Kind::Float, |e| float(e, "/location/lon")),
    ("reported_by", Kind::Text, |e| text(e, "/attribution/reported_by")),
    ("num_mentions", Kind::Int, |e| Cell::Int(e.num_mentions)),
    ("num_articles", Kind::Int, |e| Cell::Int(e.num_articles)),
    ("num_sources", Kind::Int, |e| Cell::Int(e.num_sources)),
    ("first_seen", Kind::Date, |e| {
        e.first_seen.as_deref().map_or(Cell::Null, day)
    }),
    ("last_seen", Kind::Date, |e| {
        e.last_seen.as_deref().map_or(Cell::Null, day)
    }),
    ("source_url", Kind::Text, |e| {
        e.source_url.clone().map_or(Cell::Null, Cell::Text)
    }),
    ("sentence", Kind::Text, |e| text(e, "/sentence")),
];

fn text(e: &StoredEvent, pointer: &str) -> Cell {
    match e.record.pointer(pointer) {
        Some(Value::String(s)) => Cell::Text(s.clone()),
        _ => Cell::Null,
    }
}

fn int(e: &StoredEvent, pointer: &str) -> Cell {
    e.record
        .pointer(pointer)
        .and_then(Value::as_i64)
        .map_or(Cell::Null, Cell::Int)
}

fn float(e: &StoredEvent, pointer: &str) -> Cell {
    e.record
        .pointer(pointer)
        .and_then(Value::as_f64)
        .map_or(Cell::Null, Cell::Float)
}

fn date(e: &StoredEvent, pointer: &str) -> Cell {
    e.record
        .pointer(pointer)
        .and_then(Value::as_str)
        .map_or(Cell::Null, day)
}

/// A `YYYY-MM-DD` date as days since 1970-01-01.
fn day(s: &str) -> Cell {
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1);
    match (crate::dedup::parse_date(s), epoch) {
        (Some(d), Some(epoch)) => i32::try_from((d - epoch).num_days()).map_or(Cell::Null, Cell::Date),
        _ => Cell::Null,
    }
}

fn schema() -> Arc<Schema> {
    let fields: Vec<Field> = COLUMNS
        .iter()
        .map(|(name, kind, _)| {
            let ty = match kind {
                Kind::Text => DataType::Utf8,
                Kind::Int => DataType::Int64,
                Kind::Float => DataType::Float64,
                Kind::Bool => DataType::Boolean,
                Kind::Date => DataType::Date32,
            };
            Field::new(*name, ty, true)
        })
        .collect();
    Arc::new(Schema::new(fields))
}

/// The rows of one batch as Arrow columns.
fn batch(schema: &Arc<Schema>, rows: &[StoredEvent]) -> Result<RecordBatch> {
    let columns: Vec<ArrayRef> = COLUMNS
        .iter()
        .map(|(_, kind, get)| column(*kind, rows.iter().map(get)))
        .collect();
    RecordBatch::try_new(schema.clone(), columns).map_err(|e| Error::Export(e.to_string()))
}

fn column(kind: Kind, cells: impl Iterator<Item = Cell>) -> ArrayRef {
    match kind {
        Kind::Text => Arc::new(StringArray::from_iter(cells.map(|c| match c {
            Cell::Text(s) => Some(s),
            _ => None,
        }))),
        Kind::Int => Arc::new(Int64Array::from_iter(cells.map(|c| match c {
            Cell::Int(v) => Some(v),
            _ => None,
        }))),
        Kind::Float => Arc::new(Float64Array::from_iter(cells.map(|c| match c {
            Cell::Float(v) => Some(v),
            _ => None,
        }))),
        Kind::Bool => Arc::new(BooleanArray::from_iter(cells.map(|c| match c {
            Cell::Bool(v) => Some(v),
            _ => None,
        }))),
        Kind::Date => Arc::new(Date32Array::from_iter(cells.map(|c| match c {
            Cell::Date(v) => Some(v),
            _ => None,
        }))),
    }
}

impl Store {
    /// Writes the events `filter` selects to `out` as Parquet; returns how many.
    pub fn write_parquet<W: Write + Send>(&self, filter: &EventFilter, out: W) -> Result<usize> {
        let schema = schema();
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_row_count(Some(ROW_GROUP))
            .build();
        let mut writer =
            ArrowWriter::try_new(out, schema.clone(), Some(props)).map_err(|e| Error::Export(e.to_string()))?;
        let mut rows = Vec::with_capacity(ROW_GROUP.min(4096));
        let mut written = 0;
        let mut failure = None;
        self.for_each_event(filter, |e| {
            rows.push(e);
            if rows.len() == ROW_GROUP {
                written += rows.len();
                if let Err(e) = write_batch(&mut writer, &schema, &rows) {
                    failure = Some(e);
                    return ControlFlow::Break(());
                }
                rows.clear();
            }
            ControlFlow::Continue(())
        })?;
        if let Some(e) = failure {
            return Err(e);
        }
        written += rows.len();
        if !rows.is_empty() {
            write_batch(&mut writer, &schema, &rows)?;
        }
        writer.close().map_err(|e| Error::Export(e.to_string()))?;
        Ok(written)
    }
}

fn write_batch<W: Write + Send>(writer: &mut ArrowWriter<W>, schema: &Arc<Schema>, rows: &[StoredEvent]) -> Result<()> {
    let batch = batch(schema, rows)?;
    writer.write(&batch).map_err(|e| Error::Export(e.to_string()))
}
