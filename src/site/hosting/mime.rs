//! The content types of the files the build writes: one table for the
//! server configs (nginx, Apache) and the precompressed copies, so that a
//! new kind of file cannot reach a server that would send it as
//! `application/octet-stream` (or, with nginx's `types {}`, as text/plain).

/// Every file extension the build writes, with its content type.
pub const TYPES: &[(&str, &str)] = &[
    ("html", "text/html"),
    ("css", "text/css"),
    ("js", "text/javascript"),
    ("mjs", "text/javascript"),
    ("wasm", "application/wasm"),
    ("json", "application/json"),
    ("webmanifest", "application/manifest+json"),
    ("xml", "application/xml"),
    ("txt", "text/plain"),
    ("svg", "image/svg+xml"),
    ("png", "image/png"),
    ("ico", "image/x-icon"),
];

/// Files that carry no content type because no browser asks for them:
/// the server configs themselves and the precompressed copies (served in
/// place of the file they copy, with that file's type).
pub const NOT_SERVED: &[&str] = &["_headers", "nginx.conf", ".htaccess"];
/// The extensions of precompressed copies, with their `Content-Encoding`.
pub const ENCODINGS: &[(&str, &str)] = &[("br", "br"), ("gz", "gzip")];

/// The extension of a file name ("wasm" for "app-1_bg.wasm"), if any.
pub fn extension(file_name: &str) -> Option<&str> {
    let name = file_name.rsplit('/').next().unwrap_or(file_name);
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => Some(ext),
        _ => None,
    }
}

/// The content type of a file, without parameters.
pub fn content_type(file_name: &str) -> Option<&'static str> {
    let ext = extension(file_name)?;
    TYPES.iter().find(|(e, _)| *e == ext).map(|(_, t)| *t)
}

/// Types that are text: servers add `charset=utf-8` (every text file the
/// build writes is UTF-8) and compress them.
pub fn is_text(content_type: &str) -> bool {
    content_type.starts_with("text/")
        || matches!(
            content_type,
            "application/json" | "application/manifest+json" | "application/xml" | "image/svg+xml"
        )
}

/// Types worth compressing: text, and wasm (which brotli shrinks to about a
/// third). PNG and ICO are compressed already.
pub fn is_compressible(content_type: &str) -> bool {
    is_text(content_type) || content_type == "application/wasm"
}

/// Text types whose `Content-Type` names the charset. SVG is left out, as
/// most servers do (its XML declaration names it).
pub fn has_charset(content_type: &str) -> bool {
    is_text(content_type) && content_type != "image/svg+xml"
}

/// Types that compress, in the table's order, once each.
pub fn compressible_types() -> Vec<&'static str> {
    types_where(is_compressible)
}

/// Types that name their charset, in the table's order, once each.
pub fn charset_types() -> Vec<&'static str> {
    types_where(has_charset)
}

fn types_where(keep: fn(&str) -> bool) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for (_, t) in TYPES {
        if keep(t) && !out.contains(t) {
            out.push(t);
        }
    }
    out
}

/// Whether a file of the build is one a browser may ask for by its name
/// (not a server config, not a precompressed copy).
pub fn is_served(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    !NOT_SERVED.contains(&name) && !is_precompressed_copy(name)
}

/// Whether a file is the `.br` or `.gz` copy that the build wrote.
pub fn is_precompressed_copy(path: &str) -> bool {
    extension(path).is_some_and(|ext| ENCODINGS.iter().any(|(e, _)| *e == ext))
}
