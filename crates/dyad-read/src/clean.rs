//! From the lines of an article to the clean text that gets coded.
//!
//! News pages wrap the story in furniture: datelines and bylines at the top, photo captions and
//! credits, "Related article:" links, share and subscribe prompts, "X contributed reporting"
//! trailers, an "Original url:" line at the bottom. Metadata lines are taken as metadata; the
//! rest of the furniture is dropped. The raw text keeps everything.

use crate::article::Metadata;
use crate::dates;
use regex::Regex;
use std::sync::LazyLock;

/// A line that only marks where a paragraph starts; never survives cleaning as text.
pub(crate) const PARAGRAPH_MARK: &str = "\u{1}";

/// Lines that are never part of the story (matched case-insensitively on a trimmed line).
static BOILERPLATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^[(\[—–-]*\s*(?:",
        r"(?:photo|image|picture|photograph|video|graphic|illustration|file photo)s?(?: by| credit)?\s*[:|/—–-]",
        r"|(?:photo|image)s?\s+(?:by|courtesy)\b",
        r"|\(?(?:photo|image|credit)s?:.*",
        r"|\((?:photo|image)s? by .*\)",
        r"|caption\s*:",
        r"|credit\s*:",
        r"|related(?: article| story| stories| coverage| content| reading| news)?s?\s*:",
        r"|read more\b|read also\b|see also\b|more on this\b|recommended\b",
        r"|share(?: this)?(?: article| story| on| via)?\b.{0,60}$",
        r"|subscribe\b|sign up\b|follow us\b|click here\b|download (?:our|the) app\b",
        r"|advertisement\b.{0,40}$|sponsored$|listen to this article\b|scroll to continue\b",
        r"|copyright\b|©|all rights reserved|our standards\s*:",
        r"|this (?:article|story|report) (?:has been|was) (?:updated|corrected|amended)\b",
        r"|(?:additional )?reporting by\b|editing by\b|writing by\b|compiled by\b",
        // Wire furniture in plain text: AP's "FILE - …" photo captions and "(AP Photo/…)"
        // credits, the "___" rule before the trailer, "… writer X contributed to this report",
        // "Follow AP's coverage of … at https://…".
        r"|file\s*[-—–]\s|.{0,300}\((?:ap|afp|reuters|epa|getty) photo\b.*|_{3,}$",
        r"|.{0,100}\bcontributed to this report\b.*|follow (?:ap|reuters|afp|our)\S* .{0,60}coverage\b.*",
        // BBC's "Image caption, …", a "Get the latest news …" trailer, AFP's sign-off slug
        // ("bur-ab/xy", "sah/dw").
        r"|(?:image|video|media) caption\s*[,:]|get the latest\b",
        r"|[a-z]{1,5}(?:-[a-z]{1,5})*(?:/[a-z]{1,5}(?:-[a-z]{1,5})*)+$",
        r"|[\p{Lu}][\w.'’-]*(?:\s+[\p{Lu}][\w.'’-]*){0,3}(?:\s+and\s+[\p{Lu}][\w.'’-]*(?:\s+[\p{Lu}][\w.'’-]*){0,3})?\s+contributed(?: to)?(?: this)? report(?:ing|s)?\b",
        r")"
    ))
    .expect("boilerplate pattern is valid")
});

/// A heading over a list of links to other stories ("Related coverage", "Read more"), with no
/// colon: the headlines under it are not the story.
static LINKS_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:related(?: coverage| articles?| stories| content| news| reading| topics)?",
        r"|read more|read next|more (?:from|on) [\w ]{1,30}|more stories|recommended(?: stories| reading)?",
        r"|most (?:read|popular|viewed)|see also|further reading|top stories|trending(?: now)?|you may also like)$"
    ))
    .expect("links heading pattern is valid")
});

