//! A footer that appears only on paper: where the sheet came from.

use leptos::prelude::*;

use crate::i18n::{t, view};

#[component]
pub fn PrintFooter() -> impl IntoView {
    // The path is known when prerendering; the full address (with the host
    // this copy is served from) only in the browser, after hydration.
    let location = leptos_router::hooks::use_location();
    let (url, set_url) = signal(String::new());
    Effect::new(move |_| {
        location.pathname.track();
        set_url.set(window().location().href().unwrap_or_default());
    });
    let url = move || {
        let full = url.get();
        if full.is_empty() {
            location.pathname.get()
        } else {
            full
        }
    };
    view! {
        <p class="print-only print-footer">
            {move || t!(common.print_footer, url = url())}
        </p>
    }
}
