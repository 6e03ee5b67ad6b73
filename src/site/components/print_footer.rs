//! A footer that appears only on paper: where the sheet came from.

use leptos::prelude::*;

use crate::shared::i18n::{t_parts, view};
use crate::site::components::bidi::prose;

#[component]
pub fn PrintFooter() -> impl IntoView {
    // The prerenderer knows the path; the start-up script puts the full
    // address (with the host this copy is served from) into `data-page-url`.
    let path = crate::shared::base_path::folder_form(
        &leptos_router::hooks::use_location()
            .pathname
            .get_untracked(),
    );
    let text = t_parts!(common.print_footer)
        .iter()
        .map(|&(slot, text)| match slot {
            "url" => view! { <span data-page-url="">{path.clone()}</span> }.into_any(),
            _ => prose(text.to_string()),
        })
        .collect_view();
    view! { <p class="print-only print-footer">{text}</p> }
}
