//! Plain-text and Markdown articles.
//!
//! Both are read as lines: Markdown syntax is reduced to its text (links to their words, images
//! dropped, emphasis and list markers removed), the first heading or a short first line is the
//! title, and [`crate::clean`] takes datelines, bylines and URLs as metadata.
//! Lines of one paragraph are joined; paragraphs are kept apart by a blank line.

use crate::article::Metadata;
use crate::clean;
use regex::Regex;
use std::sync::LazyLock;

static IMAGE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"!\[[^\]]*\]\([^)]*\)").expect("valid"));
static LINK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[([^\]]*)\]\([^)]*\)").expect("valid"));
static REF_LINK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[([^\]]+)\]\[[^\]]*\]").expect("valid"));
static AUTOLINK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<(https?://[^>\s]+)>").expect("valid"));
static EMPHASIS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\*\*|__|\*|`)([^*`\n]+?)(\*\*|__|\*|`)").expect("valid"));
static LIST_MARKER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:[-*+]|\d{1,3}[.)])\s+").expect("valid"));
static LINK_DEFINITION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\[[^\]]+\]:\s*\S+").expect("valid"));
static INLINE_TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"</?[a-zA-Z][^>]*>").expect("valid"));

/// Paragraphs of clean text and the metadata found in the text itself.
#[derive(Debug)]
pub struct Extracted {
    pub paragraphs: Vec<String>,
    pub meta: Metadata,
}

/// Reads a Markdown article (with optional YAML front matter).
pub fn read_markdown(text: &str) -> Extracted {
    let (front, text) = front_matter(text);
    let mut extracted = read_markdown_body(text);
    extracted.meta = front.or(std::mem::take(&mut extracted.meta));
    extracted
}

/// Splits `---`-delimited front matter off the top, reading its simple `key: value` lines.
fn front_matter(text: &str) -> (Metadata, &str) {
    let mut meta = Metadata::default();
    let Some(rest) = text.strip_prefix("---\n").or_else(|| text.strip_prefix("---\r\n")) else {
        return (meta, text);
    };
    let Some(end) = rest.find("\n---") else {
        return (meta, text);
    };
    for line in rest[..end].lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).trim().to_string();
        if value.is_empty() {
            continue;
        }
        let slot = match key.trim().to_ascii_lowercase().as_str() {
            "title" | "headline" => &mut meta.title,
            "date" | "published" | "pubdate" | "published_at" => &mut meta.published,
            "url" | "canonical" | "canonical_url" | "link" => &mut meta.url,
            "source" | "outlet" | "site" | "publisher" => &mut meta.source,
            "author" | "byline" | "authors" => &mut meta.byline,
            "id" => &mut meta.id,
            _ => continue,
        };
        slot.get_or_insert(value);
    }
    let body_start = rest[end + 4..].find('\n').map_or(rest.len(), |n| end + 4 + n + 1);
    (meta, &rest[body_start.min(rest.len())..])
}

fn read_markdown_body(text: &str) -> Extracted {
    let mut title = None;
    let mut lines = Vec::new();
    let mut in_code_block = false;
    for raw in text.lines() {
        let line = raw.trim();
        if line.starts_with("```") || line.starts_with("~~~") {
            in_code_block = !in_code_block;
            continue;
        }
        if in_code_block || LINK_DEFINITION.is_match(line) || is_rule(line) {
            continue;
        }
        if let Some(heading) = heading(line) {
            let heading = inline(heading);
            if title.is_none() && lines.iter().all(|l: &String| l.trim().is_empty()) {
                title = Some(heading);
            } else {
                lines.extend(["".to_string(), heading, "".to_string()]);
            }
            continue;
        }
        if IMAGE.is_match(line) && IMAGE.replace_all(line, "").trim().is_empty() {
            lines.push(String::new()); // an image line ends the paragraph it interrupts
            continue;
        }
        let line = line.trim_start_matches('>').trim();
        if LIST_MARKER.is_match(line) {
            lines.push(String::new()); // each list item is a paragraph of its own
        }
        let line = LIST_MARKER.replace(line, "");
        lines.push(inline(&line));
    }
    let mut extracted = from_lines(lines);
    extracted.meta.title = title;
    extracted
}

