//! What a page's HTML is made of, as far as CSS selectors can tell: its
//! element names, classes, ids and attributes. `critical` keeps the rules
//! whose selectors use only these words.

use std::collections::BTreeSet;

/// Attributes and elements that boot.js adds to a page before its islands
/// start (`<html data-static>` when the wasm fails, `<code>` on the
/// not-found page): they are not in the prerendered HTML, but their rules
/// must be there at once.
const ADDED_BY_THE_START_UP_SCRIPT: &[Word<'static>] = &[
    Word::Attribute("data-static"),
    Word::Attribute("data-hydrated"),
    Word::Element("code"),
];

/// What widget.js adds to a widget (`<html data-widget>`) before its first
/// paint: the theme and compact options of its address, and in a
/// sandboxed frame, the addresses of its links.
const ADDED_BY_THE_WIDGET_SCRIPT: &[Word<'static>] = &[
    Word::Attribute("data-theme"),
    Word::AttributeValue("data-theme", "dark"),
    Word::AttributeValue("data-theme", "light"),
    Word::Attribute("data-compact"),
    Word::Attribute("data-sandboxed"),
    Word::Attribute("data-address"),
];

/// The selector words of one page, or of several pages merged.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Vocabulary {
    elements: BTreeSet<String>,
    classes: BTreeSet<String>,
    ids: BTreeSet<String>,
    attributes: BTreeSet<String>,
    /// `name=value` of every attribute, for `[dir="rtl"]`-style selectors.
    attribute_values: BTreeSet<(String, String)>,
}

