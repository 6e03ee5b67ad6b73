//! The page's one script. trunk writes the code that starts the wasm as an
//! inline `<script type="module">`; a strict Content Security Policy
//! (`script-src 'self'`) blocks inline scripts, and most pages need no wasm
//! at all. So the build replaces trunk's script with a fingerprinted file
//! made from `boot.js`, which loads the wasm only for a page's islands (see
//! that file), and leaves a `<script type="module" src>` in its place.

use super::fingerprint::fingerprint;

const OPEN: &str = "<script type=\"module\">";
const CLOSE: &str = "</script>";
const BOOT: &str = include_str!("boot.js");
/// Islands that boot.js hydrates on demand, by their component name's prefix.
pub const LAZY_ISLANDS: [&str; 2] = ["SearchBox_", "UpdatePrompt_"];
/// Prepended on the English pages (the site root): sends a visitor whose
/// stored or browser language is another published locale to that locale's
/// home page, before anything else runs.
pub const CHOOSE_LOCALE: &str = include_str!("choose_locale.js");

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BootScript {
    /// The page with the inline script replaced by a reference to `file_name`.
    pub html: String,
    /// e.g. "boot-0123456789abcdef.js", to be written next to index.html.
    pub file_name: String,
    pub code: String,
    /// The wasm-bindgen JS module and the wasm file that trunk built.
    pub js_module: String,
    pub wasm_file: String,
}

/// Replaces the first inline module script of `html` (trunk's) with a boot
/// file served from `base` (e.g. "/cop/"). `None` when there is no inline
/// module script naming the wasm (a page that was already processed).
/// `prelude` runs first (e.g. `CHOOSE_LOCALE`, or "").
pub fn externalize(html: &str, base: &str, prelude: &str) -> Option<BootScript> {
    let start = html.find(OPEN)?;
    let code_start = start + OPEN.len();
    let code_end = code_start + html[code_start..].find(CLOSE)?;
    let trunk_code = &html[code_start..code_end];
    let js_module = quoted_after(trunk_code, " from ")?;
    let wasm_file = quoted_after(trunk_code, "module_or_path:")?;
    let code = format!(
        "{prelude}{}",
        BOOT.replace("__JS_MODULE__", &js_module)
            .replace("__WASM_FILE__", &wasm_file)
            .replace(
                "__LAZY_ISLANDS__",
                &format!("{LAZY_ISLANDS:?}").replace('"', "'")
            )
    );
    let file_name = format!("boot-{}.js", fingerprint(code.as_bytes()));
    let tag = format!("<script type=\"module\" src=\"{base}{file_name}\"></script>");
    let mut page = html.to_string();
    page.replace_range(start..code_end + CLOSE.len(), &tag);
    Some(BootScript {
        html: page,
        file_name,
        code,
        js_module,
        wasm_file,
    })
}

/// The first quoted string ('...' or "...") after `marker` in `code`.
fn quoted_after(code: &str, marker: &str) -> Option<String> {
    let rest = code[code.find(marker)? + marker.len()..].trim_start();
    let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let inner = &rest[1..];
    Some(inner[..inner.find(quote)?].to_string())
}

/// Whether a rendered page has an island that hydrates at once (not one of
/// boot.js' lazy ones): only such pages preload the wasm's JS module.
pub fn has_eager_island(page: &str) -> bool {
    page.match_indices("<leptos-island").any(|(at, _)| {
        let tag = &page[at..at + page[at..].find('>').unwrap_or(0)];
        let component = tag
            .split("data-component=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or("");
        !LAZY_ISLANDS
            .iter()
            .any(|prefix| component.starts_with(prefix))
    })
}
