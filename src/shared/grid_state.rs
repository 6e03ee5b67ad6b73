//! Which part of the 4Cs grid is open, kept in the URL (`/risks?cell=contact-sexual`
//! or `/risks?cell=privacy`) so that a link or a reload shows the same view.
//! The `GridExplorer` island reads the ids the page has from its markup.

use crate::shared::content::{RiskId, RiskType};

/// The id of a cell, used in URLs and element ids: "contact-sexual".
pub fn cell_id(risk: RiskId, kind: RiskType) -> String {
    format!("{}-{}", risk.slug(), kind.slug())
}

/// Moves within the 4 × 3 grid for arrow-key navigation; stays inside it.
pub fn step(risk: RiskId, kind: RiskType, d_col: i32, d_row: i32) -> (RiskId, RiskType) {
    let col = RiskId::ALL.iter().position(|r| *r == risk).unwrap_or(0) as i32;
    let row = RiskType::ALL.iter().position(|k| *k == kind).unwrap_or(0) as i32;
    let col = (col + d_col).clamp(0, RiskId::ALL.len() as i32 - 1) as usize;
    let row = (row + d_row).clamp(0, RiskType::ALL.len() as i32 - 1) as usize;
    (RiskId::ALL[col], RiskType::ALL[row])
}

/// Reads the `cell` query value against the ids the page has (cells such as
/// "contact-sexual" and cross-cutting risks such as "privacy"). An unknown
/// value gives `None` and `false` (not understood), so the page can say so.
pub fn parse_cell_id(value: Option<&str>, known: &[String]) -> (Option<String>, bool) {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => (None, true),
        Some(v) if known.iter().any(|k| k == v) => (Some(v.to_string()), true),
        Some(_) => (None, false),
    }
}

/// Choosing the open item again closes it; choosing another opens that one.
pub fn toggle(current: Option<&str>, wanted: &str) -> Option<String> {
    (current != Some(wanted)).then(|| wanted.to_string())
}

/// The cell of an id such as "contact-sexual" (`None` for cross-cutting risks).
pub fn cell_from_id(id: &str) -> Option<(RiskId, RiskType)> {
    let (risk, kind) = id.split_once('-')?;
    Some((RiskId::from_slug(risk)?, RiskType::from_slug(kind)?))
}
