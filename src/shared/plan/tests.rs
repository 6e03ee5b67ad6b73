//! The plan's logic: share links, stored form, starting plan, text.

use super::*;

/// The plan as serde stores it: the reference the island's hand-written
/// JSON is held to.
fn to_stored(plan: &Plan) -> String {
    serde_json::to_string(&stored_form(plan)).expect("a plan serialises")
}

/// Reads a stored plan as serde does.
fn restore(raw: Option<&str>, is_known: impl Fn(&str) -> bool) -> Restored {
    restore_from(
        raw.map(|raw| serde_json::from_str::<Stored>(raw).ok()),
        is_known,
    )
}

fn known(id: &str) -> bool {
    [
        "devices-out-of-bedrooms",
        "ask-before-new-apps",
        "i-listen-first",
    ]
    .contains(&id)
}

fn sample() -> Plan {
    let mut plan = Plan {
        age: Some(AgeBand::From9To12),
        child_name: "Sam".into(),
        parent_name: "Alex".into(),
        review_on: Some("2027-03-01".into()),
        ..Plan::default()
    };
    plan.add_suggestion(
        "devices-out-of-bedrooms",
        Side::Child,
        "We keep devices out of bedrooms.",
    );
    plan.add_suggestion("i-listen-first", Side::Parent, "I listen first.");
    plan.add_own(Side::Child, "  We   play  a game together on Sundays. ");
    plan
}

#[test]
fn a_share_link_carries_the_age_and_ids_only_and_round_trips() {
    let plan = sample();
    let query = share_query(&plan);
    assert_eq!(
        query,
        "age=9-12&items=devices-out-of-bedrooms,i-listen-first"
    );
    for private in ["Sam", "Alex", "2027", "Sundays"] {
        assert!(
            !query.contains(private),
            "{private} must never be in a link"
        );
    }
    let pairs: Vec<(&str, &str)> = query.split('&').filter_map(|p| p.split_once('=')).collect();
    let choice = parse_share(pairs, known);
    assert_eq!(choice.age, Some(AgeBand::From9To12));
    assert_eq!(choice.items, ["devices-out-of-bedrooms", "i-listen-first"]);
    assert!(!choice.ignored_any);
}

#[test]
fn a_share_link_drops_unknown_ids_repeats_and_ages() {
    let choice = parse_share(
        [
            ("age", "12-99"),
            ("age", "9-12"),
            (
                "items",
                "ask-before-new-apps,<script>,ask-before-new-apps,,nope",
            ),
        ],
        known,
    );
    assert_eq!(choice.age, None, "the first age counts, and it is unknown");
    assert_eq!(choice.items, ["ask-before-new-apps"]);
    assert!(choice.ignored_any);
    assert!(parse_share([("q", "x")], known).is_empty());
    let many = vec!["ask-before-new-apps"; 500].join(",");
    assert_eq!(
        parse_share([("items", many.as_str())], known).items.len(),
        1
    );
}

#[test]
fn the_stored_form_is_versioned_and_round_trips() {
    let plan = sample();
    let raw = to_stored(&plan);
    assert!(raw.starts_with("{\"v\":1,"), "{raw}");
    assert_eq!(restore(Some(&raw), known), Restored::Plan(plan));
    assert_eq!(restore(None, known), Restored::Nothing);
}

/// The stored JSON, byte for byte: the browser writes and reads the same
/// (tests/e2e/plan.test.mjs loads this file into localStorage).
#[test]
fn the_stored_form_is_this_json() {
    let fixture = include_str!("../../../tests/fixtures/stored-plan.json").trim();
    let Restored::Plan(plan) = restore(Some(fixture), known) else {
        panic!("the fixture is a stored plan");
    };
    assert_eq!(plan.lines.len(), 3);
    assert_eq!(
        plan.lines[0].suggestion.as_deref(),
        Some("devices-out-of-bedrooms")
    );
    assert_eq!(to_stored(&plan), fixture);
}

#[test]
fn side_slugs_are_serde_names() {
    for side in [Side::Child, Side::Parent] {
        assert_eq!(
            serde_json::to_string(&side).unwrap(),
            format!("\"{}\"", side.slug())
        );
        assert_eq!(Side::from_slug(side.slug()), Some(side));
    }
    assert_eq!(Side::from_slug("nobody"), None);
}

#[test]
fn nothing_stored_and_unreadable_storage_differ() {
    assert_eq!(restore_from(None, known), Restored::Nothing);
    assert_eq!(restore_from(Some(None), known), Restored::Ignored);
}

#[test]
fn corrupt_or_old_stored_data_is_ignored() {
    for raw in [
        "not json",
        "[]",
        "{\"lines\":[]}",
        "{\"v\":0,\"lines\":[]}",
        "{\"v\":2,\"lines\":[]}",
        "{\"v\":1,\"lines\":[{\"side\":\"nobody\",\"text\":\"x\"}]}",
        // Also refused by the browser's reader (tests/e2e/plan.test.mjs).
        "{\"v\":\"1\"}",
        "{\"v\":1,\"lines\":{}}",
    ] {
        assert_eq!(restore(Some(raw), known), Restored::Ignored, "{raw}");
    }
}