/// One word a selector may require of a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word<'a> {
    Element(&'a str),
    Class(&'a str),
    Id(&'a str),
    Attribute(&'a str),
    AttributeValue(&'a str, &'a str),
}

impl Vocabulary {
    /// The words of `html`: every start tag's name, classes, id and
    /// attributes. The text of `<script>` and `<style>` is skipped.
    pub fn of_html(html: &str) -> Vocabulary {
        let mut words = Vocabulary::default();
        for word in ADDED_BY_THE_START_UP_SCRIPT {
            words.add(*word);
        }
        let mut rest = html;
        while let Some(open) = rest.find('<') {
            rest = &rest[open + 1..];
            if rest.starts_with("!--") {
                rest = rest.find("-->").map_or("", |end| &rest[end + 3..]);
                continue;
            }
            if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
                continue; // an end tag, a doctype, or a lone "<" in text
            }
            let (tag, after) = StartTag::read(rest);
            words.add_tag(&tag);
            if tag.name == "html" && words.has(Word::Attribute("data-widget")) {
                for word in ADDED_BY_THE_WIDGET_SCRIPT {
                    words.add(*word);
                }
            }
            rest = after;
            if tag.name == "script" || tag.name == "style" {
                let close = format!("</{}", tag.name);
                rest = rest.find(&close).map_or("", |end| &rest[end..]);
            }
        }
        words
    }

    /// Every word of `self` and of `other`.
    pub fn merge(&mut self, other: &Vocabulary) {
        self.elements.extend(other.elements.iter().cloned());
        self.classes.extend(other.classes.iter().cloned());
        self.ids.extend(other.ids.iter().cloned());
        self.attributes.extend(other.attributes.iter().cloned());
        self.attribute_values
            .extend(other.attribute_values.iter().cloned());
    }

    pub fn has(&self, word: Word) -> bool {
        match word {
            Word::Element(name) => self.elements.contains(&name.to_ascii_lowercase()),
            Word::Class(name) => self.classes.contains(name),
            Word::Id(name) => self.ids.contains(name),
            Word::Attribute(name) => self.attributes.contains(&name.to_ascii_lowercase()),
            Word::AttributeValue(name, value) => self
                .attribute_values
                .contains(&(name.to_ascii_lowercase(), value.to_string())),
        }
    }

    fn add(&mut self, word: Word) {
        match word {
            Word::Element(name) => {
                self.elements.insert(name.to_string());
            }
            Word::Class(name) => {
                self.classes.insert(name.to_string());
            }
            Word::Id(name) => {
                self.ids.insert(name.to_string());
            }
            Word::Attribute(name) => {
                self.attributes.insert(name.to_string());
            }
            Word::AttributeValue(name, value) => {
                self.attribute_values
                    .insert((name.to_string(), value.to_string()));
            }
        }
    }

    fn add_tag(&mut self, tag: &StartTag) {
        self.add(Word::Element(&tag.name));
        for (name, value) in &tag.attributes {
            self.add(Word::Attribute(name));
            self.add(Word::AttributeValue(name, value));
            match name.as_str() {
                "class" => value
                    .split_ascii_whitespace()
                    .for_each(|class| self.add(Word::Class(class))),
                "id" => self.add(Word::Id(value)),
                _ => {}
            }
        }
    }
}

/// A start tag: its lowercased name and attributes (values as written;
/// the prerenderer's values hold no character references a selector names).
struct StartTag {
    name: String,
    attributes: Vec<(String, String)>,
}

impl StartTag {
    /// Reads the tag at the start of `text` (just after its `<`); returns it
    /// and the text after its `>`.
    fn read(text: &str) -> (StartTag, &str) {
        let name_end = text
            .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
            .unwrap_or(text.len());
        let mut tag = StartTag {
            name: text[..name_end].to_ascii_lowercase(),
            attributes: Vec::new(),
        };
        let mut rest = &text[name_end..];
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
            if rest.is_empty() {
                return (tag, rest);
            }
            if let Some(after) = rest.strip_prefix('>') {
                return (tag, after);
            }
            let name_end = rest
                .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>' || c == '/')
                .unwrap_or(rest.len())
                .max(1);
            let name = rest[..name_end].to_ascii_lowercase();
            rest = rest[name_end..].trim_start();
            let mut value = "";
            if let Some(after_equals) = rest.strip_prefix('=') {
                let after_equals = after_equals.trim_start();
                let (quoted, end) = match after_equals.chars().next() {
                    Some(quote @ ('"' | '\'')) => {
                        let inner = &after_equals[1..];
                        let end = inner.find(quote).unwrap_or(inner.len());
                        (&inner[..end], (end + 2).min(after_equals.len()))
                    }
                    _ => {
                        let end = after_equals
                            .find(|c: char| c.is_ascii_whitespace() || c == '>')
                            .unwrap_or(after_equals.len());
                        (&after_equals[..end], end)
                    }
                };
                value = quoted;
                rest = &after_equals[end..];
            }
            tag.attributes.push((name, value.to_string()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_names_classes_ids_and_attributes_of_start_tags() {
        let words = Vocabulary::of_html(
            "<!doctype html><html lang=\"ar\" dir=\"rtl\"><BODY><!-- <aside class=\"no\"> -->\
             <nav class=\"site-nav  open\" id=main-nav data-x><a href='/x'>a < b</a></nav>\
             <input type=\"checkbox\" checked/></body></html>",
        );
        for word in [
            Word::Element("html"),
            Word::Element("body"),
            Word::Element("nav"),
            Word::Element("input"),
            Word::Class("site-nav"),
            Word::Class("open"),
            Word::Id("main-nav"),
            Word::Attribute("data-x"),
            Word::Attribute("checked"),
            Word::AttributeValue("dir", "rtl"),
            Word::AttributeValue("type", "checkbox"),
        ] {
            assert!(words.has(word), "{word:?}");
        }
        for word in [
            Word::Element("aside"),
            Word::Class("no"),
            Word::AttributeValue("dir", "ltr"),
        ] {
            assert!(!words.has(word), "{word:?}");
        }
    }

    #[test]
    fn skips_the_text_of_scripts_and_styles() {
        let words = Vocabulary::of_html(
            "<style>.card{color:red} <table></style><script>if (a<b) x('<dialog class=\"c\">')</script><p>",
        );
        assert!(words.has(Word::Element("p")));
        assert!(!words.has(Word::Element("table")));
        assert!(!words.has(Word::Element("dialog")));
        assert!(!words.has(Word::Class("c")));
    }

    #[test]
    fn knows_what_the_start_up_script_adds() {
        let words = Vocabulary::of_html("<p>");
        assert!(words.has(Word::Attribute("data-static")));
        assert!(words.has(Word::Element("code")));
        assert!(!words.has(Word::Attribute("data-theme")), "only on widgets");
    }

    #[test]
    fn knows_what_the_widget_script_adds_to_a_widget() {
        // widget.js sets <html data-theme="dark"> from "?theme=dark" before
        // the first paint: the dark rules must be inline.
        let words = Vocabulary::of_html("<html data-widget lang=\"en\"><p>");
        for added in [
            "data-theme",
            "data-compact",
            "data-sandboxed",
            "data-address",
        ] {
            assert!(words.has(Word::Attribute(added)), "{added}");
        }
        assert!(words.has(Word::AttributeValue("data-theme", "dark")));
    }

    #[test]
    fn merged_pages_have_the_words_of_both() {
        let mut words = Vocabulary::of_html("<p class=\"a\">");
        words.merge(&Vocabulary::of_html("<table id=\"t\">"));
        assert!(words.has(Word::Class("a")) && words.has(Word::Id("t")));
        assert!(words.has(Word::Element("table")));
    }
}
