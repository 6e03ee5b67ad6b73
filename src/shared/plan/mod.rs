//! The family online plan (issue 15): what a parent builds with their
//! child, its share link and its stored form. Pure logic, so that it is
//! tested natively; the island only wires it to the page.
//!
//! Privacy rules live here: the share link carries the age group and the
//! ids of chosen suggestions only, never free text or names; the stored
//! form stays in this browser. Stored data and links are untrusted: what
//! does not fit is dropped, never an error.

use serde::{Deserialize, Serialize};

use crate::shared::content::{AgeBand, PlanGroup, PlanSuggestion, Side};

/// Where the plan is kept (localStorage, this browser only).
pub const STORAGE_KEY: &str = "cop-explorer.plan";
/// Bump when the stored shape changes: older data is then ignored, with a
/// short notice.
const STORAGE_VERSION: u32 = 1;
/// More lines than any real plan has: a limit for links and storage that
/// someone else wrote.
pub const MAX_LINES: usize = 80;
/// The longest line kept, in characters.
pub const MAX_TEXT: usize = 300;
/// The longest first name kept, in characters.
pub const MAX_NAME: usize = 60;

/// What the plan builder island reads from its page: the suggestions
/// (without their citations, which the page shows), the groups, and each
/// age group's name in the page's language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanCatalog {
    /// The printed plan's title ("Our family's online plan").
    pub title: String,
    pub groups: Vec<PlanGroup>,
    pub suggestions: Vec<PlanSuggestion>,
    pub bands: Vec<(AgeBand, String)>,
    /// What the page says of where a plan came from, by `StartNotice::slug`,
    /// in the page's language. From the page, not compiled into the island,
    /// whose wasm would otherwise carry them in all six languages.
    pub notices: Vec<(String, String)>,
}

impl PlanCatalog {
    /// The catalog as the page carries it for the island
    /// (`data-plan-catalog`; the island reads it with the browser's JSON).
    pub fn to_page_data(&self) -> String {
        serde_json::to_string(self).expect("a plan catalog serialises")
    }

    pub fn is_known(&self, id: &str) -> bool {
        self.suggestions.iter().any(|s| s.id == id)
    }

    /// The words for a notice ("" when the page did not give them).
    pub fn notice_text(&self, notice: StartNotice) -> &str {
        self.notices
            .iter()
            .find(|(slug, _)| slug == notice.slug())
            .map_or("", |(_, text)| text)
    }

    /// A suggestion's side and text.
    pub fn side_and_text(&self, id: &str) -> Option<(Side, String)> {
        self.suggestions
            .iter()
            .find(|s| s.id == id)
            .map(|s| (s.side, s.text.clone()))
    }
}

/// One line of the plan: a suggestion (its id, its text as the parent
/// edited it) or the family's own line (no id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanLine {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
    pub side: Side,
    pub text: String,
}

/// The plan as the parent builds it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub age: Option<AgeBand>,
    pub lines: Vec<PlanLine>,
    pub child_name: String,
    pub parent_name: String,
    /// "2027-03-01": the date the family agreed to look at it again.
    pub review_on: Option<String>,
}

impl Plan {
    /// Whether a suggestion is already in the plan.
    pub fn has(&self, id: &str) -> bool {
        self.lines
            .iter()
            .any(|l| l.suggestion.as_deref() == Some(id))
    }

    /// Adds a suggestion at the end of its side, once.
    pub fn add_suggestion(&mut self, id: &str, side: Side, text: &str) {
        if !self.has(id) && self.lines.len() < MAX_LINES {
            self.lines.push(PlanLine {
                suggestion: Some(id.to_string()),
                side,
                text: clean_text(text),
            });
        }
    }

    /// Removes a suggestion, wherever it is.
    pub fn remove_suggestion(&mut self, id: &str) {
        self.lines.retain(|l| l.suggestion.as_deref() != Some(id));
    }

    /// Adds the family's own line; blank text adds nothing.
    pub fn add_own(&mut self, side: Side, text: &str) {
        let text = clean_text(text);
        if !text.is_empty() && self.lines.len() < MAX_LINES {
            self.lines.push(PlanLine {
                suggestion: None,
                side,
                text,
            });
        }
    }

