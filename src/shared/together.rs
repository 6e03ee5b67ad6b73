//! The pure logic of "Together" (`/together/<band>`), shared by the pages
//! and the island: how paragraph citations are grouped, and the progress a
//! browser keeps of a path (which answers were picked, which boxes ticked,
//! which scene or card is showing), as the text stored in `localStorage`.

/// The `localStorage` key of one path's progress.
pub fn storage_key(band_slug: &str) -> String {
    format!("cop-explorer:together:{band_slug}")
}

/// Paragraph numbers as runs: `[9, 10]` -> "9–10", `[67, 68, 69]` ->
/// "67–69", `[58, 80, 82]` -> "58, 80, 82" (with the language's separator).
/// Numbers are sorted and repeats dropped.
pub fn para_runs(paras: &[u32], separator: &str) -> String {
    let mut sorted = paras.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut runs: Vec<(u32, u32)> = Vec::new();
    for n in sorted {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == n => *end = n,
            _ => runs.push((n, n)),
        }
    }
    runs.iter()
        .map(|&(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            }
        })
        .collect::<Vec<_>>()
        .join(separator)
}

/// What a browser remembers of one path. Only ids from the page itself:
/// no names, no free text (issue 28's privacy rule).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    /// (question, answer picked), in the order they were picked.
    pub picks: Vec<(String, String)>,
    /// Ticked checklist items.
    pub ticked: Vec<String>,
    /// (deck, the step showing, from 0).
    pub steps: Vec<(String, usize)>,
}

/// Whether `s` is an id as the pages write them (and nothing else).
pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Progress {
    pub fn pick(&self, question: &str) -> Option<&str> {
        self.picks
            .iter()
            .find(|(q, _)| q == question)
            .map(|(_, a)| a.as_str())
    }

    /// Records an answer; a question has one answer, the last picked.
    pub fn set_pick(&mut self, question: &str, answer: &str) {
        self.picks.retain(|(q, _)| q != question);
        self.picks.push((question.to_string(), answer.to_string()));
    }

    pub fn is_ticked(&self, item: &str) -> bool {
        self.ticked.iter().any(|t| t == item)
    }

    pub fn set_ticked(&mut self, item: &str, ticked: bool) {
        self.ticked.retain(|t| t != item);
        if ticked {
            self.ticked.push(item.to_string());
        }
    }

    pub fn step(&self, deck: &str) -> usize {
        self.steps
            .iter()
            .find(|(d, _)| d == deck)
            .map_or(0, |(_, n)| *n)
    }

    pub fn set_step(&mut self, deck: &str, step: usize) {
        self.steps.retain(|(d, _)| d != deck);
        if step > 0 {
            self.steps.push((deck.to_string(), step));
        }
    }

    /// One line a fact: "p <question> <answer>", "t <item>", "s <deck> <n>".
    pub fn to_storage(&self) -> String {
        let picks = self.picks.iter().map(|(q, a)| format!("p {q} {a}"));
        let ticked = self.ticked.iter().map(|t| format!("t {t}"));
        let steps = self.steps.iter().map(|(d, n)| format!("s {d} {n}"));
        picks
            .chain(ticked)
            .chain(steps)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Reads what `to_storage` wrote. Whatever is not understood (an edited
    /// or corrupt value, an older format) is skipped, never an error.
    pub fn from_storage(text: Option<&str>) -> Progress {
        let mut progress = Progress::default();
        for line in text.unwrap_or_default().lines() {
            let parts: Vec<&str> = line.split(' ').collect();
            match parts.as_slice() {
                ["p", q, a] if is_id(q) && is_id(a) => progress.set_pick(q, a),
                ["t", item] if is_id(item) => progress.set_ticked(item, true),
                ["s", deck, n] if is_id(deck) => {
                    if let Ok(n) = n.parse::<usize>() {
                        progress.set_step(deck, n.min(100));
                    }
                }
                _ => {}
            }
        }
        progress
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_group_into_runs() {
        assert_eq!(para_runs(&[9, 10], ", "), "9–10");
        assert_eq!(para_runs(&[69, 67, 68], ", "), "67–69");
        assert_eq!(para_runs(&[58, 59, 80, 82], "、"), "58–59、80、82");
        assert_eq!(para_runs(&[99, 99], ", "), "99");
        assert_eq!(para_runs(&[], ", "), "");
    }

    #[test]
    fn progress_survives_storage() {
        let mut p = Progress::default();
        p.set_pick("play-together", "play-with-dad");
        p.set_pick("play-together", "play-alone");
        p.set_ticked("account-private", true);
        p.set_ticked("location-off", true);
        p.set_ticked("location-off", false);
        p.set_step("story", 3);
        let back = Progress::from_storage(Some(&p.to_storage()));
        assert_eq!(back, p);
        assert_eq!(back.pick("play-together"), Some("play-alone"));
        assert!(back.is_ticked("account-private"));
        assert!(!back.is_ticked("location-off"));
        assert_eq!(back.step("story"), 3);
        assert_eq!(back.step("cards"), 0);
    }

    #[test]
    fn corrupt_storage_is_skipped_line_by_line() {
        let p = Progress::from_storage(Some(
            "p ok yes\n{\"json\":1}\np Bad Id\nt <script>\ns story x\ns cards 999\n\u{0}",
        ));
        assert_eq!(p.picks, vec![("ok".to_string(), "yes".to_string())]);
        assert!(p.ticked.is_empty());
        assert_eq!(p.step("story"), 0);
        assert_eq!(p.step("cards"), 100);
        assert_eq!(Progress::from_storage(None), Progress::default());
    }
}
