//! What several test files share.

use cop_explorer::site::hosting::headers::HeaderRules;

/// The host's rules for a build under /cop/ in English and Arabic: the
/// input of `_headers`, `nginx.conf` and `.htaccess`.
pub fn header_rules() -> HeaderRules<'static> {
    HeaderRules {
        base: "/cop/",
        locale_folders: vec!["".into(), "ar/".into()],
        page_sections: vec!["meeting".into(), "risks".into()],
        widget_sections: vec!["widget".into()],
        fingerprinted_files: vec![
            "app-0123456789abcdef_bg.wasm".into(),
            "ar/app-fedcba9876543210_bg.wasm".into(),
            "ar/search-fedcba9876543210.json".into(),
        ],
        no_cache_files: vec!["sw.js".into()],
        inline_styles: vec!["'sha256-abc='".into()],
    }
}
