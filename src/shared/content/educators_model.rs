//! `educators.json`: ready-to-teach session plans (one per risk and age
//! group), what a teacher does if a child discloses something, and the 4Cs
//! poster's tips (issue 16).

use serde::Deserialize;

use super::vocabulary::{AgeBand, Citation, RiskId};

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EducatorsContent {
    pub intro: String,
    pub cite: Vec<Citation>,
    /// If a child tells you something: the same steps for every session.
    pub disclosure: Vec<String>,
    pub poster: Poster,
    pub sessions: Vec<Session>,
}

/// One session plan, for one risk and one age group.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// "<risk>-<band>", e.g. "contact-9-12": also its address.
    pub id: String,
    pub risk: RiskId,
    pub band: AgeBand,
    pub title: String,
    /// What children can do by the end, in one sentence.
    pub goal: String,
    /// 30 to 45.
    pub minutes: u32,
    pub prepare: Vec<String>,
    pub warm_up: Vec<String>,
    pub activity: Vec<String>,
    /// Site paths the activity uses ("/risks", "/risks/contact#self-check").
    pub materials: Vec<String>,
    /// Shown one per screen in classroom mode.
    pub scenarios: Vec<Scenario>,
    pub questions: Vec<Question>,
    pub closing: Vec<String>,
    /// A short note for the teacher to send home to parents.
    pub home_note: String,
    pub cite: Vec<Citation>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// "s1", "s2", ...
    pub id: String,
    pub situation: String,
    /// Revealed after the class has answered "What would you do?".
    pub points: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub ask: String,
    /// For the teacher: answers to listen for, and how to respond.
    pub listen_for: String,
}

/// The printable 4Cs poster: one tip per risk, and where to get help (the
/// categories and kinds of risk come from `risks.json` and `grid.json`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Poster {
    pub title: String,
    pub tips: Vec<PosterTip>,
    pub help: Vec<PosterHelp>,
    pub cite: Vec<Citation>,
}

/// Where a child can get help, as the poster says it; with the address a
/// reader of the printed poster needs, where there is one.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PosterHelp {
    pub text: String,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PosterTip {
    pub risk: RiskId,
    pub text: String,
}

/// The address segment of a session: "contact-9-12".
pub fn session_id(risk: RiskId, band: AgeBand) -> String {
    format!("{}-{}", risk.slug(), band.slug())
}

impl EducatorsContent {
    pub fn session(&self, risk: RiskId, band: AgeBand) -> Option<&Session> {
        self.sessions
            .iter()
            .find(|s| s.risk == risk && s.band == band)
    }

    /// The session whose id is `id`, as it appears in an address.
    pub fn session_by_id(&self, id: &str) -> Option<&Session> {
        self.sessions.iter().find(|s| s.id == id)
    }

    pub fn tip(&self, risk: RiskId) -> Option<&PosterTip> {
        self.poster.tips.iter().find(|t| t.risk == risk)
    }
}
