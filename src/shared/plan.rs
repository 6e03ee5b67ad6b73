//! The family online plan (issue 15): what a parent builds with their
//! child, its share link and its stored form. Pure logic, so that it is
//! tested natively; the island only wires it to the page.
//!
//! Privacy rules live here: the share link carries the age group and the
//! ids of chosen suggestions only, never free text or names; the stored
//! form stays in this browser. Stored data and links are untrusted: what
//! does not fit is dropped, never an error.

use serde::{Deserialize, Serialize};

use crate::shared::content::{AgeBand, PlanGroup, PlanSuggestion, Side};

/// Where the plan is kept (localStorage, this browser only).
pub const STORAGE_KEY: &str = "cop-explorer.plan";
/// Bump when the stored shape changes: older data is then ignored, with a
/// short notice.
const STORAGE_VERSION: u32 = 1;
/// More lines than any real plan has: a limit for links and storage that
/// someone else wrote.
pub const MAX_LINES: usize = 80;
/// The longest line kept, in characters.
pub const MAX_TEXT: usize = 300;
/// The longest first name kept, in characters.
pub const MAX_NAME: usize = 60;

/// What the plan builder island reads from its page: the suggestions
/// (without their citations, which the page shows), the groups, and each
/// age group's name in the page's language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanCatalog {
    /// The printed plan's title ("Our family's online plan").
    pub title: String,
    pub groups: Vec<PlanGroup>,
    pub suggestions: Vec<PlanSuggestion>,
    pub bands: Vec<(AgeBand, String)>,
    /// What the page says of where a plan came from, by `StartNotice::slug`,
    /// in the page's language. From the page, not compiled into the island,
    /// whose wasm would otherwise carry them in all six languages.
    pub notices: Vec<(String, String)>,
}

impl PlanCatalog {
    /// The catalog as the page carries it for the island
    /// (`data-plan-catalog`; the island reads it with the browser's JSON).
    pub fn to_page_data(&self) -> String {
        serde_json::to_string(self).expect("a plan catalog serialises")
    }

    pub fn is_known(&self, id: &str) -> bool {
        self.suggestions.iter().any(|s| s.id == id)
    }

    /// The words for a notice ("" when the page did not give them).
    pub fn notice_text(&self, notice: StartNotice) -> &str {
        self.notices
            .iter()
            .find(|(slug, _)| slug == notice.slug())
            .map_or("", |(_, text)| text)
    }

    /// A suggestion's side and text.
    pub fn side_and_text(&self, id: &str) -> Option<(Side, String)> {
        self.suggestions
            .iter()
            .find(|s| s.id == id)
            .map(|s| (s.side, s.text.clone()))
    }
}

/// One line of the plan: a suggestion (its id, its text as the parent
/// edited it) or the family's own line (no id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanLine {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
    pub side: Side,
    pub text: String,
}

/// The plan as the parent builds it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub age: Option<AgeBand>,
    pub lines: Vec<PlanLine>,
    pub child_name: String,
    pub parent_name: String,
    /// "2027-03-01": the date the family agreed to look at it again.
    pub review_on: Option<String>,
}

impl Plan {
    /// Whether a suggestion is already in the plan.
    pub fn has(&self, id: &str) -> bool {
        self.lines
            .iter()
            .any(|l| l.suggestion.as_deref() == Some(id))
    }

    /// Adds a suggestion at the end of its side, once.
    pub fn add_suggestion(&mut self, id: &str, side: Side, text: &str) {
        if !self.has(id) && self.lines.len() < MAX_LINES {
            self.lines.push(PlanLine {
                suggestion: Some(id.to_string()),
                side,
                text: clean_text(text),
            });
        }
    }

    /// Removes a suggestion, wherever it is.
    pub fn remove_suggestion(&mut self, id: &str) {
        self.lines.retain(|l| l.suggestion.as_deref() != Some(id));
    }

    /// Adds the family's own line; blank text adds nothing.
    pub fn add_own(&mut self, side: Side, text: &str) {
        let text = clean_text(text);
        if !text.is_empty() && self.lines.len() < MAX_LINES {
            self.lines.push(PlanLine {
                suggestion: None,
                side,
                text,
            });
        }
    }

    /// Changes a line's wording; blank wording removes the line.
    pub fn edit(&mut self, index: usize, text: &str) {
        let text = clean_text(text);
        if text.is_empty() {
            self.remove(index);
        } else if let Some(line) = self.lines.get_mut(index) {
            line.text = text;
        }
    }

