//! Every locale's content has the same structure as the English reference:
//! same keys, same list lengths, identifiers unchanged, and, in the six UN
//! languages, no empty text. (English is the reference; translations change
//! only the words. A language a partner adds starts with empty texts, which
//! the site shows in English, marked: see scripts/add-language.sh.)

use serde_json::Value;
use std::path::Path;

mod support;
use support::{translations, UN_LANGUAGES};

use cop_explorer::shared::content::fallback::CONTENT_FILES as FILES;
use cop_explorer::shared::content::IDENTIFIER_KEYS;

fn load(locale: &str, file: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("content")
        .join(locale)
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn compare(reference: &Value, translated: &Value, at: &str, key: &str, errors: &mut Vec<String>) {
    compare_in(reference, translated, at, key, true, errors);
}

/// `compare`; an empty text is an error only when `complete`.
fn compare_in(
    reference: &Value,
    translated: &Value,
    at: &str,
    key: &str,
    complete: bool,
    errors: &mut Vec<String>,
) {
    match (reference, translated) {
        (Value::Object(a), Value::Object(b)) => {
            let keys_a: Vec<_> = a.keys().collect();
            let keys_b: Vec<_> = b.keys().collect();
            if keys_a != keys_b {
                errors.push(format!("{at}: keys {keys_b:?}, reference has {keys_a:?}"));
                return;
            }
            for (k, v) in a {
                compare_in(v, &b[k], &format!("{at}.{k}"), k, complete, errors);
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                errors.push(format!(
                    "{at}: {} items, reference has {}",
                    b.len(),
                    a.len()
                ));
                return;
            }
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                compare_in(x, y, &format!("{at}[{i}]"), key, complete, errors);
            }
        }
        (Value::String(a), Value::String(b)) => {
            if IDENTIFIER_KEYS.contains(&key) && a != b {
                errors.push(format!("{at}: identifier {b:?}, reference has {a:?}"));
            }
            if complete && b.trim().is_empty() {
                errors.push(format!("{at}: empty text"));
            }
        }
        (a, b) if std::mem::discriminant(a) == std::mem::discriminant(b) => {
            if IDENTIFIER_KEYS.contains(&key) && a != b {
                errors.push(format!("{at}: identifier {b}, reference has {a}"));
            }
        }
        _ => errors.push(format!("{at}: different type from the reference")),
    }
}

/// Content a locale may lack for now, shown in English and marked on the
/// page: (locale, "<file>:<id>" or "<file>"). A file listed here is left out
/// of the structure check for that locale.
const KNOWN_FALLBACKS: &[(&str, &str)] = &[];

fn has_known_fallback(locale: &str, file: &str) -> bool {
    KNOWN_FALLBACKS.iter().any(|(l, entry)| {
        *l == locale && (entry == &file || entry.starts_with(&format!("{file}:")))
    })
}

#[test]
fn every_locale_has_every_file_with_the_reference_structure() {
    let mut errors = Vec::new();
    for locale in &translations() {
        for file in FILES {
            if has_known_fallback(locale, file) {
                continue;
            }
            compare_in(
                &load("en", file),
                &load(locale, file),
                &format!("{locale}/{file}"),
                "",
                UN_LANGUAGES.contains(locale),
                &mut errors,
            );
        }
    }
    assert!(
        errors.is_empty(),
        "{} problems:\n{}",
        errors.len(),
        errors.join("\n")
    );
}

#[test]
fn the_structure_check_catches_a_changed_identifier_and_a_missing_item() {
    let reference = serde_json::json!({"id": "itu", "items": [{"text": "a"}, {"text": "b"}]});
    let changed = serde_json::json!({"id": "uit", "items": [{"text": "x"}]});
    let mut errors = Vec::new();
    compare(&reference, &changed, "t", "", &mut errors);
    assert_eq!(errors.len(), 2, "{errors:?}");
}

#[test]
fn no_locale_folder_is_unknown() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        // Files beside the locale folders (content/glossary.json) are shared data.
        if !entry.file_type().unwrap().is_dir() {
            continue;
        }
        let name = entry.file_name().into_string().unwrap();
        // The pictures serve every language (they hold no text).
        if name == "pictures" {
            continue;
        }
        assert!(
            cop_explorer::shared::i18n::by_code(&name).is_some(),
            "content/{name} is not a site locale"
        );
    }
}

/// What build.rs does to each locale: any gap is filled from English and
/// listed. Only the known fallbacks may appear; the counts are printed
/// (`cargo test --test locales -- --nocapture`).
#[test]
fn content_shown_in_english_is_only_the_known_fallbacks() {
    use cop_explorer::shared::content::fallback::merge_file;
    for locale in &translations() {
        let mut found = Vec::new();
        for file in FILES {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("content")
                .join(locale)
                .join(file);
            let translated = path.exists().then(|| load(locale, file));
            found.extend(merge_file(file, &load("en", file), translated.as_ref()).fallbacks);
        }
        let known: Vec<&str> = KNOWN_FALLBACKS
            .iter()
            .filter(|(l, _)| l == locale)
            .map(|(_, e)| *e)
            .collect();
        println!(
            "{locale}: {} content item(s) shown in English {found:?}",
            found.len()
        );
        if !UN_LANGUAGES.contains(locale) {
            continue; // a language being translated: the count is its progress
        }
        assert_eq!(
            found, known,
            "{locale}: content shown in English differs from KNOWN_FALLBACKS"
        );
    }
}

#[test]
fn a_missing_item_is_english_and_marked() {
    use cop_explorer::shared::content::{fallback::merge_file, Content};
    let english = load("en", "partners.json");
    let mut partial = english.clone();
    let removed = partial.as_array_mut().unwrap().remove(1);
    let id = removed["id"].as_str().unwrap();
    let merged = merge_file("partners.json", &english, Some(&partial));
    assert_eq!(merged.value, english, "the gap is filled from English");
    let mut content = Content::load().unwrap();
    content.fallbacks = merged.fallbacks;
    assert!(content.is_fallback("partners.json", id));
    let other = english[0]["id"].as_str().unwrap();
    assert!(!content.is_fallback("partners.json", other));
}
