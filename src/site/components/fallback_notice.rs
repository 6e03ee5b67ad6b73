//! Marks content shown in English because this language lacks it (see
//! `content::fallback`): a note for readers, and `lang="en"` for screen
//! readers and translation tools.

use leptos::prelude::*;

use crate::shared::i18n::view;
use crate::site::use_content;

/// `Some("en")` when the item `id` of any of `files` is shown in English,
/// to put on its container's `lang`.
pub fn fallback_lang(files: &[&str], id: &str) -> Option<&'static str> {
    let content = use_content();
    files
        .iter()
        .any(|file| content.is_fallback(file, id))
        .then_some("en")
}

/// "Not translated yet: shown in English." when the item is a fallback.
#[component]
pub fn FallbackNotice(files: &'static [&'static str], #[prop(into)] id: String) -> impl IntoView {
    // The note itself is in the page's language, whatever the item's.
    fallback_lang(files, &id).map(|_| {
        view! { <p class="notice fallback-notice" role="note" lang=crate::shared::i18n::current().code>{t!(common.fallback_english)}</p> }
    })
}
