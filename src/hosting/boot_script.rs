//! trunk writes the code that starts the wasm as an inline
//! `<script type="module">` in the page. A strict Content Security Policy
//! (`script-src 'self'`) blocks inline scripts, so the build moves that code
//! into a fingerprinted file, adds the service worker registration to it,
//! and leaves a `<script type="module" src>` in its place.

use super::fingerprint::fingerprint;

const OPEN: &str = "<script type=\"module\">";
const CLOSE: &str = "</script>";
/// Appended to trunk's start-up code: registers the service worker.
const REGISTER_SERVICE_WORKER: &str = include_str!("register_sw.js");
/// Prepended on the English pages (the site root): sends a visitor whose
/// stored or browser language is another published locale to that locale's
/// home page, before the wasm starts loading.
pub const CHOOSE_LOCALE: &str = include_str!("choose_locale.js");

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BootScript {
    /// The page with the inline script replaced by a reference to `file_name`.
    pub html: String,
    /// e.g. "boot-0123456789abcdef.js", to be written next to index.html.
    pub file_name: String,
    pub code: String,
}

/// Moves the first inline module script of `html` into a boot file served
/// from `base` (e.g. "/cop/"). `None` when there is no inline module script
/// left (a page that was already processed).
/// `prelude` runs first (e.g. `CHOOSE_LOCALE`, or "").
pub fn externalize(html: &str, base: &str, prelude: &str) -> Option<BootScript> {
    let start = html.find(OPEN)?;
    let code_start = start + OPEN.len();
    let code_end = code_start + html[code_start..].find(CLOSE)?;
    let code = format!(
        "{prelude}{}\n{REGISTER_SERVICE_WORKER}",
        html[code_start..code_end].trim()
    );
    let file_name = format!("boot-{}.js", fingerprint(code.as_bytes()));
    let tag = format!("<script type=\"module\" src=\"{base}{file_name}\"></script>");
    let mut page = html.to_string();
    page.replace_range(start..code_end + CLOSE.len(), &tag);
    Some(BootScript {
        html: page,
        file_name,
        code,
    })
}
