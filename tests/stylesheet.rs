//! The stylesheet that every page inlines is minified, and keeps the modern
//! syntax the site relies on (logical properties for right-to-left, `:has`,
//! print rules) as written.

use cop_explorer::site::stylesheet::minify;

#[test]
fn minifying_drops_comments_and_spacing_and_keeps_modern_syntax() {
    let css = "/* Header */\n.site-header:not(:has(+ main)) {\n  visibility: hidden;\n}\n\
               .card {\n  margin-inline-start: 1rem;\n  padding-block: 0.5rem 0.5rem;\n  color: #ffffff;\n}\n\
               @media print {\n  .no-print { display: none; }\n}\n";
    let min = minify(css).expect("valid CSS");
    assert!(!min.contains("Header") && !min.contains('\n'), "{min}");
    assert!(min.contains(".site-header:not(:has(+main))"), "{min}");
    assert!(
        min.contains("margin-inline-start:1rem"),
        "not lowered to left/right: {min}"
    );
    assert!(
        min.contains("@media print{.no-print{display:none}}"),
        "{min}"
    );
    assert!(
        min.contains("color:#fff") && min.contains("padding-block:.5rem}"),
        "values shortened: {min}"
    );
}

#[test]
fn the_sites_stylesheet_minifies_to_less_and_again_to_the_same() {
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css"))
        .expect("style/main.css");
    let once = minify(&source).expect("the site's stylesheet parses");
    assert!(
        once.len() * 10 < source.len() * 8,
        "{} -> {} bytes",
        source.len(),
        once.len()
    );
    // The prerenderer may run on a build whose file it already minified.
    assert_eq!(minify(&once).expect("minified CSS parses"), once);
}

#[test]
fn a_broken_stylesheet_stops_the_build_with_a_reason() {
    let error = minify(".a { color: red; } }}} @media {").expect_err("not CSS");
    assert!(
        error.starts_with("the stylesheet does not parse"),
        "{error}"
    );
}