/// Reads a plain-text article: a short first line followed by a break is its title.
pub fn read_text(text: &str) -> Extracted {
    let mut lines: Vec<String> = text.lines().map(|l| l.trim().to_string()).collect();
    let title = take_text_title(&mut lines);
    let mut extracted = from_lines(lines);
    extracted.meta.title = title;
    extracted
}

fn take_text_title(lines: &mut Vec<String>) -> Option<String> {
    let first = lines.iter().position(|l| !l.is_empty())?;
    let candidate = &lines[first];
    let next = lines.get(first + 1).map(String::as_str).unwrap_or("");
    let short = candidate.len() <= 200 && candidate.split_whitespace().count() <= 25;
    let ends_sentence = candidate.ends_with(['.', '!', '?', '"', '”', ':', ',', ';']);
    let followed_by_break = next.is_empty() || crate::dates::parse_dateline(next).is_some() || next.starts_with("By ");
    let is_metadata = crate::dates::parse_dateline(candidate).is_some() || clean::is_boilerplate(candidate);
    if short && !ends_sentence && followed_by_break && !is_metadata && lines.len() > first + 2 {
        let title = lines.remove(first);
        return Some(title);
    }
    None
}

/// Reads a body whose metadata comes from elsewhere (a JSON Lines record): no title is taken.
pub fn read_body(text: &str) -> Extracted {
    from_lines(text.lines().map(|l| l.trim().to_string()).collect())
}

/// Groups lines into paragraphs (a blank line ends one), then cleans them.
fn from_lines(lines: Vec<String>) -> Extracted {
    // Metadata and furniture are recognised line by line, before lines are joined.
    let mut marked: Vec<String> = Vec::with_capacity(lines.len());
    let mut blank_before = true;
    for line in lines {
        if line.trim().is_empty() {
            blank_before = true;
            continue;
        }
        if blank_before {
            marked.push(String::from(PARAGRAPH_MARK));
        }
        blank_before = false;
        marked.push(line);
    }
    let (kept, meta) = clean::clean_lines(marked);
    Extracted {
        paragraphs: join_paragraphs(kept),
        meta,
    }
}

use clean::PARAGRAPH_MARK;

