//! The site's stylesheet as pages carry it: minified by lightningcss (the
//! minifier trunk itself uses), since every page inlines all of it and its
//! comments and spacing were a quarter of its compressed bytes.

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
