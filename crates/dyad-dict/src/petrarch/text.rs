//! Reading PETRARCH files as text: lossy decoding and comment-free lines.
//!
//! The real files are "flat ASCII" only in principle: they hold stray 0x1A (DOS end-of-file)
//! bytes inside names, a few non-UTF-8 bytes, `#` comments (PETRARCH also accepts the TABARI
//! `;` in actor files) and XML-style `<!-- ... -->` comments that may span lines (one
//! validation file even writes `<! --`).

use std::borrow::Cow;

/// Decodes file bytes: invalid UTF-8 becomes U+FFFD and 0x1A bytes are dropped, so a damaged
/// byte costs at most one character of one name, never the file.
pub fn decode(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    if text.contains('\u{1a}') {
        text.replace('\u{1a}', "")
    } else {
        match text {
            Cow::Borrowed(s) => s.to_string(),
            Cow::Owned(s) => s,
        }
    }
}

/// Iterates over `(1-based line number, content)` with comments removed and trailing
/// whitespace trimmed; lines left empty are skipped. Leading whitespace is kept because it
/// is meaningful in actor files (a tab starts a code line). `comment_chars` must be ASCII.
pub fn lines<'a>(text: &'a str, comment_chars: &'a [char]) -> impl Iterator<Item = (usize, &'a str)> {
    let mut in_block = false;
    text.lines().enumerate().filter_map(move |(i, raw)| {
        let content = strip_comments(raw, &mut in_block, comment_chars).trim_end();
        (!content.trim_start().is_empty()).then_some((i + 1, content))
    })
}

/// Removes block and line comments from one line, tracking whether a `<!--` block is open.
fn strip_comments<'a>(line: &'a str, in_block: &mut bool, comment_chars: &[char]) -> &'a str {
    if *in_block {
        if line.contains("-->") {
            *in_block = false;
        }
        return "";
    }
    if line.trim_start().starts_with("<!") {
        // PETRARCH treats the whole line as a comment and skips on to the line holding `-->`.
        *in_block = !line.contains("-->");
        return "";
    }
    // Comment characters are ASCII (others are ignored), so scanning bytes is enough and a
    // byte position found is a character boundary; this is the readers' hottest loop.
    match line
        .bytes()
        .position(|b| b.is_ascii() && comment_chars.contains(&char::from(b)))
    {
        Some(at) => &line[..at],
        None => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_drops_sub_bytes_and_replaces_bad_utf8() {
        assert_eq!(decode(b"JAN_STRASK\x1aY"), "JAN_STRASKY");
        assert_eq!(decode(b"COTE_D\xffIVOIRE"), "COTE_D\u{fffd}IVOIRE");
    }

    #[test]
    fn comments_are_removed() {
        let text = "<!-- one -->\nA # note\n<!--\n# inside\n# -->\n<! -- odd -->\n\tB ; x\n   # only\nC";
        let got: Vec<_> = lines(text, &['#', ';']).collect();
        assert_eq!(got, [(2, "A"), (7, "\tB"), (9, "C")]);
    }
}
