//! The content of "Together" (issue 28), activities a child does with a
//! grown-up (`content/<code>/together.json`). The shared checks
//! (`site::content_checks`) hold every language to the activities' shape and
//! to resolving sources; tests/locales.rs holds the translations to the
//! English ids, flags and sources. Here: those checks in all six
//! languages, that they can fail, and that the under-9 path uses none of
//! the words a young child's page must not name
//! (`tests/fixtures/forbidden-under9.json`, per language).

use std::path::Path;

use serde_json::Value;

use cop_explorer::shared::content::Content;
use cop_explorer::shared::i18n::LOCALES;
use cop_explorer::site::content_checks as validate;

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

/// Keys whose values are not text a reader sees: ids, flags, addresses and
/// sources.
fn is_language_neutral(key: &str) -> bool {
    [
        "id", "url", "from", "category", "verdict", "better", "warning", "source",
    ]
    .contains(&key)
        || key.ends_with("_source")
}

#[test]
fn every_language_s_activities_pass_the_content_checks() {
    for locale in LOCALES {
        let content = Content::load_for(locale.code).expect("content parses");
        let problems: Vec<String> = validate::problems(&content)
            .into_iter()
            .filter(|p| p.starts_with("together"))
            .collect();
        assert!(
            problems.is_empty(),
            "{}:\n{}",
            locale.code,
            problems.join("\n")
        );
        assert!(content.together.paths.under_9.story.scenes.len() >= 6);
    }
}

#[test]
fn the_checks_catch_a_second_better_choice_a_missing_card_and_a_dead_link() {
    let mut c = Content::load_for("en").expect("content parses");
    c.together.paths.under_9.story.scenes[0].choices[1].better = true;
    c.together.paths.from_9_to_12.sort.cards.pop();
    c.together.paths.from_13_to_18.myths.items[0].source[0].site = Some("/risks/nowhere".into());
    c.together.paths.from_13_to_18.rights.items[0].source[0].doc = Some("no-such-doc".into());
    c.together
        .paths
        .from_13_to_18
        .scenarios
        .items
        .retain(|s| s.id != "easy-money");
    let problems = validate::problems(&c).join("\n");
    for expected in [
        "together scene play-together: exactly one choice is the better one",
        "cards for contract, expected 3",
        "links to `/risks/nowhere`",
        "cites unknown source `no-such-doc`",
        "no scenario `easy-money`",
    ] {
        assert!(problems.contains(expected), "{expected}: {problems}");
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
    for code in LOCALES.map(|l| l.code) {
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

/// The drawings are inlined in pages of six languages: no words inside,
/// nothing that runs or loads, and small.
#[test]
fn every_scene_has_a_drawing_with_no_text_script_or_outside_reference() {
    use cop_explorer::site::components::picture::picture_svg;
    let content = Content::load_for("en").expect("content parses");
    let mut names: Vec<String> = content
        .together
        .paths
        .under_9
        .story
        .scenes
        .iter()
        .map(|s| format!("under-9-{}", s.id))
        .collect();
    names.extend(["under-9", "9-12", "13-18"].map(|b| format!("path-{b}")));
    for name in names {
        let svg = picture_svg(&name).unwrap_or_else(|| panic!("no drawing {name}"));
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox="),
            "{name}"
        );
        assert!(svg.len() < 3_500, "{name}: {} bytes", svg.len());
        let lower = svg.to_lowercase();
        for banned in [
            "<text",
            "<script",
            "<style",
            "style=",
            "href",
            "<foreignobject",
            "<image",
            " on",
            "<title",
        ] {
            assert!(!lower.contains(banned), "{name} has {banned:?}");
        }
    }
    assert!(picture_svg("no-such-drawing").is_none());
}
