//! The extract under a search result: the first part of its text (a
//! paragraph, a list item) that has a query word, cut to a short window
//! around the first match, with every matching word marked. Words match by
//! the same rules that ranked the result (`word_match`), so what is marked
//! is what was found: "bullying" in "cyberbullying", "التنمر" for "تنمر",
//! "детей" for "дети", and in Chinese only the query's characters inside a
//! clause.

use super::terms::{is_han, is_han_char, search_form};
use super::word_match;
use crate::shared::text_match::normalise;

/// A run of the extract's text, marked or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub marked: bool,
}

/// How much of a long part is shown, in characters: Chinese says more in
/// fewer characters.
const WINDOW: usize = 180;
const WINDOW_HAN: usize = 80;

/// The extract of `text` (parts one a line) for the query's words (already
/// in `terms` form). `stem_of` gives a word's stem length from the index.
/// Without a match in the text (the title matched), its first part.
pub fn extract(text: &str, query: &[String], stem_of: impl Fn(&str) -> usize) -> Vec<Piece> {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let first = lines.clone().next();
    for line in lines.by_ref() {
        let marks = marks(line, query, &stem_of);
        if !marks.is_empty() {
            return window(line, &marks);
        }
    }
    first.map(|line| window(line, &[])).unwrap_or_default()
}

/// The character ranges of `line` that match a query word.
fn marks(line: &str, query: &[String], stem_of: &impl Fn(&str) -> usize) -> Vec<(usize, usize)> {
    // `normalise` maps each character to one character, so positions in
    // the normalised line are positions in the line.
    let normal: Vec<char> = normalise(line).chars().collect();
    let mut ranges = Vec::new();
    for (start, end) in word_spans(&normal) {
        let token: String = normal[start..end].iter().collect();
        let word = search_form(&token);
        if word.is_empty() {
            continue;
        }
        for q in query {
            if word_match(q, &word, || stem_of(&word)).is_none() {
                continue;
            }
            if is_han(q) {
                ranges.extend(
                    occurrences(&normal[start..end], q).map(|(a, b)| (start + a, start + b)),
                );
            } else {
                ranges.push((start, end));
            }
        }
    }
    merge(ranges)
}

/// The (start, end) character positions of the words (runs without spaces).
fn word_spans(chars: &[char]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in chars.iter().enumerate() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, chars.len()));
    }
    spans
}

/// Where `q` occurs in `chars`, as character ranges.
fn occurrences<'a>(chars: &'a [char], q: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
    let q: Vec<char> = q.chars().collect();
    let n = q.len();
    (0..chars.len().saturating_sub(n - 1))
        .filter(move |&i| n > 0 && chars[i..i + n] == q[..])
        .map(move |i| (i, i + n))
}

