//! Search finds what the site says, in each language with its own words
//! (issue 24): a Chinese word inside a clause, an Arabic word with and
//! without its article, a Russian word in another case, and the sections,
//! session plans, grid cells and tools beside the guides.

use cop_explorer::shared::content::Content;
use cop_explorer::shared::i18n;
use cop_explorer::shared::search::terms::terms;
use cop_explorer::shared::search::{Hit, HitKind, SearchIndex};

/// The index of `code`, built as the prerenderer builds it.
fn index(code: &str) -> SearchIndex {
    let locale = i18n::by_code(code).expect("a site locale");
    i18n::render_in(locale, || {
        SearchIndex::build(&Content::load_for(code).expect("content loads"))
    })
}

fn paths(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.path.as_str()).collect()
}

#[test]
fn english_bullying_finds_the_guide_the_grid_guidance_and_a_session() {
    let hits = index("en").search("bullying", 50);
    let found = paths(&hits);
    assert!(hits.len() >= 6, "{found:?}");
    assert!(
        found.iter().any(|p| p.starts_with("/risks/conduct")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| p.starts_with("/risks?cell=")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| p.starts_with("/guidance/")),
        "{found:?}"
    );
    assert!(hits.iter().any(|h| h.kind == HitKind::Session), "{found:?}");
    // Another form of the word, by its stem.
    assert!(!index("en").search("bullied", 50).is_empty());
}

#[test]
fn chinese_words_are_found_inside_clauses() {
    let zh = index("zh");
    for (word, at_least) in [("网络", 20), ("隐私", 8), ("儿童", 30), ("欺凌", 3)] {
        let hits = zh.search(word, 200);
        assert!(hits.len() >= at_least, "{word}: {} results", hits.len());
    }
}

#[test]
fn arabic_words_are_found_with_or_without_the_article() {
    let ar = index("ar");
    for (bare, with_article) in [
        ("أطفال", "الأطفال"),
        ("تنمر", "التنمر"),
        ("خصوصية", "الخصوصية"),
        // A hamza alif and lam are not the article.
        ("ألعاب", "الألعاب"),
    ] {
        let a = ar.search(bare, 200);
        let b = ar.search(with_article, 200);
        assert!(a.len() >= 3, "{bare}: {} results", a.len());
        assert_eq!(paths(&a), paths(&b), "{bare} and {with_article}");
    }
    assert!(ar.search("اطفال", 200).len() >= 30, "hamza or not");
}

#[test]
fn russian_finds_a_word_in_any_case() {
    let ru = index("ru");
    let nominative = ru.search("дети", 200);
    let genitive = ru.search("детей", 200);
    assert!(nominative.len() >= 20, "дети: {}", nominative.len());
    assert!(genitive.len() >= 20, "детей: {}", genitive.len());
    let shared = paths(&nominative)
        .into_iter()
        .filter(|p| paths(&genitive).contains(p))
        .count();
    assert!(
        shared * 10 >= nominative.len() * 8,
        "{shared} of {} shared",
        nominative.len()
    );
}

#[test]
fn french_and_spanish_ignore_accents_and_plurals() {
    let fr = index("fr");
    assert_eq!(
        paths(&fr.search("harcèlement", 100)),
        paths(&fr.search("harcelement", 100))
    );
    assert!(fr.search("harcèlement", 100).len() >= 4);
    let es = index("es");
    let plural = es.search("niños", 200);
    assert!(plural.len() >= 20, "niños: {}", plural.len());
    assert!(es.search("niño", 200).len() >= plural.len());
}

#[test]
fn results_link_to_the_section_that_answers() {
    let hits = index("en").search("contact warning signs", 10);
    assert_eq!(
        paths(&hits).first(),
        Some(&"/risks/contact#signs"),
        "{:?}",
        paths(&hits)
    );
    let ar = index("ar");
    let plan = ar.search("خطة", 50);
    assert!(
        plan.iter()
            .any(|h| h.kind == HitKind::Tool && h.path == "/plan"),
        "{:?}",
        paths(&plan)
    );
}

