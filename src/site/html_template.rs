//! trunk's `dist/index.html` as a template for prerendered pages: its head
//! (scripts, styles, `<base>`) is kept, its placeholder body is replaced by
//! the rendered app, and the generic title and description give way to the
//! page's own (injected by leptos_meta).

use std::cell::{Cell, RefCell};

use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, RewriteStrSettings};

const HEAD_MARKER: &str = "<!--HEAD-->";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageTemplate {
    /// Everything up to and including the `<body ...>` tag.
    before_body: String,
    /// `</body>` and everything after it.
    after_body: String,
    base_href: String,
}

impl PageTemplate {
    pub fn parse(html: &str) -> Result<PageTemplate, String> {
        let body_start = html.find("<body").ok_or("no <body> tag")?;
        let body_open_end =
            body_start + html[body_start..].find('>').ok_or("unclosed <body> tag")? + 1;
        let body_close = html.rfind("</body>").ok_or("no </body> tag")?;
        if body_close < body_open_end {
            return Err("</body> before <body>".into());
        }
        let mut head = strip_generic_head_tags(&html[..body_open_end]);
        // leptos_meta puts the page's tags after this marker. (The template
        // is always trunk's fresh page: the prerenderer refuses one it has
        // already rendered, which has no inline start-up script left.)
        let close = head.find("</head>").ok_or("no </head> tag")?;
        head.insert_str(close, HEAD_MARKER);
        Ok(PageTemplate {
            base_href: base_href(&head).unwrap_or_else(|| "/".into()),
            before_body: head,
            after_body: html[body_close..].to_string(),
        })
    }

    /// The `<base href>` trunk wrote (the public URL, e.g. "/cop/").
    pub fn base_href(&self) -> &str {
        &self.base_href
    }

    /// The whole page with `body` as the content of `<body>`.
    pub fn page(&self, body: &str) -> String {
        format!("{}{body}{}", self.before_body, self.after_body)
    }
}

/// Sets `lang` and `dir` on the `<html>` tag (index.html says English).
pub fn with_language(html: &str, code: &str, dir: &str) -> String {
    rewrite(
        html,
        vec![element!("html", |el| {
            el.set_attribute("lang", code)?;
            el.set_attribute("dir", dir)?;
            Ok(())
        })],
    )
}

/// trunk's page for a language whose pages live under `locale_base`
/// ("/cop/fr/"), while the files all languages share stay at the site root
/// (`root_base`, trunk's public URL): `<base href>` becomes the language's,
/// and the head's relative addresses (icons, manifest) are made absolute so
/// that they still name the root's files. trunk's own assets already are.
pub fn with_locale_base(html: &str, root_base: &str, locale_base: &str) -> String {
    let is_relative = |value: &str| {
        !value.is_empty()
            && !value.starts_with('/')
            && !value.starts_with('#')
            && !value.contains(':')
    };
    rewrite(
        html,
        vec![
            element!("head base[href]", |el| {
                el.set_attribute("href", locale_base)?;
                Ok(())
            }),
            element!("head [href], head [src]", |el| {
                if el.tag_name() == "base" {
                    return Ok(());
                }
                for name in ["href", "src"] {
                    if let Some(value) = el.get_attribute(name).filter(|v| is_relative(v)) {
                        el.set_attribute(name, &format!("{root_base}{value}"))?;
                    }
                }
                Ok(())
            }),
        ],
    )
}

/// The address of the page's stylesheet (`<link rel="stylesheet" href>`).
pub fn stylesheet_href(html: &str) -> Option<String> {
    first_attribute(html, r#"link[rel="stylesheet"][href]"#, "href")
}

/// The page with its stylesheet link replaced by the stylesheet itself, and
/// the policy in its `<meta>` allowing that one `<style>` by its hash
/// (`hash_source`, `'sha256-...'` of exactly `css`). The first paint then
/// waits for no second request. `None` if the page has no stylesheet link.
pub fn with_inline_stylesheet(html: &str, css: &str, hash_source: &str) -> Option<String> {
    let found = Cell::new(false);
    let policy = "style-src 'self'";
    let page = rewrite(
        html,
        vec![
            element!(r#"link[rel="stylesheet"]"#, |el| {
                if !found.replace(true) {
                    el.replace(&format!("<style>{css}</style>"), ContentType::Html);
                }
                Ok(())
            }),
            element!(
                r#"meta[http-equiv="Content-Security-Policy"][content]"#,
                |el| {
                    if let Some(content) = el.get_attribute("content") {
                        let allowed = format!("{policy} {hash_source}");
                        el.set_attribute("content", &content.replacen(policy, &allowed, 1))?;
                    }
                    Ok(())
                }
            ),
        ],
    );
    found.get().then_some(page)
}

