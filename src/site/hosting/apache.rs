//! `.htaccess`: the site's rules for Apache 2.4, written by the build from
//! the same rules as `_headers` (see `headers::HeaderRules`). Shared hosting
//! reads it from the uploaded folder.
//!
//! It needs `AllowOverride FileInfo` and nothing more (no `Options`, no
//! `DirectoryIndex`: a directive the host does not allow would turn every
//! answer into a 500). Each module's part sits in an `<IfModule>`, so a
//! host without mod_headers or mod_rewrite still serves the site.

use super::headers::{HeaderRules, COMMON, IMMUTABLE, NO_CACHE};
use super::mime;

impl HeaderRules<'_> {
    /// The text of `.htaccess`, for the folder that is `base` on the host.
    pub fn htaccess(&self) -> String {
        let mut out = self.generated_notice("apache.rs");
        out.push_str("# Apache 2.4 reads it where the host allows \"AllowOverride FileInfo\".\n");
        self.not_found_pages(&mut out);
        types(&mut out);
        precompressed(&mut out, self.base);
        self.headers(&mut out);
        deflate(&mut out);
        out
    }

    /// Each language folder answers an unknown address with its own 404 page.
    fn not_found_pages(&self, out: &mut String) {
        let base = self.base;
        out.push_str(&format!("\nErrorDocument 404 {base}404.html\n"));
        for folder in self.language_folders() {
            out.push_str(&format!(
                "<If \"%{{REQUEST_URI}} =~ m#^{base}{folder}#\">\n    ErrorDocument 404 {base}{folder}404.html\n</If>\n"
            ));
        }
    }

    fn headers(&self, out: &mut String) {
        let page_csp = self.page_csp();
        let widget_csp = self.widget_csp();
        let copies = copy_suffix();
        out.push_str("\n<IfModule mod_headers.c>\n");
        for (name, value) in COMMON {
            out.push_str(&format!("    {}\n", set_header(name, value)));
        }
        out.push_str(&format!("    {}\n", set_header("Cache-Control", NO_CACHE)));
        // Pages, then widgets: Apache applies <If> after <FilesMatch>.
        out.push_str(&format!(
            "    <FilesMatch \"\\.html{copies}$\">\n        {}\n    </FilesMatch>\n",
            set_header("Content-Security-Policy", &page_csp)
        ));
        let folders = self.language_folders();
        for section in &self.widget_sections {
            out.push_str(&format!(
                "    <If \"%{{REQUEST_URI}} =~ m#^{}(?:{})?{section}/#\">\n        {}\n    </If>\n",
                self.base,
                folders.join("|"),
                set_header("Content-Security-Policy", &widget_csp)
            ));
        }
        // The names `fingerprint::is_fingerprinted` accepts.
        out.push_str(&format!(
            "    <FilesMatch \"^.+-[0-9a-f]{{10,16}}(_bg)?\\.[A-Za-z0-9]+{copies}$\">\n        {}\n    </FilesMatch>\n",
            set_header("Cache-Control", IMMUTABLE)
        ));
        let compressible: Vec<&str> = mime::TYPES
            .iter()
            .filter(|(_, t)| mime::is_compressible(t))
            .map(|(e, _)| *e)
            .collect();
        out.push_str(&format!(
            "    <FilesMatch \"\\.({}){copies}$\">\n        Header merge Vary Accept-Encoding\n    </FilesMatch>\n",
            compressible.join("|")
        ));
        out.push_str("</IfModule>\n");
    }
}

/// Content types by extension, and the copies' encodings. Debian's
/// mime.types names `.gz` a type of its own, which would replace the type of
/// `app.wasm.gz`: RemoveType leaves only the encoding.
fn types(out: &mut String) {
    out.push_str("\n<IfModule mod_mime.c>\n");
    for (ext, content_type) in mime::TYPES {
        out.push_str(&format!("    AddType {content_type} .{ext}\n"));
    }
    let with_charset: Vec<String> = mime::TYPES
        .iter()
        .filter(|(_, t)| mime::has_charset(t))
        .map(|(e, _)| format!(".{e}"))
        .collect();
    out.push_str(&format!(
        "    AddCharset utf-8 {}\n",
        with_charset.join(" ")
    ));
    for (ext, encoding) in mime::ENCODINGS {
        out.push_str(&format!(
            "    RemoveType .{ext}\n    AddEncoding {encoding} .{ext}\n"
        ));
    }
    out.push_str("</IfModule>\n");
}

/// The `.br` and `.gz` copies the build wrote, for browsers that accept them.
fn precompressed(out: &mut String, base: &str) {
    out.push_str(&format!(
        "\n<IfModule mod_rewrite.c>\n    RewriteEngine On\n    RewriteBase {base}\n"
    ));
    for (ext, encoding) in mime::ENCODINGS {
        out.push_str(&format!(
            "    RewriteCond \"%{{HTTP:Accept-Encoding}}\" \"\\b{encoding}\\b\"\n    \
             RewriteCond \"%{{REQUEST_FILENAME}}.{ext}\" -f\n    \
             RewriteRule \"^(.+)$\" \"$1.{ext}\" [END]\n"
        ));
    }
    out.push_str("</IfModule>\n");
}

/// Compression on the fly, for whatever has no copy (or a host without
/// mod_rewrite).
fn deflate(out: &mut String) {
    out.push_str(&format!(
        "\n<IfModule mod_filter.c>\n<IfModule mod_deflate.c>\n    AddOutputFilterByType DEFLATE {}\n</IfModule>\n</IfModule>\n",
        mime::compressible_types().join(" ")
    ));
}

/// A regex group for the optional `.br` / `.gz` of a copy.
fn copy_suffix() -> String {
    let exts: Vec<&str> = mime::ENCODINGS.iter().map(|(e, _)| *e).collect();
    format!("(\\.({}))?", exts.join("|"))
}

fn set_header(name: &str, value: &str) -> String {
    format!("Header always set {name} \"{value}\"")
}
