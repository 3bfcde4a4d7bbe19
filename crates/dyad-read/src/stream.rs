//! A decoded view of an input file's text, with the byte offset in the file of every byte.
//!
//! Readers hand the clean text they build (often through a library that reports no offsets) to
//! [`crate::align`], which finds it again in this stream. The stream undoes what stands between
//! the file's bytes and the text a reader sees: invalid UTF-8 (decoded as U+FFFD), markup tags,
//! character references, JSON string escapes; and it folds every run of whitespace into one
//! space, so that re-flowed text still matches.

/// How to decode the file's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decoding {
    /// The bytes are the text (plain text, Markdown).
    Plain,
    /// HTML or XML: tags, comments, `<script>`/`<style>` bodies are skipped; character
    /// references are decoded; CDATA markers are skipped and their content kept.
    Markup,
    /// A JSON document: string escapes are decoded.
    Json,
}

/// Decoded, whitespace-folded text with the file offset of each of its bytes.
pub struct DecodedStream {
    pub text: String,
    /// `origin[i]` is the file offset of the byte `text[i]` came from.
    pub origin: Vec<u32>,
    /// The file offset one past the decoded bytes.
    pub end: u32,
}

impl DecodedStream {
    /// Decodes `bytes`, whose first byte lies at `base` in the file.
    pub fn new(bytes: &[u8], decoding: Decoding, base: usize) -> Self {
        let mut builder = Builder::with_capacity(bytes.len());
        match decoding {
            // Plain text needs no look-ahead: decoded as it is read, without the char list.
            Decoding::Plain => for_each_char(bytes, |at, c| builder.push(c, base + at)),
            Decoding::Markup => decode_markup(&decode_utf8(bytes), base, &mut builder),
            Decoding::Json => decode_json(&decode_utf8(bytes), base, &mut builder),
        }
        builder.finish(clamp(base + bytes.len()))
    }
}

struct Builder {
    text: String,
    origin: Vec<u32>,
    pending_space: Option<usize>,
}

impl Builder {
    fn with_capacity(n: usize) -> Self {
        Builder {
            text: String::with_capacity(n),
            origin: Vec::with_capacity(n),
            pending_space: None,
        }
    }

    /// Appends `c`, read at file offset `at`. Every byte of a file goes through here: ASCII,
    /// nearly all of it, takes the short way (the same result as [`Builder::push_char`]).
    #[inline(always)]
    fn push(&mut self, c: char, at: usize) {
        if !c.is_ascii() {
            return self.push_char(c, at);
        }
        // `char::is_whitespace` of an ASCII char.
        if matches!(c, ' ' | '\t'..='\r') {
            return self.note_space(at);
        }
        self.flush_space();
        self.text.push(c);
        self.origin.push(clamp(at));
    }

    fn push_char(&mut self, c: char, at: usize) {
        if c.is_whitespace() {
            return self.note_space(at);
        }
        self.flush_space();
        self.text.push(c);
        self.origin.extend(std::iter::repeat_n(clamp(at), c.len_utf8()));
    }

    /// Whitespace: one space before the next char, from the first whitespace of the run.
    #[inline(always)]
    fn note_space(&mut self, at: usize) {
        if self.pending_space.is_none() && !self.text.is_empty() {
            self.pending_space = Some(at);
        }
    }

    #[inline(always)]
    fn flush_space(&mut self) {
        if let Some(space_at) = self.pending_space.take() {
            self.text.push(' ');
            self.origin.push(clamp(space_at));
        }
    }

    /// A tag boundary separates words ("<p>a</p><p>b</p>" is "a b").
    fn boundary(&mut self, at: usize) {
        self.push(' ', at);
    }

    fn finish(self, end: u32) -> DecodedStream {
        DecodedStream {
            text: self.text,
            origin: self.origin,
            end,
        }
    }
}

fn clamp(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// Every char with its byte offset; invalid sequences become U+FFFD at their offset.
fn decode_utf8(bytes: &[u8]) -> Vec<(usize, char)> {
    let mut out = Vec::with_capacity(bytes.len());
    for_each_char(bytes, |at, c| out.push((at, c)));
    out
}

/// Calls `f` with every char and its byte offset, in order; an invalid sequence is one U+FFFD
/// at its offset.
#[inline]
fn for_each_char(bytes: &[u8], mut f: impl FnMut(usize, char)) {
    let mut at = 0;
    for chunk in bytes.utf8_chunks() {
        for (i, c) in chunk.valid().char_indices() {
            f(at + i, c);
        }
        at += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            f(at, char::REPLACEMENT_CHARACTER);
            at += chunk.invalid().len();
        }
    }
}

fn decode_markup(chars: &[(usize, char)], base: usize, out: &mut Builder) {
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        match c {
            '<' => i = skip_markup(chars, i, base, out),
            '&' => match decode_reference(chars, i) {
                Some((decoded, next)) => {
                    out.push(decoded, base + at);
                    i = next;
                }
                None => {
                    out.push('&', base + at);
                    i += 1;
                }
            },
            _ => {
                out.push(c, base + at);
                i += 1;
            }
        }
    }
}