/// The `href` of the page's `<base>`.
fn base_href(head: &str) -> Option<String> {
    first_attribute(head, "base[href]", "href")
}

/// Removes the template's own `<title>` and description meta tag.
fn strip_generic_head_tags(head: &str) -> String {
    rewrite(
        head,
        vec![
            element!("title", |el| {
                el.remove();
                Ok(())
            }),
            element!(r#"meta[name="description"]"#, |el| {
                el.remove();
                Ok(())
            }),
        ],
    )
}

/// The value of `attribute` on the first element `selector` matches.
fn first_attribute(html: &str, selector: &str, attribute: &str) -> Option<String> {
    let found = RefCell::new(None);
    rewrite(
        html,
        vec![element!(selector, |el| {
            let mut found = found.borrow_mut();
            if found.is_none() {
                *found = el.get_attribute(attribute);
            }
            Ok(())
        })],
    );
    found.into_inner()
}

/// Runs an HTML rewriter (lol_html) over `html`, which reads tags as a
/// browser does. The pages are the build's own: a page it cannot rewrite
/// is a bug, so it stops the build.
pub(crate) fn rewrite(html: &str, handlers: Handlers) -> String {
    let settings = handlers
        .into_iter()
        .fold(RewriteStrSettings::new(), |settings, handler| {
            settings.append_element_content_handler(handler)
        });
    rewrite_str(html, settings).unwrap_or_else(|e| panic!("the HTML rewriter failed: {e}"))
}

/// Element handlers for `rewrite`, made with lol_html's `element!` and `text!`.
pub(crate) type Handlers<'h> = Vec<(
    std::borrow::Cow<'static, lol_html::Selector>,
    lol_html::ElementContentHandlers<'h>,
)>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stylesheet_goes_inline_with_its_hash_in_the_policy() {
        let page = concat!(
            "<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; style-src 'self'; img-src 'self'\">",
            "<link rel=\"stylesheet\" href=\"/cop/main-0123.css\" data-integrity=\"none\"/></head>"
        );
        assert_eq!(stylesheet_href(page).as_deref(), Some("/cop/main-0123.css"));
        let inline = with_inline_stylesheet(page, "p{margin:0}", "'sha256-x='").unwrap();
        assert!(
            inline.contains("<style>p{margin:0}</style></head>"),
            "{inline}"
        );
        assert!(inline.contains("style-src 'self' 'sha256-x=';"), "{inline}");
        assert!(!inline.contains("<link rel=\"stylesheet\""));
        assert_eq!(
            with_inline_stylesheet("<head></head>", "p{}", "'sha256-x='"),
            None
        );
    }

    #[test]
    fn a_language_folder_keeps_the_shared_files_at_the_root() {
        let trunk = concat!(
            "<html><head><base href=\"/cop/\">",
            "<link rel=\"icon\" href=\"favicon.svg\">",
            "<link rel=\"stylesheet\" href=\"/cop/main-0123.css\">",
            "<script type=\"module\" src=\"/cop/boot-0123.js\"></script>",
            "</head><body><a href=\"x\">x</a></body></html>"
        );
        let page = with_locale_base(trunk, "/cop/", "/cop/fr/");
        assert!(page.contains("<base href=\"/cop/fr/\">"), "{page}");
        assert!(page.contains("href=\"/cop/favicon.svg\""), "{page}");
        assert!(page.contains("href=\"/cop/main-0123.css\""), "{page}");
        assert!(page.contains("src=\"/cop/boot-0123.js\""), "{page}");
        assert!(
            page.contains("<a href=\"x\">"),
            "the body is left alone: {page}"
        );
        assert_eq!(PageTemplate::parse(&page).unwrap().base_href(), "/cop/fr/");
    }
}
