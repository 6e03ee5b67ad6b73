//! Types for the risk explorer: the CO:RE 4Cs grid, one practical guide per
//! risk category, and its self-check quiz. Data: `content/<locale>/grid.json`
//! and `content/<locale>/risk_guides.json`.

use crate::shared::slug::slug_enum;
use serde::Deserialize;

use super::vocabulary::{AgeBand, Citation, RiskId};

slug_enum! {
    /// The three kinds of risk that CO:RE crosses with the four Cs.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
    pub enum RiskType serde {
        Aggressive = "aggressive",
        Sexual = "sexual",
        Values = "values",
    }
}

/// One cell of the 4Cs grid: a risk category crossed with a risk type.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GridCell {
    pub risk: RiskId,
    pub kind: RiskType,
    /// A short label for the cell, in the site's own words.
    pub label: String,
    /// One or two plain sentences.
    pub explanation: String,
    /// Examples in the site's own words, labelled as examples on the page.
    pub examples: Vec<String>,
}

/// A risk that cuts across all four categories (privacy, health, fairness).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrossCuttingRisk {
    pub id: String,
    pub name: String,
    pub explanation: String,
    pub examples: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskTypeInfo {
    pub kind: RiskType,
    pub name: String,
    pub explanation: String,
}

/// The CO:RE 4Cs classification, as the grid on `/risks` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grid {
    /// How the site credits CO:RE wherever the grid is used.
    pub attribution: String,
    pub cite: Vec<Citation>,
    pub types: Vec<RiskTypeInfo>,
    pub cells: Vec<GridCell>,
    pub cross_cutting: Vec<CrossCuttingRisk>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgeNote {
    pub band: AgeBand,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct QuizOption {
    pub text: String,
    /// Whether this is the answer the explanation recommends.
    pub best: bool,
    /// Shown when this option is picked.
    pub feedback: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct QuizQuestion {
    /// Stable id, used to store answers; never reuse an id for a new question.
    pub id: String,
    pub scenario: String,
    pub options: Vec<QuizOption>,
    /// Why the best answer helps, shown after any answer.
    pub explanation: String,
}

/// A place to get help. Only organisations and URLs that have been checked.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpResource {
    pub name: String,
    pub what: String,
    #[serde(default)]
    pub url: Option<String>,
}

/// Practical guidance on one risk category, for parents and educators.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskGuide {
    pub risk: RiskId,
    /// Three tips for the category card and widgets.
    pub top_tips: Vec<String>,
    /// What the risk can look like for each age group.
    pub at_ages: Vec<AgeNote>,
    pub warning_signs: Vec<String>,
    /// What to do now, if something has happened.
    pub act_now: Vec<String>,
    /// How to make it less likely.
    pub prevent: Vec<String>,
    pub conversation_starters: Vec<String>,
    /// General advice on getting help; no phone numbers.
    pub get_help: Vec<String>,
    pub help_resources: Vec<HelpResource>,
    pub quiz: Vec<QuizQuestion>,
    pub cite: Vec<Citation>,
}
