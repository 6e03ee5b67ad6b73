//! Site search: an index built from the content data (no hand-kept list),
//! searched instantly in the browser. Every query word must match; titles
//! weigh more than body text, whole words more than prefixes, and prefixes
//! more than other forms of a word (its stem).
//!
//! - `terms`: the words both sides compare (Arabic folding and article,
//!   Chinese clauses);
//! - `index` (native only): what is indexed, section by section, with each
//!   word's stem by the Snowball stemmer of the page's language. The
//!   browser has no stemmer: a query word matches a stem it starts with.

#[cfg(not(target_arch = "wasm32"))]
mod index;
pub mod terms;

use serde::{Deserialize, Serialize};

use terms::{is_han, terms};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum HitKind {
    Risk,
    Guidance,
    /// A session plan for educators.
    Session,
    /// The family plan, the poster.
    Tool,
    Partner,
    Initiative,
    Meeting,
}

use crate::i18n::t;

impl HitKind {
    pub fn label(self) -> &'static str {
        match self {
            HitKind::Risk => t!(common.hit_risk),
            HitKind::Guidance => t!(common.hit_guidance),
            HitKind::Session => t!(common.hit_session),
            HitKind::Tool => t!(common.hit_tool),
            HitKind::Partner => t!(common.hit_partner),
            HitKind::Initiative => t!(common.hit_initiative),
            HitKind::Meeting => t!(common.hit_meeting),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Doc {
    kind: HitKind,
    title: String,
    path: String,
    title_words: Vec<String>,
    body_words: Vec<String>,
    /// For each body word, in one character (`stem_length_char`): how many
    /// of its first letters are its stem. Empty in languages without a stemmer.
    #[serde(default)]
    stems: String,
}

/// A stem length as one character of `Doc::stems` ('0' is none).
#[cfg(not(target_arch = "wasm32"))]
fn stem_length_char(letters: usize) -> char {
    match u32::try_from(letters) {
        Ok(n) if n < 75 => char::from_u32('0' as u32 + n).unwrap_or('0'),
        _ => '0',
    }
}

fn stem_length(encoded: char) -> usize {
    (encoded as u32).saturating_sub('0' as u32) as usize
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub kind: HitKind,
    pub title: String,
    pub path: String,
    pub score: u32,
}

/// The index is built natively from the content and written by the
/// prerenderer as its own per-language file (`search-<hash>.json`), which
/// the search islands fetch on first use.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SearchIndex {
    docs: Vec<Doc>,
}

impl SearchIndex {
    /// Best hits first, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let query = terms(query);
        if query.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<Hit> = self
            .docs
            .iter()
            .filter_map(|d| {
                let mut total = 0;
                for q in &query {
                    let s = word_score(q, &d.title_words, "", TITLE).max(word_score(
                        q,
                        &d.body_words,
                        &d.stems,
                        BODY,
                    ));
                    if s == 0 {
                        return None;
                    }
                    total += s;
                }
                Some(Hit {
                    kind: d.kind,
                    title: d.title.clone(),
                    path: d.path.clone(),
                    score: total,
                })
            })
            .collect();
        hits.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then(a.kind.cmp(&b.kind))
                .then(a.title.len().cmp(&b.title.len()))
        });
        hits.truncate(limit);
        hits
    }
}

/// What a query word scores by how it matches a field's words.
struct Weights {
    exact: u32,
    /// The word starts with it, or (Chinese) has it inside.
    prefix: u32,
    /// It starts with one of the field's stems.
    stem: u32,
}

const TITLE: Weights = Weights {
    exact: 12,
    prefix: 8,
    stem: 6,
};
const BODY: Weights = Weights {
    exact: 3,
    prefix: 2,
    stem: 1,
};

fn word_score(q: &str, words: &[String], stems: &str, weights: Weights) -> u32 {
    let q_len = q.chars().count();
    if words.iter().any(|w| w == q) {
        weights.exact
    } else if words.iter().any(|w| {
        (q_len >= 2 && w.starts_with(q))
            // Chinese: a word is a clause, and a query word is inside it.
            || (is_han(q) && w.contains(q))
    }) {
        weights.prefix
    } else if q_len >= 5 && words.iter().any(|w| w.contains(q)) {
        // Inside a compound: "bullying" in "cyberbullying".
        weights.stem
    } else if words
        .iter()
        .zip(stems.chars())
        .any(|(w, k)| is_inflection_of(q, q_len, w, stem_length(k)))
    {
        weights.stem
    } else {
        0
    }
}

/// Whether `q` reads as another form of `word`, whose first `stem` letters
/// are its stem: `q` starts with that stem (of three letters or more) and
/// adds at most four ("детей" and "дети" share "дет"; "bullied" and
/// "bullying" share "bull", as the stem "bulli" ends in another letter).
fn is_inflection_of(q: &str, q_len: usize, word: &str, stem: usize) -> bool {
    if stem < 3 || q_len > stem + 4 {
        return false;
    }
    let end = word.char_indices().nth(stem).map_or(word.len(), |(i, _)| i);
    q.starts_with(&word[..end])
}
