//! Risk explorer, directory and search: content completeness and the pure
//! logic behind the interactive parts.

use cop_explorer::shared::content::{AgeBand, Content, PartnerKind, RiskId, RiskType};
use cop_explorer::shared::grid_state::{cell_id, step};
use cop_explorer::shared::partner_filter::{filtered, DirectoryFilter, Entry};
use cop_explorer::shared::quiz::{storage_key, QuizAnswers};
use cop_explorer::shared::search::{HitKind, SearchIndex};
use cop_explorer::site::content_checks as validate;

fn content() -> Content {
    Content::load().unwrap()
}

#[test]
fn explorer_content_is_complete() {
    let problems = validate::explorer_problems(&content());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn explorer_checks_can_fail() {
    let mut c = content();
    c.grid.cells.pop();
    c.risk_guides[0].quiz.truncate(2);
    c.risk_guides[1].quiz[0]
        .options
        .iter_mut()
        .for_each(|o| o.best = true);
    c.guidance.age_groups.swap(0, 1);
    let problems = validate::explorer_problems(&c).join("\n");
    assert!(problems.contains("appears 0 times"), "{problems}");
    assert!(problems.contains("expected 5–8"), "{problems}");
    assert!(problems.contains("exactly one best"), "{problems}");
    assert!(problems.contains("guidance age groups"), "{problems}");
}

#[test]
fn every_guide_links_to_partners_that_exist() {
    let c = content();
    for risk in RiskId::ALL {
        let guide = c.risk_guide(risk).expect("guide");
        assert_eq!(guide.top_tips.len(), 3, "three tips for {}", risk.slug());
        assert!(!guide.conversation_starters.is_empty());
        for p in c.partners_on_risk(risk) {
            assert!(c.partner(&p.id).is_some());
        }
        for i in c.initiatives_on_risk(risk) {
            assert!(
                i.partners.iter().all(|p| c.partner(p).is_some()),
                "initiative {} has its partners",
                i.id
            );
        }
        let help_urls: Vec<_> = guide
            .help_resources
            .iter()
            .filter_map(|r| r.url.as_deref())
            .collect();
        for url in help_urls {
            assert!(
                url == "https://childhelplineinternational.org" || url == "https://www.inhope.org",
                "unchecked help URL {url}"
            );
        }
    }
    // Every category has someone working on it, so no page says "nobody".
    for risk in RiskId::ALL {
        assert!(
            !c.initiatives_on_risk(risk).is_empty(),
            "initiatives on {}",
            risk.slug()
        );
    }
}

// ---- quiz ----

#[test]
fn quiz_scores_and_round_trips_through_storage() {
    let c = content();
    let qs = &c.risk_guide(RiskId::Contact).unwrap().quiz;
    let mut a = QuizAnswers::default();
    let best = qs[0].options.iter().position(|o| o.best).unwrap();
    let other = (best + 1) % qs[0].options.len();
    a.answer(&qs[0], best);
    a.answer(&qs[1], qs[1].options.iter().position(|o| !o.best).unwrap());
    let s = a.score(qs);
    assert_eq!((s.answered, s.best, s.total), (2, 1, qs.len()));
    assert!(!s.is_complete());
    assert_eq!(a.next_unanswered(qs).unwrap().id, qs[2].id);

    a.answer(&qs[0], other); // changing an answer replaces it
    assert_eq!(a.score(qs).best, 0);

    let stored = a.to_storage();
    assert_eq!(QuizAnswers::from_storage(Some(&stored), qs), a);
    assert_eq!(storage_key(RiskId::Contact), "cop-explorer.quiz.contact");
}

#[test]
fn quiz_ignores_out_of_range_answers() {
    let c = content();
    let qs = &c.risk_guide(RiskId::Content).unwrap().quiz;
    let mut a = QuizAnswers::default();
    a.answer(&qs[0], 99);
    assert!(a.is_empty());
}

#[test]
fn corrupt_or_old_stored_answers_are_ignored() {
    let c = content();
    let qs = &c.risk_guide(RiskId::Conduct).unwrap().quiz;
    for raw in [
        None,
        Some(""),
        Some("not json"),
        Some("{\"v\":0,\"answers\":{\"conduct-q1\":0}}"),
        Some("[1,2,3]"),
        Some("{\"v\":1,\"answers\":{\"conduct-q1\":\"zero\"}}"),
    ] {
        assert!(QuizAnswers::from_storage(raw, qs).is_empty(), "{raw:?}");
    }
    // Known questions survive; unknown ids and impossible options are dropped.
    let raw = format!(
        "{{\"v\":1,\"answers\":{{\"{}\":0,\"gone-q9\":1,\"{}\":42}}}}",
        qs[0].id, qs[1].id
    );
    let a = QuizAnswers::from_storage(Some(&raw), qs);
    assert_eq!(a.chosen(&qs[0].id), Some(0));
    assert_eq!(a.chosen("gone-q9"), None);
    assert_eq!(a.chosen(&qs[1].id), None);
}

// ---- grid ----

#[test]
fn arrow_keys_stay_inside_the_grid() {
    assert_eq!(
        step(RiskId::Content, RiskType::Aggressive, -1, -1),
        (RiskId::Content, RiskType::Aggressive)
    );
    assert_eq!(
        step(RiskId::Content, RiskType::Aggressive, 1, 0),
        (RiskId::Contact, RiskType::Aggressive)
    );
    assert_eq!(
        step(RiskId::Contract, RiskType::Values, 1, 1),
        (RiskId::Contract, RiskType::Values)
    );
    assert_eq!(
        step(RiskId::Conduct, RiskType::Sexual, 0, 1),
        (RiskId::Conduct, RiskType::Values)
    );
    assert_eq!(
        cell_id(RiskId::Contract, RiskType::Aggressive),
        "contract-aggressive"
    );
}

// ---- directory ----

fn names(entries: &[Entry]) -> Vec<String> {
    entries.iter().map(|e| e.name().to_string()).collect()
}

#[test]
fn directory_lists_every_partner_and_initiative_unfiltered() {
    let c = content();
    let all = filtered(&c, &DirectoryFilter::default());
    assert_eq!(all.len(), c.partners.len() + c.initiatives.len());
}

#[test]
fn directory_filters_by_kind_risk_audience_and_text() {
    let c = content();
    let (f, ignored) = DirectoryFilter::from_query(Some("alliance"), None, None, None);
    assert!(ignored.is_empty());
    let found = filtered(&c, &f);
    assert!(found.iter().all(|e| match e {
        Entry::Partner(p) => p.kind == PartnerKind::Alliance,
        Entry::Initiative(_) => true,
    }));
    assert!(names(&found).iter().any(|n| n.contains("WePROTECT")));

    let (f, _) = DirectoryFilter::from_query(None, Some("contact"), None, None);
    assert!(names(&filtered(&c, &f))
        .iter()
        .any(|n| n.contains("WePROTECT")));

    let (f, _) = DirectoryFilter::from_query(None, None, Some("parents"), None);
    assert!(names(&filtered(&c, &f)).iter().any(|n| n == "Parent Zone"));

    let (f, _) = DirectoryFilter::from_query(None, None, None, Some("  safer INTERNET "));
    let found = names(&filtered(&c, &f));
    assert!(
        found.iter().any(|n| n.contains("UK Safer Internet Centre")),
        "{found:?}"
    );
    assert!(found.iter().all(|n| !n.contains("WePROTECT")), "{found:?}");
}

#[test]
fn directory_query_round_trips_and_rejects_junk() {
    let (f, ignored) = DirectoryFilter::from_query(
        Some("ngo"),
        Some("contract"),
        Some("policy-makers"),
        Some("a b&c"),
    );
    assert!(ignored.is_empty());
    assert_eq!(
        f.to_query(),
        "kind=ngo&risk=contract&audience=policy-makers&q=a+b%26c"
    );
    let (f, ignored) = DirectoryFilter::from_query(Some("spaceship"), Some("x"), Some("<b>"), None);
    assert_eq!(f, DirectoryFilter::default());
    assert_eq!(ignored, ["kind", "risk", "audience"]);
}

#[test]
fn an_impossible_combination_is_empty() {
    let c = content();
    let (f, _) = DirectoryFilter::from_query(None, None, None, Some("zzzzqqq"));
    assert!(filtered(&c, &f).is_empty());
}

// ---- search ----

#[test]
fn search_finds_sango_in_the_cop_guidelines() {
    let c = content();
    let index = SearchIndex::build(&c);
    let hits = index.search("Sango", 8);
    assert!(!hits.is_empty());
    let cop = c.initiative("cop-guidelines-2020").unwrap();
    assert!(
        hits.iter()
            .any(|h| h.kind == HitKind::Initiative && h.title == cop.name),
        "{hits:#?}"
    );
}

#[test]
fn search_ranks_the_contact_risk_first_for_grooming() {
    let c = content();
    let hits = SearchIndex::build(&c).search("grooming", 8);
    assert_eq!(hits[0].kind, HitKind::Risk, "{hits:#?}");
    assert_eq!(hits[0].path, "/risks/contact");
    // Then the grid's cell named for it.
    assert!(
        hits.iter().any(|h| h.path == "/risks?cell=contact-sexual"),
        "{hits:#?}"
    );
}

#[test]
fn search_prefers_titles_and_needs_every_word() {
    let c = content();
    let index = SearchIndex::build(&c);
    let hits = index.search("weprotect", 8);
    assert_eq!(hits[0].path, "/partners/weprotect", "{hits:#?}");
    assert!(index.search("weprotect zzzzqqq", 8).is_empty());
    assert!(index.search("   ", 8).is_empty());
    let capped = index.search("children", 3);
    assert_eq!(capped.len(), 3);
    // Accents and case do not matter.
    assert_eq!(
        index.search("PARENT zone", 1)[0].path,
        "/partners/parent-zone"
    );
}

#[test]
fn guidance_covers_every_age_band() {
    let c = content();
    let bands: Vec<_> = c.guidance.age_groups.iter().map(|g| g.band).collect();
    assert_eq!(bands, AgeBand::ALL);
    let elements: Vec<_> = c
        .guidance
        .resilience
        .elements
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(elements, ["Understand", "Know", "Recover", "Learn"]);
    assert_eq!(c.guidance.resilience.partner, "parent-zone");
}

// ---- What the islands read from the page ----

#[test]
fn the_grid_island_reads_only_ids_the_page_has() {
    use cop_explorer::shared::grid_state::{cell_from_id, parse_cell_id, toggle};
    let c = content();
    let known: Vec<String> = c
        .grid
        .cells
        .iter()
        .map(|cell| cell_id(cell.risk, cell.kind))
        .chain(c.grid.cross_cutting.iter().map(|x| x.id.clone()))
        .collect();
    assert_eq!(known.len(), 15, "12 cells and 3 cross-cutting risks");
    assert_eq!(parse_cell_id(None, &known), (None, true));
    assert_eq!(parse_cell_id(Some("  "), &known), (None, true));
    assert_eq!(
        parse_cell_id(Some("contact-sexual"), &known),
        (Some("contact-sexual".into()), true)
    );
    assert_eq!(
        parse_cell_id(Some("privacy"), &known),
        (Some("privacy".into()), true)
    );
    assert_eq!(parse_cell_id(Some("contact-spooky"), &known), (None, false));
    assert_eq!(parse_cell_id(Some("<script>"), &known), (None, false));
    // Choosing the open item closes it; another one opens that one.
    assert_eq!(toggle(None, "privacy"), Some("privacy".into()));
    assert_eq!(toggle(Some("privacy"), "privacy"), None);
    assert_eq!(
        toggle(Some("privacy"), "contact-sexual"),
        Some("contact-sexual".into())
    );
    assert_eq!(
        cell_from_id("conduct-values"),
        Some((RiskId::Conduct, RiskType::Values))
    );
    assert_eq!(cell_from_id("privacy"), None);
}

#[test]
fn directory_cards_carry_what_the_filter_needs() {
    use cop_explorer::shared::partner_filter::EntryTags;
    let c = content();
    let entries: Vec<Entry> = filtered(&c, &DirectoryFilter::default());
    let filters = [
        DirectoryFilter::from_query(Some("ngo"), None, None, None).0,
        DirectoryFilter::from_query(None, Some("contact"), None, None).0,
        DirectoryFilter::from_query(None, None, Some("parents"), None).0,
        DirectoryFilter::from_query(Some("alliance"), Some("contact"), None, Some("safe")).0,
        DirectoryFilter::from_query(None, None, None, Some("ITU")).0,
        DirectoryFilter::from_query(None, None, None, Some("zzzz")).0,
    ];
    // The island judges a card by its data-* attributes; the result must be
    // what the content says.
    for filter in &filters {
        for entry in &entries {
            assert_eq!(
                filter.accepts(&EntryTags::of(*entry, &c)),
                filter.matches(*entry, &c),
                "{filter:?} on {}",
                entry.name()
            );
        }
    }
    let some = |f: &DirectoryFilter| entries.iter().filter(|e| f.matches(**e, &c)).count();
    assert!(some(&filters[0]) > 0 && some(&filters[0]) < entries.len());
    assert_eq!(some(&filters[5]), 0, "the checks can fail");
}

#[test]
fn meeting_items_carry_what_the_filter_needs() {
    use cop_explorer::shared::meeting_filter::{item_orgs, MeetingFilter};
    let c = content();
    let (itu, _) = MeetingFilter::from_query(None, Some("itu"), &c);
    let (outcomes, _) = MeetingFilter::from_query(Some("outcome"), None, &c);
    for item in c.items() {
        let orgs = item_orgs(item, &c);
        for filter in [&itu, &outcomes] {
            assert_eq!(
                filter.accepts(item.kind.slug(), orgs.iter().map(String::as_str)),
                filter.matches(item, &c),
                "{filter:?} on {}",
                item.id
            );
        }
    }
    // A filter on a parent organisation finds items naming only its parts.
    let by_part = c
        .items()
        .filter(|i| i.partners.iter().all(|p| p != "itu") && itu.matches(i, &c))
        .count();
    assert!(by_part > 0, "items of ITU's parts count for ITU");
    // Unknown organisations are ignored with a notice, whoever knows them.
    let (f, ignored) = MeetingFilter::from_query_with(None, Some("nasa"), |id| id == "itu");
    assert_eq!(f, MeetingFilter::default());
    assert_eq!(ignored.len(), 1);
}

#[test]
fn the_search_index_survives_its_trip_through_json() {
    let index = SearchIndex::build(&content());
    let json = serde_json::to_string(&index).unwrap();
    let back: SearchIndex = serde_json::from_str(&json).unwrap();
    assert_eq!(back.search("grooming", 5), index.search("grooming", 5));
    assert!(!back.search("sango", 5).is_empty());
}
