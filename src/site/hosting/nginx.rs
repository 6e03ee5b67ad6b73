//! `nginx.conf`: the site's locations for nginx, written by the build from
//! the same rules as `_headers` (see `headers::HeaderRules`).
//!
//! nginx has three traps for a static site, and each shaped this file:
//! - `add_header` in a location drops every `add_header` of the levels
//!   above, so each location sets all of its headers;
//! - `types {}` in a location replaces nginx's whole MIME map, so each
//!   location lists the types of the files it serves (`mime::TYPES`);
//! - pages are asked for as `/risks/`, and the index module then looks the
//!   file up again as `/risks/index.html`: the page headers (the CSP) go on a
//!   location for `.html` files, which both requests end in.

use super::headers::{HeaderRules, COMMON, IMMUTABLE, NO_CACHE};
use super::mime;

impl HeaderRules<'_> {
    /// The text of `nginx.conf`, to include in a `server` block.
    pub fn nginx_conf(&self) -> String {
        let base = self.base;
        let mut out = self.generated_notice("nginx.rs");
        out.push_str(&format!(
            "#\n\
             # Include it in a server block whose root holds this folder ({base}):\n\
             #\n\
             #     server {{\n\
             #         listen 80;\n\
             #         root /srv/www;    # this folder is /srv/www{base}\n\
             #         include /srv/www{base}nginx.conf;\n\
             #     }}\n\
             #\n\
             # Each location sets all of its headers and types: in nginx, an add_header\n\
             # or types block in a location replaces those of the levels above it.\n\
             # The .gz copies beside the files are served by gzip_static. Where\n\
             # ngx_brotli's static module is loaded (Debian: libnginx-mod-http-brotli-static),\n\
             # uncomment the brotli_static lines to serve the .br copies too.\n"
        ));
        let page_csp = self.page_csp();
        let widget_csp = self.widget_csp();
        let all_types = mime::TYPES
            .iter()
            .map(|(e, t)| (*e, *t))
            .collect::<Vec<_>>();

        // Every file of a language folder: no-cache, and its own 404 page.
        for folder in self.folders_longest_first() {
            let block = Block::new(&all_types, NO_CACHE, None)
                .line("try_files $uri $uri/ =404;")
                .line(&format!("error_page 404 {base}{folder}404.html;"));
            location(&mut out, &format!("{base}{folder}"), &block);
        }
        // Pages and widgets (after the index module has added index.html).
        let locale = self.locale_pattern();
        let html = [("html", "text/html")];
        let not_found = format!("error_page 404 {base}${{cop_locale}}404.html;");
        for section in &self.widget_sections {
            let block = Block::new(&html, NO_CACHE, Some(&widget_csp))
                .line("try_files $uri =404;")
                .line(&not_found);
            let pattern = format!("~ \"^{}{locale}{section}/.*\\.html$\"", regex_quote(base));
            location(&mut out, &pattern, &block);
        }
        let block = Block::new(&html, NO_CACHE, Some(&page_csp))
            .line("try_files $uri =404;")
            .line(&not_found);
        let pattern = format!("~ \"^{}{locale}.*\\.html$\"", regex_quote(base));
        location(&mut out, &pattern, &block);

        // Files whose names carry a hash never change.
        for file in &self.fingerprinted_files {
            let Some(content_type) = mime::content_type(file) else {
                continue;
            };
            let ext = mime::extension(file).unwrap_or_default();
            let block = Block::new(&[(ext, content_type)], IMMUTABLE, None);
            location(&mut out, &format!("= {base}{file}"), &block);
        }
        out
    }

    /// "ar/", "zh/", ... and "" last (longest first reads best; nginx picks
    /// the longest matching prefix whatever the order).
    fn folders_longest_first(&self) -> Vec<&str> {
        let mut folders: Vec<&str> = self.locale_folders.iter().map(String::as_str).collect();
        folders.sort_by_key(|f| std::cmp::Reverse(f.len()));
        folders
    }

    /// A regex group that captures the language folder ("ar/") or nothing,
    /// as `$cop_locale`.
    fn locale_pattern(&self) -> String {
        let codes: Vec<String> = self
            .language_folders()
            .into_iter()
            .map(regex_quote)
            .collect();
        if codes.is_empty() {
            "(?<cop_locale>)".to_string()
        } else {
            format!("(?<cop_locale>(?:{})?)", codes.join("|"))
        }
    }
}

/// The directives of one location.
struct Block {
    lines: Vec<String>,
}

impl Block {
    /// Types, headers and compression for files of `types`.
    fn new(types: &[(&str, &str)], cache_control: &str, csp: Option<&str>) -> Block {
        let mut lines = Vec::new();
        let listed: Vec<String> = types.iter().map(|(e, t)| format!("{t} {e};")).collect();
        lines.push(format!("types {{ {} }}", listed.join(" ")));
        lines.push("default_type application/octet-stream;".into());
        lines.push("charset utf-8;".into());
        // text/html always gets its charset and is always compressed.
        let beside_html = |types: Vec<&'static str>| -> String {
            let rest: Vec<&str> = types.into_iter().filter(|t| *t != "text/html").collect();
            rest.join(" ")
        };
        lines.push(format!(
            "charset_types {};",
            beside_html(mime::charset_types())
        ));
        lines.push("absolute_redirect off;".into());
        for (name, value) in COMMON {
            lines.push(add_header(name, value));
        }
        lines.push(add_header("Cache-Control", cache_control));
        if let Some(csp) = csp {
            lines.push(add_header("Content-Security-Policy", csp));
        }
        lines.push("gzip_static on;".into());
        lines.push("# brotli_static on;".into());
        lines.push("gzip on;".into());
        lines.push("gzip_vary on;".into());
        lines.push(format!(
            "gzip_types {};",
            beside_html(mime::compressible_types())
        ));
        Block { lines }
    }

    fn line(mut self, line: &str) -> Block {
        self.lines.push(line.to_string());
        self
    }
}

fn add_header(name: &str, value: &str) -> String {
    format!("add_header {name} \"{value}\" always;")
}

fn location(out: &mut String, matcher: &str, block: &Block) {
    out.push_str(&format!("\nlocation {matcher} {{\n"));
    for line in &block.lines {
        out.push_str("    ");
        out.push_str(line);
        out.push('\n');
    }
    out.push_str("}\n");
}

/// `text` with the characters that mean something in a PCRE quoted.
fn regex_quote(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if "\\.+*?()|[]{}^$".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
