//! HTML pages: main text by readability (dom_smoothie), metadata from the page's head.
//!
//! Captions, figures, share bars and related-article boxes are removed from the DOM before
//! readability picks the main content; what survives is cleaned line by line like any other
//! format. Pages readability finds unreadable (fragments, feed item bodies) fall back to the
//! text of the whole body.

use crate::article::Metadata;
use crate::clean;
use crate::text::Extracted;
use dom_query::{Document, Matcher};
use dom_smoothie::{Config, Readability, TextMode};
use std::sync::LazyLock;

/// Elements that are never story text.
const FURNITURE: &str = "script, style, noscript, template, nav, footer, aside, form, button, figure, figcaption, \
    picture, svg, iframe, [class*=caption], [class*=credit], [class*=share], [class*=social], \
    [class*=related], [class*=newsletter], [class*=subscribe], [class*=cookie], [class*=advert], \
    [class*=byline], [class*=dateline], [class*=kicker], [class*=eyebrow], [class~=meta], [class*=article-meta], \
    [class*=post-meta], [class*=correction], [class*=timestamp], [class*=tags], [role=navigation], [role=complementary], [aria-hidden=true]";

/// [`FURNITURE`] parsed once: `Document::select` parses its selector on every call, and this
/// list of three dozen was parsed for every page and feed item.
static FURNITURE_MATCHER: LazyLock<Matcher> =
    LazyLock::new(|| Matcher::new(FURNITURE).expect("FURNITURE is a valid selector list"));

/// Reads a full HTML page.
pub fn read_html(html: &str) -> Extracted {
    let doc = Document::from(html);
    let meta = head_metadata(&doc);
    let byline_text = doc
        .select("[class*=byline], [rel=author]")
        .first()
        .text()
        .trim()
        .to_string();
    let headline = doc.select("h1").first().text().to_string();
    doc.select_matcher(&FURNITURE_MATCHER).remove();
    let text = main_text(&doc).unwrap_or_else(|| body_text(&doc));
    let (mut paragraphs, found) = clean::clean_lines(text.lines().map(str::to_string).collect());
    let mut meta = meta.or(found);
    // "<h1>Kenya sends police to Haiti</h1><p>NAIROBI, June 25 (Reuters) - …": the headline
    // readability keeps above the story is the title, not its first paragraph (read as one, it
    // hid the dateline and was coded as a second report of the lead's event).
    if paragraphs
        .first()
        .is_some_and(|first| !headline.trim().is_empty() && same_words(first, &headline))
    {
        let title = paragraphs.remove(0);
        // A page title with the site's name after a bar ("… | World News") yields to it.
        if meta.title.as_deref().is_none_or(|t| t.contains(" | ")) {
            meta.title = Some(title);
        }
    }
    if meta.byline.is_none() && !byline_text.is_empty() {
        meta.byline = Some(
            byline_text
                .trim_start_matches("By ")
                .trim_start_matches("by ")
                .trim()
                .to_string(),
        );
    }
    Extracted { paragraphs, meta }
}

/// The same words, whatever the spacing between them.
fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// Reads an HTML fragment (a feed item's body).
pub fn read_fragment(html: &str) -> Extracted {
    let doc = Document::fragment(html);
    doc.select_matcher(&FURNITURE_MATCHER).remove();
    let text = doc.formatted_text().to_string();
    let (paragraphs, meta) = clean::clean_lines(text.lines().map(str::to_string).collect());
    Extracted { paragraphs, meta }
}

fn main_text(doc: &Document) -> Option<String> {
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let mut readability = Readability::with_document(doc.clone(), None, Some(config)).ok()?;
    let article = readability.parse().ok()?;
    let text = article.text_content.to_string();
    (!text.trim().is_empty()).then_some(text)
}

fn body_text(doc: &Document) -> String {
    let body = doc.select("body");
    if body.is_empty() {
        doc.formatted_text().to_string()
    } else {
        body.formatted_text().to_string()
    }
}

