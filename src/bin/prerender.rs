//! Turns trunk's output folder into the finished static site:
//!
//!     cargo run --release --features ssr --bin prerender -- dist [https://example.org/cop/]
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
//! Languages: one run renders every published locale (`COP_LOCALES`, all
//! six by default). English lives at the root of dist/, the others in
//! `dist/<code>/` with their own pages, widgets, oEmbed files, search index
//! and service worker. All of them share trunk's files at the root: the
//! islands' wasm (one per island), one stylesheet, one start-up script
//! (English has its own, which first sends a visitor of the home page to
//! their language). robots.txt, sitemap.xml and the host's rules cover the
//! whole site.

use std::{fs, path::Path, process::ExitCode};

use cop_explorer::shared::i18n::{self, Locale};
use cop_explorer::shared::search::SearchIndex;
use cop_explorer::shared::widgets::{self, Theme, Widget};
use cop_explorer::shared::{content::Content, routes};
use cop_explorer::site::hosting::{
    boot_script::{self, WasmBuild},
    fingerprint::{fingerprint, is_fingerprinted},
    headers, mime, precompress, service_worker,
};
use cop_explorer::site::html_template::{self, with_language, with_locale_base};
use cop_explorer::site::prerender::{render_page, PageTemplate};
use cop_explorer::site::seo::{self, SiteUrl};
use cop_explorer::site::stylesheet::{self, pages, pages::FullStylesheet};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
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

/// trunk's own index.html, read once before any page replaces it.
struct TrunkPage {
    html: String,
    /// trunk's public URL ("/", "/cop/"): the site root, shared files' home.
    base: String,
    /// The stylesheet, to be inlined in every page.
    stylesheet: Option<FullStylesheet>,
    /// The wasm builds in dist/, one per group of islands.
    builds: Vec<WasmBuild>,
}

/// The stylesheet that trunk's page links to, read from dist/ and
/// minified (the file too: boot.js and the offline page load it, and pages
/// inline parts of that same text).
fn read_stylesheet(dist: &Path, html: &str, base: &str) -> Result<Option<FullStylesheet>, String> {
    let Some(href) = html_template::stylesheet_href(html) else {
        return Ok(None);
    };
    let file = dist.join(href.strip_prefix(base).unwrap_or(href));
    let source =
        fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let css = stylesheet::minify(&source)?;
    fs::write(&file, &css).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    Ok(Some(FullStylesheet::new(css, href.to_string())))
}

