//! The content of "Together" (issue 28), activities a child does with a
//! grown-up, in `content/<code>/together.json`, checked before its pages
//! exist: every language has the same activities, ids, answers and sources
//! as English; each activity has the shape the issue asks for; every source
//! is a page of this site or a document the site lists; and the under-9
//! path uses none of the words a young child's page must not name
//! (`tests/fixtures/forbidden-under9.json`, per language).

use std::path::Path;

use serde_json::Value;

use cop_explorer::content::Content;
use cop_explorer::format::RISK_SECTIONS;
use cop_explorer::routes;

const LOCALES: [&str; 6] = ["en", "ar", "zh", "fr", "ru", "es"];

/// Keys whose values are the same in every language: ids, flags, addresses
/// and sources. Everything else is text.
const SAME_IN_EVERY_LANGUAGE: [&str; 14] = [
    "id", "schema", "path", "url", "from", "category", "verdict", "better", "warning", "site",
    "doc", "para", "verify", "source",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn together(code: &str) -> Value {
    read(&root().join("content").join(code).join("together.json"))
}

fn is_language_neutral(key: &str) -> bool {
    SAME_IN_EVERY_LANGUAGE.contains(&key) || key.ends_with("_source")
}

/// Differences between a translation and English: missing or extra keys,
/// lists of another length, changed ids, flags or sources, empty texts.
fn compare(english: &Value, other: &Value, key: &str, at: &str, errors: &mut Vec<String>) {
    match (english, other) {
        (Value::Object(a), Value::Object(b)) => {
            let keys = |m: &serde_json::Map<String, Value>| m.keys().cloned().collect::<Vec<_>>();
            if keys(a) != keys(b) {
                errors.push(format!("{at}: keys {:?} instead of {:?}", keys(b), keys(a)));
                return;
            }
            for (k, v) in a {
                compare(v, &b[k], k, &format!("{at}.{k}"), errors);
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                errors.push(format!("{at}: {} items instead of {}", b.len(), a.len()));
                return;
            }
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                compare(x, y, key, &format!("{at}[{i}]"), errors);
            }
        }
        (a, b) if is_language_neutral(key) => {
            if a != b {
                errors.push(format!("{at}: {b} instead of {a}"));
            }
        }
        (Value::String(_), Value::String(b)) => {
            if b.trim().is_empty() {
                errors.push(format!("{at}: empty"));
            }
        }
        (a, b) => errors.push(format!("{at}: {b} where English has {a}")),
    }
}

#[test]
fn every_language_has_the_same_activities_answers_and_sources() {
    let english = together("en");
    for code in LOCALES {
        let other = together(code);
        assert_eq!(other["lang"], code, "content/{code}/together.json: lang");
        let mut errors = Vec::new();
        compare(&english, &other, "", code, &mut errors);
        // "lang" differs by design.
        errors.retain(|e| !e.starts_with(&format!("{code}.lang")));
        assert!(errors.is_empty(), "{}", errors.join("\n"));
    }
}

fn list<'a>(v: &'a Value, what: &str) -> &'a Vec<Value> {
    v.as_array().unwrap_or_else(|| panic!("{what}: not a list"))
}

fn better_count(choices: &Value) -> usize {
    list(choices, "choices")
        .iter()
        .filter(|c| c["better"] == Value::Bool(true))
        .count()
}