/// Sorted, with overlapping ranges joined.
fn merge(mut ranges: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (a, b) in ranges {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    merged
}

/// The part of `line` around its first mark, at most a window long, cut
/// between words (except in Chinese), with "…" where it was cut.
fn window(line: &str, marks: &[(usize, usize)]) -> Vec<Piece> {
    let chars: Vec<char> = line.trim().chars().collect();
    let offset = line.chars().take_while(|c| c.is_whitespace()).count();
    let marks: Vec<(usize, usize)> = marks
        .iter()
        .map(|&(a, b)| {
            (
                a.saturating_sub(offset),
                b.saturating_sub(offset).min(chars.len()),
            )
        })
        .collect();
    let han = is_han(line);
    let size = if han { WINDOW_HAN } else { WINDOW };
    let (mut start, mut end) = (0, chars.len());
    if chars.len() > size {
        let first = marks.first().map_or(0, |m| m.0);
        start = first.saturating_sub(size / 3);
        end = (start + size).min(chars.len());
        // Cut between words: at a space, or next to a Chinese character
        // (never inside a Latin name in a Chinese line). Inwards, keeping
        // the first mark.
        let between_words = |i: usize| {
            let (a, b) = (chars[i - 1], chars[i]);
            a.is_whitespace() || b.is_whitespace() || is_han_char(a) || is_han_char(b)
        };
        if start > 0 {
            start = (start..first.max(start))
                .find(|&i| between_words(i))
                .unwrap_or(start);
        }
        if end < chars.len() {
            end = (start + 1..end)
                .rev()
                .find(|&i| between_words(i))
                .unwrap_or(end);
        }
    }
    let mut pieces = Vec::new();
    let mut push = |from: usize, to: usize, marked: bool| {
        if from < to {
            pieces.push(Piece {
                text: chars[from..to].iter().collect(),
                marked,
            });
        }
    };
    let mut at = start;
    for &(a, b) in &marks {
        let (a, b) = (a.clamp(start, end), b.clamp(start, end));
        push(at, a.max(at), false);
        push(a.max(at), b, true);
        at = at.max(b);
    }
    push(at, end, false);
    let cut = |s: &str| s.trim().to_string();
    if let Some(first) = pieces.first_mut() {
        if start > 0 {
            first.text = format!("…{}", first.text.trim_start());
        }
    }
    if let Some(last) = pieces.last_mut() {
        if end < chars.len() {
            last.text = format!("{}…", cut(&last.text));
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::search::terms::terms;

    fn marked(pieces: &[Piece]) -> Vec<&str> {
        pieces
            .iter()
            .filter(|p| p.marked)
            .map(|p| p.text.as_str())
            .collect()
    }

    fn joined(pieces: &[Piece]) -> String {
        pieces.iter().map(|p| p.text.as_str()).collect()
    }

    fn no_stems(_: &str) -> usize {
        0
    }

    #[test]
    fn marks_the_words_that_matched_in_the_first_part_that_has_one() {
        let text = "Talk often.\nCyberbullying hurts. Bullying is never the child's fault.";
        let pieces = extract(text, &terms("bullying"), no_stems);
        assert_eq!(marked(&pieces), vec!["Cyberbullying", "Bullying"]);
        assert_eq!(
            joined(&pieces),
            "Cyberbullying hurts. Bullying is never the child's fault."
        );
    }

    #[test]
    fn arabic_words_are_marked_with_their_article_and_prefix() {
        let text = "يحدث التنمر عبر الإنترنت، وتنمر الأصدقاء مؤلم.";
        let pieces = extract(text, &terms("تنمر"), no_stems);
        assert_eq!(marked(&pieces), vec!["التنمر", "وتنمر"]);
    }

    #[test]
    fn chinese_marks_only_the_query_inside_a_clause() {
        let text = "保护儿童的网络隐私，家长可以帮助。";
        let pieces = extract(text, &terms("隐私"), no_stems);
        assert_eq!(marked(&pieces), vec!["隐私"]);
        assert_eq!(joined(&pieces), text);
    }

    #[test]
    fn another_form_of_a_word_is_marked_by_its_stem() {
        // "детей" has the stem "дет" (three letters), as the index records.
        let text = "Защита детей в сети.";
        let pieces = extract(text, &terms("дети"), |w| {
            if w == "детей" {
                3
            } else {
                0
            }
        });
        assert_eq!(marked(&pieces), vec!["детей"]);
    }

    #[test]
    fn a_long_part_is_cut_around_its_first_match_between_words() {
        let filler = "word ".repeat(80);
        let text = format!("{filler}grooming starts with trust {filler}");
        let pieces = extract(&text, &terms("grooming"), no_stems);
        let shown = joined(&pieces);
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
        assert!(
            shown.chars().count() <= WINDOW + 2,
            "{}",
            shown.chars().count()
        );
        assert!(
            !shown.contains("wor…") && !shown.contains("…ord"),
            "{shown}"
        );
        assert_eq!(marked(&pieces), vec!["grooming"]);
    }

    #[test]
    fn a_chinese_line_is_not_cut_inside_a_latin_name() {
        let text = format!(
            "{}介绍了Crown Prince Mohammed Bin Salman Initiative for Safe Children in the Cyber World。{}",
            "沙特".repeat(10),
            "保护".repeat(40)
        );
        let shown = joined(&extract(&text, &terms("没有"), no_stems));
        let before_cut = shown.strip_suffix('…').expect("cut");
        // Cut at 80 characters, it would end in "Chil(dren)".
        assert!(before_cut.ends_with("for Safe"), "{shown}");
    }

    #[test]
    fn a_title_match_shows_the_first_part_unmarked() {
        let pieces = extract("First part.\nSecond.", &terms("nothing"), no_stems);
        assert_eq!(joined(&pieces), "First part.");
        assert!(marked(&pieces).is_empty());
        assert!(extract("", &terms("x"), no_stems).is_empty());
    }
}
