//! Prerenders every route of the site into trunk's output folder, with the
//! same Leptos components the browser hydrates.
//!
//!     cargo run --release --features ssr --bin prerender -- dist [https://example.org/cop/]
//!
//! The optional second argument (or the SITE_URL environment variable) is
//! the public address of the site; with it, pages get canonical and og:url
//! tags and the build gets a sitemap.xml.
//!
//! For each path in `routes::all_paths` it writes `dist/<path>/index.html`
//! (and `dist/404.html` for the not-found page): trunk's `index.html` with
//! the page's head tags injected and the rendered app as the `<body>`.

use std::{fs, path::Path, process::ExitCode};

use cop_explorer::prerender::{render_page, PageTemplate};
use cop_explorer::seo::{self, SiteUrl};
use cop_explorer::{content::Content, routes};

fn main() -> ExitCode {
    // Leptos schedules some rendering work as tasks: give it an executor.
    if let Err(e) = any_spawner::Executor::init_futures_executor() {
        eprintln!("prerender: no executor: {e}");
        return ExitCode::FAILURE;
    }
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    let dist = Path::new(&dist);
    let site = match std::env::args()
        .nth(2)
        .or_else(|| std::env::var("SITE_URL").ok())
        .filter(|s| !s.is_empty())
    {
        None => None,
        Some(raw) => match SiteUrl::parse(&raw) {
            Ok(site) => Some(site),
            Err(e) => {
                eprintln!("prerender: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    let template = match fs::read_to_string(dist.join("index.html")) {
        Ok(html) => match PageTemplate::parse(&html) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("prerender: {}: {e}", dist.join("index.html").display());
                return ExitCode::FAILURE;
            }
        },
        Err(e) => {
            eprintln!(
                "prerender: cannot read {}: {e}",
                dist.join("index.html").display()
            );
            return ExitCode::FAILURE;
        }
    };
    let content = match Content::english() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("prerender: content: {e}");
            return ExitCode::FAILURE;
        }
    };
    let paths = routes::all_paths(&content);
    let mut pages = paths
        .iter()
        .cloned()
        .map(|path| {
            let file = routes::output_file(&path);
            (path, file)
        })
        .collect::<Vec<_>>();
    pages.push((
        routes::NOT_FOUND_RENDER_PATH.to_string(),
        "404.html".to_string(),
    ));

    let mut bytes = 0;
    for (path, file) in &pages {
        let html = render_page(&template, path);
        let (title, description) = seo::title_and_description(&html);
        // The not-found page has no address of its own to call canonical.
        let page_site = site
            .as_ref()
            .filter(|_| path != routes::NOT_FOUND_RENDER_PATH);
        let tags = seo::head_tags(page_site, path, &title, &description);
        let html = seo::insert_in_head(&html, &tags);
        let out = dist.join(file);
        if let Some(dir) = out.parent() {
            if let Err(e) = fs::create_dir_all(dir) {
                eprintln!("prerender: cannot create {}: {e}", dir.display());
                return ExitCode::FAILURE;
            }
        }
        if let Err(e) = fs::write(&out, &html) {
            eprintln!("prerender: cannot write {}: {e}", out.display());
            return ExitCode::FAILURE;
        }
        bytes += html.len();
    }
    let mut extra = vec![("robots.txt", seo::robots_txt(site.as_ref()))];
    if let Some(site) = &site {
        extra.push((
            "sitemap.xml",
            seo::sitemap_xml(site, &seo::sitemap_paths(&paths)),
        ));
    } else {
        eprintln!("prerender: no site URL given, so no canonical tags and no sitemap.xml");
    }
    for (file, text) in extra {
        if let Err(e) = fs::write(dist.join(file), text) {
            eprintln!("prerender: cannot write {file}: {e}");
            return ExitCode::FAILURE;
        }
    }
    println!(
        "prerender: wrote {} pages ({} KB of HTML) under {} for base {:?}",
        pages.len(),
        bytes / 1024,
        dist.display(),
        template.base_href()
    );
    ExitCode::SUCCESS
}