/// Skips a tag, comment, CDATA marker or raw-text element starting at `chars[i] == '<'`;
/// returns the index after it.
fn skip_markup(chars: &[(usize, char)], i: usize, base: usize, out: &mut Builder) -> usize {
    let rest = |n: usize| chars[i..].iter().take(n).map(|&(_, c)| c).collect::<String>();
    let head = rest(12).to_ascii_lowercase();
    let at = base + chars[i].0;
    if head.starts_with("<![cdata[") {
        return i + 9;
    }
    if head.starts_with("<!--") {
        out.boundary(at);
        return find_str(chars, i + 4, "-->").map_or(chars.len(), |end| end + 3);
    }
    let is_tag_start = chars
        .get(i + 1)
        .is_some_and(|&(_, c)| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'));
    if !is_tag_start {
        out.push('<', at);
        return i + 1;
    }
    let end = find_char(chars, i + 1, '>').map_or(chars.len(), |e| e + 1);
    out.boundary(at);
    for raw in ["<script", "<style", "<noscript", "<template"] {
        if head.starts_with(raw) {
            let close = format!("</{}", &raw[1..]);
            return find_str_ci(chars, end, &close)
                .map_or(chars.len(), |c| find_char(chars, c, '>').map_or(chars.len(), |e| e + 1));
        }
    }
    end
}

fn find_char(chars: &[(usize, char)], from: usize, needle: char) -> Option<usize> {
    chars
        .get(from..)?
        .iter()
        .position(|&(_, c)| c == needle)
        .map(|p| from + p)
}

fn find_str(chars: &[(usize, char)], from: usize, needle: &str) -> Option<usize> {
    let needle: Vec<char> = needle.chars().collect();
    (from..chars.len()).find(|&s| {
        needle
            .iter()
            .enumerate()
            .all(|(k, n)| chars.get(s + k).is_some_and(|&(_, c)| c == *n))
    })
}

fn find_str_ci(chars: &[(usize, char)], from: usize, needle: &str) -> Option<usize> {
    let needle: Vec<char> = needle.chars().collect();
    (from..chars.len()).find(|&s| {
        needle
            .iter()
            .enumerate()
            .all(|(k, n)| chars.get(s + k).is_some_and(|&(_, c)| c.eq_ignore_ascii_case(n)))
    })
}

/// Decodes `&name;`, `&#NNN;` or `&#xHH;` at `chars[i]`; returns the char and the index after.
fn decode_reference(chars: &[(usize, char)], i: usize) -> Option<(char, usize)> {
    let end = chars
        .get(i + 1..i + 12)?
        .iter()
        .position(|&(_, c)| c == ';')
        .map(|p| i + 1 + p)?;
    let body: String = chars[i + 1..end].iter().map(|&(_, c)| c).collect();
    let decoded = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code)?
    } else {
        crate::entities::named(&body)?
    };
    Some((decoded, end + 1))
}

fn decode_json(chars: &[(usize, char)], base: usize, out: &mut Builder) {
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c != '\\' {
            out.push(c, base + at);
            i += 1;
            continue;
        }
        let next = chars.get(i + 1).map(|&(_, c)| c);
        let (decoded, len) = match next {
            Some('n' | 'r' | 't' | 'f' | 'b') => (' ', 2),
            Some('u') => (json_unicode(chars, i).unwrap_or(char::REPLACEMENT_CHARACTER), 6),
            Some(other) => (other, 2),
            None => ('\\', 1),
        };
        out.push(decoded, base + at);
        i += len;
    }
}

fn json_unicode(chars: &[(usize, char)], i: usize) -> Option<char> {
    let hex: String = chars.get(i + 2..i + 6)?.iter().map(|&(_, c)| c).collect();
    char::from_u32(u32::from_str_radix(&hex, 16).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_skipped_and_references_decoded() {
        let html = "<p>Rock &amp; roll</p><script>x<y</script><p>caf&#233;  now</p>";
        let s = DecodedStream::new(html.as_bytes(), Decoding::Markup, 0);
        assert_eq!(s.text, "Rock & roll café now");
        let amp = s.text.find('&').unwrap();
        assert_eq!(&html[s.origin[amp] as usize..s.origin[amp] as usize + 5], "&amp;");
        assert_eq!(s.origin.len(), s.text.len());
    }

    /// The ASCII short way of `push` builds what `push_char` builds, for every ASCII char and
    /// a sample of others, each after text, after whitespace and at the start.
    #[test]
    fn the_ascii_short_way_builds_the_same_stream() {
        let chars = (0u32..0x3100).filter_map(char::from_u32);
        for c in chars {
            for before in ["", "a", "a ", " ", "\u{a0}"] {
                let mut fast = Builder::with_capacity(8);
                let mut slow = Builder::with_capacity(8);
                for (i, b) in before.chars().enumerate() {
                    fast.push(b, i);
                    slow.push_char(b, i);
                }
                fast.push(c, 7);
                slow.push_char(c, 7);
                fast.push('z', 9);
                slow.push_char('z', 9);
                let (fast, slow) = (fast.finish(10), slow.finish(10));
                assert_eq!(
                    (fast.text, fast.origin),
                    (slow.text, slow.origin),
                    "{c:?} after {before:?}"
                );
            }
        }
    }

    #[test]
    fn invalid_utf8_keeps_file_offsets() {
        let bytes = b"ab\xffcd";
        let s = DecodedStream::new(bytes, Decoding::Plain, 10);
        assert_eq!(s.text, "ab\u{FFFD}cd");
        let d = s.text.find('c').unwrap();
        assert_eq!(s.origin[d], 13);
    }

    #[test]
    fn json_escapes_decode() {
        let line = r#"{"text":"A \"quote\"\nnext \u00e9"}"#;
        let s = DecodedStream::new(line.as_bytes(), Decoding::Json, 0);
        assert!(s.text.contains(r#"A "quote" next é"#), "{}", s.text);
    }
}
