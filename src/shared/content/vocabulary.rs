//! The site's vocabulary: the ids and small enums that every part of the
//! content and the logic share (risks, age groups, audiences, a plan line's
//! side, a citation). A leaf module: it imports nothing of the crate, so
//! the content types and the logic modules depend on it and never on each
//! other in a circle.

use serde::{Deserialize, Serialize};

/// Where a piece of text comes from: a document from `sources.json`, and
/// optionally a place inside it (a paragraph number such as "5.11").
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub doc: String,
    #[serde(default)]
    pub loc: Option<String>,
}

/// The four categories of online risk to children (CO:RE 4Cs).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum RiskId {
    Content,
    Contact,
    Conduct,
    Contract,
}

impl RiskId {
    pub const ALL: [RiskId; 4] = [
        RiskId::Content,
        RiskId::Contact,
        RiskId::Conduct,
        RiskId::Contract,
    ];

    /// The id as it appears in URLs and content files.
    pub fn slug(self) -> &'static str {
        match self {
            RiskId::Content => "content",
            RiskId::Contact => "contact",
            RiskId::Conduct => "conduct",
            RiskId::Contract => "contract",
        }
    }

    pub fn from_slug(slug: &str) -> Option<RiskId> {
        RiskId::ALL.into_iter().find(|r| r.slug() == slug)
    }
}

/// Who a partner or initiative mainly serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Parents,
    Educators,
    Children,
    Industry,
    PolicyMakers,
}

/// The COP Guidelines' age groups for children, as this site uses them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AgeBand {
    #[serde(rename = "under-9")]
    Under9,
    #[serde(rename = "9-12")]
    From9To12,
    #[serde(rename = "13-18")]
    From13To18,
}

impl AgeBand {
    pub const ALL: [AgeBand; 3] = [AgeBand::Under9, AgeBand::From9To12, AgeBand::From13To18];

    pub fn slug(self) -> &'static str {
        match self {
            AgeBand::Under9 => "under-9",
            AgeBand::From9To12 => "9-12",
            AgeBand::From13To18 => "13-18",
        }
    }

    pub fn from_slug(slug: &str) -> Option<AgeBand> {
        AgeBand::ALL.into_iter().find(|a| a.slug() == slug)
    }
}

/// Who a line binds: "We agree to" (the child, or the family) or "I agree
/// to" (the parent).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Child,
    Parent,
}

impl Side {
    /// Its name in stored plans and in the page's catalog (as serde writes it).
    pub fn slug(self) -> &'static str {
        match self {
            Side::Child => "child",
            Side::Parent => "parent",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Side> {
        [Side::Child, Side::Parent]
            .into_iter()
            .find(|s| s.slug() == slug)
    }
}
