//! Site search: an index built from the content data (no hand-kept list),
//! searched instantly in the browser. Every query word must match; titles
//! weigh more than body text, whole words more than prefixes, and prefixes
//! more than other forms of a word (its stem).
//!
//! - `terms`: the words both sides compare (Arabic folding and article,
//!   Chinese clauses);
//! - `extract`: the part of a result's text that matched, its words marked;
//! - `index` (native only): what is indexed, section by section, with each
//!   word's stem by the Snowball stemmer of the page's language. The
//!   browser has no stemmer: a query word matches a stem it starts with.

pub mod extract;
#[cfg(not(feature = "hydrate"))]
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
    /// The about page.
    About,
    /// An activity to do with a child (`/together`).
    Together,
}

use crate::shared::i18n::t;

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
            HitKind::About => t!(common.hit_about),
            HitKind::Together => t!(together.nav_together),
        }
    }
}

/// One indexed section. The file holds its text, for the extract under a
/// result; its words are taken from that text when the file is read (one
/// copy over the wire, not two).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(from = "StoredDoc")]
struct Doc {
    kind: HitKind,
    title: String,
    path: String,
    title_words: Vec<String>,
    /// The section's text, one part (a paragraph, a list item) a line.
    text: String,
    #[serde(skip)]
    body_words: Vec<String>,
    /// For each body word, in one character (`stem_length_char`): how many
    /// of its first letters are its stem. Empty in languages without a stemmer.
    #[serde(default)]
    stems: String,
}

/// A document as the index file holds it.
#[derive(Deserialize)]
struct StoredDoc {
    kind: HitKind,
    title: String,
    path: String,
    title_words: Vec<String>,
    text: String,
    #[serde(default)]
    stems: String,
}

impl From<StoredDoc> for Doc {
    fn from(d: StoredDoc) -> Doc {
        Doc {
            body_words: unique_terms(&d.text),
            kind: d.kind,
            title: d.title,
            path: d.path,
            title_words: d.title_words,
            text: d.text,
            stems: d.stems,
        }
    }
}

/// A text's words once each, in their first order: the order `stems`
/// follows, on both sides (and, for titles, fewer words to download).
fn unique_terms(text: &str) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    terms(text)
        .into_iter()
        .filter(|w| seen.insert(w.clone()))
        .collect()
}

impl Doc {
    /// The stem length of one of this document's body words (0: none known).
    fn stem_of(&self, word: &str) -> usize {
        self.body_words
            .iter()
            .zip(self.stems.chars())
            .find(|(w, _)| *w == word)
            .map_or(0, |(_, k)| stem_length(k))
    }
}

