//! One language's pages, widgets, oEmbed files, search index and embed
//! loader.

use std::path::Path;

use crate::shared::i18n::{self, Locale};
use crate::shared::search::SearchIndex;
use crate::shared::widgets::{self, Theme, Widget};
use crate::shared::{content::Content, routes};
use crate::site::hosting::{
    boot_script::{self, WasmBuild},
    fingerprint::fingerprint,
};
use crate::site::prerender::{render_page, PageTemplate};
use crate::site::seo::{self, SiteUrl};

use super::trunk_page::{page_template, TrunkPage};
use super::{write, Languages};

/// Writes one language's pages, widgets, oEmbed files, search index and
/// embed loader; returns its route paths.
pub(super) fn render_locale(
    dist: &Path,
    trunk: &TrunkPage,
    locale: Locale,
    languages: &Languages,
    site: Option<&SiteUrl>,
) -> Result<Vec<String>, String> {
    let folder = i18n::prefix(locale.code)
        .trim_start_matches('/')
        .to_string();
    let out = dist.join(&folder);
    let locale_base = i18n::localized_folder(trunk.base.trim_end_matches('/'), locale.code, "/");
    let template = page_template(dist, trunk, locale, &locale_base, languages.locales)?;
    let locale_site = site.map(|s| s.for_locale(locale.code));
    let content = Content::load_for(locale.code).map_err(|e| format!("content: {e}"))?;
    let paths = routes::all_paths(&content);
    // The search islands fetch the index on first use: its own file.
    let index = serde_json::to_string(&SearchIndex::build(&content)).map_err(|e| e.to_string())?;
    let search_index = format!("search-{}.json", fingerprint(index.as_bytes()));
    write(&out, &search_index, &index)?;
    let pages = Pages {
        template: &template,
        root_base: &trunk.base,
        search_index: &search_index,
        site_home: locale_site.as_ref().map(SiteUrl::as_str),
        builds: &trunk.builds,
    };
    let mut bytes = write_pages(
        &out,
        &pages,
        &paths,
        locale_site.as_ref(),
        languages,
        &content,
    )?;
    let widget_list = Widget::all(&content);
    bytes += write_widgets(&out, &pages, &widget_list, locale_site.as_ref(), &content)?;
    // The loader that this language's embed builder names (its snippets
    // load `<language folder>/embed.js`; English's replaces trunk's copy).
    write(
        &out,
        "embed.js",
        &widgets::localized_loader(i18n::t!(embed.widget_description))?,
    )?;
    if let Some(site) = &locale_site {
        for widget in &widget_list {
            for theme in Theme::ALL {
                let json = widgets::oembed_json(site.as_str(), widget, theme, &content);
                write(&out, &widgets::oembed_file(widget, theme), &json)?;
            }
        }
    }
    println!(
        "prerender: {}: wrote {} pages and {} widgets ({} KB of HTML) under {} for base {locale_base:?}",
        locale.code,
        paths.len() + 1,
        widget_list.len(),
        bytes / 1024,
        out.display(),
    );
    Ok(paths)
}

/// How pages are made: trunk's page in this language, and the files that
/// pages name.
pub(super) struct Pages<'a> {
    template: &'a PageTemplate,
    /// The site root, where widget.js and the other shared files live.
    root_base: &'a str,
    search_index: &'a str,
    /// This language's public home page, when the build has a site URL.
    site_home: Option<&'a str>,
    /// The wasm builds, one per group of islands.
    builds: &'a [WasmBuild],
}

impl Pages<'_> {
    /// The page at `path`. A page preloads the JS modules of the builds
    /// that carry its islands that start at once: most pages have none. An
    /// island that no build carries is an error: it would never wake.
    fn render(&self, path: &str) -> Result<String, String> {
        let html = render_page(self.template, path, self.search_index, self.site_home);
        let build_of = |island: &str| {
            boot_script::build_carrying(self.builds, island)
                .ok_or_else(|| format!("{path}: no wasm build carries the island {island}"))
        };
        for island in boot_script::page_islands(&html) {
            build_of(island)?;
        }
        let mut preloads = Vec::new();
        for island in boot_script::eager_islands(&html) {
            let build = build_of(island)?;
            let tag = format!(
                "<link rel=\"modulepreload\" href=\"{}\" crossorigin=\"anonymous\">",
                build.js
            );
            if !preloads.contains(&tag) {
                preloads.push(tag);
            }
        }
        Ok(if preloads.is_empty() {
            html
        } else {
            seo::insert_in_head(&html, &preloads.concat())
        })
    }
}

