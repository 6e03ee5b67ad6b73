//! Types for `/guidance` (parents and educators) and `/about`.
//! Data: `content/<locale>/guidance.json` and `content/<locale>/about.json`.

use serde::Deserialize;

use super::vocabulary::{AgeBand, Audience, Citation, RiskId};

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskTips {
    pub risk: RiskId,
    pub tips: Vec<String>,
}

/// Guidance for adults caring for children in one age group.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgeGuidance {
    pub band: AgeBand,
    pub title: String,
    pub summary: String,
    /// The COP Guidelines' material for children of this age.
    pub cop_material: String,
    pub key_tips: Vec<String>,
    /// Tips for each of the four risk categories.
    pub by_risk: Vec<RiskTips>,
    /// Extra points for teachers and other educators.
    pub for_educators: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameworkElement {
    pub id: String,
    pub name: String,
    pub text: String,
}

/// A named framework presented by a partner (the UKCIS Digital Resilience
/// Framework, presented by Parent Zone).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    pub name: String,
    pub partner: String,
    pub intro: String,
    pub elements: Vec<FrameworkElement>,
    pub cite: Vec<Citation>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guidance {
    pub intro: String,
    /// The central recommendation: open communication and ongoing dialogue.
    pub main_recommendation: String,
    pub principles: Vec<String>,
    pub cite: Vec<Citation>,
    pub age_groups: Vec<AgeGuidance>,
    pub resilience: Framework,
    /// Children who may need extra support (e.g. children with disabilities).
    pub extra_support: Vec<String>,
    /// The home page's way in from a problem, in a parent's own words.
    pub worries: Vec<Worry>,
}

/// A problem as a worried parent would put it, and the guide section that
/// says what to do ("/risks/conduct#act").
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Worry {
    pub id: String,
    pub text: String,
    pub link: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AboutSection {
    pub id: String,
    pub heading: String,
    pub paragraphs: Vec<String>,
    #[serde(default)]
    pub cite: Vec<Citation>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct About {
    pub intro: String,
    pub audiences: Vec<Audience>,
    pub sections: Vec<AboutSection>,
}
