//! A heading whose level depends on where its section is placed: the same
//! block is an `<h2>` on its own page and an `<h3>` inside another section.

use leptos::prelude::*;

use crate::shared::i18n::view;

/// `<h2>` for level 2, else `<h3>`; with `id` when the section is labelled by it.
pub fn section_heading(level: u8, id: Option<String>, text: impl IntoView + 'static) -> AnyView {
    match level {
        2 => view! { <h2 id=id>{text}</h2> }.into_any(),
        _ => view! { <h3 id=id>{text}</h3> }.into_any(),
    }
}
