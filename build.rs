//! Writes each locale's content to `$OUT_DIR/content/<code>.json`, gaps
//! filled from English and listed under "fallbacks" (see
//! src/shared/content/fallback.rs). The prerenderer compiles every language's in;
//! the wasm none (islands get what they need as props or from the page).
//! Also writes `i18n::LOCALES` from locales/languages.json, and sets a cfg
//! per island from Cargo.toml's `island-*` features.

#[path = "src/shared/content/fallback.rs"]
mod fallback;

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::Path;

/// The published languages: `locales/languages.json`, the one list of
/// them (code, name in its own script, direction, Intl locale).
struct Language {
    code: String,
    name: String,
    dir: String,
    intl: String,
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-changed=src/shared/content/fallback.rs");
    // The macros read locales/ themselves, which cargo cannot see: a digest
    // of the files makes any edit recompile the crate.
    println!(
        "cargo::rustc-env=COP_STRINGS_DIGEST={:x}",
        digest(Path::new("locales"))
    );
    let languages = languages();
    write_locales(&languages);
    for language in &languages {
        write_content(&language.code);
    }
    write_bundle_table(&languages);
    wasm_islands();
}

fn languages() -> Vec<Language> {
    let path = Path::new("locales/languages.json");
    let list =
        read_json(path).unwrap_or_else(|| panic!("{} is missing or not JSON", path.display()));
    let text = |entry: &serde_json::Value, key: &str| -> String {
        entry
            .get(key)
            .and_then(serde_json::Value::as_str)
            .filter(|value| !value.trim().is_empty())
            .unwrap_or_else(|| {
                panic!(
                    "{}: every language needs a \"{key}\": {entry}",
                    path.display()
                )
            })
            .to_string()
    };
    let languages: Vec<Language> = list
        .as_array()
        .unwrap_or_else(|| panic!("{} must be a list", path.display()))
        .iter()
        .map(|entry| Language {
            code: text(entry, "code"),
            name: text(entry, "name"),
            dir: text(entry, "dir"),
            intl: text(entry, "intl"),
        })
        .collect();
    assert_eq!(
        languages.first().map(|l| l.code.as_str()),
        Some("en"),
        "{}: English, the reference, comes first",
        path.display()
    );
    for (n, language) in languages.iter().enumerate() {
        let code = &language.code;
        assert!(
            !code.is_empty() && code.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{}: {code:?} is not a lower-case language code",
            path.display()
        );
        assert!(
            languages[..n].iter().all(|earlier| &earlier.code != code),
            "{}: {code} is listed twice",
            path.display()
        );
        assert!(
            language.dir == "ltr" || language.dir == "rtl",
            "{}: {code} has dir {:?} (ltr or rtl)",
            path.display(),
            language.dir
        );
    }
    languages
}

/// `$OUT_DIR/locales.rs`: `i18n::LOCALES`, in the file's order.
fn write_locales(languages: &[Language]) {
    let entries: Vec<String> = languages
        .iter()
        .map(|l| {
            let dir = if l.dir == "rtl" { "Rtl" } else { "Ltr" };
            format!(
                "    Locale {{ code: {:?}, name: {:?}, dir: TextDirection::{dir}, intl: {:?} }},\n",
                l.code, l.name, l.intl
            )
        })
        .collect();
    let code = format!(
        "// Written by build.rs from locales/languages.json.\npub const LOCALES: [Locale; {}] = [\n{}];\n",
        languages.len(),
        entries.concat()
    );
    std::fs::write(out_dir().join("locales.rs"), code).expect("write locales.rs");
}

/// `$OUT_DIR/content/bundles.rs`: the `match` of `content::bundle`, a
/// compiled-in JSON bundle per language.
fn write_bundle_table(languages: &[Language]) {
    let arms: Vec<String> = languages
        .iter()
        .map(|l| {
            let file = out_dir().join("content").join(format!("{}.json", l.code));
            format!(
                "    {:?} => Some(include_str!({:?})),\n",
                l.code,
                file.display().to_string()
            )
        })
        .collect();
    let code = format!("match code {{\n{}    _ => None,\n}}\n", arms.concat());
    std::fs::write(out_dir().join("content").join("bundles.rs"), code).expect("write bundles.rs");
}

fn out_dir() -> std::path::PathBuf {
    std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
}

/// The islands, by the name of the feature that puts one into a browser
/// build (`island-<name>`): the `island-*` features of Cargo.toml, the one
/// list of them (scripts/build.sh reads it too).
fn islands() -> Vec<String> {
    let manifest = std::fs::read_to_string("Cargo.toml").expect("read Cargo.toml");
    manifest
        .lines()
        .filter_map(|line| line.strip_prefix("island-"))
        .filter_map(|rest| rest.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

/// Sets `cfg(wasm_island = "<name>")` for each island this build carries.
/// Natively (the prerenderer, the tests) every island renders; a browser
/// build (`hydrate`) carries the islands whose `island-<name>` features are
/// on, or all of them when none is. Each island is a `#[island]` under its
/// cfg and a plain `#[component]` otherwise, which exports nothing, so the
/// linker drops it from that wasm (scripts/build.sh builds one wasm per
/// island, so that a page downloads only the code it runs).
fn wasm_islands() {
    let islands = islands();
    let names: Vec<String> = islands.iter().map(|name| format!("\"{name}\"")).collect();
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
    let chosen: Vec<&String> = islands.iter().filter(|name| feature_on(name)).collect();
    let carried = if browser && !chosen.is_empty() {
        chosen
    } else {
        islands.iter().collect()
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
    let out = out_dir().join("content");
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
