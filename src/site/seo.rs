//! Build-time files and tags for search engines and link previews: the
//! canonical address and Open Graph tags of each prerendered page, the
//! sitemap and robots.txt. All come from the route list and the page's own
//! title and description, never from a hand-kept list.

// Text in a double-quoted attribute (or XML): & < > " escaped, by a maintained crate.
use std::cell::RefCell;

use html_escape::{decode_html_entities, encode_double_quoted_attribute as escape};
use lol_html::html_content::ContentType;
use lol_html::{element, text};

use crate::site::html_template::rewrite;

/// The public address of the site's root, e.g. "https://example.org/cop/".
/// Always ends with a slash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteUrl(String);

impl SiteUrl {
    /// Accepts an absolute http(s) URL; adds the trailing slash.
    pub fn parse(raw: &str) -> Result<SiteUrl, String> {
        let raw = raw.trim();
        if !(raw.starts_with("https://") || raw.starts_with("http://")) {
            return Err(format!(
                "site URL `{raw}` must start with https:// or http://"
            ));
        }
        if raw.contains(['?', '#', '"', '<', '>', ' ']) {
            return Err(format!("site URL `{raw}` must be a plain address"));
        }
        let mut url = raw.to_string();
        if !url.ends_with('/') {
            url.push('/');
        }
        Ok(SiteUrl(url))
    }

    /// The absolute address of a site path such as "/risks/contact".
    pub fn page(&self, path: &str) -> String {
        format!("{}{}", self.0, path.trim_start_matches('/'))
    }

    /// The address a static host serves a prerendered page at without a
    /// redirect: its folder, with the trailing slash.
    pub fn canonical(&self, path: &str) -> String {
        let path = path.trim_matches('/');
        if path.is_empty() {
            self.0.clone()
        } else {
            format!("{}{path}/", self.0)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The root of a locale's pages: the site itself for English,
    /// "<site>fr/" for French.
    pub fn for_locale(&self, code: &str) -> SiteUrl {
        if code == crate::shared::i18n::REFERENCE {
            self.clone()
        } else {
            SiteUrl(format!("{}{code}/", self.0))
        }
    }
}

/// The addresses of one page in every published locale: absolute with a
/// site URL, else paths under the site's base ("/cop/").
pub fn alternates(
    site: Option<&SiteUrl>,
    base: &str,
    locales: &[&str],
    path: &str,
) -> Vec<(String, String)> {
    locales
        .iter()
        .map(|code| {
            let url = match site {
                Some(site) => site.for_locale(code).canonical(path),
                None => {
                    crate::shared::i18n::localized_folder(base.trim_end_matches('/'), code, path)
                }
            };
            (code.to_string(), url)
        })
        .collect()
}

/// `hreflang` links for a page's head; English doubles as x-default.
pub fn hreflang_links(alternates: &[(String, String)]) -> String {
    let mut tags = String::new();
    for (code, url) in alternates {
        tags.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\">",
            escape(url)
        ));
        if code == crate::shared::i18n::REFERENCE {
            tags.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
                escape(url)
            ));
        }
    }
    tags
}

/// The page's `<title>` and meta description, as rendered into its head.
pub fn title_and_description(page: &str) -> (String, String) {
    // One pass over the page for both.
    let title = RefCell::new(String::new());
    let description = RefCell::new(None);
    rewrite(
        page,
        vec![
            text!("head title", |chunk| {
                title.borrow_mut().push_str(chunk.as_str());
                Ok(())
            }),
            element!(r#"head meta[name="description"]"#, |el| {
                let mut description = description.borrow_mut();
                if description.is_none() {
                    *description = el.get_attribute("content");
                }
                Ok(())
            }),
        ],
    );
    (
        decode_html_entities(&title.into_inner()).into_owned(),
        decode_html_entities(&description.into_inner().unwrap_or_default()).into_owned(),
    )
}

/// Head tags for one page: canonical address and Open Graph.
pub fn head_tags(site: Option<&SiteUrl>, path: &str, title: &str, description: &str) -> String {
    let mut tags = format!(
        "<meta property=\"og:type\" content=\"website\"><meta property=\"og:site_name\" content=\"COP Explorer\">\
         <meta property=\"og:title\" content=\"{}\"><meta property=\"og:description\" content=\"{}\">",
        escape(title),
        escape(description)
    );
    if let Some(site) = site {
        let url = escape(&site.canonical(path)).into_owned();
        tags.push_str(&format!(
            "<link rel=\"canonical\" href=\"{url}\"><meta property=\"og:url\" content=\"{url}\">"
        ));
    }
    tags
}

/// The oEmbed discovery link for a page that has an embeddable widget.
pub fn oembed_link(oembed_url: &str, title: &str) -> String {
    format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\">",
        escape(oembed_url),
        escape(title)
    )
}

/// Adds tags at the end of `<head>`.
pub fn insert_in_head(page: &str, tags: &str) -> String {
    rewrite(
        page,
        vec![element!("head", |el| {
            el.append(tags, ContentType::Html);
            Ok(())
        })],
    )
}

/// Pages worth listing for search engines: every route but search results.
pub fn sitemap_paths(paths: &[String]) -> Vec<&str> {
    paths
        .iter()
        .map(String::as_str)
        .filter(|p| *p != crate::shared::routes::SEARCH)
        .collect()
}

/// Every page in every locale, each listing its translations (the
/// sitemap form of hreflang).
pub fn sitemap_xml(site: &SiteUrl, paths: &[&str], locales: &[&str]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for path in paths {
        let versions = alternates(Some(site), "", locales, path);
        let links: String = versions
            .iter()
            .map(|(code, url)| {
                format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\"/>",
                    escape(url)
                )
            })
            .collect();
        for (_, url) in &versions {
            xml.push_str(&format!("  <url><loc>{}</loc>{links}</url>\n", escape(url)));
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn robots_txt(site: Option<&SiteUrl>) -> String {
    let mut txt = String::from("User-agent: *\nAllow: /\n");
    if let Some(site) = site {
        txt.push_str(&format!("Sitemap: {}\n", site.page("/sitemap.xml")));
    }
    txt
}
