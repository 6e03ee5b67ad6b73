//! A date in the reader's language. The prerendered page carries the
//! build's own wording (`format::long_date`); the start-up script then
//! formats every `<time data-local-date>` with the browser's Intl, in the
//! locale the attribute names (British English for English, as the build
//! writes it), with the locale's own digits and conventions (no wasm needed).

use leptos::prelude::*;

use crate::shared::format::long_date;
use crate::shared::i18n::view;

/// `<time datetime="2021-01-26" data-local-date="en-GB">26 January 2021</time>`.
#[component]
pub fn LocalDate(#[prop(into)] iso: String) -> impl IntoView {
    let text = long_date(&iso).unwrap_or_else(|| iso.clone());
    let intl = crate::shared::i18n::current().intl;
    view! { <time datetime=iso data-local-date=intl>{text}</time> }
}
