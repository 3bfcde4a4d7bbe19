//! Reading the compiled-in tables: tab-separated, `#` comments, `-` for "no value".

/// One data row: its 1-based line number (for messages) and its fields.
pub(crate) struct Row {
    pub line: usize,
    pub fields: Vec<&'static str>,
}

impl Row {
    /// Field `i`; the tables are fixed at compile time, so a short row is a
    /// data bug caught by the tests, and the message names table and line.
    pub fn get(&self, table: &str, i: usize) -> &'static str {
        self.fields
            .get(i)
            .copied()
            .unwrap_or_else(|| panic!("{table} line {}: missing column {}", self.line, i + 1))
    }

    /// Field `i`, with the table's `-` marker read as `None`.
    pub fn opt(&self, table: &str, i: usize) -> Option<&'static str> {
        Some(self.get(table, i)).filter(|f| *f != "-")
    }
}

/// The data rows of a table (comment and blank lines skipped).
pub(crate) fn rows(text: &'static str) -> impl Iterator<Item = Row> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .map(|(i, l)| Row {
            line: i + 1,
            fields: l.split('\t').collect(),
        })
}

/// A `;`-separated list field (`-` is the empty list).
pub(crate) fn list(field: Option<&'static str>) -> impl Iterator<Item = &'static str> {
    field.unwrap_or("").split(';').filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_comments_and_keeps_line_numbers() {
        let rows: Vec<Row> = rows("# head\n\na\t-\nb\tc;d\n").collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].line, 3);
        assert_eq!(rows[0].opt("t", 1), None);
        assert_eq!(list(rows[1].opt("t", 1)).collect::<Vec<_>>(), ["c", "d"]);
    }

    #[test]
    #[should_panic(expected = "t line 1: missing column 2")]
    fn short_row_names_table_and_line() {
        let row = rows("a\n").next().expect("one row");
        row.get("t", 1);
    }
}
