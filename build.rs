//! Picks this build's locale from its `lang-*` feature (English without one)
//! and passes it on as `COP_LOCALE`: the `t!` macros and the content loader
//! read it, so that each locale's wasm holds only its own language.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::Path;

/// The locales besides English, each with a `lang-<code>` feature.
const OTHER_LOCALES: [&str; 5] = ["ar", "zh", "fr", "ru", "es"];

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");
    let chosen: Vec<&str> = OTHER_LOCALES
        .into_iter()
        .filter(|code| {
            std::env::var_os(format!("CARGO_FEATURE_LANG_{}", code.to_uppercase())).is_some()
        })
        .collect();
    let locale = match chosen.as_slice() {
        [] => "en",
        [one] => one,
        many => panic!("choose one lang-* feature, not {many:?}"),
    };
    println!("cargo::rustc-env=COP_LOCALE={locale}");
    // The macros read locales/ themselves, which cargo cannot see: a digest
    // of the files makes any edit recompile the crate.
    println!(
        "cargo::rustc-env=COP_STRINGS_DIGEST={:x}",
        digest(Path::new("locales"))
    );
}

fn digest(dir: &Path) -> u64 {
    let mut files: Vec<_> = walk(dir);
    files.sort();
    let mut hasher = DefaultHasher::new();
    for file in files {
        file.hash(&mut hasher);
        std::fs::read(&file).unwrap_or_default().hash(&mut hasher);
    }
    hasher.finish()
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}
