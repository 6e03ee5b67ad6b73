//! trunk's `dist/index.html` as a template for prerendered pages: its head
//! (scripts, styles, `<base>`) is kept, its placeholder body is replaced by
//! the rendered app, and the generic title and description give way to the
//! page's own (injected by leptos_meta).

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
    let Some(start) = html.find("<html") else {
        return html.to_string();
    };
    let Some(len) = html[start..].find('>') else {
        return html.to_string();
    };
    let tag = &html[start..start + len];
    let kept: Vec<&str> = tag
        .split_whitespace()
        .skip(1)
        .filter(|attr| !attr.starts_with("lang=") && !attr.starts_with("dir="))
        .collect();
    let mut new_tag = format!("<html lang=\"{code}\" dir=\"{dir}\"");
    for attr in kept {
        new_tag.push(' ');
        new_tag.push_str(attr);
    }
    format!("{}{new_tag}{}", &html[..start], &html[start + len..])
}

/// trunk's page for a language whose pages live under `locale_base`
/// ("/cop/fr/"), while the files all languages share stay at the site root
/// (`root_base`, trunk's public URL): `<base href>` becomes the language's,
/// and the head's relative addresses (icons, manifest) are made absolute so
/// that they still name the root's files. trunk's own assets already are.
pub fn with_locale_base(html: &str, root_base: &str, locale_base: &str) -> String {
    let head_end = html.find("</head>").unwrap_or(html.len());
    let (head, rest) = html.split_at(head_end);
    let mut out = String::with_capacity(html.len() + 64);
    let mut remaining = head;
    while let Some(at) = find_url_attribute(remaining) {
        let (before, after) = remaining.split_at(at.value_start);
        out.push_str(before);
        let value = &after[..after.find('"').unwrap_or(after.len())];
        let relative = !value.is_empty()
            && !value.starts_with('/')
            && !value.starts_with('#')
            && !value.contains(':');
        if at.is_base {
            out.push_str(locale_base);
        } else if relative {
            out.push_str(root_base);
            out.push_str(value);
        } else {
            out.push_str(value);
        }
        remaining = &after[value.len()..];
    }
    out.push_str(remaining);
    out.push_str(rest);
    out
}

/// The address of the page's stylesheet (`<link rel="stylesheet" href>`).
pub fn stylesheet_href(html: &str) -> Option<&str> {
    let start =
        html.find("<link rel=\"stylesheet\" href=\"")? + "<link rel=\"stylesheet\" href=\"".len();
    let rest = &html[start..];
    Some(&rest[..rest.find('"')?])
}

/// The page with its stylesheet link replaced by the stylesheet itself, and
/// the policy in its `<meta>` allowing that one `<style>` by its hash
/// (`hash_source`, `'sha256-...'` of exactly `css`). The first paint then
/// waits for no second request. `None` if the page has no stylesheet link.
pub fn with_inline_stylesheet(html: &str, css: &str, hash_source: &str) -> Option<String> {
    let start = html.find("<link rel=\"stylesheet\"")?;
    let end = start + html[start..].find('>')? + 1;
    let mut page = format!("{}<style>{css}</style>{}", &html[..start], &html[end..]);
    let policy = "style-src 'self'";
    if let Some(at) = page.find(policy) {
        page.insert_str(at + policy.len(), &format!(" {hash_source}"));
    }
    Some(page)
}

struct UrlAttribute {
    /// Where the value starts, just after `href="` or `src="`.
    value_start: usize,
    /// The `href` of `<base>`.
    is_base: bool,
}

fn find_url_attribute(html: &str) -> Option<UrlAttribute> {
    let href = html.find(" href=\"").map(|i| (i, i + " href=\"".len()));
    let src = html.find(" src=\"").map(|i| (i, i + " src=\"".len()));
    let (attr_start, value_start) = match (href, src) {
        (Some(h), Some(s)) => std::cmp::min_by_key(h, s, |x| x.0),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => return None,
    };
    let tag_start = html[..attr_start].rfind('<').unwrap_or(0);
    Some(UrlAttribute {
        value_start,
        is_base: html[tag_start..attr_start].starts_with("<base"),
    })
}

fn base_href(head: &str) -> Option<String> {
    let start = head.find("<base")?;
    let tag = &head[start..start + head[start..].find('>')?];
    let href = tag.find("href=\"")? + "href=\"".len();
    Some(tag[href..href + tag[href..].find('"')?].to_string())
}

/// Removes the template's own `<title>` and description meta tag.
fn strip_generic_head_tags(head: &str) -> String {
    let mut out = head.to_string();
    if let (Some(s), Some(e)) = (out.find("<title>"), out.find("</title>")) {
        out.replace_range(s..e + "</title>".len(), "");
    }
    if let Some(s) = out.find("<meta name=\"description\"") {
        if let Some(len) = out[s..].find('>') {
            out.replace_range(s..s + len + 1, "");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stylesheet_goes_inline_with_its_hash_in_the_policy() {
        let page = concat!(
            "<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; style-src 'self'; img-src 'self'\">",
            "<link rel=\"stylesheet\" href=\"/cop/main-0123.css\" data-integrity=\"none\"/></head>"
        );
        assert_eq!(stylesheet_href(page), Some("/cop/main-0123.css"));
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
