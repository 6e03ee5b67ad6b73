//! The helpful 404: for unknown paths, and for unknown risk or partner ids.

use crate::site::components::link::Link;
use crate::site::pages::widget::WidgetErrorCard;
use leptos::prelude::*;

use crate::shared::i18n::{t_parts, view};
use crate::site::components::{page_heading::PageHeading, page_meta::PageMeta};

#[component]
pub fn NotFound() -> impl IntoView {
    // The prerendered 404 page is served for many addresses: the start-up
    // script names the actual one in this span (" (/the/path)"), with the
    // words around it in the page's language.
    let parts = t_parts!(pages.not_found_address);
    let around = |before: bool| {
        let address_at = parts.iter().position(|&(name, _)| name == "address");
        parts
            .iter()
            .enumerate()
            .filter(|(i, _)| address_at.is_some_and(|at| if before { *i < at } else { *i > at }))
            .map(|(_, &(_, text))| text)
            .collect::<String>()
    };
    let (before, after) = (around(true), around(false));
    let address = move || {
        view! { <span data-not-found-address="" data-before=before.clone() data-after=after.clone()></span> }
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
                .map(|&(name, text)| if name == "address" { address().into_any() } else { text.into_any() })
                .collect_view()}</p>
            <p>{t!(pages.not_found_go_to)}</p>
            <ul>
                <li><Link href="/">{t!(pages.not_found_home)}</Link></li>
                <li><Link href="/meeting">{t!(pages.not_found_meeting)}</Link></li>
                <li><Link href="/risks">{t!(pages.not_found_risks)}</Link></li>
                <li><Link href="/partners">{t!(pages.not_found_partners)}</Link></li>
            </ul>
            <WidgetNotFound/>
        </div>
    }
}

/// The widget's "could not be found" card, inert: the not-found page is also
/// what a host serves for an unknown widget address, and there widget.js
/// shows this card instead of the site's page.
#[component]
fn WidgetNotFound() -> impl IntoView {
    view! { <template id="widget-not-found"><WidgetErrorCard/></template> }
}
