//! Links to the current page in the other languages. Each language is its
//! own build under its own folder, so these are full page loads (never
//! router navigation), and the choice is remembered for the site root.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::base_path::{site_path, SiteBase};
use crate::i18n::{self, view, Locale};

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let base = use_context::<SiteBase>().unwrap_or_default().0;
    let current = i18n::current();
    let root = i18n::root_base(&base, current.code);
    let location = use_location();
    let links = i18n::published()
        .into_iter()
        .map(|locale| {
            let (base, root) = (base.clone(), root.clone());
            let content = crate::use_content();
            let href = move || {
                let path = site_path(&base, &location.pathname.get())
                    // The not-found page (any unknown address): the other home pages.
                    .filter(|path| crate::routes::is_page(&content, path))
                    .unwrap_or_else(|| "/".into());
                i18n::localized_folder(&root, locale.code, &path)
            };
            let is_current = locale == current;
            view! {
                <li>
                    <a
                        href=href
                        hreflang=locale.code
                        lang=locale.code
                        rel="alternate external"
                        aria-current=is_current.then_some("true")
                        on:click=move |ev| switch_to(locale, ev)
                    >
                        {locale.name}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="language-switcher" aria-label=t!(common.language_label)>
            <ul>{links}</ul>
        </nav>
    }
}

/// Remembers the choice, and keeps the section (`#...`) and query too.
fn switch_to(locale: Locale, ev: MouseEvent) {
    crate::storage::write(i18n::STORAGE_KEY, locale.code);
    // New-tab and download clicks keep their default behaviour.
    if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
        return;
    }
    let Some(link) = ev
        .current_target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlAnchorElement>(t).ok())
    else {
        return;
    };
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    ev.prevent_default();
    let _ = location.assign(&format!("{}{search}{hash}", link.href()));
}