fn head_metadata(doc: &Document) -> Metadata {
    let meta = |selector: &str| -> Option<String> {
        let value = doc.select(selector).first().attr("content")?.trim().to_string();
        (!value.is_empty()).then_some(value)
    };
    let text_of = |selector: &str| -> Option<String> {
        let value = doc.select(selector).first().text().trim().to_string();
        (!value.is_empty()).then_some(value)
    };
    let attr_of = |selector: &str, attr: &str| -> Option<String> {
        let value = doc.select(selector).first().attr(attr)?.trim().to_string();
        (!value.is_empty()).then_some(value)
    };
    Metadata {
        id: None,
        title: meta("meta[property='og:title']")
            .or_else(|| meta("meta[name='twitter:title']"))
            .or_else(|| text_of("title")),
        published: meta("meta[property='article:published_time']")
            .or_else(|| meta("meta[name='pubdate']"))
            .or_else(|| meta("meta[name='date']"))
            .or_else(|| meta("meta[itemprop='datePublished']"))
            .or_else(|| attr_of("time[datetime]", "datetime")),
        url: attr_of("link[rel='canonical']", "href").or_else(|| meta("meta[property='og:url']")),
        source: meta("meta[property='og:site_name']").or_else(|| meta("meta[name='application-name']")),
        byline: meta("meta[name='author']").or_else(|| meta("meta[property='article:author']")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head><title>Talks in Geneva | The Harbour Times</title>
<meta property="og:title" content="Talks in Geneva">
<meta property="og:site_name" content="The Harbour Times">
<meta property="article:published_time" content="2026-04-27T22:30:00-04:00">
<link rel="canonical" href="https://harbour.example/geneva-talks"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks in Geneva</h1><span class="byline">By Jane Doe</span>
<p>GENEVA &mdash; Iranian and Omani diplomats met on Monday, officials said.</p>
<figure><img src="a.jpg"><figcaption>Diplomats arrive. Photo: AFP</figcaption></figure>
<p>The talks, the <a href="/x">third round</a> this year, lasted four hours and ended without a statement from either delegation.</p>
<p>Share this article</p>
<p>Both sides said they would meet again in May to continue the discussions on prisoner exchanges.</p></article>
<footer>Copyright 2026</footer></body></html>"#;

    #[test]
    fn page_metadata_and_main_text() {
        let e = read_html(PAGE);
        assert_eq!(e.meta.title.as_deref(), Some("Talks in Geneva"));
        assert_eq!(e.meta.source.as_deref(), Some("The Harbour Times"));
        assert_eq!(e.meta.url.as_deref(), Some("https://harbour.example/geneva-talks"));
        assert_eq!(e.meta.published.as_deref(), Some("2026-04-27T22:30:00-04:00"));
        assert_eq!(e.meta.byline.as_deref(), Some("Jane Doe"));
        let text = e.paragraphs.join("\n");
        assert!(
            text.contains("GENEVA — Iranian and Omani diplomats met on Monday"),
            "{text}"
        );
        assert!(text.contains("the third round this year"), "{text}");
        for absent in ["Photo", "Share this", "Home", "Copyright", "Diplomats arrive"] {
            assert!(!text.contains(absent), "{absent} in {text}");
        }
    }

    #[test]
    fn the_headline_is_the_title_not_the_first_paragraph() {
        let page = r#"<html><head><title>Kenya sends police | World</title></head><body><article>
<h1>Kenya sends first police officers to Haiti</h1>
<p>NAIROBI, June 25 (Reuters) - Kenya sent 400 police officers to Haiti on Tuesday to lead a mission against armed gangs, officials said.</p>
<p>The gangs have attacked police stations across Port-au-Prince in recent weeks, and the United Nations has urged calm.</p>
<p>Haiti's prime minister welcomed the deployment and thanked the government in Nairobi for its support.</p>
</article></body></html>"#;
        let e = read_html(page);
        assert!(
            e.paragraphs[0].starts_with("NAIROBI, June 25 (Reuters)"),
            "{:?}",
            e.paragraphs
        );
        assert!(
            !e.paragraphs.iter().any(|p| p.contains("first police officers")),
            "{:?}",
            e.paragraphs
        );
        assert_eq!(
            e.meta.title.as_deref(),
            Some("Kenya sends first police officers to Haiti")
        );
    }
}
