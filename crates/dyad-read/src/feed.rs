//! RSS 2.0 and Atom feeds (feed-rs): each item is an article, its full text where the feed
//! carries one (`content:encoded`, Atom `content`), else its summary.

use crate::article::Metadata;
use crate::html;
use crate::text::Extracted;
use memchr::memmem;

/// One feed item: its text, metadata and where it lies in the file.
#[derive(Debug)]
pub struct FeedItem {
    pub extracted: Extracted,
    /// Byte range of the item's element in the file, when it could be located.
    pub range: Option<(usize, usize)>,
}

/// Refuses documents that declare entities: expanding them (a "billion laughs" bomb) could
/// exhaust memory, and news feeds never need them.
pub fn check_entities(bytes: &[u8]) -> Result<(), String> {
    let head = &bytes[..bytes.len().min(1 << 20)];
    if memmem::find(head, b"<!ENTITY").is_some() || memmem::find(head, b"<!entity").is_some() {
        return Err("refused: the XML declares entities (<!ENTITY>), which can expand without bound".into());
    }
    Ok(())
}

/// Parses a feed into its items.
pub fn read_feed(bytes: &[u8]) -> Result<Vec<FeedItem>, String> {
    check_entities(bytes)?;
    let feed = feed_rs::parser::parse(bytes).map_err(|e| format!("malformed feed: {e}"))?;
    let feed_title = feed
        .title
        .as_ref()
        .map(|t| t.content.trim().to_string())
        .filter(|t| !t.is_empty());
    let ranges = item_ranges(bytes);
    let located = ranges.len() == feed.entries.len();
    let items = feed
        .entries
        .into_iter()
        .enumerate()
        .map(|(i, entry)| {
            let body = entry
                .content
                .as_ref()
                .and_then(|c| c.body.clone())
                .filter(|b| !b.trim().is_empty())
                .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
                .unwrap_or_default();
            let mut extracted = html::read_fragment(&body);
            let meta = Metadata {
                id: None,
                title: entry
                    .title
                    .as_ref()
                    .map(|t| t.content.trim().to_string())
                    .filter(|t| !t.is_empty()),
                published: entry.published.or(entry.updated).map(|t| t.to_rfc3339()),
                url: entry.links.first().map(|l| l.href.clone()),
                source: feed_title.clone(),
                byline: entry.authors.first().and_then(|a| a.name.clone()),
            };
            extracted.meta = meta.or(std::mem::take(&mut extracted.meta));
            FeedItem {
                extracted,
                range: located.then(|| ranges[i]),
            }
        })
        .collect();
    Ok(items)
}

/// Byte ranges of `<item>` / `<entry>` elements, in order.
fn item_ranges(bytes: &[u8]) -> Vec<(usize, usize)> {
    let starts: Vec<usize> = [&b"<item"[..], b"<entry"]
        .iter()
        .flat_map(|tag| {
            memmem::find_iter(bytes, tag)
                .filter(|&p| matches!(bytes.get(p + tag.len()), Some(b'>' | b' ' | b'\n' | b'\r' | b'\t')))
        })
        .collect();
    let mut starts = starts;
    starts.sort_unstable();
    starts
        .iter()
        .enumerate()
        .map(|(i, &s)| (s, starts.get(i + 1).copied().unwrap_or(bytes.len())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Meridian News</title><link>https://meridian.example</link><description>d</description>
<item><title>Strait closed</title><link>https://meridian.example/strait</link>
<pubDate>Mon, 27 Apr 2026 08:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>Iran closed the strait on Monday.</p><p>Oil prices rose.</p>]]></content:encoded></item>
<item><title>Summit</title><link>https://meridian.example/summit</link><description>Leaders met in Doha.</description></item>
</channel></rss>"#;

    #[test]
    fn rss_items_become_articles() {
        let items = read_feed(RSS.as_bytes()).unwrap();
        assert_eq!(items.len(), 2);
        let first = &items[0].extracted;
        assert_eq!(first.meta.title.as_deref(), Some("Strait closed"));
        assert_eq!(first.meta.source.as_deref(), Some("Meridian News"));
        assert_eq!(
            first.paragraphs,
            vec!["Iran closed the strait on Monday.", "Oil prices rose."]
        );
        assert_eq!(items[1].extracted.paragraphs, vec!["Leaders met in Doha."]);
        assert!(items[0].range.is_some());
    }

    #[test]
    fn entity_declarations_are_refused() {
        let bomb = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><rss><channel><title>&lol2;</title></channel></rss>"#;
        assert!(read_feed(bomb.as_bytes()).unwrap_err().contains("entities"));
    }
}
