//! The build-time hosting files: boot script extraction, `_headers`, the
//! service worker's precache list and version, and the 404 fallback check.

mod common;

use common::header_rules;
use cop_explorer::shared::base_path::site_path;
use cop_explorer::site::hosting::{
    boot_script::{
        eager_islands, exported_islands, externalize, page_islands, WasmBuild, LAZY_ISLANDS,
    },
    fingerprint::{fingerprint, is_fingerprinted},
    headers::content_security_policy,
    service_worker::{precache_paths, precache_urls, render, version, BuiltFile},
};

/// What trunk 0.21 writes for a library crate (abridged).
const TRUNK_PAGE: &str = "<html><head><base href=\"/cop/\">\n<script type=\"module\">\nimport init, * as bindings from '/cop/app-0123456789abcdef.js';\nconst wasm = await init({ module_or_path: '/cop/app-0123456789abcdef_bg.wasm' });\nwindow.wasmBindings = bindings;\n</script>\n<link rel=\"stylesheet\" href=\"/cop/main.css\"></head><body></body></html>";

/// What wasm-bindgen writes for a build with two islands (abridged).
const BINDGEN_MODULE: &str = "export function GridExplorer_2932147059500011196(el) {\n    wasm.GridExplorer_2932147059500011196(el);\n}\n\nexport function hydrate() {\n    wasm.hydrate();\n}\n\nexport function SelfCheck_12161600808207126253(el) {}\nexport function initSync(module) {}\nexport default __wbg_init;\n";

#[test]
fn a_wasm_build_is_known_by_the_islands_its_module_exports() {
    let build = WasmBuild::read("/cop/", "app-0123456789abcdef.js", BINDGEN_MODULE);
    assert_eq!(build.js, "/cop/app-0123456789abcdef.js");
    assert_eq!(build.wasm, "/cop/app-0123456789abcdef_bg.wasm");
    assert_eq!(
        build.islands,
        [
            "GridExplorer_2932147059500011196",
            "SelfCheck_12161600808207126253"
        ],
        "hydrate, initSync and the default export are not islands"
    );
    assert!(exported_islands("export function hydrate() {}").is_empty());
}

#[test]
fn trunks_start_up_script_becomes_the_fingerprinted_boot_file() {
    let builds = [
        WasmBuild::read("/cop/", "app-0123456789abcdef.js", BINDGEN_MODULE),
        WasmBuild {
            js: "/cop/app-fedcba9876543210.js".into(),
            wasm: "/cop/app-fedcba9876543210_bg.wasm".into(),
            islands: vec!["SearchBox_2662347756260411308".into()],
        },
    ];
    let boot = externalize(TRUNK_PAGE, "/cop/", "", &builds)
        .expect("the page has trunk's start-up script");
    assert!(!boot.html.contains("import init"), "{}", boot.html);
    assert!(boot.html.contains(&format!(
        "<script type=\"module\" src=\"/cop/{}\"></script>",
        boot.file_name
    )));
    // The boot file knows every build, and loads one only when needed.
    assert!(boot.code.contains(
        "const BUILDS = [{\"js\":\"/cop/app-0123456789abcdef.js\",\"wasm\":\"/cop/app-0123456789abcdef_bg.wasm\",\"islands\":[\"GridExplorer_2932147059500011196\",\"SelfCheck_12161600808207126253\"]},{\"js\":\"/cop/app-fedcba9876543210.js\""
    ), "{}", boot.code);
    assert!(boot
        .code
        .contains("const LAZY = ['SearchBox_', 'UpdatePrompt_'];"));
    assert!(!boot.code.contains("__"), "every placeholder is filled");
    assert!(
        boot.code.contains("serviceWorker"),
        "the worker registration is there"
    );
    assert!(is_fingerprinted(&boot.file_name), "{}", boot.file_name);
    // Processing the result again finds nothing to move: building twice is stable.
    assert_eq!(externalize(&boot.html, "/cop/", "", &builds), None);
}

#[test]
fn only_islands_that_start_at_once_count_as_eager() {
    let island =
        |name: &str| format!("<leptos-island data-component=\"{name}_123\" data-props=\"{{}}\">");
    let lazy_only: String = LAZY_ISLANDS
        .iter()
        .map(|p| island(p.trim_end_matches('_')))
        .collect();
    assert!(eager_islands("<main><p>No islands</p></main>").is_empty());
    assert!(eager_islands(&lazy_only).is_empty(), "{lazy_only}");
    assert_eq!(page_islands(&lazy_only).len(), LAZY_ISLANDS.len());
    let page = format!(
        "{lazy_only}{}<p>text</p>{}",
        island("GridExplorer"),
        island("SelfCheck")
    );
    assert_eq!(eager_islands(&page), ["GridExplorer_123", "SelfCheck_123"]);
}

