//! Turns trunk's output folder into the finished static site (run by
//! `src/bin/prerender.rs`, with the `ssr` feature):
//!
//! 1. moves trunk's inline start-up script into a fingerprinted file, so the
//!    pages run under a CSP without `unsafe-inline`;
//! 2. renders every path in `routes::all_paths` into `dist/<path>/index.html`
//!    (and the not-found page into `dist/404.html`) with the same Leptos
//!    components the browser hydrates;
//! 3. renders every widget (`widgets::Widget::all`) into
//!    `dist/widget/<kind>/<id>/index.html`, marked for widget.js;
//! 4. writes robots.txt, and with a site URL sitemap.xml and the oEmbed
//!    responses (`dist/oembed/*.json`, with discovery links on the pages);
//! 5. leaves each page, which the template gave the whole stylesheet inline,
//!    only the rules its kind of page uses (`stylesheet::pages`);
//! 6. writes the service worker `sw.js`, and the host's rules from the route
//!    list and the built files: `_headers`, `nginx.conf` and `.htaccess`;
//! 7. writes a `.br` and a `.gz` copy beside every text file and wasm.
//!
//! The optional second argument (or the SITE_URL environment variable) is
//! the public address of the site; with it, pages get canonical and og:url
//! tags and the build gets a sitemap.xml. Running it twice gives the same files.
//!
//! Languages: one run renders every published locale (`COP_LOCALES`, every
//! language of locales/languages.json by default). English lives at the root of dist/, the others in
//! `dist/<code>/` with their own pages, widgets, oEmbed files, search index
//! and service worker. All of them share trunk's files at the root: the
//! islands' wasm (one per island), one stylesheet, one start-up script
//! (English has its own, which first sends a visitor of the home page to
//! their language). robots.txt, sitemap.xml and the host's rules cover the
//! whole site.

mod host_files;
mod pages_out;
mod trunk_page;

use std::{fs, path::Path};

use crate::shared::i18n::{self, Locale};
use crate::site::hosting::{mime, precompress};
use crate::site::seo::{self, SiteUrl};

use host_files::{write_host_rules, write_locale_worker};
use pages_out::render_locale;
use trunk_page::{inline_kind_styles, TrunkPage};

/// Builds the site in `dist` (trunk's output): see the module's steps.
pub fn run() -> Result<(), String> {
    // Leptos schedules some rendering work as tasks: give it an executor.
    any_spawner::Executor::init_futures_executor().map_err(|e| format!("no executor: {e}"))?;
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    let dist = Path::new(&dist);
    let site = std::env::args()
        .nth(2)
        .or_else(|| std::env::var("SITE_URL").ok())
        .filter(|s| !s.is_empty())
        .map(|raw| SiteUrl::parse(&raw))
        .transpose()?;
    let published = published_locales()?;
    let locales: Vec<&'static str> = published.iter().map(|l| l.code).collect();

    let trunk = TrunkPage::read(dist)?;
    let site_base = trunk.base.clone();
    let languages = Languages {
        site: site.as_ref(),
        site_base: &site_base,
        locales: &locales,
    };
    let mut paths = Vec::new();
    // English last: its home page replaces trunk's index.html.
    let english_last = published
        .iter()
        .filter(|l| l.code != i18n::REFERENCE)
        .chain(published.iter().filter(|l| l.code == i18n::REFERENCE));
    for &locale in english_last {
        let locale_paths = i18n::render_in(locale, || {
            render_locale(dist, &trunk, locale, &languages, site.as_ref())
        })?;
        if locale.code == i18n::REFERENCE {
            paths = locale_paths;
        }
    }
    // Each page keeps only the rules its kind of page uses (before the
    // service workers, whose versions hash the pages they save).
    let inline_styles = match &trunk.stylesheet {
        Some(full) => inline_kind_styles(dist, full)?,
        None => Vec::new(),
    };
    for &locale in &published {
        i18n::render_in(locale, || write_locale_worker(dist, &trunk, locale))?;
    }

    write(dist, "robots.txt", &seo::robots_txt(site.as_ref()))?;
    match &site {
        Some(site) => write(
            dist,
            "sitemap.xml",
            &seo::sitemap_xml(site, &seo::sitemap_paths(&paths), &locales),
        )?,
        None => eprintln!("prerender: no site URL given, so no canonical tags and no sitemap.xml"),
    }
    let files = list_files(dist)?;
    if let Some(unknown) = files.iter().find(|f| mime::content_type(f).is_none()) {
        return Err(format!(
            "{unknown}: no content type for it in src/site/hosting/mime.rs, so servers would send it wrongly"
        ));
    }
    write_host_rules(dist, &site_base, &paths, &files, &locales, inline_styles)?;
    let started = std::time::Instant::now();
    let copied = precompress::write_copies(dist, &files)?;
    eprintln!(
        "prerender: wrote .br and .gz copies of {copied} files in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// `COP_LOCALES` (space- or comma-separated codes), checked; all six when unset.
fn published_locales() -> Result<Vec<Locale>, String> {
    let list = std::env::var("COP_LOCALES").unwrap_or_default();
    if let Some(unknown) = i18n::listed_codes(&list).find(|code| i18n::by_code(code).is_none()) {
        let known = i18n::LOCALES.map(|l| l.code).join(" ");
        return Err(format!(
            "COP_LOCALES: unknown locale {unknown:?} (the site has: {known})"
        ));
    }
    let published = i18n::published_from(&list);
    if !published.iter().any(|l| l.code == i18n::REFERENCE) {
        return Err("COP_LOCALES must include English, the reference at the root".into());
    }
    Ok(published)
}

/// What every page needs to link its translations.
struct Languages<'a> {
    /// The public address of the whole site (English at its root).
    site: Option<&'a SiteUrl>,
    site_base: &'a str,
    locales: &'a [&'static str],
}

fn write(dist: &Path, file: &str, text: &str) -> Result<(), String> {
    let out = dist.join(file);
    if let Some(dir) = out.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    fs::write(&out, text).map_err(|e| format!("cannot write {}: {e}", out.display()))
}

/// The files directly in `dir` (not in its folders) that a browser may ask
/// for, sorted.
fn list_files_top_level(dir: &Path) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = fs::read_dir(dir)
        .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_file())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|file| mime::is_served(file))
        .collect();
    out.sort();
    Ok(out)
}

/// Every file under `dir` that a browser may ask for (not the host's rules
/// nor the compressed copies of an earlier run), as sorted "/"-separated
/// paths relative to it.
fn list_files(dir: &Path) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let entries =
            fs::read_dir(&folder).map_err(|e| format!("cannot list {}: {e}", folder.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(rel) = path.strip_prefix(dir) {
                let parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                let file = parts.join("/");
                if mime::is_served(&file) {
                    out.push(file);
                }
            }
        }
    }
    out.sort();
    Ok(out)
}
