//! Text in Latin script inside right-to-left pages, such as an English
//! title in an Arabic sentence ("The 4Cs: Classifying Online Risk to
//! Children"): `<bdi lang="en">` keeps its punctuation in order and tells
//! screen readers its language.

use leptos::prelude::*;

use crate::i18n::{self, view, TextDirection};

/// `text`, isolated as English when the page is right to left and the text
/// is in Latin script; as it is otherwise.
pub fn latin_in_rtl(text: String) -> AnyView {
    if i18n::current().dir == TextDirection::Rtl && is_latin_script(&text) {
        view! { <bdi lang="en">{text}</bdi> }.into_any()
    } else {
        text.into_any()
    }
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
