//! The interface strings (`locales/<locale>/<area>.json`, used through
//! leptos_i18n): every locale has exactly the reference's keys, and every
//! value keeps the reference's `{{ placeholders }}` and `<tags>`.

use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::path::Path;

mod support;
use support::{interface_areas, translations, UN_LANGUAGES};

const REFERENCE: &str = "en";

fn load(locale: &str, area: &str) -> Map<String, Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(locale)
        .join(format!("{area}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    match serde_json::from_str(&text) {
        Ok(Value::Object(map)) => map,
        other => panic!("{}: not a JSON object: {other:?}", path.display()),
    }
}

/// `{{ name }}` placeholders and `<tag>`/`</tag>` markers in a value.
fn markers(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let Some(end) = rest[start..].find("}}") else {
            break;
        };
        out.insert(rest[start + 2..start + end].trim().to_string());
        rest = &rest[start + end + 2..];
    }
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        out.insert(rest[start..start + end + 1].to_string());
        rest = &rest[start + end + 1..];
    }
    out
}

#[test]
fn every_locale_has_every_key_and_no_other() {
    let mut problems = Vec::new();
    let mut missing = 0;
    let areas = interface_areas();
    assert!(areas.len() >= 10, "{areas:?}");
    for area in areas {
        let area = area.as_str();
        let reference = load(REFERENCE, area);
        assert!(!reference.is_empty(), "{area}: the reference has no keys");
        for locale in translations() {
            let translated = load(locale, area);
            for key in reference.keys().filter(|k| !translated.contains_key(*k)) {
                missing += 1;
                problems.push(format!("{locale}/{area}.json: missing `{key}`"));
            }
            for key in translated.keys().filter(|k| !reference.contains_key(*k)) {
                problems.push(format!(
                    "{locale}/{area}.json: `{key}` is not in the reference"
                ));
            }
        }
    }
    // Known fallbacks (shown in English) would be listed here; there are none.
    println!("UI strings falling back to English: {missing}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn translations_keep_placeholders_and_tags() {
    let mut problems = Vec::new();
    for area in interface_areas() {
        let area = area.as_str();
        let reference = load(REFERENCE, area);
        for locale in translations() {
            let translated = load(locale, area);
            for (key, value) in &translated {
                let (Some(en), Some(tr)) =
                    (reference.get(key).and_then(Value::as_str), value.as_str())
                else {
                    problems.push(format!("{locale}/{area}.json: `{key}` is not a string"));
                    continue;
                };
                if tr.trim().is_empty() {
                    if !en.trim().is_empty() && UN_LANGUAGES.contains(&locale) {
                        problems.push(format!("{locale}/{area}.json: `{key}` is empty"));
                    }
                    continue; // untranslated: shown in English
                }
                if markers(en) != markers(tr) {
                    problems.push(format!(
                        "{locale}/{area}.json: `{key}` has {:?}, the reference {:?}",
                        markers(tr),
                        markers(en)
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_marker_check_sees_placeholders_and_tags() {
    assert_eq!(
        markers("Showing {{ shown }} of {{total}} <b>now</b>"),
        ["</b>", "<b>", "shown", "total"]
            .into_iter()
            .map(String::from)
            .collect()
    );
}
