//! Bracketed codes and PETRARCH dates: `[IRNGOV]`, `[IRNGOV >20130803]`, `[X 120801-130803]`.

use chrono::NaiveDate;

use crate::model::DatedCode;

/// One `[...]` group found on a line, with where it ended.
pub struct Bracket<'a> {
    pub content: &'a str,
    /// True when the group was closed by `}` instead of `]` (a typo PETRARCH files contain).
    pub brace_closed: bool,
}

/// Splits a line at its first `[`: the text before and the bracket groups after.
pub fn split_codes(line: &str) -> (&str, Option<&str>) {
    match line.find('[') {
        Some(at) => (&line[..at], Some(&line[at..])),
        None => (line, None),
    }
}

/// Reads the `[...]` groups of `rest` (which starts at a `[`), and returns any text after
/// them (PETRARCH ignores it; real files have company sectors and run-on entries there).
pub fn brackets(rest: &str) -> Result<(Vec<Bracket<'_>>, &str), String> {
    let mut found = Vec::new();
    let mut tail = rest.trim_start();
    while let Some(body) = tail.strip_prefix('[') {
        let Some(end) = body.find([']', '}', '[']) else {
            return Err(format!("expected ']' to close the code in '{}'", rest.trim()));
        };
        if body.as_bytes()[end] == b'[' {
            return Err(format!("expected ']' before the next '[' in '{}'", rest.trim()));
        }
        let brace_closed = body.as_bytes()[end] == b'}';
        found.push(Bracket {
            content: body[..end].trim(),
            brace_closed,
        });
        tail = body[end + 1..].trim_start();
    }
    Ok((found, tail))
}

/// The outcome of reading one code restriction.
pub struct ParsedCode {
    pub code: DatedCode,
    /// How the restriction was read when it was not written as the format says (a warning).
    pub note: Option<String>,
}

/// Parses the content of one bracket: `CODE`, `CODE <date`, `CODE >date` or
/// `CODE date-date`, with blanks allowed around `<`, `>` and `-`.
pub fn parse_code(content: &str) -> Result<ParsedCode, String> {
    let (code, restriction) = match content.split_once(char::is_whitespace) {
        Some((code, rest)) => (code, rest.trim()),
        None => (content, ""),
    };
    if code.is_empty() {
        return Err("expected a code inside [...]".to_string());
    }
    let mut parsed = ParsedCode {
        code: DatedCode::undated(code),
        note: None,
    };
    if restriction.is_empty() {
        return Ok(parsed);
    }
    let compact: String = restriction.chars().filter(|c| !c.is_whitespace()).collect();
    let mut date = |s: &str| -> Result<NaiveDate, String> {
        let (d, odd) = parse_date(s)?;
        if odd {
            parsed.note = Some(format!("7-digit date '{s}' read as YYYYMMD"));
        }
        Ok(d)
    };
    let (from, to) = if let Some(d) = compact.strip_prefix('<') {
        (None, Some(date(d)?))
    } else if let Some(d) = compact.strip_prefix('>') {
        (Some(date(d)?), None)
    } else if let Some((a, b)) = compact.split_once('-') {
        (Some(date(a)?), Some(date(b)?))
    } else if compact.bytes().all(|b| b.is_ascii_digit()) {
        // A bare date: in the Phoenix files it marks when an office began.
        let from = date(&compact)?;
        parsed.note = Some(format!("bare date '{compact}' after code {code} read as '>{compact}'"));
        (Some(from), None)
    } else {
        return Err(format!(
            "expected '<DATE', '>DATE' or 'DATE-DATE' after code {code}, found '{restriction}'"
        ));
    };
    parsed.code.from = from;
    parsed.code.to = to;
    Ok(parsed)
}

/// Parses a PETRARCH date: `YYYYMMDD`, or `YYMMDD` (years below 30 are 20xx, as in PETRARCH).
/// PETRARCH slices any longer string as YYYY MM D..., so a 7-digit date is read the same
/// way; the boolean says that happened.
pub fn parse_date(s: &str) -> Result<(NaiveDate, bool), String> {
    let bad = || format!("expected a date YYYYMMDD or YYMMDD, found '{s}'");
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let num = |range: std::ops::Range<usize>| s.get(range).and_then(|p| p.parse::<u32>().ok());
    let (year, month, day) = match s.len() {
        6 => {
            let yy = num(0..2).ok_or_else(bad)?;
            let year = if yy < 30 { 2000 + yy } else { 1900 + yy };
            (year, num(2..4), num(4..6))
        }
        7 | 8 => (num(0..4).ok_or_else(bad)?, num(4..6), num(6..s.len())),
        _ => return Err(bad()),
    };
    let (Some(month), Some(day)) = (month, day) else {
        return Err(bad());
    };
    let year = i32::try_from(year).map_err(|_| bad())?;
    let date = NaiveDate::from_ymd_opt(year, month, day).ok_or_else(bad)?;
    Ok((date, s.len() == 7))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid")
    }

    #[test]
    fn dates_in_all_widths() {
        assert_eq!(parse_date("20130803"), Ok((ymd(2013, 8, 3), false)));
        assert_eq!(parse_date("130803"), Ok((ymd(2013, 8, 3), false)));
        assert_eq!(parse_date("450703"), Ok((ymd(1945, 7, 3), false)));
        assert_eq!(parse_date("2004017"), Ok((ymd(2004, 1, 7), true)));
        assert!(parse_date("2013").is_err());
        assert!(parse_date("20131303").is_err());
        assert!(parse_date("AAA950601").is_err());
    }

    #[test]
    fn restrictions() {
        let c = parse_code("IRNGOV >20130803").expect("parses").code;
        assert_eq!((c.code.as_str(), c.from, c.to), ("IRNGOV", Some(ymd(2013, 8, 3)), None));
        let c = parse_code("HOB < 950601").expect("parses").code;
        assert_eq!((c.from, c.to), (None, Some(ymd(1995, 6, 1))));
        let c = parse_code("HOBGOV 19950601 - 19990815").expect("parses").code;
        assert_eq!((c.from, c.to), (Some(ymd(1995, 6, 1)), Some(ymd(1999, 8, 15))));
        let c = parse_code("AFGELI 320101-331108").expect("parses").code;
        assert_eq!((c.from, c.to), (Some(ymd(1932, 1, 1)), Some(ymd(1933, 11, 8))));
        let bare = parse_code("MNEGOV 20121204").expect("parses");
        assert_eq!((bare.code.from, bare.code.to), (Some(ymd(2012, 12, 4)), None));
        assert!(bare.note.is_some());
        assert!(parse_code("IRN 2013").is_err());
        assert!(parse_code("IRQOCC 1920030320-20060520").is_err());
        assert!(parse_code("IRN ~2013").is_err());
        assert!(parse_code("").is_err());
    }

    #[test]
    fn bracket_groups() {
        let (got, tail) = brackets("[IGOUNO 820101-911231] [ELI]").expect("parses");
        let contents: Vec<_> = got.iter().map(|b| b.content).collect();
        assert_eq!(
            (contents.as_slice(), tail),
            (["IGOUNO 820101-911231", "ELI"].as_slice(), "")
        );
        assert!(brackets("[~ENV}").expect("parses").0[0].brace_closed);
        assert!(brackets("[IRN").is_err());
        assert!(brackets("[IRN [X]").is_err());
        assert_eq!(brackets("[MNCMED]\tNewspapers").expect("parses").1, "Newspapers");
    }
}
