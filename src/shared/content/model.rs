//! The typed content model. Every text the site shows about the meeting,
//! the partners, the initiatives and the risks lives in `content/<locale>/*.json`
//! and is parsed into these types, so wording can change without code changes.
//!
//! Cross-references are plain ids (partner ids, item ids, source ids); the
//! checks in `content::validate` make sure every one of them resolves.

use crate::shared::slug::slug_enum;
use serde::Deserialize;

use super::vocabulary::{Audience, Citation, RiskId};

/// A public document the site draws on.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    #[serde(default)]
    pub year: Option<u16>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub licence: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// What sort of organisation a partner is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartnerKind {
    /// ITU and other United Nations bodies.
    UnBody,
    /// A member state or one of its agencies.
    Government,
    /// A multi-stakeholder alliance or partnership.
    Alliance,
    /// A non-governmental organisation or network.
    Ngo,
}

/// What an organisation did at the meeting, as the report says: presented
/// or contributed (a partner), took part in the discussion, or is only
/// named (its work presented by someone else, or proposed as a co-host).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartnerRole {
    Partner,
    Participant,
    Named,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// URL slug, e.g. "weprotect".
    pub id: String,
    /// The name as the organisation writes it.
    pub name: String,
    /// A short form for filters and chips, e.g. "IWF".
    #[serde(default)]
    pub short_name: Option<String>,
    pub kind: PartnerKind,
    pub role: PartnerRole,
    /// For a part of a larger organisation (e.g. BDT within ITU).
    #[serde(default)]
    pub parent: Option<String>,
    /// What the organisation is, in plain words.
    pub about: String,
    pub about_cite: Vec<Citation>,
    /// Only an official URL that has been checked.
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub risks: Vec<RiskId>,
    #[serde(default)]
    pub audiences: Vec<Audience>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Initiative {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub cite: Vec<Citation>,
    /// Partner ids that run or present the initiative.
    pub partners: Vec<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub risks: Vec<RiskId>,
    #[serde(default)]
    pub audiences: Vec<Audience>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    pub id: RiskId,
    pub name: String,
    /// The CO:RE definition, quoted and attributed.
    pub definition: String,
    /// A plain-language summary in the site's own words.
    pub summary: String,
    pub cite: Vec<Citation>,
}

slug_enum! {
    /// The kind of a meeting item, used for filtering.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
    pub enum ItemKind serde {
        /// When, where and how the meeting was held (section 1).
        Introduction = "introduction",
        /// Opening remarks (section 2).
        Opening = "opening",
        /// Adoption of the agenda (section 3).
        Agenda = "agenda",
        /// A document listed in §4.1.
        Document = "document",
        /// A presentation by ITU or a COP partner.
        Presentation = "presentation",
        /// A contribution from a member state.
        Contribution = "contribution",
        /// A statement by the Chair, or a liaison statement read out.
        Statement = "statement",
        /// An intervention in the discussion (section 6).
        Discussion = "discussion",
        /// An outcome of the meeting (section 7).
        Outcome = "outcome",
    }
}

/// One numbered paragraph (or, for §4.1, one listed document) of the report.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Anchor id, unique across the meeting, e.g. "p5-11" or "doc-03".
    pub id: String,
    /// The paragraph number exactly as printed in the report.
    pub para: String,
    pub kind: ItemKind,
    /// A short headline in plain words.
    pub title: String,
    /// One or two sentences: what happened.
    pub summary: String,
    /// Fuller account, paragraph by paragraph, faithful to the report.
    #[serde(default)]
    pub details: Vec<String>,
    /// Partner ids of every organisation the paragraph names.
    #[serde(default)]
    pub partners: Vec<String>,
    #[serde(default)]
    pub risks: Vec<RiskId>,
    /// Ids of other items this one belongs with (a document and its presentation).
    #[serde(default)]
    pub related: Vec<String>,
    /// A remark on the source itself, e.g. a numbering slip.
    #[serde(default)]
    pub source_note: Option<String>,
    /// A line that the report prints as a heading before this item, for the
    /// items that follow it (§4.1's "Presentations on collaborative efforts
    /// from ITU and COP partners").
    #[serde(default)]
    pub group_heading: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Anchor id, e.g. "presentations"; also the deep-link target.
    pub id: String,
    /// The section number in the report, e.g. "5".
    pub number: String,
    pub title: String,
    #[serde(default)]
    pub intro: Option<String>,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chair {
    pub name: String,
    pub country: String,
    /// The partner id of the chair's country, if it has a page.
    #[serde(default)]
    pub partner: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalBasis {
    pub name: String,
    pub cite: Citation,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub title: String,
    pub short_title: String,
    /// ISO 8601 date, formatted for display by the UI.
    pub date: String,
    pub format: String,
    /// Approximate number of participants, as the report gives it.
    pub participants: u32,
    pub participants_from: String,
    pub chair: Chair,
    pub legal_basis: Vec<LegalBasis>,
    /// The report's own summary, in plain words.
    pub summary: String,
    pub action_required: String,
    pub sections: Vec<Section>,
}
