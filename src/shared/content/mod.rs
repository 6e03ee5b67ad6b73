//! Site content: the typed model, loading it for a locale, look-ups across
//! it, and the integrity checks that the tests run.

pub mod educators_model;
pub mod fallback;
pub mod guidance_model;
mod lookup;
pub mod model;
pub mod plan_model;
pub mod risk_model;
pub mod together_model;
pub mod vocabulary;

pub use educators_model::*;
pub use guidance_model::*;
pub use model::*;
pub use plan_model::*;
pub use risk_model::*;
pub use vocabulary::*;

use serde::Deserialize;
use std::sync::Arc;

/// A locale's content as one JSON object, a key per file ("meeting", ...,
/// and "fallbacks"), written by build.rs with gaps filled from English.
///
/// Native builds (the prerenderer, tests) compile every language's in. The
/// wasm never does: islands get what they need as props or from the page.
#[cfg(not(feature = "hydrate"))]
pub fn bundle(code: &str) -> Option<&'static str> {
    // A `match code { "en" => Some(include_str!(..)), .. }` per language.
    include!(concat!(env!("OUT_DIR"), "/content/bundles.rs"))
}

/// Keys whose values are ids, enums, numbers, addresses or codes, not text:
/// they are the same in every language (the locale and glossary tests hold
/// the translations to that).
pub const IDENTIFIER_KEYS: [&str; 36] = [
    "id",
    "band",
    "best",
    "date",
    "doc",
    "kind",
    "licence",
    "loc",
    "number",
    "para",
    "parent",
    "participants",
    "partner",
    "partners",
    "related",
    "risk",
    "risks",
    "role",
    "url",
    "website",
    "year",
    "audiences",
    "short_name",
    // plan.json: a suggestion's group, side, age groups and site link.
    "group",
    "side",
    "bands",
    "link",
    // educators.json: a session's length and the site pages it uses.
    "minutes",
    "materials",
    // together.json: a source's page, a card's box, a myth's verdict, who
    // wrote a chat message, and which choices and messages are right.
    "site",
    "category",
    "verdict",
    "from",
    "better",
    "warning",
    "verify",
];

/// A parse failure, naming the file so that an editor knows where to look.
#[derive(Debug)]
pub struct LoadError {
    pub file: &'static str,
    pub message: String,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

/// Everything the site shows, for one locale: also the shape of the
/// content bundle build.rs writes (a key per file).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    pub meeting: Meeting,
    pub partners: Vec<Partner>,
    pub initiatives: Vec<Initiative>,
    pub risks: Vec<Risk>,
    pub sources: Vec<Source>,
    pub grid: Grid,
    pub risk_guides: Vec<RiskGuide>,
    pub guidance: Guidance,
    pub about: About,
    pub plan: PlanContent,
    pub educators: EducatorsContent,
    pub together: together_model::TogetherContent,
    /// Items shown in English because this locale lacks (part of) them, as
    /// "<file>:<id>" (see `content::fallback`); empty for English.
    pub fallbacks: Vec<String>,
}

impl Content {
    /// Is this item (or, without an id, this file) shown in English?
    pub fn is_fallback(&self, file: &str, id: &str) -> bool {
        self.fallbacks.iter().any(|f| {
            f == file || f.strip_prefix(file).and_then(|r| r.strip_prefix(':')) == Some(id)
        })
    }

    /// Parses the content of the locale being rendered (`i18n::current()`).
    #[cfg(not(feature = "hydrate"))]
    pub fn load() -> Result<Content, LoadError> {
        Content::load_for(crate::shared::i18n::current().code)
    }

    /// Parses a locale's content, as compiled into this native build.
    #[cfg(not(feature = "hydrate"))]
    pub fn load_for(code: &str) -> Result<Content, LoadError> {
        let json = bundle(code).ok_or_else(|| LoadError {
            file: "content bundle",
            message: format!("no content for locale {code:?}"),
        })?;
        Content::from_bundle(json)
    }

    /// Parses a content bundle (see `bundle`). Straight into the types, with
    /// no generic JSON values in between: that keeps serde_json's `Value`
    /// code out of the wasm.
    pub fn from_bundle(json: &str) -> Result<Content, LoadError> {
        serde_json::from_str(json).map_err(|e| LoadError {
            file: "content bundle",
            message: e.to_string(),
        })
    }
}

/// Shared, cheaply clonable handle to the content, provided as context.
pub type SharedContent = Arc<Content>;