#[test]
fn fingerprints_change_with_the_bytes_and_name_only_hashed_files() {
    assert_eq!(fingerprint(b"abc"), fingerprint(b"abc"));
    assert_ne!(fingerprint(b"abc"), fingerprint(b"abd"));
    assert_eq!(fingerprint(b"").len(), 16);
    for hashed in [
        "main-eed4a4aefdffa75e.css",
        "cop-explorer-eaeca40464cdd0c6_bg.wasm",
        "boot-de759f45a3d06133.js",
    ] {
        assert!(is_fingerprinted(hashed), "{hashed}");
    }
    for plain in [
        "sw.js",
        "favicon.svg",
        "main-EED4A4AEFDFFA75E.css",
        "x-123.js",
        "x-123456789.js",
        "x-0123456789abcdef0.js",
        "-eed4a4aefdffa75e.css",
        "index.html",
    ] {
        assert!(!is_fingerprinted(plain), "{plain}");
    }
}

#[test]
fn headers_give_pages_the_strict_policy_and_widgets_framing() {
    let text = header_rules().render();
    let page_csp = content_security_policy("'self'", &["'sha256-abc='".to_string()]);
    assert!(!page_csp.contains("unsafe-inline"));
    assert!(
        page_csp.contains("style-src 'self' 'sha256-abc=';"),
        "{page_csp}"
    );
    assert!(content_security_policy("'self'", &[]).contains("style-src 'self';"));
    let two = ["'sha256-a='".to_string(), "'sha256-b='".to_string()];
    assert!(
        content_security_policy("'self'", &two)
            .contains("style-src 'self' 'sha256-a=' 'sha256-b=';"),
        "one source per kind of page"
    );
    for path in [
        "/cop/",
        "/cop/index.html",
        "/cop/404.html",
        "/cop/meeting",
        "/cop/meeting/*",
        "/cop/risks/*",
        "/cop/ar/",
        "/cop/ar/index.html",
        "/cop/ar/risks/*",
    ] {
        let block = block(&text, path).unwrap_or_else(|| panic!("no rule for {path}:\n{text}"));
        assert!(
            block.contains(&format!("Content-Security-Policy: {page_csp}")),
            "{path}"
        );
        assert!(block.contains("Cache-Control: no-cache"), "{path}");
    }
    for path in ["/cop/widget/*", "/cop/ar/widget/*"] {
        let widget = block(&text, path).expect("a widget rule per locale");
        assert!(widget.contains("frame-ancestors *"), "{widget}");
    }
    for path in ["/cop/sw.js", "/cop/ar/sw.js"] {
        assert!(
            block(&text, path).is_some_and(|b| b.contains("no-cache")),
            "{path}"
        );
    }
    assert!(block(&text, "/cop/ar/app-fedcba9876543210_bg.wasm")
        .is_some_and(|b| b.contains("immutable")));
    let wasm = block(&text, "/cop/app-0123456789abcdef_bg.wasm").expect("a rule per hashed file");
    assert!(wasm.contains("Cache-Control: public, max-age=31536000, immutable"));
    let all = block(&text, "/cop/*").expect("a rule for everything");
    for header in [
        "X-Content-Type-Options: nosniff",
        "Referrer-Policy:",
        "Permissions-Policy:",
        "Access-Control-Allow-Origin: *",
    ] {
        assert!(all.contains(header), "{header}");
    }
    assert!(
        !all.contains("Content-Security-Policy") && !all.contains("Cache-Control"),
        "headers that differ per path are never on the catch-all rule (hosts would merge them)"
    );
}

/// The header lines of the rule for `path`.
fn block<'a>(text: &'a str, path: &str) -> Option<&'a str> {
    let start = text.find(&format!("\n{path}\n"))? + path.len() + 2;
    let rest = &text[start..];
    Some(&rest[..rest.find("\n\n").unwrap_or(rest.len())])
}

#[test]
fn the_worker_precaches_the_shell_and_main_pages_only() {
    let files = [
        "index.html",
        "404.html",
        "app-0123456789abcdef.js",
        "app-0123456789abcdef_bg.wasm",
        "main-0123456789abcdef.css",
        "favicon.svg",
        "manifest.webmanifest",
        "sw.js",
        "_headers",
        "sitemap.xml",
        "meeting/index.html",
        "partners/itu/index.html",
    ];
    let main = vec!["/".to_string(), "/meeting".to_string()];
    let list = precache_paths(&files, &main);
    assert_eq!(
        list,
        [
            "",
            "404.html",
            "app-0123456789abcdef.js",
            "app-0123456789abcdef_bg.wasm",
            "favicon.svg",
            "main-0123456789abcdef.css",
            "manifest.webmanifest",
            "meeting/"
        ]
    );
}