#[test]
fn stored_values_out_of_bounds_are_cut_or_dropped() {
    let long = "x".repeat(1000);
    let raw = format!(
        "{{\"v\":1,\"age\":\"7-8\",\"child\":\"{long}\",\"review\":\"soon\",\"lines\":[\
         {{\"suggestion\":\"gone-from-content\",\"side\":\"child\",\"text\":\"Kept as our own\"}},\
         {{\"suggestion\":\"i-listen-first\",\"side\":\"parent\",\"text\":\"   \"}},\
         {{\"side\":\"parent\",\"text\":\"{long}\"}}]}}"
    );
    let Restored::Plan(plan) = restore(Some(&raw), known) else {
        panic!("a readable plan")
    };
    assert_eq!(plan.age, None);
    assert_eq!(plan.review_on, None);
    assert_eq!(plan.child_name.chars().count(), MAX_NAME);
    assert_eq!(plan.lines.len(), 2, "the blank line is dropped");
    assert_eq!(
        plan.lines[0].suggestion, None,
        "an unknown suggestion becomes the family's own line"
    );
    assert_eq!(plan.lines[0].text, "Kept as our own");
    assert_eq!(plan.lines[1].text.chars().count(), MAX_TEXT);
}

#[test]
fn lines_move_within_their_side_and_edits_can_remove_them() {
    let mut plan = sample();
    // Child lines are at 0 and 2, the parent's at 1.
    assert_eq!(plan.move_down(0), 2, "skips the parent's line");
    assert_eq!(
        plan.lines[2].suggestion.as_deref(),
        Some("devices-out-of-bedrooms")
    );
    assert_eq!(plan.move_down(2), 2, "already last of its side");
    assert_eq!(plan.move_up(2), 0);
    assert_eq!(plan.move_up(1), 1, "the only parent line");
    plan.edit(1, "I listen first, and stay calm.");
    assert_eq!(plan.lines[1].text, "I listen first, and stay calm.");
    plan.edit(1, "  ");
    assert!(!plan.has("i-listen-first"));
    plan.add_suggestion("devices-out-of-bedrooms", Side::Child, "again");
    assert_eq!(
        plan.chosen_ids(),
        ["devices-out-of-bedrooms"],
        "a suggestion is added once"
    );
    plan.remove_suggestion("devices-out-of-bedrooms");
    assert!(plan.chosen_ids().is_empty());
}

fn side_and_text(id: &str) -> Option<(Side, String)> {
    known(id).then(|| (Side::Child, format!("text of {id}")))
}

#[test]
fn a_visit_starts_from_the_link_else_from_storage() {
    let stored = sample();
    let same_link = SharedChoice {
        age: stored.age,
        items: stored.chosen_ids().iter().map(|s| s.to_string()).collect(),
        ignored_any: false,
        adds: false,
    };
    let (plan, notices) = starting_plan(Restored::Plan(stored.clone()), same_link, side_and_text);
    assert_eq!(plan, stored, "a reload keeps the stored wording and names");
    assert!(notices.is_empty());

    let other_link = SharedChoice {
        age: Some(AgeBand::Under9),
        items: vec!["ask-before-new-apps".into()],
        ignored_any: true,
        adds: false,
    };
    let (plan, notices) = starting_plan(Restored::Plan(stored.clone()), other_link, side_and_text);
    assert_eq!(plan.age, Some(AgeBand::Under9));
    assert_eq!(plan.chosen_ids(), ["ask-before-new-apps"]);
    assert_eq!(plan.child_name, "", "names never come from a link");
    assert_eq!(
        notices,
        [StartNotice::SharedIgnored, StartNotice::SharedLoaded]
    );

    let (plan, notices) = starting_plan(Restored::Ignored, SharedChoice::default(), side_and_text);
    assert!(plan.is_empty());
    assert_eq!(notices, [StartNotice::StoredIgnored]);
    let (plan, notices) = starting_plan(Restored::Nothing, SharedChoice::default(), side_and_text);
    assert!(plan.is_empty() && notices.is_empty());
}

#[test]
fn an_add_link_keeps_the_stored_plan_and_ticks_its_suggestions() {
    let query = add_query(
        AgeBand::From13To18,
        &["ask-before-new-apps", "i-listen-first"],
    );
    assert_eq!(query, "age=13-18&add=ask-before-new-apps,i-listen-first");
    let pairs: Vec<(&str, &str)> = query.split('&').filter_map(|p| p.split_once('=')).collect();
    let choice = parse_share(pairs, known);
    assert!(choice.adds);

    let stored = sample();
    let (plan, notices) = starting_plan(
        Restored::Plan(stored.clone()),
        choice.clone(),
        side_and_text,
    );
    assert_eq!(plan.age, Some(AgeBand::From13To18), "the link's age group");
    assert_eq!(
        plan.chosen_ids(),
        [
            "devices-out-of-bedrooms",
            "i-listen-first",
            "ask-before-new-apps"
        ],
        "kept, and each suggestion once"
    );
    assert_eq!(
        plan.child_name, stored.child_name,
        "names and own lines stay"
    );
    assert_eq!(plan.lines.len(), stored.lines.len() + 1);
    assert_eq!(notices, [StartNotice::SuggestionsAdded]);

    let (plan, notices) = starting_plan(Restored::Ignored, choice, side_and_text);
    assert_eq!(plan.chosen_ids(), ["ask-before-new-apps", "i-listen-first"]);
    assert_eq!(
        notices,
        [StartNotice::StoredIgnored, StartNotice::SuggestionsAdded]
    );
}

#[test]
fn the_text_copy_lists_each_side_under_its_heading() {
    let text = as_text(
        &sample(),
        TextLabels {
            title: "Our family's online plan",
            we_agree: "We agree to:",
            i_agree: "I agree to:",
            review: "We will look at it again on 1 March 2027.",
            names: "Sam and Alex",
        },
    );
    assert_eq!(
        text,
        "Our family's online plan\nSam and Alex\n\nWe agree to:\n- We keep devices out of bedrooms.\n\
         - We play a game together on Sundays.\n\nI agree to:\n- I listen first.\n\n\
         We will look at it again on 1 March 2027."
    );
}
