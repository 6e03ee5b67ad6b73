//! Types for "Together" (`/together` and its three paths): activities a
//! child does with a parent or teacher. Data: `content/<locale>/together.json`;
//! its interface strings are in `locales/<locale>/together.json`.

use serde::Deserialize;

use super::vocabulary::{AgeBand, RiskId};

/// Where a piece of advice or a fact comes from: a page of this site
/// (`/risks/contact#prevent`), or an entry of `sources.json`, optionally at
/// a numbered paragraph (`gc25`, "67").
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    #[serde(default)]
    pub site: Option<String>,
    #[serde(default)]
    pub doc: Option<String>,
    #[serde(default)]
    pub para: Option<String>,
    /// The paragraph number has not been checked against a numbered copy;
    /// such a number is not shown (see `para_shown`).
    #[serde(default)]
    pub verify: bool,
}

impl SourceRef {
    /// The paragraph number to print, if it has been checked.
    pub fn para_shown(&self) -> Option<&str> {
        self.para.as_deref().filter(|_| !self.verify)
    }
}

pub type Sources = Vec<SourceRef>;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TogetherContent {
    pub hub: Hub,
    pub paths: Paths,
    pub print: PrintText,
}

impl TogetherContent {
    /// The title of an age group's path ("Under 9: Lina's day online").
    pub fn path_title(&self, band: AgeBand) -> &str {
        match band {
            AgeBand::Under9 => &self.paths.under_9.title,
            AgeBand::From9To12 => &self.paths.from_9_to_12.title,
            AgeBand::From13To18 => &self.paths.from_13_to_18.title,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hub {
    pub id: String,
    pub title: String,
    pub description: String,
    pub lead: String,
    pub who_heading: String,
    pub who: Vec<String>,
    pub how_heading: String,
    pub how: Vec<String>,
    pub how_source: Sources,
    pub paths_heading: String,
    pub paths: Vec<PathCard>,
    pub about_ages: String,
    pub about_ages_source: Sources,
    pub about_guidelines: String,
    pub about_guidelines_source: Sources,
}

/// A path's card on the hub; `id` is its age band's slug.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathCard {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub activities: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paths {
    #[serde(rename = "under-9")]
    pub under_9: StoryPath,
    #[serde(rename = "9-12")]
    pub from_9_to_12: ActivitiesPath,
    #[serde(rename = "13-18")]
    pub from_13_to_18: ChallengesPath,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrintText {
    pub title: String,
    pub intro: Vec<String>,
    pub answers_note: String,
}

/// The last part of every path: the two global directories, no numbers.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpBox {
    pub heading: String,
    pub intro: String,
    pub intro_source: Sources,
    pub items: Vec<HelpItem>,
    pub emergency: String,
    pub emergency_source: Sources,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpItem {
    pub id: String,
    pub name: String,
    pub url: String,
    pub text: String,
    pub source: Sources,
}

// ---- Under 9: a story with choices ----

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryPath {
    pub id: String,
    pub title: String,
    pub description: String,
    pub for_grown_ups_heading: String,
    pub for_grown_ups: Vec<String>,
    pub for_grown_ups_source: Sources,
    pub story: Story,
    pub help: HelpBox,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub id: String,
    pub title: String,
    pub intro: String,
    /// Notes for whoever draws the pictures; not shown.
    pub picture_rules: Vec<String>,
    pub ending_line: String,
    pub scenes: Vec<Scene>,
    pub outro: String,
    pub talk_after_heading: String,
    pub talk_after: Vec<String>,
    pub talk_after_source: Sources,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scene {
    pub id: String,
    pub title: String,
    pub picture: Picture,
    pub story: String,
    pub question: String,
    pub choices: Vec<StoryChoice>,
    pub ending: String,
    pub source: Sources,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Picture {
    /// The brief the picture was drawn from; not shown.
    pub description: String,
    pub alt: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryChoice {
    pub id: String,
    pub text: String,
    pub better: bool,
    pub answer: String,
}

// ---- 9 to 12: activities ----

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivitiesPath {
    pub id: String,
    pub title: String,
    pub description: String,
    pub intro: String,
    pub for_adults_heading: String,
    pub for_adults: Vec<String>,
    pub for_adults_source: Sources,
    pub sort: CardSort,
    pub chat: Chat,
    pub checklist: Checklist,
    pub help: HelpBox,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardSort {
    pub id: String,
    pub title: String,
    pub intro: String,
    pub categories: Vec<SortCategory>,
    pub categories_source: Sources,
    pub credit: String,
    pub credit_source: Sources,
    pub cards: Vec<SortCard>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SortCategory {
    pub id: RiskId,
    pub name: String,
    pub short: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SortCard {
    pub id: String,
    pub text: String,
    pub category: RiskId,
    pub explanation: String,
    pub source: Sources,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chat {
    pub id: String,
    pub title: String,
    pub intro: String,
    pub participants: Vec<Participant>,
    pub messages: Vec<ChatMessage>,
    pub what_to_do_heading: String,
    pub what_to_do: Vec<String>,
    pub what_to_do_source: Sources,
    pub not_your_fault: String,
    pub not_your_fault_source: Sources,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChatMessage {
    pub id: String,
    /// A participant's id.
    pub from: String,
    pub text: String,
    pub warning: bool,
    pub explanation: String,
    pub source: Sources,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub id: String,
    pub title: String,
    pub intro: String,
    pub items: Vec<ChecklistItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    pub id: String,
    pub text: String,
    pub why: String,
    pub source: Sources,
}

// ---- 13 to 18: challenges ----

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChallengesPath {
    pub id: String,
    pub title: String,
    pub description: String,
    pub intro: String,
    pub for_adults_heading: String,
    pub for_adults: Vec<String>,
    pub for_adults_source: Sources,
    pub scenarios: Scenarios,
    pub myths: Myths,
    pub rights: Rights,
    pub help: HelpBox,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenarios {
    pub id: String,
    pub title: String,
    pub intro: String,
    pub items: Vec<Scenario>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub situation: String,
    pub choices: Vec<ScenarioChoice>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioChoice {
    pub id: String,
    pub text: String,
    pub better: bool,
    pub consequence: String,
    pub source: Sources,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Myths {
    pub id: String,
    pub title: String,
    pub intro: String,
    pub items: Vec<Myth>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Myth,
    Fact,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Myth {
    pub id: String,
    pub statement: String,
    pub verdict: Verdict,
    pub reason: String,
    pub source: Sources,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rights {
    pub id: String,
    pub title: String,
    pub intro: String,
    pub intro_source: Sources,
    pub items: Vec<Right>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Right {
    pub id: String,
    pub title: String,
    pub text: String,
    pub source: Sources,
}
