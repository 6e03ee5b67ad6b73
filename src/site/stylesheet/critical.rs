//! The rules a page needs for its first paint. Each page inlines only the
//! rules whose selectors could match its prerendered HTML; the whole
//! stylesheet is a cached file that boot.js loads after the first paint, for
//! what the islands draw later.
//!
//! "Could match" is decided by words, not by matching the page's tree: a
//! selector is kept when the page has every element name, class, id and
//! attribute it names outside of pseudo-classes (`:not(.x)`, `:hover` and
//! `::before` require nothing). So a kept rule may not match, but a rule
//! that matches is never dropped, and the page looks the same with the
//! whole stylesheet (tests/e2e/critical_css.test.mjs checks this).

use lightningcss::rules::{CssRule, CssRuleList};
use lightningcss::stylesheet::{ParserOptions, PrinterOptions, StyleSheet};
use lightningcss::traits::ToCss;

use super::vocabulary::{Vocabulary, Word};

/// The rules of `css` that pages with `words` may use, minified, in their
/// order; at-rules without selectors (`@keyframes`, `@page`) are kept.
pub fn rules_used_by(css: &str, words: &Vocabulary) -> Result<String, String> {
    let mut sheet = StyleSheet::parse(css, ParserOptions::default())
        .map_err(|e| format!("the stylesheet does not parse: {e}"))?;
    keep_used(&mut sheet.rules, words);
    sheet
        .to_css(PrinterOptions {
            minify: true,
            ..PrinterOptions::default()
        })
        .map(|printed| printed.code)
        .map_err(|e| format!("the stylesheet cannot be printed: {e}"))
}

fn keep_used(rules: &mut CssRuleList, words: &Vocabulary) {
    rules.0.retain_mut(|rule| match rule {
        CssRule::Style(style) => {
            style.selectors.0.retain(|selector| {
                selector
                    .to_css_string(PrinterOptions::default())
                    // A selector that cannot be printed is kept, not lost.
                    .map_or(true, |text| may_match(&text, words))
            });
            keep_used(&mut style.rules, words);
            !style.selectors.0.is_empty()
        }
        CssRule::Media(media) => keep_used_inside(&mut media.rules, words),
        CssRule::Supports(supports) => keep_used_inside(&mut supports.rules, words),
        CssRule::LayerBlock(layer) => keep_used_inside(&mut layer.rules, words),
        CssRule::Container(container) => keep_used_inside(&mut container.rules, words),
        _ => true,
    });
}

/// Keeps the used rules inside an at-rule; whether any are left.
fn keep_used_inside(rules: &mut CssRuleList, words: &Vocabulary) -> bool {
    keep_used(rules, words);
    !rules.0.is_empty()
}

/// Whether a page with `words` has every word that `selector` (one complex
/// selector, as CSS writes it) requires.
pub fn may_match(selector: &str, words: &Vocabulary) -> bool {
    required_words(selector)
        .iter()
        .all(|word| words.has(word.as_word()))
}

/// A word a selector requires, owned (escapes resolved).
#[derive(Debug, PartialEq, Eq)]
enum Required {
    Element(String),
    Class(String),
    Id(String),
    Attribute(String),
    AttributeValue(String, String),
}

impl Required {
    fn as_word(&self) -> Word<'_> {
        match self {
            Required::Element(s) => Word::Element(s),
            Required::Class(s) => Word::Class(s),
            Required::Id(s) => Word::Id(s),
            Required::Attribute(s) => Word::Attribute(s),
            Required::AttributeValue(name, value) => Word::AttributeValue(name, value),
        }
    }
}

fn required_words(selector: &str) -> Vec<Required> {
    let chars: Vec<char> = selector.chars().collect();
    let mut required = Vec::new();
    let mut i = 0;
    let mut compound_start = true;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '.' | '#' => {
                let (name, next) = identifier(&chars, i + 1);
                required.push(if c == '.' {
                    Required::Class(name)
                } else {
                    Required::Id(name)
                });
                i = next;
            }
            '[' => {
                let end = closing(&chars, i, '[', ']');
                required.push(attribute(&chars[i + 1..end]));
                i = end + 1;
            }
            ':' => {
                // A pseudo-class or pseudo-element: requires nothing,
                // arguments included (`:not(.x)`, `:has(> img)`).
                while chars.get(i) == Some(&':') {
                    i += 1;
                }
                let (_, next) = identifier(&chars, i);
                i = next;
                if chars.get(i) == Some(&'(') {
                    i = closing(&chars, i, '(', ')') + 1;
                }
            }
            ' ' | '>' | '+' | '~' | '\t' | '\n' => {
                compound_start = true;
                i += 1;
                continue;
            }
            '*' | '|' => i += 1,
            _ if compound_start && is_identifier_char(c) => {
                let (name, next) = identifier(&chars, i);
                required.push(Required::Element(name.to_ascii_lowercase()));
                i = next;
            }
            _ => i += 1,
        }
        compound_start = false;
    }
    required
}