/// A photo credit at the end of a caption: "... (AFP)", "... / Reuters", "Getty Images".
static CREDIT_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:getty images|/\s*(?:afp|reuters|ap|epa|anadolu)(?:\s+via getty images)?|\((?:afp|reuters|ap|epa)(?: photo)?\))\s*\)?$")
        .expect("credit pattern is valid")
});

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:by)\s+(\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,3}(?:(?:,\s*|\s+and\s+)\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,3})*)\s*(?:[,|–—-].{0,40})?$")
        .expect("byline pattern is valid")
});

static ORIGINAL_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:original (?:url|link|article|source)|source url|canonical url|article url|url)\s*:?\s*(https?://\S+)?\s*$")
        .expect("original-url pattern is valid")
});

static BARE_URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^<?(https?://[^\s<>]+)>?$").expect("url pattern is valid"));

/// How many lines from the top may hold a dateline or byline.
const HEADER_LINES: usize = 6;

/// Whether a line is furniture that is never coded.
pub fn is_boilerplate(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() {
        return false;
    }
    BOILERPLATE.is_match(line) || (line.len() < 200 && CREDIT_TAIL.is_match(line) && !line.ends_with('.'))
}

/// Takes metadata lines out of `lines` and drops furniture; returns the paragraphs to code.
///
/// `lines` are paragraphs or lines as the format gives them; blank lines are ignored.
pub fn clean_lines(lines: Vec<String>) -> (Vec<String>, Metadata) {
    let mut meta = Metadata::default();
    let mut kept: Vec<String> = Vec::with_capacity(lines.len());
    let mut expect_url = false;
    let mut under_links = false;
    for (index, line) in lines.into_iter().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if under_links && trimmed != PARAGRAPH_MARK {
            if headline(trimmed) {
                continue;
            }
            under_links = false;
        }
        if LINKS_HEADING.is_match(trimmed) {
            under_links = true;
            continue;
        }
        if expect_url {
            expect_url = false;
            if let Some(url) = bare_url(trimmed) {
                meta.url.get_or_insert(url);
                continue;
            }
        }
        if let Some(caps) = ORIGINAL_URL.captures(trimmed) {
            match caps.get(1) {
                Some(url) => {
                    meta.url.get_or_insert_with(|| url.as_str().to_string());
                }
                None => expect_url = true,
            }
            continue;
        }
        if index < HEADER_LINES && kept.len() < 3 && take_header_line(trimmed, &mut meta) {
            continue;
        }
        if !is_boilerplate(trimmed) {
            kept.push(trimmed.to_string());
        }
    }
    take_trailing_url(&mut kept, &mut meta);
    (kept, meta)
}

/// What a linked headline looks like: short, and not ended like a sentence.
fn headline(line: &str) -> bool {
    line.split_whitespace().count() <= 20 && !line.ends_with(['.', '!', '?', '"', '\u{201d}', ':'])
}

/// A dateline or byline near the top becomes metadata. Header lines often combine them
/// ("By Jane Doe | Meridian News | April 27, 2026"), so each `|`- or `·`-separated part is tried;
/// a short header line announcing an update time is dropped.
fn take_header_line(line: &str, meta: &mut Metadata) -> bool {
    let mut taken = false;
    for part in line.split(['|', '·', '•']).map(str::trim).filter(|p| !p.is_empty()) {
        if meta.published.is_none() && dates::parse_dateline(part).is_some() {
            meta.published = Some(part.to_string());
            taken = true;
        } else if let Some(caps) = BYLINE.captures(part).filter(|_| meta.byline.is_none()) {
            meta.byline = caps.get(1).map(|m| m.as_str().to_string());
            taken = true;
        }
    }
    taken || (UPDATE_STAMP.is_match(line) && !line.ends_with('.'))
}

/// "Updated 11:05 p.m. EDT", "Jane Doe · Published 2 hours ago": header furniture.
static UPDATE_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^.{0,60}\b(?:updated|published|posted|last modified)\b[^!?]{0,40}$")
        .expect("update pattern is valid")
});

