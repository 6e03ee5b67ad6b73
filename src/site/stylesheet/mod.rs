//! The site's stylesheet as pages carry it: minified by lightningcss (the
//! minifier trunk itself uses), and inlined in each page with only the rules
//! that page uses (`critical`).

pub mod critical;
pub mod pages;
pub mod vocabulary;

use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};

/// `css` minified: no comments or spacing, shorter values. Modern syntax
/// (logical properties, `:has`, nesting) is kept as written: no browser
/// targets are given, so nothing is lowered.
pub fn minify(css: &str) -> Result<String, String> {
    let mut sheet = StyleSheet::parse(css, ParserOptions::default())
        .map_err(|e| format!("the stylesheet does not parse: {e}"))?;
    sheet
        .minify(MinifyOptions::default())
        .map_err(|e| format!("the stylesheet cannot be minified: {e}"))?;
    let printed = sheet
        .to_css(PrinterOptions {
            minify: true,
            ..PrinterOptions::default()
        })
        .map_err(|e| format!("the stylesheet cannot be printed: {e}"))?;
    Ok(printed.code)
}

/// The Content Security Policy source that allows an inline `<style>` with
/// exactly `css`: `'sha256-<base64>'`.
pub fn csp_hash_source(css: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha256::digest(css.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}
