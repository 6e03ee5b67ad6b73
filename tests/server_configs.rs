//! The server configs the build writes beside `_headers` (`nginx.conf`,
//! `.htaccess`), the content types they share, and the precompressed
//! copies. tests/e2e/servers.test.mjs runs both configs in Debian's nginx
//! and Apache.

mod common;

use std::io::Read;

use common::header_rules;

use cop_explorer::site::hosting::{
    fingerprint::is_fingerprinted,
    headers::{content_security_policy, HeaderRules},
    mime, precompress,
};

/// The directives of nginx's `location <matcher> { ... }`.
fn nginx_location<'a>(conf: &'a str, matcher: &str) -> &'a str {
    let start = conf
        .find(&format!("\nlocation {matcher} {{\n"))
        .unwrap_or_else(|| panic!("no location {matcher}:\n{conf}"));
    let rest = &conf[start..];
    &rest[..rest.find("\n}\n").expect("a closed block")]
}

#[test]
fn nginx_gives_every_location_its_types_headers_and_compression() {
    let conf = header_rules().nginx_conf();
    assert_eq!(conf.matches('{').count(), conf.matches('}').count());
    let page_csp = content_security_policy("'self'", &["'sha256-abc='".to_string()]);
    let widget_csp = content_security_policy("*", &["'sha256-abc='".to_string()]);
    for (matcher, not_found) in [("/cop/", "/cop/404.html"), ("/cop/ar/", "/cop/ar/404.html")] {
        let block = nginx_location(&conf, matcher);
        assert!(
            block.contains(&format!("error_page 404 {not_found};")),
            "{block}"
        );
        assert!(block.contains("try_files $uri $uri/ =404;"), "{block}");
        // A types block replaces nginx's map: it must name every type the build writes.
        for (ext, content_type) in mime::TYPES {
            assert!(
                block.contains(&format!("{content_type} {ext};")),
                "{ext} in {matcher}"
            );
        }
        assert!(block.contains("add_header Cache-Control \"no-cache\" always;"));
        assert!(
            !block.contains("Content-Security-Policy"),
            "files get no page policy"
        );
    }
    let widgets = nginx_location(
        &conf,
        r#"~ "^/cop/(?<cop_locale>(?:ar/)?)widget/.*\.html$""#,
    );
    let pages = nginx_location(&conf, r#"~ "^/cop/(?<cop_locale>(?:ar/)?).*\.html$""#);
    assert!(
        conf.find(widgets).unwrap() < conf.find(pages).unwrap(),
        "nginx takes the first regex that matches: widgets before pages"
    );
    assert!(widgets.contains(&format!(
        "add_header Content-Security-Policy \"{widget_csp}\" always;"
    )));
    assert!(pages.contains(&format!(
        "add_header Content-Security-Policy \"{page_csp}\" always;"
    )));
    for block in [widgets, pages] {
        assert!(
            block.contains("error_page 404 /cop/${cop_locale}404.html;"),
            "{block}"
        );
        assert!(block.contains("types { text/html html; }"), "{block}");
    }
    for file in &header_rules().fingerprinted_files {
        let block = nginx_location(&conf, &format!("= /cop/{file}"));
        assert!(block
            .contains("add_header Cache-Control \"public, max-age=31536000, immutable\" always;"));
    }
    assert!(nginx_location(&conf, "= /cop/app-0123456789abcdef_bg.wasm")
        .contains("types { application/wasm wasm; }"));
    // Every location sets all the common headers and serves the .gz copies.
    let locations = conf.matches("\nlocation ").count();
    assert_eq!(locations, 2 + 2 + 3, "{conf}");
    for directive in [
        "add_header X-Content-Type-Options \"nosniff\" always;",
        "add_header Referrer-Policy \"no-referrer\" always;",
        "add_header Access-Control-Allow-Origin \"*\" always;",
        "gzip_static on;",
        "absolute_redirect off;",
    ] {
        assert_eq!(conf.matches(directive).count(), locations, "{directive}");
    }
    assert!(conf.contains("charset_types text/css text/javascript application/json"));
}

#[test]
fn nginx_at_the_root_has_one_location_per_language_folder() {
    let rules = HeaderRules {
        base: "/",
        ..header_rules()
    };
    let conf = rules.nginx_conf();
    assert!(nginx_location(&conf, "/").contains("error_page 404 /404.html;"));
    assert!(nginx_location(&conf, "/ar/").contains("error_page 404 /ar/404.html;"));
    nginx_location(&conf, r#"~ "^/(?<cop_locale>(?:ar/)?).*\.html$""#);
}

#[test]
fn htaccess_needs_only_fileinfo_and_guards_each_module() {
    let text = header_rules().htaccess();
    let mut depth = 0;
    let mut inside_module = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.starts_with("<IfModule") {
            depth += 1;
        } else if line == "</IfModule>" {
            depth -= 1;
        } else if !line.is_empty() && !line.starts_with('#') {
            inside_module.push((line, depth > 0));
        }
    }
    assert_eq!(depth, 0);
    for (line, guarded) in &inside_module {
        let directive = line.split_whitespace().next().unwrap_or_default();
        // Directives of optional modules only inside <IfModule>.
        if [
            "Header",
            "Rewrite",
            "AddType",
            "AddEncoding",
            "AddCharset",
            "RemoveType",
            "AddOutputFilterByType",
        ]
        .iter()
        .any(|d| directive.starts_with(d))
        {
            assert!(guarded, "{line}");
        }
        // AllowOverride Options or Indexes would be needed for these.
        for needs_more in ["Options", "DirectoryIndex", "Expires"] {
            assert!(!directive.starts_with(needs_more), "{line}");
        }
    }
    assert!(text.contains("ErrorDocument 404 /cop/404.html\n"));
    assert!(text.contains(
        "<If \"%{REQUEST_URI} =~ m#^/cop/ar/#\">\n    ErrorDocument 404 /cop/ar/404.html\n</If>"
    ));
    let page_csp = content_security_policy("'self'", &["'sha256-abc='".to_string()]);
    assert!(text.contains(&format!(
        "Header always set Content-Security-Policy \"{page_csp}\""
    )));
    assert!(text.contains("m#^/cop/(?:ar/)?widget/#"));
    assert!(text.contains("AddType application/wasm .wasm"));
    assert!(text.contains("RemoveType .gz\n    AddEncoding gzip .gz"));
    assert!(text.contains(
        "RewriteCond \"%{REQUEST_FILENAME}.br\" -f\n    RewriteRule \"^(.+)$\" \"$1.br\" [END]"
    ));
}

#[test]
fn one_content_type_table_knows_what_to_compress_and_serve() {
    let mut exts: Vec<&str> = mime::TYPES.iter().map(|(e, _)| *e).collect();
    exts.sort_unstable();
    exts.dedup();
    assert_eq!(exts.len(), mime::TYPES.len(), "each extension once");
    assert_eq!(
        mime::content_type("ar/search-0123456789abcdef.json"),
        Some("application/json")
    );
    assert_eq!(
        mime::content_type("app-1_bg.wasm"),
        Some("application/wasm")
    );
    assert_eq!(mime::content_type("LICENSE"), None);
    assert_eq!(mime::content_type(".htaccess"), None);
    assert!(mime::is_compressible("application/wasm") && !mime::is_compressible("image/png"));
    assert!(mime::has_charset("text/html") && !mime::has_charset("image/svg+xml"));
    assert!(!mime::has_charset("application/wasm"));
    for not_served in [
        "nginx.conf",
        ".htaccess",
        "_headers",
        "risks/index.html.br",
        "app_bg.wasm.gz",
    ] {
        assert!(!mime::is_served(not_served), "{not_served}");
    }
    assert!(mime::is_served("risks/index.html"));
    // The .br copy of a hashed file is not itself listed as hashed.
    assert!(!is_fingerprinted("app-0123456789abcdef_bg.wasm.br"));
}

#[test]
fn the_copies_decompress_to_the_same_bytes_and_only_text_and_wasm_get_them() {
    let page = "<!doctype html><p>Child online protection</p>".repeat(40);
    let (br, gz) = precompress::compress(page.as_bytes());
    assert!(br.len() < page.len() / 4 && gz.len() < page.len() / 4);
    let mut back = Vec::new();
    brotli::Decompressor::new(br.as_slice(), 4096)
        .read_to_end(&mut back)
        .unwrap();
    assert_eq!(back, page.as_bytes());
    let mut back = Vec::new();
    flate2::read::GzDecoder::new(gz.as_slice())
        .read_to_end(&mut back)
        .unwrap();
    assert_eq!(back, page.as_bytes());
    assert!(precompress::wants_copies("risks/index.html", 20_000));
    assert!(precompress::wants_copies("app-1_bg.wasm", 100_000));
    assert!(!precompress::wants_copies("icon-192.png", 20_000));
    assert!(!precompress::wants_copies("risks/index.html.br", 20_000));
    assert!(
        !precompress::wants_copies("robots.txt", 40),
        "too small to gain a packet"
    );
}
