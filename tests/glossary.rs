//! Official names in every language (`content/glossary.json`, issue 14).
//!
//! - Every entry names its English forms and, per language, the official
//!   form, the strings that count as using it, and where it was checked.
//! - A text in a language with an entry may not use the English form
//!   (except in brackets straight after the local form, once, for a reader
//!   who knows the English name), and where the English text names the
//!   body or person, the translation uses the local form.
//! - Chinese, Arabic and Russian texts carry no Latin-script personal name
//!   unless the glossary allows it (no local form was found).

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

mod support;
use support::{interface_areas, translations};

use cop_explorer::shared::content::fallback::CONTENT_FILES as FILES;

/// Languages written in another script, where a Latin personal name stands out.
const NON_LATIN: [&str; 3] = ["zh", "ar", "ru"];
use cop_explorer::shared::content::IDENTIFIER_KEYS;

fn read(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn glossary() -> Value {
    read(&root().join("content").join("glossary.json"))
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

/// Every text string of a JSON value, keyed by its path.
fn texts(v: &Value, path: String, key: &str, out: &mut BTreeMap<String, String>) {
    if IDENTIFIER_KEYS.contains(&key) {
        return;
    }
    match v {
        Value::String(s) => {
            out.insert(path, s.clone());
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                texts(x, format!("{path}[{i}]"), key, out);
            }
        }
        Value::Object(o) => {
            for (k, x) in o {
                texts(x, format!("{path}.{k}"), k, out);
            }
        }
        _ => {}
    }
}

fn content_texts(locale: &str, file: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let v = read(&root().join("content").join(locale).join(file));
    texts(&v, String::new(), "", &mut out);
    out
}

/// All texts of a locale, content and interface strings, as (where, text).
fn all_texts(locale: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for file in FILES {
        for (path, text) in content_texts(locale, file) {
            out.push((format!("content/{locale}/{file}{path}"), text));
        }
    }
    for area in interface_areas() {
        let v = read(
            &root()
                .join("locales")
                .join(locale)
                .join(format!("{area}.json")),
        );
        let mut map = BTreeMap::new();
        texts(&v, String::new(), "", &mut map);
        for (path, text) in map {
            out.push((format!("locales/{locale}/{area}.json{path}"), text));
        }
    }
    out
}

/// A name entry: its English forms and, per language, (official form, matches).
struct Entry {
    id: String,
    person: bool,
    en: Vec<String>,
    forms: BTreeMap<String, (String, Vec<String>)>,
    latin_allowed: Vec<String>,
}

fn entries(g: &Value) -> Vec<Entry> {
    g["names"]
        .as_array()
        .expect("glossary has names")
        .iter()
        .map(|n| {
            let forms = n["forms"]
                .as_object()
                .expect("forms")
                .iter()
                .map(|(loc, f)| {
                    let name = f["name"].as_str().unwrap_or_default().to_string();
                    (loc.clone(), (name, strs(&f["match"])))
                })
                .collect();
            Entry {
                id: n["id"].as_str().unwrap_or_default().to_string(),
                person: n["kind"] == "person",
                en: strs(&n["en"]),
                forms,
                latin_allowed: strs(&n["latin_allowed"]),
            }
        })
        .collect()
}

/// The text without what may legitimately stay in English: the original
/// titles of documents, and an English name in brackets straight after its
/// local form.
fn cleaned(text: &str, locale: &str, g: &Value, entries: &[Entry]) -> String {
    let mut s = text.to_string();
    for title in strs(&g["original_titles"]) {
        s = s.replace(&title, "");
    }
    for e in entries {
        if let Some((name, matches)) = e.forms.get(locale) {
            for local in matches.iter().chain(std::iter::once(name)) {
                for en in &e.en {
                    s = s.replace(&format!("{local} ({en})"), local);
                    s = s.replace(&format!("{local}（{en}）"), local);
                }
            }
        }
    }
    s
}

#[test]
fn every_entry_is_complete_and_its_size_per_language_is_printed() {
    let g = glossary();
    let mut size: BTreeMap<&str, usize> = BTreeMap::new();
    let all = g["names"].as_array().unwrap();
    for n in all {
        let id = n["id"].as_str().expect("id");
        assert!(!strs(&n["en"]).is_empty(), "{id}: no English form");
        for (loc, f) in n["forms"].as_object().unwrap() {
            let loc = translations()
                .into_iter()
                .find(|l| l == loc)
                .unwrap_or_else(|| panic!("{id}: unknown language {loc}"));
            assert!(
                !f["name"].as_str().unwrap_or_default().is_empty(),
                "{id}/{loc}"
            );
            assert!(!strs(&f["match"]).is_empty(), "{id}/{loc}: no match");
            assert!(
                !f["source"].as_str().unwrap_or_default().is_empty(),
                "{id}/{loc}: say where the form was checked"
            );
            *size.entry(loc).or_default() += 1;
        }
    }
    println!("glossary: {} names; forms per language {size:?}", all.len());
    assert!(all.len() >= 8);
}

#[test]
fn no_text_uses_the_english_form_of_a_name_its_language_has() {
    let g = glossary();
    let entries = entries(&g);
    let mut problems = Vec::new();
    for locale in translations() {
        for (at, text) in all_texts(locale) {
            let s = cleaned(&text, locale, &g, &entries);
            for e in entries.iter().filter(|e| e.forms.contains_key(locale)) {
                for en in e.en.iter().filter(|en| s.contains(en.as_str())) {
                    problems.push(format!("{at}: English \"{en}\" ({})", e.id));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn where_english_names_a_body_or_person_the_translation_uses_its_local_form() {
    let g = glossary();
    let entries = entries(&g);
    let titles = strs(&g["original_titles"]);
    let mut problems = Vec::new();
    for file in FILES {
        let english = content_texts("en", file);
        for locale in translations() {
            let translated = content_texts(locale, file);
            for (path, en_text) in &english {
                // A name inside a document title stays in the title's language.
                let mut en_text = en_text.clone();
                for t in &titles {
                    en_text = en_text.replace(t.as_str(), "");
                }
                for e in &entries {
                    let Some((_, matches)) = e.forms.get(locale) else {
                        continue;
                    };
                    if !e.en.iter().any(|n| en_text.contains(n.as_str())) {
                        continue;
                    }
                    let text = translated.get(path).map(String::as_str).unwrap_or("");
                    if !matches.iter().any(|m| text.contains(m.as_str())) {
                        problems.push(format!("{locale}/{file}{path}: no local form of {}", e.id));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Runs of two or more capitalised Latin words ("Houlin Zhao",
/// "Doreen Bogdan-Martin"), allowing lower-case joining words between them.
fn latin_name_runs(text: &str) -> Vec<String> {
    const JOINERS: [&str; 9] = ["of", "the", "for", "to", "on", "in", "and", "against", "by"];
    // Words with the text between them; a run only continues across a single
    // space, so a Chinese character or a punctuation mark ends it.
    let mut words: Vec<(&str, &str)> = Vec::new();
    let mut last_end = 0;
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let in_word = i < text.len() && (c.is_ascii_alphabetic() || c == '-' || c == '\'');
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((&text[last_end..s], &text[s..i]));
                last_end = i;
                start = None;
            }
            _ => {}
        }
    }
    let capitalised = |w: &str| {
        let mut cs = w.chars();
        matches!(cs.next(), Some(c) if c.is_ascii_uppercase())
            && w.chars().skip(1).any(|c| c.is_ascii_lowercase())
            && w.chars()
                .skip(1)
                .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_uppercase())
    };
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let mut caps = 0;
    let flush = |run: &mut Vec<&str>, caps: &mut usize, out: &mut Vec<String>| {
        while run.last().is_some_and(|w| JOINERS.contains(w)) {
            run.pop();
        }
        if *caps >= 2 {
            out.push(run.join(" "));
        }
        run.clear();
        *caps = 0;
    };
    for (gap, w) in words {
        if gap != " " && !run.is_empty() {
            flush(&mut run, &mut caps, &mut out);
        }
        if capitalised(w) {
            run.push(w);
            caps += 1;
        } else if !run.is_empty() && JOINERS.contains(&w) {
            run.push(w);
        } else {
            flush(&mut run, &mut caps, &mut out);
        }
    }
    flush(&mut run, &mut caps, &mut out);
    out
}

#[test]
fn the_latin_name_finder_sees_names_and_not_single_words() {
    assert_eq!(
        latin_name_runs("国际电联秘书长Houlin Zhao先生和Doreen Bogdan-Martin女士"),
        ["Houlin Zhao", "Doreen Bogdan-Martin"]
    );
    assert!(latin_name_runs("UNICEF 与 Insafe，以及 COP").is_empty());
}

/// Latin-script names that may appear in zh, ar and ru texts: organisation,
/// initiative, document and resource names as their owners write them
/// (taken from the English content), plus the glossary's own list.
fn allowed_latin(g: &Value, entries: &[Entry], locale: &str) -> Vec<String> {
    let mut allowed = strs(&g["latin_allowed"]);
    allowed.extend(strs(&g["original_titles"]));
    let en = |file: &str| read(&root().join("content").join("en").join(file));
    for p in en("partners.json").as_array().unwrap() {
        allowed.push(p["name"].as_str().unwrap().to_string());
    }
    for i in en("initiatives.json").as_array().unwrap() {
        allowed.push(i["name"].as_str().unwrap().to_string());
    }
    for s in en("sources.json").as_array().unwrap() {
        allowed.push(s["title"].as_str().unwrap().to_string());
        allowed.push(s["publisher"].as_str().unwrap().to_string());
    }
    for guide in en("risk_guides.json").as_array().unwrap() {
        for h in guide["help_resources"].as_array().unwrap() {
            allowed.push(h["name"].as_str().unwrap().to_string());
        }
    }
    allowed.push(
        en("guidance.json")["resilience"]["name"]
            .as_str()
            .unwrap()
            .to_string(),
    );
    // A person's Latin name only where the glossary says no local form exists.
    allowed.retain(|a| {
        !entries
            .iter()
            .any(|e| e.person && e.en.iter().any(|n| a.contains(n.as_str())))
    });
    for e in entries
        .iter()
        .filter(|e| e.latin_allowed.iter().any(|l| l == locale))
    {
        allowed.extend(e.en.iter().cloned());
    }
    allowed
}

#[test]
fn chinese_arabic_and_russian_texts_have_no_latin_personal_names() {
    let g = glossary();
    let entries = entries(&g);
    let mut problems = Vec::new();
    for locale in NON_LATIN {
        let allowed = allowed_latin(&g, &entries, locale);
        for (at, text) in all_texts(locale) {
            let s = cleaned(&text, locale, &g, &entries);
            for run in latin_name_runs(&s) {
                if !allowed.iter().any(|a| a.contains(run.as_str())) {
                    problems.push(format!("{at}: Latin-script name \"{run}\""));
                }
            }
            // Known personal names, also written alone ("Mr Zhao").
            for e in entries.iter().filter(|e| e.person) {
                if e.latin_allowed.iter().any(|l| l == locale) {
                    continue;
                }
                for en in &e.en {
                    let surname = en.rsplit(' ').next().unwrap_or(en);
                    if s.contains(surname) {
                        problems.push(format!("{at}: Latin-script \"{surname}\" ({})", e.id));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checks_catch_an_english_name_and_a_latin_personal_name() {
    let g = glossary();
    let entries = entries(&g);
    let text = "国际电联Council Working Group on Child Online Protection的主席Houlin Zhao";
    let s = cleaned(text, "zh", &g, &entries);
    assert!(s.contains("Council Working Group on Child Online Protection"));
    assert!(latin_name_runs(&s).contains(&"Houlin Zhao".to_string()));
    let bracketed = cleaned("赵厚麟（Houlin Zhao）", "zh", &g, &entries);
    assert_eq!(
        bracketed, "赵厚麟",
        "the Latin form once in brackets is allowed"
    );
}
