//! The plan's stored form (localStorage, this browser only).

use serde::{Deserialize, Serialize};

use super::{clean_date, clean_name, clean_text, Plan, PlanLine, MAX_LINES, STORAGE_VERSION};
use crate::shared::content::AgeBand;

/// The fields of the stored form, as serde writes them in JSON (the tests
/// hold the island's own writer and reader, `browser::islands::plan_storage`,
/// to that JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    pub v: u32,
    #[serde(default)]
    pub age: Option<String>,
    #[serde(default)]
    pub lines: Vec<PlanLine>,
    #[serde(default)]
    pub child: String,
    #[serde(default)]
    pub parent: String,
    #[serde(default)]
    pub review: Option<String>,
}

/// What is kept of a plan in this browser.
pub fn stored_form(plan: &Plan) -> Stored {
    Stored {
        v: STORAGE_VERSION,
        age: plan.age.map(|a| a.slug().to_string()),
        lines: plan.lines.clone(),
        child: plan.child_name.clone(),
        parent: plan.parent_name.clone(),
        review: plan.review_on.clone(),
    }
}

/// What was found in storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Restored {
    /// Nothing stored: a new plan.
    Nothing,
    Plan(Plan),
    /// Something unreadable or from an older version: ignored (the page
    /// says so in one short line, and starts a new plan).
    Ignored,
}

/// Reads a stored plan, once its JSON is read: `None` when nothing is
/// stored, `Some(None)` when what is stored is not a stored plan. A line
/// whose suggestion no longer exists keeps its wording as the family's own
/// line; values out of bounds are cut or dropped.
pub fn restore_from(stored: Option<Option<Stored>>, is_known: impl Fn(&str) -> bool) -> Restored {
    let Some(stored) = stored else {
        return Restored::Nothing;
    };
    let Some(stored) = stored else {
        return Restored::Ignored;
    };
    if stored.v != STORAGE_VERSION {
        return Restored::Ignored;
    }
    let mut plan = Plan {
        age: stored.age.as_deref().and_then(AgeBand::from_slug),
        child_name: clean_name(&stored.child),
        parent_name: clean_name(&stored.parent),
        review_on: stored.review.as_deref().and_then(clean_date),
        lines: Vec::new(),
    };
    for line in stored.lines.into_iter().take(MAX_LINES) {
        let text = clean_text(&line.text);
        if text.is_empty() {
            continue;
        }
        let suggestion = line.suggestion.filter(|id| is_known(id) && !plan.has(id));
        plan.lines.push(PlanLine {
            suggestion,
            side: line.side,
            text,
        });
    }
    Restored::Plan(plan)
}
