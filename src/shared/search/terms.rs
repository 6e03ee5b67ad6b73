//! The words search compares, on both sides: the index (built natively) and
//! the visitor's query (in the browser), so that both always agree.
//!
//! Beyond `text_match::normalise` (case, common accents, punctuation):
//! - Arabic: vowel marks and the tatweel go, the forms of alif become one,
//!   alif maqsura becomes ya and ta marbuta ha, and the article goes with a
//!   preposition that may carry it ("الأطفال", "للأطفال" → "اطفال"), as people
//!   search with or without it;
//! - Chinese has no spaces, so a "word" is a whole clause: a query of Han
//!   characters matches anywhere inside one (`is_han`).

use crate::shared::text_match::normalise;

/// The words of `text` as search compares them.
pub fn terms(text: &str) -> Vec<String> {
    normalise(text)
        .split_whitespace()
        .map(search_form)
        .filter(|word| !word.is_empty())
        .collect()
}

/// One normalised word in the form search compares.
pub fn search_form(word: &str) -> String {
    if !word.chars().any(is_arabic_letter) {
        return word.to_string();
    }
    // The article is "ال" with a plain alif: "ألعاب" (games) begins with
    // a hamza, not an article, so the article goes before the alifs fold.
    let unmarked: String = word.chars().filter(|&c| !is_arabic_mark(c)).collect();
    without_article(&unmarked)
        .chars()
        .map(fold_arabic_letter)
        .collect()
}

/// Whether `word` has a Han character (CJK Unified Ideographs and
/// Extension A).
pub fn is_han(word: &str) -> bool {
    word.chars().any(is_han_char)
}

pub fn is_han_char(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c as u32, 0x0620..=0x064A | 0x0671..=0x06D3)
}

/// Vowel marks (harakat, shadda, sukun...), the superscript alif and the
/// tatweel: spelling aids that a query may or may not have.
fn is_arabic_mark(c: char) -> bool {
    matches!(c as u32, 0x064B..=0x065F | 0x0670 | 0x0640)
}

fn fold_arabic_letter(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        c => c,
    }
}

/// The article, alone or after the prepositions and conjunctions written
/// with it; only when at least three letters remain ("الم" stays).
fn without_article(word: &str) -> &str {
    const PREFIXES: [&str; 6] = ["وال", "بال", "كال", "فال", "لل", "ال"];
    for prefix in PREFIXES {
        if let Some(rest) = word.strip_prefix(prefix) {
            if rest.chars().count() >= 3 {
                return rest;
            }
        }
    }
    word
}

/// An Arabic word without the one-letter conjunction or preposition written
/// onto it (و ف ب ل ك), and then without an article ("وأطفال", "وللأطفال" →
/// "اطفال"): the form a query may mean ("لخط" for "خط", a line). Many
/// words begin with these letters themselves, so search counts this as a
/// weaker match than the word as written, and only as the whole query word.
pub fn without_letter_prefix(word: &str) -> Option<&str> {
    let rest = word.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك'])?;
    let rest = without_article(rest);
    (rest.chars().count() >= 2).then_some(rest)
}

/// Whether `plural` is the sound feminine plural of the Arabic `word` in
/// `ة` (folded to `ه`): "كلمات" (words) of "كلمه", "معلومات" of "معلومه".
pub fn is_feminine_plural_of(plural: &str, word: &str) -> bool {
    match (word.strip_suffix('ه'), plural.strip_suffix("ات")) {
        (Some(stem), Some(rest)) => {
            stem == rest && stem.chars().count() >= 2 && stem.chars().all(is_arabic_letter)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_words_match_with_or_without_the_article_and_hamza() {
        assert_eq!(terms("الأطفال"), terms("أطفال"));
        assert_eq!(terms("أطفال"), vec!["اطفال"]);
        assert_eq!(terms("للأطفال"), vec!["اطفال"]);
        assert_eq!(terms("بالتنمر"), vec!["تنمر"]);
        assert_eq!(terms("التنمر"), terms("تنمر"));
        assert_eq!(terms("وَالْأَطْفَالُ"), vec!["اطفال"], "vowel marks go");
        assert_eq!(terms("حمايـــة"), terms("حماية"), "tatweel goes");
        assert_eq!(terms("حماية"), vec!["حمايه"]);
        assert_eq!(terms("على"), vec!["علي"]);
        // Too short to lose its first letters.
        assert_eq!(terms("الله"), vec!["الله"]);
    }

    #[test]
    fn arabic_one_letter_prefixes_come_off_only_on_request() {
        assert_eq!(terms("وأطفال"), vec!["واطفال"], "the word as written");
        assert_eq!(without_letter_prefix("واطفال"), Some("اطفال"));
        assert_eq!(without_letter_prefix("وللاطفال"), Some("اطفال"));
        assert_eq!(without_letter_prefix("لخط"), Some("خط"));
        assert_eq!(without_letter_prefix("بي"), None, "too short");
        assert_eq!(without_letter_prefix("تنمر"), None);
    }

    #[test]
    fn a_hamza_alif_and_lam_are_not_the_article() {
        assert_eq!(terms("ألعاب"), vec!["العاب"]);
        assert_eq!(terms("الألعاب"), vec!["العاب"]);
        assert_eq!(terms("إلكتروني"), vec!["الكتروني"]);
        assert_eq!(terms("الإلكتروني"), vec!["الكتروني"]);
    }

    #[test]
    fn a_word_in_ta_marbuta_knows_its_plural() {
        assert!(is_feminine_plural_of("كلمات", "كلمه"));
        assert!(!is_feminine_plural_of("كلمات", "كلم"));
        assert!(!is_feminine_plural_of("wordات", "wordه"));
    }

    #[test]
    fn other_scripts_are_only_normalised() {
        assert_eq!(
            terms("Cyber-Bullying, ДЕТИ"),
            vec!["cyber", "bullying", "дети"]
        );
        assert_eq!(terms("儿童在线保护。网络"), vec!["儿童在线保护", "网络"]);
    }

    #[test]
    fn han_words_are_recognised() {
        assert!(is_han("网络"));
        assert!(is_han("4c网络"));
        assert!(!is_han("дети"));
        assert!(!is_han("اطفال"));
    }
}
