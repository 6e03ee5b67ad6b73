//! The helpful 404: for unknown paths, and for unknown risk or partner ids.

use crate::components::link::Link;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::{focus::PageHeading, page_meta::PageMeta};
use crate::i18n::{t_parts, view};

#[component]
pub fn NotFound() -> impl IntoView {
    let location = use_location();
    let hydrated = expect_context::<crate::components::hydration::Hydrated>();
    // The prerendered 404 page is served for many addresses: name the actual
    // one only once live in the browser.
    let address = move || {
        if hydrated.get() {
            location.pathname.get()
        } else {
            String::new()
        }
    };
    // " (/the/path)" once live, nothing in the prerendered page.
    let address = move || {
        let a = address();
        (!a.is_empty()).then(|| {
            t_parts!(pages.not_found_address)
                .iter()
                .map(|&(name, text)| match name {
                    "address" => view! { <code>{a.clone()}</code> }.into_any(),
                    _ => text.into_any(),
                })
                .collect_view()
        })
    };
    view! {
        <PageMeta
            title=t!(pages.not_found_title)
            description=t!(pages.not_found_meta_description)
        />
        <div class="page not-found">
            <PageHeading>{t!(pages.not_found_title)}</PageHeading>
            <p>{t_parts!(pages.not_found_text)
                .iter()
                .map(|&(name, text)| if name == "address" { address.into_any() } else { text.into_any() })
                .collect_view()}</p>
            <p>{t!(pages.not_found_go_to)}</p>
            <ul>
                <li><Link href="/">{t!(pages.not_found_home)}</Link></li>
                <li><Link href="/meeting">{t!(pages.not_found_meeting)}</Link></li>
                <li><Link href="/risks">{t!(pages.not_found_risks)}</Link></li>
                <li><Link href="/partners">{t!(pages.not_found_partners)}</Link></li>
            </ul>
        </div>
    }
}
