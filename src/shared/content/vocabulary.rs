//! The site's vocabulary: the ids and small enums that every part of the
//! content and the logic share (risks, age groups, audiences, a plan line's
//! side, a citation). A leaf module: of the crate it imports only the slug
//! macro, so the content types and the logic modules depend on it and never on each
//! other in a circle.

use crate::shared::slug::slug_enum;
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

slug_enum! {
    /// The four categories of online risk to children (CO:RE 4Cs).
    #[derive(
        Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, serde::Serialize,
    )]
    pub enum RiskId serde {
        Content = "content",
        Contact = "contact",
        Conduct = "conduct",
        Contract = "contract",
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

slug_enum! {
    /// The COP Guidelines' age groups for children, as this site uses them.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    pub enum AgeBand serde {
        Under9 = "under-9",
        From9To12 = "9-12",
        From13To18 = "13-18",
    }
}

slug_enum! {
    /// Who a line binds: "We agree to" (the child, or the family) or "I agree
    /// to" (the parent).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    pub enum Side serde {
        Child = "child",
        Parent = "parent",
    }
}
