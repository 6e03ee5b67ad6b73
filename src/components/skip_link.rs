//! "Skip to main content". Its href is the current page plus `#main`: a bare
//! `#main` would resolve against `<base href>` and lead to the home page.
//! `rel="external"` leaves the click to the browser, which moves focus to
//! `<main tabindex="-1">` natively.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn SkipLink() -> impl IntoView {
    let location = use_location();
    let href = move || {
        // Track route changes; read the real address, which includes any sub-path.
        location.pathname.track();
        location.search.track();
        let loc = window().location();
        format!(
            "{}{}#main",
            loc.pathname().unwrap_or_default(),
            loc.search().unwrap_or_default()
        )
    };
    view! {
        <a class="skip-link" href=href rel="external">"Skip to main content"</a>
    }
}
