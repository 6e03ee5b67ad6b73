//! One inline stylesheet per kind of page. Pages of one kind (every
//! partner's page, in every language) share the rules that any of them
//! uses, so the site has a handful of inline stylesheets, each allowed by
//! its hash in one Content Security Policy, instead of one per page.

use std::collections::BTreeMap;

use super::critical::rules_used_by;
use super::csp_hash_source;
use super::vocabulary::Vocabulary;

/// The attribute on a page's `<style>` that names the whole stylesheet,
/// which boot.js then loads for what the islands draw later.
pub const FULL_STYLESHEET_ATTRIBUTE: &str = "data-full-stylesheet";

/// The kind of the page in `file`, a path under a language's folder
/// ("risks/contact/index.html"): "/" for the home page, "risks/" for a
/// section's own page, "risks/*/" for the pages below it, and the file's
/// name for the others ("404.html").
pub fn page_kind(file: &str) -> String {
    let Some(folder) = file.strip_suffix("index.html") else {
        return file.to_string();
    };
    let segments: Vec<&str> = folder.split('/').filter(|s| !s.is_empty()).collect();
    match segments.as_slice() {
        [] => "/".to_string(),
        [section] => format!("{section}/"),
        [section, ..] => format!("{section}/*/"),
    }
}

/// The whole stylesheet, which the page template inlines in every page
/// before `KindStyles::apply` leaves each page its kind's rules.
#[derive(Debug, Clone)]
pub struct FullStylesheet {
    /// Minified, exactly as inlined.
    pub css: String,
    /// Its CSP source, as the page's `<meta>` policy names it.
    pub hash_source: String,
    /// Its address, for boot.js to load it.
    pub href: String,
}

impl FullStylesheet {
    pub fn new(css: String, href: String) -> FullStylesheet {
        FullStylesheet {
            hash_source: csp_hash_source(&css),
            css,
            href,
        }
    }
}

/// The inline stylesheet of each kind of page.
#[derive(Debug, Default)]
pub struct KindStyles {
    words: BTreeMap<String, Vocabulary>,
    sheets: BTreeMap<String, InlineSheet>,
}

#[derive(Debug)]
struct InlineSheet {
    css: String,
    hash_source: String,
}

impl KindStyles {
    /// Adds the words of one page of `kind`. Call it for every page before
    /// `finish`.
    pub fn learn(&mut self, kind: &str, html: &str) {
        self.words
            .entry(kind.to_string())
            .or_default()
            .merge(&Vocabulary::of_html(html));
    }

    /// Works out each kind's rules from `full`.
    pub fn finish(&mut self, full: &str) -> Result<(), String> {
        for (kind, words) in &self.words {
            let css = rules_used_by(full, words)?;
            let hash_source = csp_hash_source(&css);
            self.sheets
                .insert(kind.clone(), InlineSheet { css, hash_source });
        }
        Ok(())
    }

    /// The CSP sources of all the inline stylesheets, sorted, each once.
    pub fn hash_sources(&self) -> Vec<String> {
        let mut sources: Vec<String> = self
            .sheets
            .values()
            .map(|sheet| sheet.hash_source.clone())
            .collect();
        sources.sort();
        sources.dedup();
        sources
    }

    /// `html` (a page of `kind`) with its inline copy of `full` replaced by
    /// the kind's rules, named in its `<meta>` policy instead. `None` if
    /// the page does not carry `full` or the kind was never learnt.
    pub fn apply(&self, kind: &str, html: &str, full: &FullStylesheet) -> Option<String> {
        let sheet = self.sheets.get(kind)?;
        let inline = format!("<style>{}</style>", full.css);
        let at = html.find(&inline)?;
        let replacement = format!(
            "<style {FULL_STYLESHEET_ATTRIBUTE}=\"{}\">{}</style>",
            full.href, sheet.css
        );
        let mut page = String::with_capacity(html.len());
        page.push_str(&html[..at]);
        page.push_str(&replacement);
        page.push_str(&html[at + inline.len()..]);
        Some(page.replacen(&full.hash_source, &sheet.hash_source, 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_of_one_kind_share_a_name() {
        assert_eq!(page_kind("index.html"), "/");
        assert_eq!(page_kind("risks/index.html"), "risks/");
        assert_eq!(page_kind("risks/contact/index.html"), "risks/*/");
        assert_eq!(page_kind("widget/risk/contact/index.html"), "widget/*/");
        assert_eq!(page_kind("404.html"), "404.html");
    }

    #[test]
    fn each_kind_gets_the_rules_of_all_its_pages_and_its_own_hash() {
        let css = "p{margin:0}.a{color:red}.b{color:#00f}.c{color:green}";
        let full = FullStylesheet::new(css.to_string(), "/cop/main-0123.css".to_string());
        let page = |class: &str| {
            format!(
                "<head><meta http-equiv=\"Content-Security-Policy\" content=\"style-src 'self' {}\">\
                 <style>{css}</style></head><body><p class=\"{class}\">x</p></body>",
                full.hash_source
            )
        };
        let mut styles = KindStyles::default();
        styles.learn("partners/*/", &page("a"));
        styles.learn("partners/*/", &page("b"));
        styles.learn("/", &page("c"));
        styles.finish(css).unwrap();

        let partner = styles.apply("partners/*/", &page("a"), &full).unwrap();
        let hash = csp_hash_source("p{margin:0}.a{color:red}.b{color:#00f}");
        assert!(
            partner.contains(
                "<style data-full-stylesheet=\"/cop/main-0123.css\">p{margin:0}.a{color:red}.b{color:#00f}</style>"
            ),
            "{partner}"
        );
        assert!(
            partner.contains(&format!("style-src 'self' {hash}\"")),
            "{partner}"
        );
        assert!(!partner.contains(&full.hash_source), "{partner}");

        let sources = styles.hash_sources();
        assert_eq!(sources.len(), 2);
        assert!(sources.contains(&hash));
        assert_eq!(styles.apply("about/", &page("a"), &full), None);
        assert_eq!(styles.apply("/", "<p>no style</p>", &full), None);
    }
}
