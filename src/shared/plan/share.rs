//! Share links ("age=9-12&items=a,b"), "add" links from the guides, and
//! the plan a visit starts with.

use super::{Plan, Restored, MAX_LINES};
use crate::shared::content::{AgeBand, Side};
use crate::shared::slug::slug_enum;

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

slug_enum! {
    /// What the page tells the parent about where their plan came from.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum StartNotice {
        /// A stored plan could not be read (corrupt or old): a new one starts.
        StoredIgnored = "stored-ignored",
        /// The plan comes from the share link in the address.
        SharedLoaded = "shared-loaded",
        /// The share link named suggestions or an age this site does not know.
        SharedIgnored = "shared-ignored",
        /// A guide's suggestions were added to the plan (and are ticked).
        SuggestionsAdded = "suggestions-added",
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
