//! "Skip to main content". The href is the page's own path plus `#main`
//! (a bare `#main` would resolve against `<base href>` and lead home), which
//! works without script. With script, the click simply moves focus to
//! `<main tabindex="-1">`; `rel="external"` keeps the router out of it.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use crate::i18n::view;

#[component]
pub fn SkipLink() -> impl IntoView {
    let location = use_location();
    let href = move || format!("{}#main", location.pathname.get());
    let skip = |ev: leptos::ev::MouseEvent| {
        let main = document()
            .get_element_by_id("main")
            .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(main) = main {
            ev.prevent_default();
            let _ = main.focus();
            main.scroll_into_view();
        }
    };
    view! {
        <a class="skip-link" href=href rel="external" on:click=skip>{t!(common.skip_to_content)}</a>
    }
}
