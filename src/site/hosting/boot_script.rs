//! The page's one script. trunk writes the code that starts the wasm as an
//! inline `<script type="module">`; a strict Content Security Policy
//! (`script-src 'self'`) blocks inline scripts, and most pages need no wasm
//! at all. So the build replaces trunk's script with a fingerprinted file
//! made from `boot.js`, which loads the wasm only for a page's islands (see
//! that file), and leaves a `<script type="module" src>` in its place.
//! There is one wasm per group of islands (`WasmBuild`): boot.js loads the
//! one that carries each island the page has.

use std::cell::Cell;

use lol_html::element;
use lol_html::html_content::ContentType;

use super::fingerprint::fingerprint;
use crate::site::html_template::rewrite;

const BOOT: &str = include_str!("boot.js");
/// Islands that boot.js hydrates on demand, by their component name's prefix.
pub const LAZY_ISLANDS: [&str; 2] = ["SearchBox_", "UpdatePrompt_"];
/// Prepended on the English pages (the site root): sends a visitor whose
/// stored or browser language is another published locale to that locale's
/// home page, before anything else runs.
pub const CHOOSE_LOCALE: &str = include_str!("choose_locale.js");
/// What `choose_locale` replaces in `CHOOSE_LOCALE`.
const PUBLISHED: &str = "/*PUBLISHED*/ ['en']";

/// `CHOOSE_LOCALE` for a build that publishes `codes` (English first).
pub fn choose_locale(codes: &[&str]) -> String {
    let list: Vec<String> = codes.iter().map(|code| format!("'{code}'")).collect();
    CHOOSE_LOCALE.replace(PUBLISHED, &format!("[{}]", list.join(", ")))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BootScript {
    /// The page with the inline script replaced by a reference to `file_name`.
    pub html: String,
    /// e.g. "boot-0123456789abcdef.js", to be written next to index.html.
    pub file_name: String,
    pub code: String,
}

/// One browser build: scripts/build.sh makes one per group of islands, so
/// that a page downloads only the code of the islands it has.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct WasmBuild {
    /// The wasm-bindgen JS module, e.g. "/cop/cop-explorer-0123abcd.js".
    pub js: String,
    /// Its wasm, e.g. "/cop/cop-explorer-0123abcd_bg.wasm".
    pub wasm: String,
    /// The islands it exports, by the name pages give them in
    /// `<leptos-island data-component>`, e.g. "GridExplorer_2932147059500011196".
    pub islands: Vec<String>,
}

impl WasmBuild {
    /// The build whose JS module is `js_file` (in the site root `base`),
    /// with wasm-bindgen's `code` for that module.
    pub fn read(base: &str, js_file: &str, code: &str) -> WasmBuild {
        let stem = js_file.trim_end_matches(".js");
        WasmBuild {
            js: format!("{base}{js_file}"),
            wasm: format!("{base}{stem}_bg.wasm"),
            islands: exported_islands(code),
        }
    }

    /// The build's two files as named at the site root (without the base).
    pub fn file_names(&self) -> [String; 2] {
        [&self.js, &self.wasm].map(|path| path.rsplit('/').next().unwrap_or(path).to_string())
    }
}

/// The build that carries `island` (a `data-component` name), if any.
pub fn build_carrying<'a>(builds: &'a [WasmBuild], island: &str) -> Option<&'a WasmBuild> {
    builds
        .iter()
        .find(|build| build.islands.iter().any(|name| name == island))
}

/// The island functions a wasm-bindgen module exports: `export function
/// Name_123(`, where the `#[island]` macro names them `<Component>_<hash>`.
pub fn exported_islands(code: &str) -> Vec<String> {
    code.split("export function ")
        .skip(1)
        .filter_map(|rest| rest.split('(').next())
        .filter(|name| is_island_name(name))
        .map(str::to_string)
        .collect()
}

fn is_island_name(name: &str) -> bool {
    match name.rsplit_once('_') {
        Some((component, hash)) => {
            component.starts_with(|c: char| c.is_ascii_uppercase())
                && component.chars().all(|c| c.is_ascii_alphanumeric())
                && !hash.is_empty()
                && hash.chars().all(|c| c.is_ascii_digit())
        }
        None => false,
    }
}

/// Replaces the first inline module script of `html` (trunk's) with a boot
/// file served from `base` (e.g. "/cop/") that knows every wasm build.
/// `None` when there is no inline module script (a page that was already
/// processed). `prelude` runs first (e.g. `CHOOSE_LOCALE`, or "").
pub fn externalize(
    html: &str,
    base: &str,
    prelude: &str,
    builds: &[WasmBuild],
) -> Option<BootScript> {
    let builds = serde_json::to_string(builds).ok()?;
    let code = format!(
        "{prelude}{}",
        BOOT.replace("__WASM_BUILDS__", &builds).replace(
            "__LAZY_ISLANDS__",
            &format!("{LAZY_ISLANDS:?}").replace('"', "'")
        )
    );
    let file_name = format!("boot-{}.js", fingerprint(code.as_bytes()));
    let tag = format!("<script type=\"module\" src=\"{base}{file_name}\"></script>");
    let replaced = Cell::new(false);
    let page = rewrite(
        html,
        vec![element!(r#"script[type="module"]"#, |el| {
            if !el.has_attribute("src") && !replaced.replace(true) {
                el.replace(&tag, ContentType::Html);
            }
            Ok(())
        })],
    );
    if !replaced.get() {
        return None;
    }
    Some(BootScript {
        html: page,
        file_name,
        code,
    })
}

/// Every island on a rendered page, by its `data-component` name.
pub fn page_islands(page: &str) -> Vec<&str> {
    page.split("<leptos-island")
        .skip(1)
        .filter_map(|tag| {
            let tag = &tag[..tag.find('>').unwrap_or(0)];
            tag.split("data-component=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
        })
        .collect()
}

/// The islands of a rendered page that hydrate at once (not one of boot.js'
/// lazy ones): a page preloads the builds that carry them, and most pages
/// have none.
pub fn eager_islands(page: &str) -> Vec<&str> {
    page_islands(page)
        .into_iter()
        .filter(|component| {
            !LAZY_ISLANDS
                .iter()
                .any(|prefix| component.starts_with(prefix))
        })
        .collect()
}