    /// Changes a line's wording; blank wording removes the line.
    pub fn edit(&mut self, index: usize, text: &str) {
        let text = clean_text(text);
        if text.is_empty() {
            self.remove(index);
        } else if let Some(line) = self.lines.get_mut(index) {
            line.text = text;
        }
    }

    pub fn remove(&mut self, index: usize) {
        if index < self.lines.len() {
            self.lines.remove(index);
        }
    }

    /// Moves a line up among the lines of its own side (the printed plan
    /// lists each side on its own). Returns the line's new index.
    pub fn move_up(&mut self, index: usize) -> usize {
        let Some(side) = self.lines.get(index).map(|l| l.side) else {
            return index;
        };
        match (0..index).rev().find(|&i| self.lines[i].side == side) {
            Some(above) => {
                self.lines.swap(index, above);
                above
            }
            None => index,
        }
    }

    /// Moves a line down among the lines of its own side.
    pub fn move_down(&mut self, index: usize) -> usize {
        let Some(side) = self.lines.get(index).map(|l| l.side) else {
            return index;
        };
        match (index + 1..self.lines.len()).find(|&i| self.lines[i].side == side) {
            Some(below) => {
                self.lines.swap(index, below);
                below
            }
            None => index,
        }
    }

    /// The lines of one side, with their indexes in `lines`.
    pub fn side(&self, side: Side) -> impl Iterator<Item = (usize, &PlanLine)> {
        self.lines
            .iter()
            .enumerate()
            .filter(move |(_, l)| l.side == side)
    }

    /// The ids of the chosen suggestions, in plan order.
    pub fn chosen_ids(&self) -> Vec<&str> {
        self.lines
            .iter()
            .filter_map(|l| l.suggestion.as_deref())
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
            && self.age.is_none()
            && self.child_name.is_empty()
            && self.parent_name.is_empty()
            && self.review_on.is_none()
    }
}

/// One line of text: no line breaks, no outer spaces, at most `MAX_TEXT`
/// characters.
pub fn clean_text(text: &str) -> String {
    clip(
        &text.split_whitespace().collect::<Vec<_>>().join(" "),
        MAX_TEXT,
    )
}

/// A first name as typed: one line, at most `MAX_NAME` characters.
pub fn clean_name(name: &str) -> String {
    clip(
        &name.split_whitespace().collect::<Vec<_>>().join(" "),
        MAX_NAME,
    )
}

/// A date field's value ("2027-03-01"), or `None` for anything else.
pub fn clean_date(value: &str) -> Option<String> {
    crate::shared::format::iso_date_parts(value.trim()).map(|_| value.trim().to_string())
}

fn clip(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

mod share;
mod stored;

pub use share::*;
pub use stored::*;

// ---- Copy as text ----------------------------------------------------------

/// The words around the plan's lines, in the page's language.
#[derive(Debug, Clone, Copy)]
pub struct TextLabels<'a> {
    pub title: &'a str,
    pub we_agree: &'a str,
    pub i_agree: &'a str,
    /// "Review on {{ date }}", already filled in, or "" without a date.
    pub review: &'a str,
    /// "Names: ..." line, already filled in, or "" without names.
    pub names: &'a str,
}

/// The plan as plain text, for "Copy as text".
pub fn as_text(plan: &Plan, labels: TextLabels) -> String {
    let mut out = vec![labels.title.to_string()];
    if !labels.names.is_empty() {
        out.push(labels.names.to_string());
    }
    for (heading, side) in [
        (labels.we_agree, Side::Child),
        (labels.i_agree, Side::Parent),
    ] {
        let lines: Vec<String> = plan
            .side(side)
            .map(|(_, l)| format!("- {}", l.text))
            .collect();
        if !lines.is_empty() {
            out.push(String::new());
            out.push(heading.to_string());
            out.extend(lines);
        }
    }
    if !labels.review.is_empty() {
        out.push(String::new());
        out.push(labels.review.to_string());
    }
    out.join("\n")
}

#[cfg(test)]
mod tests;