/// Renders every route and the not-found page; returns the bytes written.
pub(super) fn write_pages(
    dist: &Path,
    pages: &Pages,
    paths: &[String],
    site: Option<&SiteUrl>,
    languages: &Languages,
    content: &Content,
) -> Result<usize, String> {
    let files = paths
        .iter()
        .map(|path| (path.as_str(), routes::output_file(path)))
        .chain([(routes::NOT_FOUND_RENDER_PATH, "404.html".to_string())]);
    let mut bytes = 0;
    for (path, file) in files {
        let html = pages.render(path)?;
        let (title, description) = seo::title_and_description(&html);
        // The not-found page has no address of its own to call canonical.
        let page_site = site.filter(|_| path != routes::NOT_FOUND_RENDER_PATH);
        let mut tags = seo::head_tags(page_site, path, &title, &description);
        if path != routes::NOT_FOUND_RENDER_PATH {
            let versions =
                seo::alternates(languages.site, languages.site_base, languages.locales, path);
            tags.push_str(&seo::hreflang_links(&versions));
        }
        if let (Some(site), Some(widget)) = (page_site, widgets::widget_for_page(path, content)) {
            tags.push_str(&oembed_discovery(site, &widget, Theme::Auto, content));
        }
        let mut html = seo::insert_in_head(&html, &tags);
        if path == routes::NOT_FOUND_RENDER_PATH {
            // Also served for unknown widget addresses: it needs widget.js too.
            html = html.replacen(
                "<html",
                &format!("<html {}", cop_explorer::NOT_FOUND_MARKER),
                1,
            );
            html = with_widget_script(&html, pages.root_base);
        }
        write(dist, &file, &html)?;
        bytes += html.len();
    }
    Ok(bytes)
}

/// Widgets: no canonical or social tags (they are parts, not pages), the
/// `data-widget` mark (no service worker in other sites' frames) and
/// widget.js, which applies the options before the first paint. Each has a
/// copy in each fixed theme (`widgets::themed_path`); with a site URL, each
/// names its oEmbed answer in a discovery link, for WordPress.
pub(super) fn write_widgets(
    dist: &Path,
    pages: &Pages,
    list: &[Widget],
    site: Option<&SiteUrl>,
    content: &Content,
) -> Result<usize, String> {
    let mut bytes = 0;
    for widget in list {
        let path = widget.path();
        let html = pages.render(&path)?;
        let html = with_widget_script(&html, pages.root_base);
        for theme in Theme::ALL {
            let mut page = match theme {
                Theme::Auto => html.replacen("<html", "<html data-widget", 1),
                _ => html.replacen(
                    "<html",
                    &format!("<html data-widget data-theme=\"{}\"", theme.slug()),
                    1,
                ),
            };
            if let Some(site) = site {
                page = seo::insert_in_head(&page, &oembed_discovery(site, widget, theme, content));
            }
            write(
                dist,
                &routes::output_file(&widgets::themed_path(widget, theme)),
                &page,
            )?;
            bytes += page.len();
        }
    }
    Ok(bytes)
}

/// The oEmbed discovery link to a widget's answer in a theme.
pub(super) fn oembed_discovery(
    site: &SiteUrl,
    widget: &Widget,
    theme: Theme,
    content: &Content,
) -> String {
    let url = site.page(&widgets::oembed_file(widget, theme));
    seo::oembed_link(&url, &widget.title(content))
}

pub(super) fn with_widget_script(html: &str, base: &str) -> String {
    let tag = format!("<script src=\"{base}widget.js\"></script>");
    match html.find("<head>") {
        Some(at) => format!(
            "{}{tag}{}",
            &html[..at + "<head>".len()],
            &html[at + "<head>".len()..]
        ),
        None => html.to_string(),
    }
}