fn take_trailing_url(kept: &mut Vec<String>, meta: &mut Metadata) {
    if let Some(url) = kept.last().and_then(|l| bare_url(l)) {
        kept.pop();
        meta.url.get_or_insert(url);
    }
}

fn bare_url(line: &str) -> Option<String> {
    BARE_URL
        .captures(line.trim())
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_string())
}

/// The host of a URL without "www.", as the outlet of last resort.
pub fn host_of(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    let host = parsed.host_str()?;
    Some(host.strip_prefix("www.").unwrap_or(host).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str) -> Vec<String> {
        s.lines().map(str::to_string).collect()
    }

    #[test]
    fn furniture_is_recognised() {
        for l in [
            "Photo: Jane Doe/Meridian News",
            "(Photo by Ali Demir / AFP)",
            "Related article: Talks resume in Doha",
            "Share this article",
            "Subscribe to our newsletter",
            "Jane Doe contributed reporting from Cairo.",
            "Reporting by Omar Said; Editing by Ann Lee",
            "Soldiers patrol the border on Monday. Getty Images",
            "Advertisement · Scroll to continue",
            "ADVERTISEMENT",
            "FILE - The prime minister speaks in Budapest, March 5, 2025. (AP Photo/Denes Erdos, File)",
            "Protesters march in Lome, Togo, June 26, 2025. (AP Photo/Misper Apawu)",
            "___",
            "Associated Press writer Justin Spike contributed to this report.",
            "Follow AP's coverage of the war at https://apnews.com/hub/israel-hamas-war",
            "Image caption, Kenyan police officers boarded a plane in Nairobi on Monday",
            "Get the latest news from our correspondents in Africa.",
            "bur-ab/xy",
            "sah/dw",
        ] {
            assert!(is_boilerplate(l), "{l}");
        }
        for l in [
            "The minister shared intelligence with Cairo.",
            "Photographers were barred from the summit.",
            "Reporters asked whether the deal would hold.",
            "Advertisements for the rally were banned, the opposition said.",
            "The files were handed to the court, the ministry said.",
            "Reporters who follow the coverage of the trial were barred.",
            "The image of the caption writers was widely shared.",
            "Talks resumed/stalled again on Monday.",
        ] {
            assert!(!is_boilerplate(l), "{l}");
        }
    }

    #[test]
    fn metadata_lines_are_taken() {
        let input = "April 27, 2026\nBy Jane Doe\n\nFidan met Lavrov.\n\nOriginal url:\nhttps://news.example/a";
        let (kept, meta) = clean_lines(lines(input));
        assert_eq!(kept, vec!["Fidan met Lavrov."]);
        assert_eq!(meta.published.as_deref(), Some("April 27, 2026"));
        assert_eq!(meta.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(meta.url.as_deref(), Some("https://news.example/a"));
    }

    #[test]
    fn combined_header_lines_are_split() {
        let input = "By Amadou Diallo | The Harbour Times | Published: Tuesday, April 14, 2026, 3:10 p.m. GMT\nKarim Nassar · Updated 11:05 p.m. EDT\n\nGunmen kidnapped 23 aid workers.";
        let (kept, meta) = clean_lines(lines(input));
        assert_eq!(kept, vec!["Gunmen kidnapped 23 aid workers."]);
        assert_eq!(meta.byline.as_deref(), Some("Amadou Diallo"));
        assert_eq!(
            dates::parse_timestamp(meta.published.as_deref().unwrap()),
            chrono::NaiveDate::from_ymd_opt(2026, 4, 14)
        );
    }

    #[test]
    fn trailing_bare_url_is_metadata() {
        let (kept, meta) = clean_lines(lines("Talks ended.\nhttps://x.example/story"));
        assert_eq!(kept, vec!["Talks ended."]);
        assert_eq!(meta.url.as_deref(), Some("https://x.example/story"));
        assert_eq!(host_of("https://www.x.example/story").as_deref(), Some("x.example"));
    }
}
