//! The helpful 404: for unknown paths, and for unknown risk or partner ids.

use crate::components::link::Link;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::{focus::PageHeading, page_meta::PageMeta};

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
    view! {
        <PageMeta title="Page not found" description="This page does not exist on COP Explorer."/>
        <div class="page not-found">
            <PageHeading>"Page not found"</PageHeading>
            <p>
                "There is no page at this address"
                {move || {
                    let a = address();
                    (!a.is_empty()).then(|| view! { " (" <code>{a}</code> ")" })
                }}
                ". The link may be mistyped, or the page may have moved."
            </p>
            <p>"You can go to:"</p>
            <ul>
                <li><Link href="/">"the home page"</Link></li>
                <li><Link href="/meeting">"the outcomes of the 17th CWG-COP meeting"</Link></li>
                <li><Link href="/risks">"the four categories of online risk"</Link></li>
                <li><Link href="/partners">"the partner organisations"</Link></li>
            </ul>
        </div>
    }
}