    pub fn remove(&mut self, index: usize) {
        if index < self.lines.len() {
            self.lines.remove(index);
        }
    }

    /// Moves a line up among the lines of its own side (the printed plan
    /// lists each side on its own). Returns the line's new index.
    pub fn move_up(&mut self, index: usize) -> usize {
        let Some(side) = self.lines.get(index).map(|l| l.side) else {
            return index;
        };
        match (0..index).rev().find(|&i| self.lines[i].side == side) {
            Some(above) => {
                self.lines.swap(index, above);
                above
            }
            None => index,
        }
    }

    /// Moves a line down among the lines of its own side.
    pub fn move_down(&mut self, index: usize) -> usize {
        let Some(side) = self.lines.get(index).map(|l| l.side) else {
            return index;
        };
        match (index + 1..self.lines.len()).find(|&i| self.lines[i].side == side) {
            Some(below) => {
                self.lines.swap(index, below);
                below
            }
            None => index,
        }
    }

    /// The lines of one side, with their indexes in `lines`.
    pub fn side(&self, side: Side) -> impl Iterator<Item = (usize, &PlanLine)> {
        self.lines
            .iter()
            .enumerate()
            .filter(move |(_, l)| l.side == side)
    }

    /// The ids of the chosen suggestions, in plan order.
    pub fn chosen_ids(&self) -> Vec<&str> {
        self.lines
            .iter()
            .filter_map(|l| l.suggestion.as_deref())
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
            && self.age.is_none()
            && self.child_name.is_empty()
            && self.parent_name.is_empty()
            && self.review_on.is_none()
    }
}

/// One line of text: no line breaks, no outer spaces, at most `MAX_TEXT`
/// characters.
pub fn clean_text(text: &str) -> String {
    clip(
        &text.split_whitespace().collect::<Vec<_>>().join(" "),
        MAX_TEXT,
    )
}

/// A first name as typed: one line, at most `MAX_NAME` characters.
pub fn clean_name(name: &str) -> String {
    clip(
        &name.split_whitespace().collect::<Vec<_>>().join(" "),
        MAX_NAME,
    )
}

/// A date field's value ("2027-03-01"), or `None` for anything else.
pub fn clean_date(value: &str) -> Option<String> {
    crate::shared::format::iso_date_parts(value.trim()).map(|_| value.trim().to_string())
}

fn clip(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

// ---- Share links ---------------------------------------------------------

/// The query of a share link: the age group and the chosen suggestions'
/// ids, nothing else ("age=9-12&items=a,b"). Ids are made of lowercase
/// letters, digits and hyphens, so they need no escaping.
pub fn share_query(plan: &Plan) -> String {
    let mut parts = Vec::new();
    if let Some(age) = plan.age {
        parts.push(format!("age={}", age.slug()));
    }
    let ids: Vec<&str> = plan
        .chosen_ids()
        .into_iter()
        .filter(|id| is_plain_id(id))
        .collect();
    if !ids.is_empty() {
        parts.push(format!("items={}", ids.join(",")));
    }
    parts.join("&")
}

/// What a share link asks for, checked against the suggestions that exist.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SharedChoice {
    pub age: Option<AgeBand>,
    pub items: Vec<String>,
    /// Whether the items are to be added to the plan kept in this browser
    /// ("add=", from a guide's "add to your family plan") rather than
    /// replace it ("items=", a plan shared whole).
    pub adds: bool,
    /// Whether the link had values this site does not know (an unknown age
    /// or ids): the page says that they were left out.
    pub ignored_any: bool,
}

impl SharedChoice {
    pub fn is_empty(&self) -> bool {
        self.age.is_none() && self.items.is_empty()
    }
}

/// Reads `age` and `items` (or `add`) from a query's (name, value) pairs.
/// Unknown ids, repeats and anything past `MAX_LINES` are dropped; the first
/// `age` wins.
pub fn parse_share<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    is_known: impl Fn(&str) -> bool,
) -> SharedChoice {
    let mut choice = SharedChoice::default();
    let mut seen_age = false;
    for (name, value) in pairs {
        match name {
            "age" if !seen_age => {
                seen_age = true;
                choice.age = AgeBand::from_slug(value);
                choice.ignored_any |= choice.age.is_none();
            }
            "items" | "add" => {
                choice.adds |= name == "add";
                for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
                    if !is_known(id) {
                        choice.ignored_any = true;
                    } else if !choice.items.iter().any(|i| i == id)
                        && choice.items.len() < MAX_LINES
                    {
                        choice.items.push(id.to_string());
                    }
                }
            }
            _ => {}
        }
    }
    choice
}

