//! Picks this build's locale from its `lang-*` feature (English without one)
//! and passes it on as `COP_LOCALE`: the `t!` macros read it, so that each
//! locale's wasm holds only its own language. Also writes that locale's
//! content to `$OUT_DIR/content/bundle.json`, gaps filled from English and
//! listed under "fallbacks" (see src/content/fallback.rs).

#[path = "src/content/fallback.rs"]
mod fallback;

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::Path;

/// The locales besides English, each with a `lang-<code>` feature.
const OTHER_LOCALES: [&str; 5] = ["ar", "zh", "fr", "ru", "es"];

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-changed=src/content/fallback.rs");
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
    // The languages this build of the site publishes (scripts/build.sh sets
    // COP_LOCALES; all six by default): the switcher links only to those.
    println!("cargo::rerun-if-env-changed=COP_LOCALES");
    let published = std::env::var("COP_LOCALES").unwrap_or_default();
    let published: Vec<&str> = published
        .split([' ', ','])
        .filter(|c| !c.is_empty())
        .collect();
    if let Some(unknown) = published
        .iter()
        .find(|c| **c != "en" && !OTHER_LOCALES.contains(c))
    {
        panic!("COP_LOCALES: unknown locale {unknown}");
    }
    if !published.is_empty() && !published.contains(&locale) {
        panic!("COP_LOCALES ({published:?}) does not include this build's locale {locale}");
    }
    println!("cargo::rustc-env=COP_PUBLISHED={}", published.join(" "));
    // The macros read locales/ themselves, which cargo cannot see: a digest
    // of the files makes any edit recompile the crate.
    println!(
        "cargo::rustc-env=COP_STRINGS_DIGEST={:x}",
        digest(Path::new("locales"))
    );
    write_content(locale);
}

fn read_json(path: &Path) -> Option<serde_json::Value> {
    let text = std::fs::read_to_string(path).ok()?;
    serde_json::from_str(&text).ok()
}

fn write_content(locale: &str) {
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content");
    std::fs::create_dir_all(&out).expect("create OUT_DIR/content");
    let mut fallbacks = Vec::new();
    let mut bundle = serde_json::Map::new();
    for file in fallback::CONTENT_FILES {
        let english_path = Path::new("content/en").join(file);
        // English is the reference: it must parse (the content tests say why).
        let english = read_json(&english_path)
            .unwrap_or_else(|| panic!("{} is missing or not JSON", english_path.display()));
        let translated = read_json(&Path::new("content").join(locale).join(file));
        let merged = fallback::merge_file(file, &english, translated.as_ref());
        fallbacks.extend(merged.fallbacks);
        bundle.insert(file.trim_end_matches(".json").to_string(), merged.value);
    }
    if !fallbacks.is_empty() {
        println!(
            "cargo::warning={locale}: {} item(s) shown in English: {}",
            fallbacks.len(),
            fallbacks.join(", ")
        );
    }
    bundle.insert("fallbacks".into(), fallbacks.into());
    let text = serde_json::to_string(&serde_json::Value::Object(bundle)).expect("JSON serialises");
    std::fs::write(out.join("bundle.json"), text).expect("write the content bundle");
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
