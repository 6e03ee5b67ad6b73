//! Parts every "Together" path shares: the heading and the note for the
//! adult, the tools the island brings to life, and where to get help.

use leptos::prelude::*;

use crate::shared::content::together_model::{HelpBox, SourceRef};
use crate::shared::i18n::{t, view};
use crate::shared::routes;
use crate::site::components::bidi::prose;
use crate::site::components::list_items::list_items;
use crate::site::components::together_sources::TogetherSources;
use crate::site::components::{
    breadcrumbs::Breadcrumbs, page_heading::PageHeading, page_meta::PageMeta,
};
use crate::site::use_content;

/// Title, breadcrumb, the printed booklet's first lines, and the note for
/// the adult.
#[component]
pub fn PathHeader(
    #[prop(into)] title: String,
    #[prop(into)] description: String,
    /// The path's first paragraph, if it has one.
    #[prop(optional, into)]
    lead: Option<String>,
    #[prop(into)] adults_heading: String,
    adults: Vec<String>,
    adults_source: Vec<SourceRef>,
) -> impl IntoView {
    let print = use_content().together.print.clone();
    view! {
        <PageMeta title=title.clone() description=description/>
        <Breadcrumbs trail=vec![(t!(together.breadcrumb_together), routes::TOGETHER.to_string())] current=title.clone()/>
        <PageHeading>{title}</PageHeading>
        {lead.map(|lead| view! { <p class="lead">{prose(lead)}</p> })}
        <div class="print-only together-print-intro">
            <p><strong>{print.title}</strong></p>
            <p>{print.answers_note}</p>
        </div>
        <section class="together-adults" aria-labelledby="adults-h">
            <h2 id="adults-h">{adults_heading}</h2>
            <ul>{list_items(&adults)}</ul>
            <TogetherSources sources=adults_source/>
        </section>
        <p class="together-links no-print">
            // Help is one tap away from the top of every path.
            <a href="#help" class="button button--secondary">{t!(together.help_heading)}</a>
            <button type="button" class="button button--secondary" data-print="">{t!(together.print_path)}</button>
        </p>
    }
}

/// The island's tools, rendered hidden and shown once it is live: "Start
/// again", and "Read aloud" when `read_aloud` and the browser has a voice
/// for the page's language.
#[component]
pub fn LiveTools(#[prop(optional)] read_aloud: bool) -> impl IntoView {
    view! {
        <div class="together-tools no-print" data-live-only="" hidden="">
            {read_aloud.then(|| view! {
                <button type="button" class="button" data-read-aloud="" hidden="">{t!(together.read_aloud)}</button>
            })}
            <button type="button" class="button button--secondary" data-restart="">{t!(together.start_again)}</button>
        </div>
    }
}

/// A step-by-step series' controls, shown once live: back, "Scene 2 of 6",
/// next.
#[component]
pub fn DeckNav(#[prop(into)] deck: String) -> impl IntoView {
    view! {
        <div class="deck-nav no-print" data-deck-nav=deck data-live-only="" hidden="">
            <button type="button" class="button button--secondary" data-go="prev">{t!(together.previous)}</button>
            <p class="deck-nav__label" data-step-label="" aria-live="polite"></p>
            <button type="button" class="button" data-go="next">{t!(together.next)}</button>
        </div>
    }
}

/// Where to get help, at the end of every path: the two directories the
/// site names everywhere, and what to do in an emergency. No numbers.
#[component]
pub fn HelpSection(help: HelpBox) -> impl IntoView {
    let items = help
        .items
        .iter()
        .map(|item| {
            view! {
                <li>
                    <a href=item.url.clone() dir="auto">{item.name.clone()}</a>
                    {t!(together.label_separator)} {prose(item.text.clone())}
                    <TogetherSources sources=item.source.clone()/>
                </li>
            }
        })
        .collect_view();
    view! {
        <section id="help" class="highlight together-help" aria-labelledby="help-h">
            <h2 id="help-h">{help.heading.clone()}</h2>
            <p>{prose(help.intro.clone())}</p>
            <TogetherSources sources=help.intro_source.clone()/>
            <ul>{items}</ul>
            <p><strong>{prose(help.emergency.clone())}</strong></p>
            <TogetherSources sources=help.emergency_source.clone()/>
        </section>
    }
}