fn join_paragraphs(lines: Vec<String>) -> Vec<String> {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in lines {
        if line == PARAGRAPH_MARK {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            continue;
        }
        // "EUROPE AND BEYOND" on its own line over a paragraph: a section head, not the
        // paragraph's opening words ("EUROPE AND BEYOND Germany, Britain … suspended"). Not the
        // article's first line, which may be a dateline.
        let first = paragraphs.is_empty() && current.is_empty();
        if !first && dyad_segment::is_section_head(&line) {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            paragraphs.push(line);
            continue;
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(&line);
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs
}

fn heading(line: &str) -> Option<&str> {
    let rest = line.trim_start_matches('#');
    let level = line.len() - rest.len();
    ((1..=6).contains(&level) && rest.starts_with(' ')).then(|| rest.trim().trim_end_matches('#').trim())
}

fn is_rule(line: &str) -> bool {
    line.len() >= 3
        && (line.chars().all(|c| c == '-') || line.chars().all(|c| c == '*') || line.chars().all(|c| c == '_'))
}

/// Reduces inline Markdown to its text.
fn inline(line: &str) -> String {
    let s = IMAGE.replace_all(line, "");
    let s = LINK.replace_all(&s, "$1");
    let s = REF_LINK.replace_all(&s, "$1");
    let s = AUTOLINK.replace_all(&s, "$1");
    let s = INLINE_TAG.replace_all(&s, "");
    let s = EMPHASIS.replace_all(&s, "$2");
    s.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_head_in_capitals_is_its_own_paragraph() {
        let body =
            "Donors reacted on Monday.\n\nEUROPE AND BEYOND\nGermany and Italy suspended payments.\nAustria followed.";
        let e = read_body(body);
        assert_eq!(
            e.paragraphs,
            [
                "Donors reacted on Monday.",
                "EUROPE AND BEYOND",
                "Germany and Italy suspended payments. Austria followed."
            ]
        );
        // A dateline on the first line stays with its paragraph.
        let e = read_body("CAIRO\nSudan cut ties with the UAE.");
        assert_eq!(e.paragraphs, ["CAIRO Sudan cut ties with the UAE."]);
    }

    #[test]
    fn markdown_is_reduced_to_text() {
        let md = "# Fidan meets Lavrov\nApril 27, 2026\n\nTurkish Foreign Minister [Hakan Fidan](https://x.example/f) met\n**Sergei Lavrov** on Monday.\n\n![Fidan and Lavrov](https://x.example/i.jpg)\nPhoto: Jane Doe/Meridian News\n\n## Next steps\n\nThe two sides agreed to meet again.\n\nOriginal url:\nhttps://meridian.example/2026/04/27/talks\n";
        let e = read_markdown(md);
        assert_eq!(e.meta.title.as_deref(), Some("Fidan meets Lavrov"));
        assert_eq!(e.meta.published.as_deref(), Some("April 27, 2026"));
        assert_eq!(e.meta.url.as_deref(), Some("https://meridian.example/2026/04/27/talks"));
        assert_eq!(
            e.paragraphs,
            vec![
                "Turkish Foreign Minister Hakan Fidan met Sergei Lavrov on Monday.",
                "Next steps",
                "The two sides agreed to meet again."
            ]
        );
    }

    #[test]
    fn list_items_are_paragraphs_and_linked_headlines_are_dropped() {
        let md = "Hungary blocked the statement.\n\nRelated coverage\n* EU leaders to discuss defence spending\n* Zelenskiy meets Starmer in London\n\nOrban said he would not back the war.\n\nThe bloc's options:\n- sanctions on Budapest\n- a vote without Hungary\n\nOur Standards: The Thomson Reuters Trust Principles.\n";
        let e = read_markdown(md);
        assert_eq!(
            e.paragraphs,
            vec![
                "Hungary blocked the statement.",
                "Orban said he would not back the war.",
                "The bloc's options:",
                "sanctions on Budapest",
                "a vote without Hungary"
            ]
        );
    }

    #[test]
    fn front_matter_is_metadata() {
        let md = "---\ntitle: \"Iran closes strait\"\ndate: 2026-04-22T07:45:00+03:30\nurl: https://h.example/a\n---\n\nIran said it would close the strait.\n";
        let e = read_markdown(md);
        assert_eq!(e.meta.title.as_deref(), Some("Iran closes strait"));
        assert_eq!(e.meta.published.as_deref(), Some("2026-04-22T07:45:00+03:30"));
        assert_eq!(e.meta.url.as_deref(), Some("https://h.example/a"));
        assert_eq!(e.paragraphs, vec!["Iran said it would close the strait."]);
    }

    #[test]
    fn text_title_and_paragraphs() {
        let txt = "Protests spread in the capital\n27 April 2026\n\nThousands marched on Sunday.\nPolice watched.\n\nOrganisers vowed to return.\n";
        let e = read_text(txt);
        assert_eq!(e.meta.title.as_deref(), Some("Protests spread in the capital"));
        assert_eq!(e.meta.published.as_deref(), Some("27 April 2026"));
        assert_eq!(
            e.paragraphs,
            vec![
                "Thousands marched on Sunday. Police watched.",
                "Organisers vowed to return."
            ]
        );
    }

    #[test]
    fn single_paragraph_text_has_no_title() {
        let e = read_text("Iran and Oman held talks in Muscat on Sunday");
        assert_eq!(e.meta.title, None);
        assert_eq!(e.paragraphs, vec!["Iran and Oman held talks in Muscat on Sunday"]);
    }
}