#[test]
fn a_language_worker_precaches_its_own_pages_and_the_shared_shell() {
    let root = [
        "index.html",
        "404.html",
        "search-0123456789abcdef.json",
        "app-0123456789abcdef.js",
        "app-0123456789abcdef_bg.wasm",
        "main-0123456789abcdef.css",
        "favicon.svg",
        "sw.js",
    ];
    let french = [
        "index.html",
        "404.html",
        "search-fedcba9876543210.json",
        "sw.js",
        "meeting/index.html",
    ];
    let main = vec!["/".to_string(), "/meeting".to_string()];
    let list = precache_urls("/cop/", &root, "/cop/fr/", &french, &main);
    assert_eq!(
        list,
        [
            "/cop/app-0123456789abcdef.js",
            "/cop/app-0123456789abcdef_bg.wasm",
            "/cop/favicon.svg",
            "/cop/fr/",
            "/cop/fr/404.html",
            "/cop/fr/meeting/",
            "/cop/fr/search-fedcba9876543210.json",
            "/cop/main-0123456789abcdef.css",
        ],
        "English's search index and 404 page are not French's business"
    );
    // English lives at the root: its own files and the shell are one folder.
    let english = precache_urls("/", &root, "/", &root, &main);
    assert!(english.contains(&"/search-0123456789abcdef.json".to_string()));
    assert!(english.contains(&"/404.html".to_string()));
    assert!(english.contains(&"/meeting/".to_string()));
}

#[test]
fn the_worker_version_follows_the_files_and_the_script_gets_the_list() {
    let a = version(&[BuiltFile {
        path: "x.js",
        bytes: b"1",
    }]);
    assert_eq!(
        a,
        version(&[BuiltFile {
            path: "x.js",
            bytes: b"1"
        }])
    );
    assert_ne!(
        a,
        version(&[BuiltFile {
            path: "x.js",
            bytes: b"2"
        }])
    );
    assert_ne!(
        a,
        version(&[BuiltFile {
            path: "y.js",
            bytes: b"1"
        }])
    );
    let text = cop_explorer::site::hosting::service_worker::OfflineText {
        lang: "ar",
        dir: "rtl",
        title: "<offline>",
        body: "b",
        home: "h",
    };
    let script = render(
        "/cop/",
        &a,
        &["/cop/".into(), "/cop/meeting/".into()],
        &["/cop/app-0123456789abcdef.js".into()],
        text,
    );
    assert!(script.contains(r#""dir":"rtl""#) && script.contains("&lt;offline&gt;"));
    assert!(
        script.contains("const FAMILY = `cop-explorer:${BASE}:`;"),
        "caches per base"
    );
    assert!(script.contains(&format!("const VERSION = '{a}';")));
    assert!(script.contains("const BASE = \"/cop/\";"));
    assert!(script.contains("const PRECACHE = [\"/cop/\",\"/cop/meeting/\"];"));
    assert!(script.contains("const ON_USE = [\"/cop/app-0123456789abcdef.js\"];"));
    assert!(!script.contains("__"), "no placeholder left");
}

#[test]
fn browser_paths_map_to_site_paths_under_the_base() {
    assert_eq!(
        site_path("/cop", "/cop/meeting/").as_deref(),
        Some("/meeting")
    );
    assert_eq!(site_path("/cop", "/cop/").as_deref(), Some("/"));
    assert_eq!(site_path("/cop", "/cop").as_deref(), Some("/"));
    assert_eq!(
        site_path("/cop", "/cop/risks/index.html").as_deref(),
        Some("/risks")
    );
    assert_eq!(
        site_path("", "/partners/itu").as_deref(),
        Some("/partners/itu")
    );
    assert_eq!(site_path("/cop", "/copper/x"), None);
    assert_eq!(site_path("/cop", "/other/"), None);
}

#[test]
fn the_root_language_script_lists_the_locales_of_the_build() {
    use cop_explorer::site::hosting::boot_script::{choose_locale, CHOOSE_LOCALE};
    let script = choose_locale(&["en", "ar", "pt"]);
    assert!(
        script.contains("const published = ['en', 'ar', 'pt'];"),
        "{script}"
    );
    assert!(!script.contains("PUBLISHED"));
    assert!(
        CHOOSE_LOCALE.contains("cop-explorer-locale"),
        "the key i18n::STORAGE_KEY names"
    );
    assert_eq!(
        cop_explorer::shared::i18n::STORAGE_KEY,
        "cop-explorer-locale"
    );
}
