//! Text in Latin script inside right-to-left pages, such as an English
//! title in an Arabic sentence ("The 4Cs: Classifying Online Risk to
//! Children"): `<bdi lang="en">` keeps its punctuation in order and tells
//! screen readers its language.

use leptos::prelude::*;

use crate::shared::i18n::{self, view, TextDirection};

/// `text`, isolated as English when the page is right to left and the text
/// is in Latin script; as it is otherwise.
pub fn latin_in_rtl(text: String) -> AnyView {
    if i18n::current().dir == TextDirection::Rtl && is_latin_script(&text) {
        view! { <bdi lang="en">{text}</bdi> }.into_any()
    } else {
        text.into_any()
    }
}

/// `text` for a page's running prose: on a right-to-left page, each Latin
/// run of several words (an English title or name, a citation, an address)
/// inside it is isolated as `<bdi lang="en">`; otherwise the text as it is.
pub fn prose(text: String) -> AnyView {
    if i18n::current().dir != TextDirection::Rtl {
        return text.into_any();
    }
    let text = isolate_references(&text);
    latin_runs(&text)
        .into_iter()
        .map(|(latin, part)| {
            let part = part.to_string();
            if latin {
                view! { <bdi lang="en">{part}</bdi> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// Splits `text` into (is a Latin run, part), in order. A Latin run starts
/// and ends with a Latin letter or digit, holds only Latin letters, digits,
/// spaces and the punctuation of titles and addresses (`:,.&/'’-`), and has
/// at least two words or is an address: a single word such as "ITU" keeps
/// its place without help. Parentheses and quotation marks stay outside, so
/// that they mirror with the sentence around them.
pub fn latin_runs(text: &str) -> Vec<(bool, &str)> {
    let is_core = |c: char| is_latin_letter(c) || c.is_ascii_digit();
    let is_inner = |c: char| is_core(c) || " :,.&/'’-".contains(c);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut plain_from = 0;
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if !is_latin_letter(c) {
            i += 1;
            continue;
        }
        // Extend over inner characters, then back to the last core one.
        let mut j = i;
        while j + 1 < chars.len() && is_inner(chars[j + 1].1) {
            j += 1;
        }
        while j > i && !is_core(chars[j].1) {
            j -= 1;
        }
        let end = chars.get(j + 1).map_or(text.len(), |&(at, _)| at);
        let run = &text[start..end];
        if run.contains(' ') || run.contains("://") {
            if plain_from < start {
                out.push((false, &text[plain_from..start]));
            }
            out.push((true, run));
            plain_from = end;
        }
        i = j + 1;
    }
    if plain_from < text.len() {
        out.push((false, &text[plain_from..]));
    }
    out
}

/// Each paragraph reference ("§5.4") isolated left to right (U+2066 …
/// U+2069): in a right-to-left line it would read "5.4§". One that is
/// isolated already (`format::para_label`) is left as it is.
pub fn isolate_references(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let already = i > 0 && chars[i - 1] == '\u{2066}';
        if c == '§' && !already && chars.get(i + 1).is_some_and(char::is_ascii_digit) {
            // The number: digits and inner dots, ending on a digit.
            let mut end = i + 1;
            while end < chars.len() && (chars[end].is_ascii_digit() || chars[end] == '.') {
                end += 1;
            }
            while chars[end - 1] == '.' {
                end -= 1;
            }
            out.push('\u{2066}');
            out.extend(&chars[i..end]);
            out.push('\u{2069}');
            i = end;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c)
}

/// Whether a text is written in Latin script: it has Latin letters and no
/// letters of another script.
pub fn is_latin_script(text: &str) -> bool {
    let mut latin = false;
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
            latin = true;
        } else {
            return false;
        }
    }
    latin
}

#[cfg(test)]
mod run_tests {
    use super::{isolate_references, latin_runs};

    #[test]
    fn paragraph_references_are_isolated_once() {
        assert_eq!(
            isolate_references("انظر §6.3 و§6.4."),
            "انظر \u{2066}§6.3\u{2069} و\u{2066}§6.4\u{2069}."
        );
        let once = isolate_references("§5.5");
        assert_eq!(isolate_references(&once), once);
        assert_eq!(isolate_references("§ alone"), "§ alone");
    }

    fn runs(text: &str) -> Vec<&str> {
        latin_runs(text)
            .into_iter()
            .filter(|(latin, _)| *latin)
            .map(|(_, part)| part)
            .collect()
    }

    #[test]
    fn english_titles_and_addresses_in_arabic_are_latin_runs() {
        let text = "انظر (The 4Cs: Classifying Online Risk to Children) بترخيص CC BY 4.0 لدى ITU.";
        assert_eq!(
            runs(text),
            ["The 4Cs: Classifying Online Risk to Children", "CC BY 4.0"]
        );
        assert_eq!(
            runs("الموقع https://www.inhope.org هنا"),
            ["https://www.inhope.org"]
        );
        assert_eq!(
            runs("«Safer Internet Day»"),
            ["Safer Internet Day"],
            "quotes stay outside"
        );
    }

    #[test]
    fn single_words_and_plain_text_are_left_alone() {
        assert!(runs("الاتحاد ITU و COP").is_empty());
        assert!(runs("نص عربي فقط").is_empty());
        let text = "أ (Livingstone & Stoilova, 2021) ب";
        let parts: String = latin_runs(text).into_iter().map(|(_, p)| p).collect();
        assert_eq!(parts, text, "the parts rebuild the text");
        assert_eq!(runs(text), ["Livingstone & Stoilova, 2021"]);
    }
}