fn is_identifier_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_' || c == '\\' || !c.is_ascii()
}

/// The identifier starting at `start` (escapes resolved) and where it ends.
fn identifier(chars: &[char], start: usize) -> (String, usize) {
    let mut name = String::new();
    let mut i = start;
    while i < chars.len() && is_identifier_char(chars[i]) {
        if chars[i] == '\\' && i + 1 < chars.len() {
            i += 1;
        }
        name.push(chars[i]);
        i += 1;
    }
    (name, i)
}

/// The index of the bracket that closes the one at `open_at`, past quoted
/// text and nested pairs; the end of the text if none does.
fn closing(chars: &[char], open_at: usize, open: char, close: char) -> usize {
    let mut depth = 0;
    let mut quote = None;
    for (i, &c) in chars.iter().enumerate().skip(open_at) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == open => depth += 1,
            None if c == close => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            None => {}
        }
    }
    chars.len()
}

/// `[name]`, `[name=value]`, `[name="value"]`, `[name^=value i]`...: only an
/// exact, case-sensitive `=` requires the value too.
fn attribute(inner: &[char]) -> Required {
    let text: String = inner.iter().collect();
    let operator_at = text.find(['=', '~', '|', '^', '$', '*']);
    let name = text[..operator_at.unwrap_or(text.len())]
        .trim()
        .to_ascii_lowercase();
    match operator_at {
        Some(at) if text[at..].starts_with('=') => {
            let value = text[at + 1..].trim();
            let unquoted = value
                .strip_prefix(['"', '\''])
                .and_then(|v| v.strip_suffix(['"', '\'']));
            match unquoted {
                Some(value) => Required::AttributeValue(name, value.to_string()),
                // A flag after the value (`i`, `s`) or no quotes.
                None if !value.contains(' ') => Required::AttributeValue(name, value.to_string()),
                None => Required::Attribute(name),
            }
        }
        _ => Required::Attribute(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str) -> Vocabulary {
        Vocabulary::of_html(html)
    }

    #[test]
    fn a_selector_needs_every_word_outside_pseudo_classes() {
        let words = page("<html dir=\"rtl\"><nav class=\"site-nav\"><a href=\"/\">x</a></nav>");
        for kept in [
            ".site-nav a",
            "nav>a:hover",
            ".site-nav a::before",
            "a:not(.missing)",
            ":is(.missing, .other) a",
            "*",
            ":root",
            "[dir=rtl] .site-nav",
            "html[dir=\"rtl\"] a",
            "a[href^=\"http\"]",
            ".site-nav:has(>.missing)",
            // Words, not the tree: the page has an `a` and a `.site-nav`.
            "a.site-nav",
        ] {
            assert!(may_match(kept, &words), "{kept} should be kept");
        }
        for dropped in [
            ".card",
            "nav .card a",
            "table",
            "#main",
            "[dir=ltr] a",
            "[data-open]",
            "nav + .missing::after",
        ] {
            assert!(!may_match(dropped, &words), "{dropped} should be dropped");
        }
    }

    #[test]
    fn keeps_the_used_rules_in_order_inside_their_media_rules() {
        let css = "body{margin:0}.card{padding:1em}.unused{color:red}\
                   @media (min-width:40em){.card{padding:2em}.unused{color:blue}}\
                   @media print{.unused{display:none}}\
                   @keyframes spin{to{transform:rotate(1turn)}}\
                   .card,.unused,a{color:green}";
        let used = rules_used_by(css, &page("<body><div class=\"card\">")).unwrap();
        assert_eq!(
            used,
            "body{margin:0}.card{padding:1em}@media (width>=40em){.card{padding:2em}}\
             @keyframes spin{to{transform:rotate(1turn)}}.card{color:green}"
        );
    }

    #[test]
    fn the_sites_stylesheet_shrinks_for_a_simple_page_and_keeps_its_base() {
        let source =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css"))
                .expect("style/main.css");
        let full = super::super::minify(&source).unwrap();
        let used = rules_used_by(
            &full,
            &page("<html lang=\"en\" dir=\"ltr\"><body><main id=\"main\"><h1>Hi</h1><p>Text</p></main></body></html>"),
        )
        .unwrap();
        assert!(
            used.len() * 4 < full.len(),
            "{} of {}",
            used.len(),
            full.len()
        );
        assert!(used.contains("body{"), "{used}");
        assert!(!used.contains(".site-header"), "{used}");
    }
}
