//! A breadcrumb trail for inner pages.

use leptos::prelude::*;
use leptos_router::components::A;

/// `trail` holds (label, path) pairs leading to the current page, whose
/// label is `current`.
#[component]
pub fn Breadcrumbs(
    trail: Vec<(&'static str, String)>,
    #[prop(into)] current: String,
) -> impl IntoView {
    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <ol>
                <li><A href="/">"Home"</A></li>
                {trail
                    .into_iter()
                    .map(|(label, path)| view! { <li><A href=path>{label}</A></li> })
                    .collect_view()}
                <li aria-current="page">{current}</li>
            </ol>
        </nav>
    }
}
