//! The layout's rules (README, "Layout"): where code runs is the folder it
//! is in, and only the `hydrate` and `ssr` features say so in code.
//!
//! - `src/shared/` runs on both sides: no `web_sys`, `js_sys` or
//!   `wasm_bindgen`, and no file system outside its tests;
//! - `src/site/` is never in a browser build, so it never asks;
//! - the folders depend one way: `site` on `browser` and `shared`,
//!   `browser` on `shared`, `shared` on neither;
//! - no `target_arch` cfg anywhere in `src/`;
//! - no source file over 400 lines.

use std::fs;
use std::path::Path;

mod support;
use support::rust_files;

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A file's code before its `#[cfg(test)]` module (tests may read files).
fn code_before_tests(text: &str) -> &str {
    text.split("#[cfg(test)]").next().unwrap_or(text)
}

/// Files under `dir` whose code (or, with `with_tests`, whole text)
/// contains any of `words`, as "path: word".
fn offenders(dir: &str, words: &[&str], with_tests: bool) -> Vec<String> {
    let mut found = Vec::new();
    for path in rust_files(Path::new(dir)) {
        let text = read(&path);
        let code = if with_tests {
            text.as_str()
        } else {
            code_before_tests(&text)
        };
        for word in words.iter().filter(|word| code.contains(*word)) {
            found.push(format!("{}: {word}", path.display()));
        }
    }
    found
}

#[test]
fn shared_code_touches_neither_the_browser_nor_the_file_system() {
    let found = offenders(
        "src/shared",
        &["web_sys", "js_sys", "wasm_bindgen", "std::fs", "fs::read"],
        false,
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_folders_depend_one_way() {
    let mut found = offenders("src/shared", &["crate::browser", "crate::site"], true);
    found.extend(offenders("src/browser", &["crate::site"], true));
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn site_code_never_runs_in_a_browser_build_so_never_asks() {
    let found = offenders("src/site", &["feature = \"hydrate\""], true);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn only_the_features_say_where_code_runs() {
    let found = offenders("src", &["target_arch"], true);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn no_source_file_is_over_400_lines() {
    let long: Vec<String> = rust_files(Path::new("src"))
        .into_iter()
        .map(|path| (read(&path).lines().count(), path))
        .filter(|(lines, _)| *lines > 400)
        .map(|(lines, path)| format!("{}: {lines} lines", path.display()))
        .collect();
    assert!(long.is_empty(), "{}", long.join("\n"));
}

#[test]
fn the_checks_see_what_they_look_for() {
    // Guards against a check that cannot fail: the words are in the tree.
    assert!(!offenders("src/browser", &["web_sys"], true).is_empty());
    assert!(!offenders("src/shared", &["feature = \"hydrate\""], true).is_empty());
    assert!(
        !offenders("src/shared", &["std::fs"], true).is_empty(),
        "a shared test reads files"
    );
}
