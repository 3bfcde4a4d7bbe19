//! Web addresses with a scheme or `www.`.

/// End of a URL starting at `pos`, if one starts there.
pub(super) fn scan_url(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    if !has_url_prefix(rest.as_bytes()) {
        return None;
    }
    let raw = rest
        .find(|c: char| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '“' | '”'))
        .unwrap_or(rest.len());
    let url = trim_trailing(rest.get(..raw)?);
    Some(pos + url.len())
}

fn has_url_prefix(bytes: &[u8]) -> bool {
    ["https://", "http://", "www."].iter().any(|p| {
        bytes
            .get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p.as_bytes()))
    })
}

/// Drops sentence punctuation glued to the end of a URL; a closing bracket
/// stays when the URL opened one (Wikipedia-style addresses).
fn trim_trailing(mut url: &str) -> &str {
    loop {
        let Some(last) = url.chars().next_back() else {
            return url;
        };
        let bracket_is_ours = match last {
            ')' => url.matches('(').count() >= url.matches(')').count(),
            ']' => url.matches('[').count() >= url.matches(']').count(),
            _ => false,
        };
        let strip = matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '’' | ')' | ']');
        if !strip || bracket_is_ours || url.len() <= last.len_utf8() {
            return url;
        }
        url = &url[..url.len() - last.len_utf8()];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> Option<&str> {
        scan_url(text, 0).map(|end| &text[..end])
    }

    #[test]
    fn urls() {
        assert_eq!(url("https://example.org/a?b=1."), Some("https://example.org/a?b=1"));
        assert_eq!(url("www.reuters.com, he"), Some("www.reuters.com"));
        assert_eq!(url("HTTP://X.ORG"), Some("HTTP://X.ORG"));
        assert_eq!(
            url("https://en.wikipedia.org/wiki/Foo_(bar))"),
            Some("https://en.wikipedia.org/wiki/Foo_(bar)")
        );
        assert_eq!(url("http://x.org\"quoted"), Some("http://x.org"));
        assert_eq!(url("wwwhat"), None);
    }
}
