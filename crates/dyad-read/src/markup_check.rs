//! A light structural check of HTML, so a malformed page is reported (it is still read:
//! html5ever recovers from anything, but the user should know the page was broken).

/// Elements that never have an end tag, or whose end tag HTML lets authors leave out.
const UNCHECKED: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p",
    "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "html", "head", "body",
    "colgroup", "rb", "rt", "rp", "!doctype",
];

/// The first structural problem found, with its 1-based line.
pub fn first_problem(html: &str) -> Option<(usize, String)> {
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut rest = html;
    let mut offset = 0;
    while let Some(lt) = rest.find('<') {
        let tag_start = offset + lt;
        let after = &rest[lt + 1..];
        if after.starts_with("!--") {
            let end = after.find("-->").map_or(html.len(), |e| tag_start + 1 + e + 3);
            (offset, rest) = (end.min(html.len()), html.get(end.min(html.len())..).unwrap_or(""));
            continue;
        }
        let Some(gt) = after.find('>') else {
            return Some((line_of(html, tag_start), "a tag is not closed with '>'".to_string()));
        };
        let inner = &after[..gt];
        if let Some(problem) = track(inner, tag_start, html, &mut open) {
            return Some(problem);
        }
        let next = tag_start + 1 + gt + 1;
        (offset, rest) = (next, &html[next..]);
        if let Some(raw) = raw_text_end(inner, rest) {
            (offset, rest) = (offset + raw, &html[offset + raw..]);
        }
    }
    open.first()
        .map(|(name, at)| (line_of(html, *at), format!("<{name}> is never closed")))
}

fn track(inner: &str, at: usize, html: &str, open: &mut Vec<(String, usize)>) -> Option<(usize, String)> {
    let closing = inner.starts_with('/');
    let name: String = inner
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '!' || *c == '-' || *c == ':')
        .collect::<String>()
        .to_ascii_lowercase();
    if name.is_empty() || name.starts_with('!') || inner.ends_with('/') || UNCHECKED.contains(&name.as_str()) {
        return None;
    }
    if !closing {
        open.push((name, at));
        return None;
    }
    match open.iter().rposition(|(n, _)| *n == name) {
        Some(pos) if pos + 1 == open.len() => {
            open.pop();
            None
        }
        Some(pos) => {
            let (unclosed, opened) = open[pos + 1].clone();
            Some((
                line_of(html, opened),
                format!("<{unclosed}> is not closed before </{name}>"),
            ))
        }
        None => Some((line_of(html, at), format!("stray </{name}> with no matching start tag"))),
    }
}

/// After `<script>` or `<style>`, skip to their end tag: their content is not markup.
fn raw_text_end(inner: &str, rest: &str) -> Option<usize> {
    let name = inner.split(|c: char| c.is_whitespace()).next()?.to_ascii_lowercase();
    if name != "script" && name != "style" {
        return None;
    }
    let close = format!("</{name}");
    let lower = rest.to_ascii_lowercase();
    Some(lower.find(&close).unwrap_or(rest.len()))
}

fn line_of(text: &str, at: usize) -> usize {
    text.as_bytes()[..at.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_formed_pages_pass() {
        let ok = "<html><head><title>t</title></head><body><div><p>a<p>b<br></div><script>if (a<b) {}</script></body></html>";
        assert_eq!(first_problem(ok), None);
    }

    #[test]
    fn problems_name_their_line() {
        assert_eq!(first_problem("<div>\n<span>a</div>").map(|p| p.0), Some(2));
        assert!(
            first_problem("<div>a</div>\n</section>")
                .unwrap()
                .1
                .contains("stray </section>")
        );
        assert!(first_problem("<div><em>a</em>").unwrap().1.contains("never closed"));
    }
}
