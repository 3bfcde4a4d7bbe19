//! An article in each of dyad's input formats, as publishers write them: plain text with a
//! dateline, Markdown with front matter, an HTML page with its furniture, a JSON Lines record,
//! an RSS item.

use crate::article::Article;

/// Plain text: headline, date line, paragraphs.
pub fn txt(a: &Article) -> String {
    let mut out = String::with_capacity(a.words * 7 + 200);
    out.push_str(&a.title);
    out.push_str("\n\n");
    out.push_str(&a.date.iso_date());
    out.push_str("\n\n");
    for p in &a.paragraphs {
        out.push_str(p);
        out.push_str("\n\n");
    }
    out
}

/// Markdown with YAML front matter (title, date, author, source, url).
pub fn markdown(a: &Article) -> String {
    let mut out = String::with_capacity(a.words * 7 + 400);
    out.push_str("---\n");
    out.push_str(&format!("title: {}\n", yaml_string(&a.title)));
    out.push_str(&format!("date: {}\n", a.date.iso_datetime()));
    out.push_str(&format!("author: {}\n", a.author));
    out.push_str(&format!("source: {}\n", a.outlet));
    out.push_str(&format!("url: {}\n", a.url));
    out.push_str("---\n\n");
    for (i, p) in a.paragraphs.iter().enumerate() {
        // Now and then a quote paragraph as a block quote, as Markdown writers do.
        if i > 0 && p.starts_with('"') {
            out.push_str("> ");
        }
        out.push_str(p);
        out.push_str("\n\n");
    }
    out
}

/// A whole HTML page: head metadata, navigation, the article, related links, a footer.
pub fn html(a: &Article) -> String {
    let mut out = String::with_capacity(a.words * 8 + 2_000);
    let title = escape(&a.title);
    out.push_str("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n");
    out.push_str(&format!("<title>{title} &mdash; {}</title>\n", a.outlet));
    out.push_str(&format!("<meta property=\"og:title\" content=\"{title}\">\n"));
    out.push_str(&format!("<meta property=\"og:site_name\" content=\"{}\">\n", a.outlet));
    out.push_str(&format!(
        "<meta property=\"article:published_time\" content=\"{}\">\n",
        a.date.iso_datetime()
    ));
    out.push_str(&format!("<meta name=\"author\" content=\"{}\">\n", a.author));
    out.push_str(&format!("<link rel=\"canonical\" href=\"{}\">\n", a.url));
    out.push_str("</head>\n<body class=\"article-page\">\n");
    out.push_str(
        "<div id=\"consent\" class=\"cookie-notice\">This site uses cookies. <a href=\"/cookies\">Learn more</a></div>\n\
         <nav class=\"top-nav\"><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/politics\">Politics</a> \
         <a href=\"/markets\">Markets</a> <a href=\"/login\">Sign in</a></nav>\n",
    );
    out.push_str("<main>\n<article>\n");
    out.push_str(&format!("<h1 class=\"headline\">{title}</h1>\n"));
    out.push_str(&format!(
        "<p class=\"byline\">By {} &middot; <time datetime=\"{}\">{}</time></p>\n",
        a.author,
        a.date.iso_datetime(),
        a.date.iso_date()
    ));
    for p in &a.paragraphs {
        out.push_str("<p>");
        out.push_str(&escape(p));
        out.push_str("</p>\n");
    }
    out.push_str("</article>\n</main>\n");
    out.push_str(
        "<aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/world/1\">Markets steady as talks resume</a></li>\
         <li><a href=\"/world/2\">Explainer: what the sanctions mean</a></li></ul></aside>\n",
    );
    out.push_str(&format!(
        "<footer><p>&copy; {} {}. All rights reserved.</p></footer>\n</body>\n</html>\n",
        a.date.year, a.outlet
    ));
    out
}

/// One JSON Lines record (with its newline).
pub fn jsonl(a: &Article) -> String {
    let record = serde_json::json!({
        "id": a.id,
        "title": a.title,
        "published": a.date.iso_datetime(),
        "url": a.url,
        "source": a.outlet,
        "author": a.author,
        "text": a.paragraphs.join("\n\n"),
    });
    let mut line = record.to_string();
    line.push('\n');
    line
}

/// An RSS 2.0 feed of several articles, full text in `content:encoded`.
pub fn rss<'a>(outlet: &str, items: impl IntoIterator<Item = &'a Article>) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" \
         xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n\
         <channel>\n",
    );
    out.push_str(&format!(
        "<title>{outlet} - World</title>\n<link>https://example.invalid/world</link>\n\
         <description>World news from {outlet} (invented outlet; synthetic test data)</description>\n\
         <language>en</language>\n"
    ));
    for a in items {
        out.push_str("<item>\n");
        out.push_str(&format!("<title>{}</title>\n", escape(&a.title)));
        out.push_str(&format!(
            "<link>{}</link>\n<guid isPermaLink=\"true\">{}</guid>\n",
            a.url, a.url
        ));
        out.push_str(&format!("<pubDate>{}</pubDate>\n", a.date.rfc822()));
        out.push_str(&format!("<dc:creator>{}</dc:creator>\n", a.author));
        out.push_str("<content:encoded><![CDATA[\n");
        for p in &a.paragraphs {
            out.push_str("<p>");
            out.push_str(&escape(p));
            out.push_str("</p>\n");
        }
        out.push_str("]]></content:encoded>\n</item>\n");
    }
    out.push_str("</channel>\n</rss>\n");
    out
}

/// HTML text escaping (also right inside CDATA, where the markup is HTML again).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

fn yaml_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}
