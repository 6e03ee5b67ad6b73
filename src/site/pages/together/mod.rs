//! `/together`: activities a child does with a parent or teacher. The hub
//! (who it is for, how to use it, the three paths) is plain HTML, with no
//! wasm; each path (`/together/<band>`) is one readable page whose answers
//! sit in `<details>`, so it works without script and prints as a booklet.
//! The island `TogetherActivities` (`islands/together.rs`) adds steps,
//! picks, progress kept in this browser, "Start again" and reading aloud.

mod activities;
mod challenges;
mod parts;
mod story;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::shared::content::AgeBand;
use crate::shared::i18n::view;
use crate::shared::routes;
use crate::site::components::bidi::prose;
use crate::site::components::link::Link;
use crate::site::components::list_items::list_items;
use crate::site::components::picture::Picture;
use crate::site::components::together_sources::TogetherSources;
use crate::site::components::{
    breadcrumbs::Breadcrumbs, page_heading::PageHeading, page_meta::PageMeta,
};
use crate::site::pages::not_found::NotFound;
use crate::site::use_content;

#[component]
pub fn TogetherHubPage() -> impl IntoView {
    let content = use_content();
    let hub = content.together.hub.clone();
    let cards = hub
        .paths
        .iter()
        .filter_map(|card| Some((AgeBand::from_slug(&card.id)?, card.clone())))
        .map(|(band, card)| {
            let heading_id = format!("path-{}", band.slug());
            view! {
                <li class="card together-card">
                    <Picture name=format!("path-{}", band.slug())/>
                    <h3 id=heading_id.clone()>
                        <Link href=routes::together_path(band) class="card__link">{card.title.clone()}</Link>
                    </h3>
                    <p>{prose(card.summary.clone())}</p>
                    <ul class="together-card__parts">{list_items(&card.activities)}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageMeta title=hub.title.clone() description=hub.description.clone()/>
        <div class="page together-hub">
            <Breadcrumbs trail=vec![] current=hub.title.clone()/>
            <PageHeading>{hub.title.clone()}</PageHeading>
            <p class="lead">{prose(hub.lead.clone())}</p>
            <section aria-labelledby="paths-h">
                <h2 id="paths-h">{hub.paths_heading.clone()}</h2>
                <ul class="cards together-cards">{cards}</ul>
            </section>
            <section aria-labelledby="who-h">
                <h2 id="who-h">{hub.who_heading.clone()}</h2>
                <ul>{list_items(&hub.who)}</ul>
            </section>
            <section aria-labelledby="how-h">
                <h2 id="how-h">{hub.how_heading.clone()}</h2>
                <ol>{list_items(&hub.how)}</ol>
                <TogetherSources sources=hub.how_source.clone()/>
            </section>
            <section class="together-about" aria-labelledby="about-ages-h">
                <h2 id="about-ages-h">{t!(together.about_heading)}</h2>
                <p>{prose(hub.about_ages.clone())}</p>
                <TogetherSources sources=hub.about_ages_source.clone()/>
                <p>{prose(hub.about_guidelines.clone())}</p>
                <TogetherSources sources=hub.about_guidelines_source.clone()/>
            </section>
        </div>
    }
}

/// `/together/<band>`: the path for one age group, or "not found".
#[component]
pub fn TogetherPathPage() -> impl IntoView {
    let params = use_params_map();
    let band = params.with_untracked(|p| p.get("band").and_then(|b| AgeBand::from_slug(&b)));
    match band {
        Some(AgeBand::Under9) => view! { <story::StoryPage/> }.into_any(),
        Some(AgeBand::From9To12) => view! { <activities::ActivitiesPage/> }.into_any(),
        Some(AgeBand::From13To18) => view! { <challenges::ChallengesPage/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}
