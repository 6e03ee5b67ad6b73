//! Site content: the typed model, loading it for a locale, look-ups across
//! it, and the integrity checks that the tests run.

pub mod fallback;
pub mod guidance_model;
mod lookup;
pub mod model;
pub mod risk_model;
pub mod validate;

pub use guidance_model::*;
pub use model::*;
pub use risk_model::*;

use std::sync::Arc;

/// The raw JSON for this build's locale. Kept as data files so that wording
/// can change without code changes; embedded at compile time (after build.rs
/// has filled any gaps from English) so the first render needs no request.
struct RawLocale {
    meeting: &'static str,
    partners: &'static str,
    initiatives: &'static str,
    risks: &'static str,
    sources: &'static str,
    grid: &'static str,
    risk_guides: &'static str,
    guidance: &'static str,
    about: &'static str,
    fallbacks: &'static str,
}

/// This build's locale (`COP_LOCALE`, see build.rs).
const RAW: RawLocale = RawLocale {
    meeting: include_str!(concat!(env!("OUT_DIR"), "/content/meeting.json")),
    partners: include_str!(concat!(env!("OUT_DIR"), "/content/partners.json")),
    initiatives: include_str!(concat!(env!("OUT_DIR"), "/content/initiatives.json")),
    risks: include_str!(concat!(env!("OUT_DIR"), "/content/risks.json")),
    sources: include_str!(concat!(env!("OUT_DIR"), "/content/sources.json")),
    grid: include_str!(concat!(env!("OUT_DIR"), "/content/grid.json")),
    risk_guides: include_str!(concat!(env!("OUT_DIR"), "/content/risk_guides.json")),
    guidance: include_str!(concat!(env!("OUT_DIR"), "/content/guidance.json")),
    about: include_str!(concat!(env!("OUT_DIR"), "/content/about.json")),
    fallbacks: include_str!(concat!(env!("OUT_DIR"), "/content/fallbacks.json")),
};

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

fn parse<T: serde::de::DeserializeOwned>(file: &'static str, json: &str) -> Result<T, LoadError> {
    serde_json::from_str(json).map_err(|e| LoadError {
        file,
        message: e.to_string(),
    })
}

impl Content {
    /// Parses the content of this build's locale.
    pub fn load() -> Result<Content, LoadError> {
        Content::from_raw(&RAW)
    }

    fn from_raw(raw: &RawLocale) -> Result<Content, LoadError> {
        Ok(Content {
            meeting: parse("meeting.json", raw.meeting)?,
            partners: parse("partners.json", raw.partners)?,
            initiatives: parse("initiatives.json", raw.initiatives)?,
            risks: parse("risks.json", raw.risks)?,
            sources: parse("sources.json", raw.sources)?,
            grid: parse("grid.json", raw.grid)?,
            risk_guides: parse("risk_guides.json", raw.risk_guides)?,
            guidance: parse("guidance.json", raw.guidance)?,
            about: parse("about.json", raw.about)?,
            fallbacks: parse("fallbacks.json", raw.fallbacks)?,
        })
    }
}

/// Shared, cheaply clonable handle to the content, provided as context.
pub type SharedContent = Arc<Content>;
