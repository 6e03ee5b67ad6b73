//! `/embed`: what partners should know about privacy, then the embed
//! builder (the `EmbedBuilder` island). The builder appears once the page
//! is live; nothing but the footer follows it, so nothing moves.

use leptos::prelude::*;

use crate::browser::islands::embed_builder::EmbedBuilder;
use crate::shared::i18n::view;
use crate::shared::widgets::WidgetCatalog;
use crate::site::components::{page_heading::PageHeading, page_meta::PageMeta};
use crate::site::use_content;

#[component]
pub fn EmbedPage() -> impl IntoView {
    // The builder reads the names it needs from the page (see
    // `embed_builder::catalog_from_page`): as island props they would bring
    // serde_json into its wasm, about 20 KB brotli.
    let catalog = WidgetCatalog::of(&use_content()).to_page_data();
    view! {
        <PageMeta
            title=t!(embed.page_title)
            description=t!(embed.page_description)
        />
        <div class="page page--wide" data-widget-catalog=catalog>
            <PageHeading>{t!(embed.page_title)}</PageHeading>
            <p class="lead">{t!(embed.lead)}</p>
            <p class="needs-js-note notice">{t!(embed.needs_js)}</p>
            <section aria-labelledby="embed-privacy">
                <h2 id="embed-privacy">{t!(embed.privacy_heading)}</h2>
                <ul>
                    <li>{t!(embed.privacy_no_cookies)}</li>
                    <li>{t!(embed.privacy_loader)}</li>
                    <li>{t!(embed.privacy_new_tab)}</li>
                </ul>
            </section>
            <EmbedBuilder/>
        </div>
    }
}
