//! Writes each locale's content to `$OUT_DIR/content/<code>.json`, gaps
//! filled from English and listed under "fallbacks" (see
//! src/content/fallback.rs). The prerenderer compiles all six in; the wasm
//! none (islands get what they need as props or from the page).

#[path = "src/content/fallback.rs"]
mod fallback;

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::Path;

/// The islands, by the name of the feature that puts one into a browser
/// build (`island-<name>`; see `wasm_islands`).
const ISLANDS: [&str; 11] = [
    "grid",
    "self-check",
    "meeting-filters",
    "directory-filters",
    "classroom",
    "search-box",
    "search-results",
    "plan-builder",
    "embed-builder",
    "update-prompt",
    "together",
];

/// English first, then the other UN languages (as `i18n::LOCALES`).
const LOCALES: [&str; 6] = ["en", "ar", "zh", "fr", "ru", "es"];

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-changed=src/content/fallback.rs");
    // The macros read locales/ themselves, which cargo cannot see: a digest
    // of the files makes any edit recompile the crate.
    println!(
        "cargo::rustc-env=COP_STRINGS_DIGEST={:x}",
        digest(Path::new("locales"))
    );
    for locale in LOCALES {
        write_content(locale);
    }
    wasm_islands();
}

/// Sets `cfg(wasm_island = "<name>")` for each island this build carries.
/// Natively (the prerenderer, the tests) every island renders; a browser
/// build (`hydrate`) carries the islands whose `island-<name>` features are
/// on, or all of them when none is. Each island is a `#[island]` under its
/// cfg and a plain `#[component]` otherwise, which exports nothing, so the
/// linker drops it from that wasm (scripts/build.sh builds one wasm per
/// group of islands, so that a page downloads only the code it runs).
fn wasm_islands() {
    let names = ISLANDS.map(|name| format!("\"{name}\""));
    println!(
        "cargo::rustc-check-cfg=cfg(wasm_island, values({}))",
        names.join(", ")
    );
    let feature_on = |name: &str| {
        let var = format!(
            "CARGO_FEATURE_ISLAND_{}",
            name.to_uppercase().replace('-', "_")
        );
        std::env::var_os(var).is_some()
    };
    let browser = std::env::var_os("CARGO_FEATURE_HYDRATE").is_some();
    let chosen: Vec<&str> = ISLANDS
        .into_iter()
        .filter(|name| feature_on(name))
        .collect();
    let carried = if browser && !chosen.is_empty() {
        chosen
    } else {
        ISLANDS.to_vec()
    };
    for name in carried {
        println!("cargo::rustc-cfg=wasm_island=\"{name}\"");
    }
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
    std::fs::write(out.join(format!("{locale}.json")), text).expect("write the content bundle");
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
