//! The service worker, `sw.js`: the script in `sw.js` next to this file,
//! with the real list of built files to precache and a version that changes
//! whenever any of them changes (which is what makes browsers offer the
//! update).

// Text in a double-quoted attribute (or XML): & < > " escaped, by a maintained crate.
use html_escape::encode_double_quoted_attribute as escape_html;

use super::fingerprint::{fingerprint, is_fingerprinted};

const TEMPLATE: &str = include_str!("sw.js");

/// One file in dist/: its path relative to dist/ ("/"-separated) and bytes.
pub struct BuiltFile<'a> {
    pub path: &'a str,
    pub bytes: &'a [u8],
}

/// Which built files are fetched when the worker installs: the app shell
/// (fingerprinted wasm, JS, CSS), the icons and manifest, and the main
/// pages. Other pages are saved when visited, so that a first visit on a
/// slow link does not download the whole site.
pub fn precache_paths(files: &[&str], main_pages: &[String]) -> Vec<String> {
    let mut out: Vec<String> = files
        .iter()
        .filter(|path| {
            let name = path.rsplit('/').next().unwrap_or(path);
            !path.contains('/')
                && (is_fingerprinted(name)
                    || name.ends_with(".svg")
                    || name.ends_with(".png")
                    || name.ends_with(".webmanifest")
                    || name == "404.html")
        })
        .map(|path| path.to_string())
        .collect();
    for page in main_pages {
        // Cached under the address a static host serves it at: the folder.
        let folder = page.trim_matches('/');
        let url = if folder.is_empty() {
            String::new()
        } else {
            format!("{folder}/")
        };
        if !out.contains(&url) {
            out.push(url);
        }
    }
    out.sort();
    out
}

/// A language's worker precaches, as absolute paths: its own files and
/// main pages (`precache_paths` of its folder, under `locale_base`) and the
/// app shell that all languages share at the site root (`root_base`): the
/// fingerprinted wasm, JS and CSS, the icons and the manifest. Another
/// language's search index or 404 page is not its business.
pub fn precache_urls(
    root_base: &str,
    root_files: &[&str],
    locale_base: &str,
    locale_files: &[&str],
    main_pages: &[String],
) -> Vec<String> {
    let own = precache_paths(locale_files, main_pages)
        .into_iter()
        .map(|path| format!("{locale_base}{path}"));
    let shell = precache_paths(root_files, &[])
        .into_iter()
        .filter(|path| !path.ends_with(".html") && !path.starts_with("search-"))
        .map(|path| format!("{root_base}{path}"));
    let mut out: Vec<String> = own.chain(shell).collect();
    out.sort();
    out.dedup();
    out
}

/// The worker's version: changes when any precached file changes.
pub fn version(files: &[BuiltFile]) -> String {
    let mut all = Vec::new();
    for file in files {
        all.extend_from_slice(file.path.as_bytes());
        all.push(0);
        all.extend_from_slice(fingerprint(file.bytes).as_bytes());
    }
    fingerprint(&all)
}

/// The words of the worker's "You are offline" page, in its language
/// (plain text: the build escapes it for HTML).
#[derive(Debug, Clone, Copy)]
pub struct OfflineText<'a> {
    pub lang: &'a str,
    pub dir: &'a str,
    pub title: &'a str,
    pub body: &'a str,
    pub home: &'a str,
}

/// The worker script for a language whose pages live under `base` ("/",
/// "/cop/fr/"); `precache` holds absolute paths (`precache_urls`), and
/// `on_use` the shared files outside `base` that it saves only when a page
/// first fetches them (the other islands' JS and wasm).
pub fn render(
    base: &str,
    version: &str,
    precache: &[String],
    on_use: &[String],
    text: OfflineText,
) -> String {
    let list = serde_json::to_string(precache).expect("a list of strings serialises");
    let on_use = serde_json::to_string(on_use).expect("a list of strings serialises");
    let text = serde_json::json!({
        "lang": escape_html(text.lang),
        "dir": escape_html(text.dir),
        "title": escape_html(text.title),
        "body": escape_html(text.body),
        "home": escape_html(text.home),
    });
    // serde_json leaves `${` alone, but the values sit in a JS object, never a template.
    TEMPLATE
        .replace("__TEXT__", &text.to_string())
        .replace("'__VERSION__'", &format!("'{version}'"))
        .replace(
            "'__BASE__'",
            &serde_json::to_string(base).expect("a string serialises"),
        )
        .replace("__PRECACHE__", &list)
        .replace("__ON_USE__", &on_use)
}
