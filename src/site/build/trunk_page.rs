//! trunk's page: read once, turned into each language's page template,
//! and its stylesheet inlined per kind of page.

use std::{fs, path::Path};

use crate::shared::i18n::{self, Locale};
use crate::site::hosting::boot_script::{self, WasmBuild};
use crate::site::html_template::{self, with_language, with_locale_base};
use crate::site::prerender::PageTemplate;
use crate::site::stylesheet::{self, pages, pages::FullStylesheet};

use super::{list_files, list_files_top_level, write};

/// trunk's own index.html, read once before any page replaces it.
pub(super) struct TrunkPage {
    pub(super) html: String,
    /// trunk's public URL ("/", "/cop/"): the site root, shared files' home.
    pub(super) base: String,
    /// The stylesheet, to be inlined in every page.
    pub(super) stylesheet: Option<FullStylesheet>,
    /// The wasm builds in dist/, one per group of islands.
    pub(super) builds: Vec<WasmBuild>,
}

/// The stylesheet that trunk's page links to, read from dist/ and
/// minified (the file too: boot.js and the offline page load it, and pages
/// inline parts of that same text).
pub(super) fn read_stylesheet(
    dist: &Path,
    html: &str,
    base: &str,
) -> Result<Option<FullStylesheet>, String> {
    let Some(href) = html_template::stylesheet_href(html) else {
        return Ok(None);
    };
    let file = dist.join(href.strip_prefix(base).unwrap_or(&href));
    let source =
        fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let css = stylesheet::minify(&source)?;
    fs::write(&file, &css).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    Ok(Some(FullStylesheet::new(css, href)))
}

/// Replaces the whole stylesheet inlined in every page of dist/ with the
/// rules its kind of page uses (`stylesheet::pages`); returns the CSP
/// sources of those stylesheets.
pub(super) fn inline_kind_styles(
    dist: &Path,
    full: &FullStylesheet,
) -> Result<Vec<String>, String> {
    // Read once: every page is learnt from, then rewritten.
    let mut pages = Vec::new();
    for file in list_files(dist)?
        .into_iter()
        .filter(|f| f.ends_with(".html"))
    {
        let html =
            fs::read_to_string(dist.join(&file)).map_err(|e| format!("cannot read {file}: {e}"))?;
        let kind = pages::page_kind(without_language_folder(&file));
        pages.push((file, kind, html));
    }
    let mut styles = pages::KindStyles::default();
    for (_, kind, html) in &pages {
        styles.learn(kind, html);
    }
    styles.finish(&full.css)?;
    for (file, kind, html) in &pages {
        if let Some(page) = styles.apply(kind, html, full) {
            write(dist, file, &page)?;
        }
    }
    let sources = styles.hash_sources();
    eprintln!(
        "prerender: {} pages inline the rules of their kind of page: {} stylesheets",
        pages.len(),
        sources.len()
    );
    Ok(sources)
}

/// `file` without its language folder ("ar/risks/index.html" → "risks/index.html").
pub(super) fn without_language_folder(file: &str) -> &str {
    match file.split_once('/') {
        Some((first, rest)) if i18n::by_code(first).is_some() => rest,
        _ => file,
    }
}

impl TrunkPage {
    pub(super) fn read(dist: &Path) -> Result<TrunkPage, String> {
        let index = dist.join("index.html");
        let html = fs::read_to_string(&index)
            .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
        if !html.contains("<script type=\"module\">") {
            return Err(format!(
                "{} has no trunk start-up script: run trunk build first (scripts/build.sh does)",
                index.display()
            ));
        }
        let base = PageTemplate::parse(&html)
            .map_err(|e| format!("{}: {e}", index.display()))?
            .base_href()
            .to_string();
        let stylesheet = read_stylesheet(dist, &html, &base)?;
        let builds = wasm_builds(dist, &base)?;
        Ok(TrunkPage {
            html,
            base,
            stylesheet,
            builds,
        })
    }
}

/// Every wasm-bindgen module at the top of dist/ (a `<name>.js` next to its
/// `<name>_bg.wasm`), with the islands it exports. scripts/build.sh puts
/// one there per group of islands.
pub(super) fn wasm_builds(dist: &Path, base: &str) -> Result<Vec<WasmBuild>, String> {
    let mut builds = Vec::new();
    for file in list_files_top_level(dist)? {
        let Some(stem) = file.strip_suffix(".js") else {
            continue;
        };
        if !dist.join(format!("{stem}_bg.wasm")).is_file() {
            continue;
        }
        let code =
            fs::read_to_string(dist.join(&file)).map_err(|e| format!("cannot read {file}: {e}"))?;
        builds.push(WasmBuild::read(base, &file, &code));
    }
    if builds.iter().all(|build| build.islands.is_empty()) {
        return Err(format!(
            "no wasm build with islands in {}: run scripts/build.sh",
            dist.display()
        ));
    }
    Ok(builds)
}

/// trunk's page in a language: its `<html lang dir>` and `<base>`, and its
/// inline start-up script moved to a file at the site root (English's file
/// first sends a visitor of the home page to their language).
pub(super) fn page_template(
    dist: &Path,
    trunk: &TrunkPage,
    locale: Locale,
    locale_base: &str,
    published: &[&str],
) -> Result<PageTemplate, String> {
    let html = with_language(&trunk.html, locale.code, locale.dir.as_str());
    let mut html = with_locale_base(&html, &trunk.base, locale_base);
    // The first paint needs the stylesheet: inline, it costs no round trip.
    if let Some(style) = &trunk.stylesheet {
        html = html_template::with_inline_stylesheet(&html, &style.css, &style.hash_source)
            .unwrap_or(html);
    }
    let prelude = if locale.code == i18n::REFERENCE {
        boot_script::choose_locale(published)
    } else {
        String::new()
    };
    if let Some(boot) = boot_script::externalize(&html, &trunk.base, &prelude, &trunk.builds) {
        write(dist, &boot.file_name, &boot.code)?;
        html = boot.html;
    }
    PageTemplate::parse(&html).map_err(|e| format!("{locale_base}: {e}"))
}
