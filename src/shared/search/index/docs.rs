//! The documents being indexed, each body word with its stem length.

use rust_stemmers::Stemmer;

use super::super::{stem_length_char, unique_terms, Doc, HitKind};
use super::stemming::snowball_algorithm;

/// The documents being indexed, with the language's stemmer.
pub(super) struct Docs {
    pub(super) docs: Vec<Doc>,
    stemmer: Option<Stemmer>,
    /// Shorter stems count for nothing: most Arabic words grow from a root
    /// of three letters, so "تنمية" (development) would meet "تنمر"
    /// (bullying) at "تنم".
    shortest_stem: usize,
}

impl Docs {
    pub(super) fn new(lang: &str) -> Docs {
        // Arabic words are folded and lose their article first (terms.rs);
        // where its stemmer then also strips a prefix, the stem is not the
        // word's beginning and counts for nothing (`shared_letters`), so
        // only its suffixes count. Chinese has no stems: a query matches
        // inside a clause.
        Docs {
            docs: Vec::new(),
            stemmer: snowball_algorithm(lang).map(Stemmer::create),
            shortest_stem: if lang == "ar" { 4 } else { 3 },
        }
    }

    pub(super) fn add(
        &mut self,
        kind: HitKind,
        title: String,
        path: String,
        extra_title: &str,
        body: &[String],
    ) {
        let text = body.join("\n");
        let body_words = unique_terms(&text);
        let stems = match &self.stemmer {
            Some(stemmer) => body_words
                .iter()
                .map(|word| {
                    let stem = shared_letters(word, &stemmer.stem(word));
                    stem_length_char(if stem < self.shortest_stem { 0 } else { stem })
                })
                .collect(),
            None => String::new(),
        };
        self.docs.push(Doc {
            kind,
            title_words: unique_terms(&format!("{title} {extra_title}")),
            title,
            path,
            body_words,
            text,
            stems,
        });
    }
}

/// How many first letters `word` and its stem share (the stem itself, or
/// less where the stemmer changed a letter: "bully" → "bulli" shares 4).
fn shared_letters(word: &str, stem: &str) -> usize {
    word.chars()
        .zip(stem.chars())
        .take_while(|(a, b)| a == b)
        .count()
}
