//! Prerenders every route of the site into trunk's output folder, with the
//! same Leptos components the browser hydrates.
//!
//!     cargo run --release --features ssr --bin prerender -- dist
//!
//! For each path in `routes::all_paths` it writes `dist/<path>/index.html`
//! (and `dist/404.html` for the not-found page): trunk's `index.html` with
//! the page's head tags injected and the rendered app as the `<body>`.

use std::{fs, path::Path, process::ExitCode};

use cop_explorer::prerender::{render_page, PageTemplate};
use cop_explorer::{content::Content, routes};

fn main() -> ExitCode {
    // Leptos schedules some rendering work as tasks: give it an executor.
    if let Err(e) = any_spawner::Executor::init_futures_executor() {
        eprintln!("prerender: no executor: {e}");
        return ExitCode::FAILURE;
    }
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    let dist = Path::new(&dist);
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
    let mut pages = routes::all_paths(&content)
        .into_iter()
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
    println!(
        "prerender: wrote {} pages ({} KB of HTML) under {} for base {:?}",
        pages.len(),
        bytes / 1024,
        dist.display(),
        template.base_href()
    );
    ExitCode::SUCCESS
}
