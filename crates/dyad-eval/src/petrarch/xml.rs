//! A small element tree over quick-xml: enough for records files, with 1-based lines.
//!
//! Records files are a few hundred kilobytes, so the whole file is read into a tree first and
//! interpreted afterwards; that keeps the interpretation (which elements mean what, which
//! records are malformed) apart from the event loop. Comments, the XML declaration and
//! processing instructions are dropped. Entity references are resolved (the five predefined
//! ones and character references); an unknown one, or a lone `&`, is kept as written, since
//! PETRARCH files are hand-edited and a stray `&` should cost nothing.

use quick_xml::Reader;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesRef, BytesStart, Event};

/// One element: its name, attributes (values unescaped), children and the line its start
/// tag is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    /// Why the attributes could not all be read (a duplicate or unquoted attribute, say):
    /// such an element is malformed, but the file still parses.
    pub attr_error: Option<String>,
    pub line: usize,
    pub children: Vec<Node>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    fn new(start: &BytesStart<'_>, line: usize) -> Element {
        let mut attrs = Vec::new();
        let mut attr_error = None;
        for attr in start.attributes() {
            let value = attr.map_err(|e| e.to_string()).and_then(|a| {
                let value = a
                    .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map_err(|e| e.to_string())?;
                Ok((a.key.0.to_string(), value.into_owned()))
            });
            match value {
                Ok(pair) => attrs.push(pair),
                Err(e) => {
                    attr_error.get_or_insert(e);
                }
            }
        }
        Element {
            name: start.name().0.to_string(),
            attrs,
            attr_error,
            line,
            children: Vec::new(),
        }
    }

    /// The value of an attribute (the first, if repeated).
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// The child elements, in order.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// All text inside the element, its descendants' included, concatenated.
    pub fn text(&self) -> String {
        let mut out = String::new();
        self.collect_text(&mut out);
        out
    }

    fn collect_text(&self, out: &mut String) {
        for child in &self.children {
            match child {
                Node::Text(t) => out.push_str(t),
                Node::Element(e) => e.collect_text(out),
            }
        }
    }

    fn push_text(&mut self, text: &str) {
        if let Some(Node::Text(last)) = self.children.last_mut() {
            last.push_str(text);
        } else {
            self.children.push(Node::Text(text.to_string()));
        }
    }
}

/// A syntax error: 1-based line and message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub line: usize,
    pub message: String,
}

/// Parses a document into a tree under a nameless root element.
pub(crate) fn parse(text: &str) -> Result<Element, SyntaxError> {
    let lines = LineIndex::new(text);
    let mut reader = Reader::from_str(text);
    reader.config_mut().allow_dangling_amp = true;
    let mut stack = vec![Element {
        name: String::new(),
        attrs: Vec::new(),
        attr_error: None,
        line: 1,
        children: Vec::new(),
    }];
    loop {
        let at = lines.line(reader.buffer_position());
        let event = reader.read_event().map_err(|e| SyntaxError {
            line: lines.line(reader.error_position()),
            message: e.to_string(),
        })?;
        // The root element is never popped, so the stack is never empty here.
        let Some(top) = stack.last_mut() else { break };
        match event {
            Event::Start(start) => {
                let element = Element::new(&start, at);
                stack.push(element);
            }
            Event::Empty(start) => top.children.push(Node::Element(Element::new(&start, at))),
            Event::End(end) => {
                let closing = end.name().0.to_string();
                if stack.len() < 2 {
                    return Err(SyntaxError {
                        line: at,
                        message: format!("</{closing}> closes no open element"),
                    });
                }
                if let Some(done) = stack.pop()
                    && let Some(parent) = stack.last_mut()
                {
                    parent.children.push(Node::Element(done));
                }
            }
            Event::Text(t) => top.push_text(&t.xml10_content()),
            Event::CData(t) => top.push_text(&t.xml10_content()),
            Event::GeneralRef(r) => top.push_text(&resolve(&r)),
            Event::Eof => break,
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
    if stack.len() > 1
        && let Some(open) = stack.last()
    {
        return Err(SyntaxError {
            line: open.line,
            message: format!("<{}> is never closed", open.name),
        });
    }
    stack.into_iter().next().ok_or_else(|| SyntaxError {
        line: 1,
        message: "no document".into(),
    })
}

/// The text an entity or character reference stands for; unknown ones are kept as written.
fn resolve(r: &BytesRef<'_>) -> String {
    if r.is_char_ref()
        && let Ok(Some(c)) = r.resolve_char_ref()
    {
        return c.to_string();
    }
    match resolve_predefined_entity(r) {
        Some(s) => s.to_string(),
        None => format!("&{};", &**r),
    }
}

/// Byte offset → 1-based line.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    fn line(&self, offset: u64) -> usize {
        let offset = usize::try_from(offset).unwrap_or(usize::MAX);
        self.starts.partition_point(|&s| s <= offset).max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tree_with_lines_entities_and_comments() {
        let doc = "<a>\n<!-- x -- y -->\n<b k='\"Q\"' j = \"1\">T &amp; &#65; &bogus; AT&T</b>\n<c/></a>";
        let root = parse(doc).expect("parses");
        let a = root.elements().next().expect("a");
        assert_eq!((a.name.as_str(), a.line), ("a", 1));
        let b = a.elements().next().expect("b");
        assert_eq!(b.line, 3);
        assert_eq!(b.attr("k"), Some("\"Q\""));
        assert_eq!(b.attr("j"), Some("1"));
        assert_eq!(b.text(), "T & A &bogus; AT&T");
        let c = a.elements().nth(1).expect("c");
        assert_eq!((c.name.as_str(), c.line), ("c", 4));
    }

    #[test]
    fn syntax_errors_name_a_line() {
        let err = parse("<a>\n<b>\n</a>").expect_err("mismatched");
        assert_eq!(err.line, 3, "{err:?}");
        let err = parse("<a>\n<b>\n").expect_err("unclosed");
        assert_eq!(err.line, 2, "{err:?}");
    }

    #[test]
    fn bad_attributes_do_not_stop_the_parse() {
        let root = parse("<a x=\"1\" x=\"2\"></a>").expect("parses");
        let a = root.elements().next().expect("a");
        assert!(a.attr_error.is_some());
    }
}
