//! `/embed`: what partners should know about privacy, then the embed
//! builder (the `EmbedBuilder` island). The builder appears once the page
//! is live; nothing but the footer follows it, so nothing moves.

use leptos::prelude::*;

use crate::components::{page_heading::PageHeading, page_meta::PageMeta};
use crate::i18n::view;
use crate::islands::embed_builder::EmbedBuilder;
use crate::use_content;
use crate::widgets::WidgetCatalog;

#[component]
pub fn EmbedPage() -> impl IntoView {
    let catalog = WidgetCatalog::of(&use_content());
    view! {
        <PageMeta
            title=t!(embed.page_title)
            description=t!(embed.page_description)
        />
        <div class="page page--wide">
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
            <EmbedBuilder catalog/>
        </div>
    }
}