/// A stem length as one character of `Doc::stems` ('0' is none).
#[cfg(not(feature = "hydrate"))]
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
    /// Which document, for `SearchIndex::extract`.
    pub doc: usize,
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
        // A short word beside longer ones ("de" in "línea de ayuda") earns
        // no title weight: it is in many titles and says little about them.
        // Decided once per query, not once per document.
        let title_weights: Vec<Weights> = query
            .iter()
            .map(|q| {
                if is_minor_word(q, &query) {
                    BODY
                } else {
                    TITLE
                }
            })
            .collect();
        let mut hits: Vec<Hit> = self
            .docs
            .iter()
            .enumerate()
            .filter_map(|(doc, d)| {
                let mut total = 0;
                for (q, &title) in query.iter().zip(&title_weights) {
                    let s = word_score(q, &d.title_words, "", title).max(word_score(
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
                if query.len() > 1 && has_phrase(&terms(&d.text), &query) {
                    total += PHRASE;
                }
                Some(Hit {
                    kind: d.kind,
                    title: d.title.clone(),
                    path: d.path.clone(),
                    score: total,
                    doc,
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

    /// The part of a hit's text that matched `query`, its words marked.
    pub fn extract(&self, hit: &Hit, query: &str) -> Vec<extract::Piece> {
        let Some(doc) = self.docs.get(hit.doc) else {
            return Vec::new();
        };
        extract::extract(&doc.text, &terms(query), |word| doc.stem_of(word))
    }
}

/// A word of one or two letters (not Chinese) in a query with a longer word.
fn is_minor_word(q: &str, query: &[String]) -> bool {
    let short = |w: &str| w.chars().count() <= 2 && !w.chars().any(terms::is_han_char);
    short(q) && query.iter().any(|w| !short(w))
}

/// What a text earns that has the query's words one after another, as
/// written ("línea de ayuda"), over one that has them apart.
const PHRASE: u32 = 4;

/// Whether `words` has the query's words in a row, each matching as
/// `word_match` says (stems aside: the text's stems are not at hand here).
fn has_phrase(words: &[String], query: &[String]) -> bool {
    words.windows(query.len()).any(|run| {
        run.iter()
            .zip(query)
            .all(|(w, q)| word_match(q, w, || 0).is_some())
    })
}

/// What a query word scores by how it matches a field's words.
#[derive(Clone, Copy)]
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
    let mut stems = stems.chars();
    words
        .iter()
        .filter_map(|w| {
            let stem = stems.next();
            word_match(q, w, || stem.map_or(0, stem_length))
        })
        .map(|m| match m {
            WordMatch::Exact => weights.exact,
            WordMatch::Prefix => weights.prefix,
            WordMatch::Stem => weights.stem,
        })
        .max()
        .unwrap_or(0)
}

/// How a query word matches one word of the text, if it does. The same
/// rules rank results and mark their extracts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordMatch {
    Exact,
    /// The word starts with it, or (Chinese) has it inside.
    Prefix,
    /// Inside a compound, another form of the word (its stem), or (Arabic)
    /// the word with a one-letter prefix (و ف ب ل ك).
    Stem,
}

pub(crate) fn word_match(q: &str, w: &str, stem: impl FnOnce() -> usize) -> Option<WordMatch> {
    let q_len = q.chars().count();
    if w == q {
        Some(WordMatch::Exact)
    } else if (q_len >= 2 && w.starts_with(q))
        // Chinese: a word is a clause, and a query word is inside it.
        || (is_han(q) && w.contains(q))
    {
        Some(WordMatch::Prefix)
    } else if (q_len >= 5 && w.contains(q))
        // Inside a compound: "bullying" in "cyberbullying".
        || is_inflection_of(q, q_len, w, stem())
        // The query's last letter may be its ending: "время" (time) meets
        // "времени", whose stem "времен" the query does not start with.
        || (q_len >= 5 && q.char_indices().last().is_some_and(|(end, _)| w.starts_with(&q[..end])))
        || terms::without_letter_prefix(w) == Some(q)
        || terms::is_feminine_plural_of(w, q)
    {
        Some(WordMatch::Stem)
    } else {
        None
    }
}

/// Whether `q` reads as another form of `word`, whose first `stem` letters
/// are its stem: `q` starts with that stem (of three letters or more) and
/// adds at most four letters, or six after a stem of six ("детей" and
/// "дети" share "дет"; "bullied" and "bullying" share "bull", as the stem
/// "bulli" ends in another letter).
fn is_inflection_of(q: &str, q_len: usize, word: &str, stem: usize) -> bool {
    // A long stem is specific enough for a longer ending: "automutil" +
    // "ation" meets "automutiler". A word that is its own stem is a whole
    // short word: "games" is "game" with an ending, "estafas" (scams) is
    // not "esta" (this) with one.
    let ending = if stem >= word.chars().count() {
        2
    } else if stem >= 6 {
        6
    } else {
        4
    };
    if stem < 3 || q_len > stem + ending {
        return false;
    }
    let end = word.char_indices().nth(stem).map_or(word.len(), |(i, _)| i);
    q.starts_with(&word[..end])
}