#[test]
fn each_activity_has_the_shape_the_issue_asks_for() {
    for code in LOCALES {
        let t = together(code);
        let paths = &t["paths"];
        let ids: Vec<_> = list(&t["hub"]["paths"], "hub.paths")
            .iter()
            .map(|p| p["id"].as_str().unwrap_or(""))
            .collect();
        assert_eq!(ids, ["under-9", "9-12", "13-18"], "{code}: the hub's paths");

        // Under 9: at least six scenes, two choices, one better, the same ending.
        let story = &paths["under-9"]["story"];
        let scenes = list(&story["scenes"], "scenes");
        assert!(scenes.len() >= 6, "{code}: {} scenes", scenes.len());
        for scene in scenes {
            assert_eq!(
                list(&scene["choices"], "choices").len(),
                2,
                "{code}: {}",
                scene["id"]
            );
            assert_eq!(
                better_count(&scene["choices"]),
                1,
                "{code}: {}",
                scene["id"]
            );
            assert_eq!(
                scene["ending"], story["ending_line"],
                "{code}: {}",
                scene["id"]
            );
            assert!(
                !scene["picture"]["alt"].as_str().unwrap_or("").is_empty(),
                "{code}: {} has no alt text",
                scene["id"]
            );
        }

        // 9 to 12: twelve cards, three in each of the four Cs; a chat with
        // warning signs and ordinary messages; a privacy checklist.
        let middle = &paths["9-12"];
        let cards = list(&middle["sort"]["cards"], "cards");
        assert_eq!(cards.len(), 12, "{code}: cards");
        for risk in ["content", "contact", "conduct", "contract"] {
            let n = cards.iter().filter(|c| c["category"] == risk).count();
            assert_eq!(n, 3, "{code}: {risk} cards");
        }
        let messages = list(&middle["chat"]["messages"], "messages");
        let warnings = messages
            .iter()
            .filter(|m| m["warning"] == Value::Bool(true))
            .count();
        assert!(
            (8..=10).contains(&messages.len()),
            "{code}: {} messages",
            messages.len()
        );
        assert!(
            warnings >= 3 && warnings < messages.len(),
            "{code}: {warnings} warning signs"
        );
        let checklist = list(&middle["checklist"]["items"], "checklist");
        assert!((8..=10).contains(&checklist.len()), "{code}: checklist");

        // 13 to 18: the four required scenarios, myth or fact, rights.
        let older = &paths["13-18"];
        let scenarios = list(&older["scenarios"]["items"], "scenarios");
        for required in [
            "image-request",
            "group-chat-pile-on",
            "easy-money",
            "friend-at-risk",
        ] {
            assert!(
                scenarios.iter().any(|s| s["id"] == required),
                "{code}: scenario {required}"
            );
        }
        for s in scenarios {
            let n = list(&s["choices"], "choices").len();
            assert!((2..=3).contains(&n), "{code}: {} has {n} choices", s["id"]);
            assert_eq!(better_count(&s["choices"]), 1, "{code}: {}", s["id"]);
        }
        for m in list(&older["myths"]["items"], "myths") {
            assert!(
                m["verdict"] == "myth" || m["verdict"] == "fact",
                "{code}: {}",
                m["id"]
            );
        }
        for right in list(&older["rights"]["items"], "rights") {
            let cites_gc25 = list(&right["source"], "source").iter().any(|s| {
                s["doc"] == "CRC/C/GC/25"
                    && s["para"]
                        .as_str()
                        .is_some_and(|p| p.chars().all(|c| c.is_ascii_digit()))
            });
            assert!(
                cites_gc25,
                "{code}: right {} cites no paragraph of General Comment No. 25",
                right["id"]
            );
        }

        // Help, one tap away on every path: the two addresses the site uses.
        for path in ["under-9", "9-12", "13-18"] {
            let urls: Vec<_> = list(&paths[path]["help"]["items"], "help")
                .iter()
                .map(|h| h["url"].as_str().unwrap_or(""))
                .collect();
            assert_eq!(
                urls,
                [
                    "https://childhelplineinternational.org",
                    "https://www.inhope.org"
                ],
                "{code}: {path} help"
            );
        }
    }
}

/// Every source of the English file (the others are the same, above).
fn sources(v: &Value, out: &mut Vec<Value>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if k == "source" || k.ends_with("_source") {
                    out.extend(list(x, k).iter().cloned());
                } else {
                    sources(x, out);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| sources(x, out)),
        _ => {}
    }
}

