//! "Skip to main content". The href is the page's own path plus `#main`
//! (a bare `#main` would resolve against `<base href>` and lead home); the
//! browser then moves to `<main tabindex="-1">`. No script needed.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::shared::base_path::folder_form;
use crate::shared::i18n::view;

#[component]
pub fn SkipLink() -> impl IntoView {
    let location = use_location();
    // In the folder form the browser shows, or the link would load a page.
    let href = folder_form(&format!("{}#main", location.pathname.get_untracked()));
    view! {
        <a class="skip-link" href=href>{t!(common.skip_to_content)}</a>
    }
}
