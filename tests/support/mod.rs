//! What several test files need to know about the repository: its
//! languages, its interface areas, its source files. Each test file uses
//! some of these.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The six official UN languages: the site is complete in each of them.
/// (A language a partner adds starts with empty texts, shown in English.)
pub const UN_LANGUAGES: [&str; 6] = ["en", "ar", "zh", "fr", "ru", "es"];

/// The published languages other than English (locales/languages.json).
pub fn translations() -> Vec<&'static str> {
    cop_explorer::shared::i18n::LOCALES
        .iter()
        .map(|l| l.code)
        .filter(|code| *code != cop_explorer::shared::i18n::REFERENCE)
        .collect()
}

/// Every interface area: the files of the reference, `locales/en/<area>.json`.
pub fn interface_areas() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(cop_explorer::shared::i18n::REFERENCE);
    let mut areas: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            Some(name.strip_suffix(".json")?.to_string())
        })
        .collect();
    areas.sort();
    areas
}

/// Every `.rs` file under `dir`, its folders included, sorted.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}
