//! `plan.json`: the suggested agreements of the family online plan
//! (issue 15), per age group, grouped by the four risks, "talking and
//! getting help" and "balance and wellbeing".

use serde::{Deserialize, Serialize};

use super::vocabulary::{AgeBand, Citation, Side};

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanContent {
    pub title: String,
    pub intro: String,
    pub cite: Vec<Citation>,
    pub groups: Vec<PlanGroup>,
    pub suggestions: Vec<PlanSuggestion>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanGroup {
    /// "content", "contact", "conduct", "contract", "talking" or "balance".
    pub id: String,
    pub title: String,
}

/// One suggested line. Islands get it as a prop, without its citations
/// (the page shows those).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanSuggestion {
    /// Stable: share links and stored plans name suggestions by it.
    pub id: String,
    pub group: String,
    /// "child": "We agree to"; "parent": "I agree to".
    pub side: Side,
    pub bands: Vec<AgeBand>,
    /// The line as the plan words it ("We keep ...", "I ...").
    pub text: String,
    /// One line on why it matters.
    pub why: String,
    /// The site path that explains it ("/risks/contact#prevent").
    pub link: String,
    /// The words of that link ("Read more: Contact risks: …"), which name
    /// its target. Written when the page is rendered, from
    /// `Content::link_title`; never in the content files.
    #[serde(default, skip_deserializing)]
    pub link_label: String,
    #[serde(default, skip_serializing)]
    pub cite: Vec<Citation>,
}

/// The group ids, in the order the plan shows them.
pub const PLAN_GROUPS: [&str; 6] = [
    "content", "contact", "conduct", "contract", "talking", "balance",
];

impl PlanContent {
    pub fn suggestion(&self, id: &str) -> Option<&PlanSuggestion> {
        self.suggestions.iter().find(|s| s.id == id)
    }

    /// The suggestions of one group for one age, in file order.
    pub fn for_age<'a>(
        &'a self,
        group: &'a str,
        band: AgeBand,
    ) -> impl Iterator<Item = &'a PlanSuggestion> + 'a {
        self.suggestions
            .iter()
            .filter(move |s| s.group == group && s.bands.contains(&band))
    }

    /// The ids of the suggestions that put a risk guide's top tips into the
    /// plan (those that link to its "#tips" section), for one age.
    pub fn tips_of(&self, risk: super::vocabulary::RiskId, band: AgeBand) -> Vec<&str> {
        let tips = format!("/risks/{}#tips", risk.slug());
        self.suggestions
            .iter()
            .filter(|s| s.link == tips && s.bands.contains(&band))
            .map(|s| s.id.as_str())
            .collect()
    }
}