/// The query of a link that adds `ids` to the parent's plan, for `age`
/// ("age=9-12&add=a,b"): a guide offers its tips this way.
pub fn add_query(age: AgeBand, ids: &[&str]) -> String {
    let ids: Vec<&str> = ids.iter().copied().filter(|id| is_plain_id(id)).collect();
    format!("age={}&add={}", age.slug(), ids.join(","))
}

/// Whether an id can go into a share link as it is: lowercase letters,
/// digits and hyphens (the content check holds every suggestion to it).
pub fn is_plain_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

// ---- Where a visit starts ------------------------------------------------

/// What the page tells the parent about where their plan came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartNotice {
    /// A stored plan could not be read (corrupt or old): a new one starts.
    StoredIgnored,
    /// The plan comes from the share link in the address.
    SharedLoaded,
    /// The share link named suggestions or an age this site does not know.
    SharedIgnored,
    /// A guide's suggestions were added to the plan (and are ticked).
    SuggestionsAdded,
}

impl StartNotice {
    pub const ALL: [StartNotice; 4] = [
        StartNotice::StoredIgnored,
        StartNotice::SharedLoaded,
        StartNotice::SharedIgnored,
        StartNotice::SuggestionsAdded,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            StartNotice::StoredIgnored => "stored-ignored",
            StartNotice::SharedLoaded => "shared-loaded",
            StartNotice::SharedIgnored => "shared-ignored",
            StartNotice::SuggestionsAdded => "suggestions-added",
        }
    }
}

/// The plan a visit starts with. A share link in the address wins, as the
/// parent opened it on purpose; but when it names exactly the stored plan's
/// age and suggestions (the page keeps its own address in step, so a reload
/// shows such a link), the stored plan is kept, with the parent's wording.
/// An "add" link keeps the stored plan and adds its suggestions to it, in
/// the link's age group. `suggestion` gives a suggestion's side and text.
pub fn starting_plan(
    stored: Restored,
    shared: SharedChoice,
    suggestion: impl Fn(&str) -> Option<(Side, String)>,
) -> (Plan, Vec<StartNotice>) {
    let mut notices = Vec::new();
    if shared.ignored_any {
        notices.push(StartNotice::SharedIgnored);
    }
    let add_all = |plan: &mut Plan| {
        for id in &shared.items {
            if let Some((side, text)) = suggestion(id) {
                plan.add_suggestion(id, side, &text);
            }
        }
    };
    if !shared.adds && !shared.is_empty() {
        if let Restored::Plan(plan) = &stored {
            if plan.age == shared.age && plan.chosen_ids() == shared.items {
                return (plan.clone(), notices);
            }
        }
        let mut plan = Plan {
            age: shared.age,
            ..Plan::default()
        };
        add_all(&mut plan);
        notices.push(StartNotice::SharedLoaded);
        return (plan, notices);
    }
    let mut plan = match stored {
        Restored::Plan(plan) => plan,
        Restored::Nothing => Plan::default(),
        Restored::Ignored => {
            notices.push(StartNotice::StoredIgnored);
            Plan::default()
        }
    };
    if shared.adds {
        plan.age = shared.age.or(plan.age);
        add_all(&mut plan);
        notices.push(StartNotice::SuggestionsAdded);
    }
    (plan, notices)
}

// ---- Stored form -----------------------------------------------------------

/// The fields of the stored form, as `to_stored` writes them in JSON. (The
/// island writes and reads the same JSON with the browser's parser:
/// `islands::plan_storage`.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    pub v: u32,
    #[serde(default)]
    pub age: Option<String>,
    #[serde(default)]
    pub lines: Vec<PlanLine>,
    #[serde(default)]
    pub child: String,
    #[serde(default)]
    pub parent: String,
    #[serde(default)]
    pub review: Option<String>,
}

/// What is kept of a plan in this browser.
pub fn stored_form(plan: &Plan) -> Stored {
    Stored {
        v: STORAGE_VERSION,
        age: plan.age.map(|a| a.slug().to_string()),
        lines: plan.lines.clone(),
        child: plan.child_name.clone(),
        parent: plan.parent_name.clone(),
        review: plan.review_on.clone(),
    }
}