/// Replaces the whole stylesheet inlined in every page of dist/ with the
/// rules its kind of page uses (`stylesheet::pages`); returns the CSP
/// sources of those stylesheets.
fn inline_kind_styles(dist: &Path, full: &FullStylesheet) -> Result<Vec<String>, String> {
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
fn without_language_folder(file: &str) -> &str {
    match file.split_once('/') {
        Some((first, rest)) if i18n::by_code(first).is_some() => rest,
        _ => file,
    }
}

impl TrunkPage {
    fn read(dist: &Path) -> Result<TrunkPage, String> {
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
fn wasm_builds(dist: &Path, base: &str) -> Result<Vec<WasmBuild>, String> {
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

/// Writes one language's pages, widgets, oEmbed files, search index and
/// embed loader; returns its route paths.
fn render_locale(
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

/// Writes one language's service worker, which saves its main pages and
/// the shared files for offline use.
fn write_locale_worker(dist: &Path, trunk: &TrunkPage, locale: Locale) -> Result<(), String> {
    let out = dist.join(i18n::prefix(locale.code).trim_start_matches('/'));
    let locale_base = i18n::localized_folder(trunk.base.trim_end_matches('/'), locale.code, "/");
    let own_files: Vec<String> = list_files(&out)?
        .into_iter()
        .filter(|f| !f.contains('/') || !is_other_locale_folder(f, locale))
        .collect();
    // The islands of the pages saved for offline use are saved with them;
    // the other islands' JS and wasm only when a page first uses them.
    let offline_builds = builds_started_on(&out, &routes::offline_island_pages(), &trunk.builds)?;
    let later: Vec<String> = trunk
        .builds
        .iter()
        .filter(|build| !offline_builds.contains(build))
        .flat_map(WasmBuild::file_names)
        .collect();
    let root_files: Vec<String> = list_files_top_level(dist)?
        .into_iter()
        .filter(|file| !later.contains(file))
        .collect();
    // (English's own files are the root's.)
    let own_files: Vec<String> = own_files
        .into_iter()
        .filter(|file| !later.contains(file))
        .collect();
    let on_use: Vec<String> = later
        .iter()
        .map(|file| format!("{}{file}", trunk.base))
        .collect();
    write_service_worker(
        dist,
        &out,
        &trunk.base,
        &locale_base,
        &root_files,
        &own_files,
        &on_use,
    )?;
    Ok(())
}

/// The wasm builds of the islands that start at once on `paths`, read from
/// their pages as written in `out`.
fn builds_started_on<'a>(
    out: &Path,
    paths: &[String],
    builds: &'a [WasmBuild],
) -> Result<Vec<&'a WasmBuild>, String> {
    let mut used: Vec<&WasmBuild> = Vec::new();
    for path in paths {
        let file = out.join(routes::output_file(path));
        let html = fs::read_to_string(&file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        for island in boot_script::eager_islands(&html) {
            if let Some(build) = boot_script::build_carrying(builds, island) {
                if !used.contains(&build) {
                    used.push(build);
                }
            }
        }
    }
    Ok(used)
}

/// English's folder is the root: the other languages' folders are not its files.
fn is_other_locale_folder(file: &str, locale: Locale) -> bool {
    locale.code == i18n::REFERENCE
        && file
            .split('/')
            .next()
            .is_some_and(|first| i18n::by_code(first).is_some())
}

/// How pages are made: trunk's page in this language, and the files that
/// pages name.
struct Pages<'a> {
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

/// What every page needs to link its translations.
struct Languages<'a> {
    /// The public address of the whole site (English at its root).
    site: Option<&'a SiteUrl>,
    site_base: &'a str,
    locales: &'a [&'static str],
}

/// trunk's page in a language: its `<html lang dir>` and `<base>`, and its
/// inline start-up script moved to a file at the site root (English's file
/// first sends a visitor of the home page to their language).
fn page_template(
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

/// Renders every route and the not-found page; returns the bytes written.
fn write_pages(
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
fn write_widgets(
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
fn oembed_discovery(site: &SiteUrl, widget: &Widget, theme: Theme, content: &Content) -> String {
    let url = site.page(&widgets::oembed_file(widget, theme));
    seo::oembed_link(&url, &widget.title(content))
}

fn with_widget_script(html: &str, base: &str) -> String {
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

fn write_service_worker(
    dist: &Path,
    out: &Path,
    root_base: &str,
    locale_base: &str,
    root_files: &[String],
    own_files: &[String],
    on_use: &[String],
) -> Result<(), String> {
    let root: Vec<&str> = root_files.iter().map(String::as_str).collect();
    let own: Vec<&str> = own_files.iter().map(String::as_str).collect();
    let precache = service_worker::precache_urls(
        root_base,
        &root,
        locale_base,
        &own,
        &routes::offline_pages(),
    );
    let mut contents = Vec::new();
    for url in &precache {
        let path = url.strip_prefix(root_base).unwrap_or(url);
        let file = if path.is_empty() || path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path.to_string()
        };
        let bytes = fs::read(dist.join(&file)).map_err(|e| format!("cannot read {file}: {e}"))?;
        contents.push((url.clone(), bytes));
    }
    let built: Vec<service_worker::BuiltFile> = contents
        .iter()
        .map(|(path, bytes)| service_worker::BuiltFile { path, bytes })
        .collect();
    let version = service_worker::version(&built);
    let locale = i18n::current();
    let text = service_worker::OfflineText {
        lang: locale.code,
        dir: locale.dir.as_str(),
        title: i18n::t!(common.offline_title),
        body: i18n::t!(common.offline_text),
        home: i18n::t!(common.offline_home),
    };
    write(
        out,
        "sw.js",
        &service_worker::render(locale_base, &version, &precache, on_use, text),
    )
}

/// `_headers`, `nginx.conf` and `.htaccess`, from the same rules.
fn write_host_rules(
    dist: &Path,
    base: &str,
    paths: &[String],
    files: &[String],
    locales: &[&str],
    inline_styles: Vec<String>,
) -> Result<(), String> {
    // English at the root, each other locale in its own folder.
    let folders: Vec<String> = locales
        .iter()
        .map(|code| i18n::prefix(code).trim_start_matches('/').to_string())
        .map(|p| if p.is_empty() { p } else { format!("{p}/") })
        .collect();
    let in_a_locale_folder = |file: &str| match file.split_once('/') {
        None => true,
        Some((folder, rest)) => !rest.contains('/') && folders.contains(&format!("{folder}/")),
    };
    let rules = headers::HeaderRules {
        base,
        locale_folders: folders.clone(),
        page_sections: routes::top_level_sections(paths),
        widget_sections: vec![widgets::PREFIX.trim_start_matches('/').to_string()],
        fingerprinted_files: files
            .iter()
            .filter(|f| {
                in_a_locale_folder(f) && is_fingerprinted(f.rsplit('/').next().unwrap_or(f))
            })
            .cloned()
            .collect(),
        no_cache_files: vec!["sw.js".into()],
        inline_styles,
    };
    write(dist, "_headers", &rules.render())?;
    write(dist, "nginx.conf", &rules.nginx_conf())?;
    write(dist, ".htaccess", &rules.htaccess())
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