#[test]
fn every_source_is_a_page_of_the_site_or_a_listed_document() {
    let content = Content::load_for("en").expect("content");
    let pages = routes::all_paths(&content);
    let documents: Vec<&str> = content.sources.iter().map(|s| s.id.as_str()).collect();
    let mut found = Vec::new();
    sources(&together("en"), &mut found);
    assert!(found.len() > 50, "{} sources", found.len());
    for source in found {
        if let Some(site) = source["site"].as_str() {
            let (path, anchor) = site.split_once('#').unwrap_or((site, ""));
            assert!(pages.iter().any(|p| p == path), "{site}: no such page");
            if !anchor.is_empty() {
                assert!(
                    path.starts_with("/risks/")
                        && (RISK_SECTIONS.contains(&anchor) || anchor == "self-check"),
                    "{site}: no such section"
                );
            }
        } else if let Some(doc) = source["doc"].as_str() {
            // General Comment No. 25 is cited by paragraph; it joins the
            // site's source list with the pages that cite it.
            assert!(
                documents.contains(&doc) || (doc == "CRC/C/GC/25" && source["para"].is_string()),
                "{source}: not a document the site lists"
            );
        } else {
            panic!("{source}: neither a page nor a document");
        }
    }
}

/// Lower case, and for Arabic without its marks and tatweel, as the word
/// list's own rules say (`matching` in the fixture).
fn normalise(text: &str, code: &str) -> String {
    text.to_lowercase()
        .chars()
        .filter(|&c| code != "ar" || !matches!(c as u32, 0x0640 | 0x064B..=0x065F | 0x0670))
        .collect()
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || c == '-'
        || matches!(c as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670)
}

/// The listed words that `text` uses: whole words, word beginnings, or
/// anywhere (Chinese, long Arabic stems).
fn forbidden_in(text: &str, code: &str, list: &Value) -> Vec<String> {
    let text: Vec<char> = normalise(text, code).chars().collect();
    let mut hits = Vec::new();
    for (kind, whole_start, whole_end) in [
        ("words", true, true),
        ("prefixes", true, false),
        ("substrings", false, false),
    ] {
        for entry in list[kind]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            let e: Vec<char> = normalise(entry, code).chars().collect();
            let found = (0..text.len().saturating_sub(e.len() - 1)).any(|i| {
                text[i..].starts_with(&e)
                    && (!whole_start || i == 0 || !is_word_char(text[i - 1]))
                    && (!whole_end || i + e.len() == text.len() || !is_word_char(text[i + e.len()]))
            });
            if found {
                hits.push(entry.to_string());
            }
        }
    }
    hits
}

/// Every text of a value except ids, addresses and sources.
fn texts(v: &Value, key: &str, out: &mut Vec<String>) {
    match v {
        Value::String(s) if !is_language_neutral(key) => out.push(s.clone()),
        Value::Object(m) => m
            .iter()
            .filter(|(k, _)| !is_language_neutral(k))
            .for_each(|(k, x)| texts(x, k, out)),
        Value::Array(a) => a.iter().for_each(|x| texts(x, key, out)),
        _ => {}
    }
}

#[test]
fn the_under_9_path_names_none_of_the_listed_words_in_any_language() {
    let lists = read(&root().join("tests/fixtures/forbidden-under9.json"));
    for code in LOCALES {
        let mut all = Vec::new();
        texts(&together(code)["paths"]["under-9"], "", &mut all);
        assert!(all.len() > 40, "{code}: {} texts", all.len());
        let hits: Vec<String> = all
            .iter()
            .flat_map(|t| {
                forbidden_in(t, code, &lists[code])
                    .into_iter()
                    .map(move |w| format!("{w:?} in {t:?}"))
            })
            .collect();
        assert!(hits.is_empty(), "{code}:\n{}", hits.join("\n"));
    }
}

#[test]
fn the_word_check_finds_a_listed_word_and_leaves_its_neighbours() {
    let lists = read(&root().join("tests/fixtures/forbidden-under9.json"));
    assert!(!forbidden_in("It was a violent game.", "en", &lists["en"]).is_empty());
    assert!(forbidden_in("She learned new skills.", "en", &lists["en"]).is_empty());
    let zh = lists["zh"]["substrings"][0]
        .as_str()
        .expect("a Chinese entry");
    assert!(!forbidden_in(&format!("这是{zh}。"), "zh", &lists["zh"]).is_empty());
    let ar = lists["ar"]["words"][0].as_str().expect("an Arabic entry");
    assert!(!forbidden_in(&format!("هذا {ar} هنا"), "ar", &lists["ar"]).is_empty());
}
