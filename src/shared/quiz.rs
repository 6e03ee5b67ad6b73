//! Self-check quiz logic: answers, scores, and the stored form. Stored data
//! is untrusted (old versions, edits, other sites' junk): anything that does
//! not fit the current questions is dropped, never an error.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::shared::content::{QuizQuestion, RiskId};

/// Bump when the stored shape changes; older data is then ignored.
const STORAGE_VERSION: u32 = 1;

/// The localStorage key for one category's answers.
pub fn storage_key(risk: RiskId) -> String {
    format!("cop-explorer.quiz.{}", risk.slug())
}

/// The chosen option index per question id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuizAnswers(BTreeMap<String, usize>);

#[derive(Serialize, Deserialize)]
struct Stored {
    v: u32,
    answers: BTreeMap<String, usize>,
}

/// Progress through a quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub answered: usize,
    pub best: usize,
    pub total: usize,
}

impl Score {
    pub fn is_complete(&self) -> bool {
        self.answered == self.total
    }
}

impl QuizAnswers {
    /// Records an answer; an index outside the question's options is ignored.
    pub fn answer(&mut self, question: &QuizQuestion, option: usize) {
        if option < question.options.len() {
            self.0.insert(question.id.clone(), option);
        }
    }

    pub fn chosen(&self, question_id: &str) -> Option<usize> {
        self.0.get(question_id).copied()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn score(&self, questions: &[QuizQuestion]) -> Score {
        let answered = questions
            .iter()
            .filter(|q| self.0.contains_key(&q.id))
            .count();
        let best = questions
            .iter()
            .filter(|q| {
                self.chosen(&q.id)
                    .and_then(|i| q.options.get(i))
                    .is_some_and(|o| o.best)
            })
            .count();
        Score {
            answered,
            best,
            total: questions.len(),
        }
    }

    /// The first question without an answer, if any.
    pub fn next_unanswered<'a>(&self, questions: &'a [QuizQuestion]) -> Option<&'a QuizQuestion> {
        questions.iter().find(|q| !self.0.contains_key(&q.id))
    }

    pub fn to_storage(&self) -> String {
        serde_json::to_string(&Stored {
            v: STORAGE_VERSION,
            answers: self.0.clone(),
        })
        .unwrap_or_default()
    }

    /// Reads stored answers, keeping only those that fit today's questions.
    pub fn from_storage(raw: Option<&str>, questions: &[QuizQuestion]) -> QuizAnswers {
        let Some(stored) = raw.and_then(|r| serde_json::from_str::<Stored>(r).ok()) else {
            return QuizAnswers::default();
        };
        if stored.v != STORAGE_VERSION {
            return QuizAnswers::default();
        }
        let answers = stored
            .answers
            .into_iter()
            .filter(|(id, i)| {
                questions
                    .iter()
                    .any(|q| &q.id == id && *i < q.options.len())
            })
            .collect();
        QuizAnswers(answers)
    }
}