#[test]
fn every_page_with_text_is_searched_section_by_section() {
    let en = index("en");
    let deck = en.search("classroom contact", 50);
    assert!(
        deck.iter()
            .any(|h| h.path == "/classroom/contact#deck-9-12"),
        "{:?}",
        paths(&deck)
    );
    let about = en.search("independent guide", 10);
    assert!(
        about
            .iter()
            .any(|h| h.kind == HitKind::About && h.path.starts_with("/about")),
        "{:?}",
        paths(&about)
    );
    let tips = index("fr").search("conseils", 200);
    assert!(
        tips.iter().any(|h| h.path == "/guidance/under-9#key-tips"),
        "{:?}",
        paths(&tips)
    );
}

#[test]
fn a_title_match_ranks_above_a_body_match() {
    // Pages whose titles are shown whole (not a guide that also answers
    // for its grid cells' names, nor a partner known by a short name).
    let shown_whole = |h: &Hit| !matches!(h.kind, HitKind::Risk | HitKind::Partner);
    for (code, query) in [
        ("en", "privacy"),
        ("fr", "conseils"),
        ("zh", "隐私"),
        ("ar", "الخصوصية"),
    ] {
        let hits = index(code).search(query, 50);
        let in_title: Vec<bool> = hits
            .iter()
            .filter(|h| shown_whole(h))
            .map(|h| {
                !terms(&h.title)
                    .iter()
                    .all(|w| !w.contains(&terms(query)[0]))
            })
            .collect();
        assert!(
            in_title.contains(&true),
            "{code} {query}: {:?}",
            paths(&hits)
        );
        assert!(
            in_title.windows(2).all(|pair| pair[0] || !pair[1]),
            "{code} {query}: {:?}",
            paths(&hits)
        );
    }
}

/// The marked words of a hit's extract.
fn marked(index: &SearchIndex, hit: &Hit, query: &str) -> Vec<String> {
    index
        .extract(hit, query)
        .into_iter()
        .filter(|p| p.marked)
        .map(|p| p.text)
        .collect()
}

#[test]
fn extracts_mark_the_words_found_in_each_language() {
    // The marked text, in search's own form, has `expect`.
    for (code, query, expect) in [
        ("en", "bullying", "bullying"),
        ("zh", "网络", "网络"),
        ("ar", "تنمر", "تنمر"),
        ("ru", "дети", "дет"),
        ("fr", "harcèlement", "harcel"),
        ("es", "niños", "nin"),
    ] {
        let index = index(code);
        let hits = index.search(query, 50);
        let has = |text: &str| terms(text).iter().any(|w| w.contains(expect));
        // Hits found by their title alone (shown, or a guide's grid cells)
        // have nothing to mark in their text.
        let by_text: Vec<&Hit> = hits
            .iter()
            .filter(|h| !has(&h.title) && (h.kind != HitKind::Risk || h.path.contains(['#', '?'])))
            .collect();
        assert!(by_text.len() >= 3, "{code} {query}: {:?}", paths(&hits));
        for hit in by_text {
            assert!(
                marked(&index, hit, query).iter().any(|m| has(m)),
                "{code} {query}: {} has no mark: {:?}",
                hit.path,
                index.extract(hit, query)
            );
        }
    }
}

#[test]
fn a_short_word_in_a_title_does_not_lift_a_result_above_the_phrase() {
    // "de" is in many titles; the sections with "línea de ayuda" come first.
    let hits = index("es").search("línea de ayuda", 20);
    let found = paths(&hits);
    for expected in ["/partners/insafe", "/together/13-18#what-would-you-do"] {
        assert!(found.contains(&expected), "{expected}: {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|p| p.starts_with("/together/under-9#scene-")),
        "{found:?}"
    );
}
