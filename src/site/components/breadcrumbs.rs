//! A breadcrumb trail for inner pages.

use crate::site::components::link::Link;
use leptos::prelude::*;

use crate::shared::i18n::view;

/// `trail` holds (label, path) pairs leading to the current page, whose
/// label is `current`.
#[component]
pub fn Breadcrumbs(
    trail: Vec<(&'static str, String)>,
    #[prop(into)] current: String,
) -> impl IntoView {
    view! {
        <nav class="breadcrumbs" aria-label=t!(common.breadcrumb_label)>
            <ol>
                <li><Link href="/">{t!(common.nav_home)}</Link></li>
                {trail
                    .into_iter()
                    .map(|(label, path)| view! { <li><Link href=path>{label}</Link></li> })
                    .collect_view()}
                <li aria-current="page">{current}</li>
            </ol>
        </nav>
    }
}