/// The plan as kept in this browser: JSON.
pub fn to_stored(plan: &Plan) -> String {
    serde_json::to_string(&stored_form(plan)).expect("a plan serialises")
}

/// What was found in storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Restored {
    /// Nothing stored: a new plan.
    Nothing,
    Plan(Plan),
    /// Something unreadable or from an older version: ignored (the page
    /// says so in one short line, and starts a new plan).
    Ignored,
}

/// Reads a stored plan. A line whose suggestion no longer exists keeps its
/// wording as the family's own line; values out of bounds are cut or dropped.
pub fn restore(raw: Option<&str>, is_known: impl Fn(&str) -> bool) -> Restored {
    restore_from(
        raw.map(|raw| serde_json::from_str::<Stored>(raw).ok()),
        is_known,
    )
}

/// `restore` once the JSON is read: `None` when nothing is stored,
/// `Some(None)` when what is stored is not a stored plan.
pub fn restore_from(stored: Option<Option<Stored>>, is_known: impl Fn(&str) -> bool) -> Restored {
    let Some(stored) = stored else {
        return Restored::Nothing;
    };
    let Some(stored) = stored else {
        return Restored::Ignored;
    };
    if stored.v != STORAGE_VERSION {
        return Restored::Ignored;
    }
    let mut plan = Plan {
        age: stored.age.as_deref().and_then(AgeBand::from_slug),
        child_name: clean_name(&stored.child),
        parent_name: clean_name(&stored.parent),
        review_on: stored.review.as_deref().and_then(clean_date),
        lines: Vec::new(),
    };
    for line in stored.lines.into_iter().take(MAX_LINES) {
        let text = clean_text(&line.text);
        if text.is_empty() {
            continue;
        }
        let suggestion = line.suggestion.filter(|id| is_known(id) && !plan.has(id));
        plan.lines.push(PlanLine {
            suggestion,
            side: line.side,
            text,
        });
    }
    Restored::Plan(plan)
}

// ---- Copy as text ----------------------------------------------------------

/// The words around the plan's lines, in the page's language.
#[derive(Debug, Clone, Copy)]
pub struct TextLabels<'a> {
    pub title: &'a str,
    pub we_agree: &'a str,
    pub i_agree: &'a str,
    /// "Review on {{ date }}", already filled in, or "" without a date.
    pub review: &'a str,
    /// "Names: ..." line, already filled in, or "" without names.
    pub names: &'a str,
}

/// The plan as plain text, for "Copy as text".
pub fn as_text(plan: &Plan, labels: TextLabels) -> String {
    let mut out = vec![labels.title.to_string()];
    if !labels.names.is_empty() {
        out.push(labels.names.to_string());
    }
    for (heading, side) in [
        (labels.we_agree, Side::Child),
        (labels.i_agree, Side::Parent),
    ] {
        let lines: Vec<String> = plan
            .side(side)
            .map(|(_, l)| format!("- {}", l.text))
            .collect();
        if !lines.is_empty() {
            out.push(String::new());
            out.push(heading.to_string());
            out.extend(lines);
        }
    }
    if !labels.review.is_empty() {
        out.push(String::new());
        out.push(labels.review.to_string());
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let fixture = include_str!("../../tests/fixtures/stored-plan.json").trim();
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
        let (plan, notices) =
            starting_plan(Restored::Plan(stored.clone()), same_link, side_and_text);
        assert_eq!(plan, stored, "a reload keeps the stored wording and names");
        assert!(notices.is_empty());

        let other_link = SharedChoice {
            age: Some(AgeBand::Under9),
            items: vec!["ask-before-new-apps".into()],
            ignored_any: true,
            adds: false,
        };
        let (plan, notices) =
            starting_plan(Restored::Plan(stored.clone()), other_link, side_and_text);
        assert_eq!(plan.age, Some(AgeBand::Under9));
        assert_eq!(plan.chosen_ids(), ["ask-before-new-apps"]);
        assert_eq!(plan.child_name, "", "names never come from a link");
        assert_eq!(
            notices,
            [StartNotice::SharedIgnored, StartNotice::SharedLoaded]
        );

        let (plan, notices) =
            starting_plan(Restored::Ignored, SharedChoice::default(), side_and_text);
        assert!(plan.is_empty());
        assert_eq!(notices, [StartNotice::StoredIgnored]);
        let (plan, notices) =
            starting_plan(Restored::Nothing, SharedChoice::default(), side_and_text);
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
}
