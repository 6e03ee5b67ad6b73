//! `/classroom/:category`: classroom mode for one risk. The page lists every
//! age group's situations with their discussion points, readable (and
//! printable) without script; the `ClassroomDeck` island turns it into one
//! situation per screen for the front of the room.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::browser::islands::classroom::{ClassroomDeck, DeckBand, DeckLabels};
use crate::shared::content::{AgeBand, RiskId, Session};
use crate::shared::format::age_band_label;
use crate::shared::i18n::{t, view};
use crate::shared::routes;
use crate::site::components::bidi::prose;
use crate::site::components::link::Link;
use crate::site::components::list_items::list_items;
use crate::site::components::{
    breadcrumbs::Breadcrumbs, page_heading::PageHeading, page_meta::PageMeta,
};
use crate::site::pages::not_found::NotFound;
use crate::site::use_content;

#[component]
pub fn ClassroomPage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.read().get("category").unwrap_or_default();
        match RiskId::from_slug(&slug) {
            None => view! { <NotFound/> }.into_any(),
            Some(risk) => view! { <Classroom risk/> }.into_any(),
        }
    }
}

#[component]
fn Classroom(risk: RiskId) -> impl IntoView {
    let content = use_content();
    let name = content
        .risk(risk)
        .map(|r| r.name.clone())
        .unwrap_or_default();
    let sessions: Vec<Session> = AgeBand::ALL
        .into_iter()
        .filter_map(|band| content.educators.session(risk, band).cloned())
        .collect();
    let bands = sessions
        .iter()
        .map(|s| DeckBand {
            band: s.band,
            label: age_band_label(s.band).to_string(),
            count: s.scenarios.len(),
        })
        .collect();
    let title = t!(educators.classroom_title, risk = name.clone());
    let description = t!(educators.classroom_description, risk = name.to_lowercase());
    view! {
        <PageMeta title=title.clone() description=description/>
        <div class=format!("page classroom-page risk--{}", risk.slug())>
            <Breadcrumbs trail=vec![(t!(educators.page_title), routes::EDUCATORS.to_string())] current=title.clone()/>
            <PageHeading>{title}</PageHeading>
            <p class="lead">{t!(educators.classroom_lead)}</p>
            <ClassroomDeck bands labels=deck_labels()>
                {sessions.into_iter().map(|s| view! { <BandSituations session=s/> }).collect_view()}
            </ClassroomDeck>
        </div>
    }
}

/// One age group's situations, each with its discussion points.
#[component]
fn BandSituations(session: Session) -> impl IntoView {
    let band = session.band;
    let heading_id = routes::deck_anchor(band);
    let situations = session
        .scenarios
        .iter()
        .enumerate()
        .map(|(i, s)| {
            view! {
                <li class="situation" data-step=(i + 1).to_string()>
                    <p class="situation__ask">{t!(educators.what_would_you_do)}</p>
                    <p class="situation__text">{prose(s.situation.clone())}</p>
                    <div class="situation__points" data-points="">
                        <h3>{t!(educators.points_heading)}</h3>
                        <ul>{list_items(&s.points)}</ul>
                    </div>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="deck-band" data-band=band.slug() aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{age_band_label(band)}</h2>
            <p class="deck-band__plan">
                <Link href=routes::session(session.risk, band)>{session.title.clone()}</Link>
            </p>
            <ol class="situations">{situations}</ol>
        </section>
    }
}

fn deck_labels() -> DeckLabels {
    DeckLabels {
        choose_age: t!(educators.choose_age).into(),
        show_points: t!(educators.show_points).into(),
        hide_points: t!(educators.hide_points).into(),
        previous: t!(educators.previous).into(),
        next: t!(educators.next).into(),
        position: t!(educators.position, number = "{number}", total = "{total}"),
        fullscreen: t!(educators.fullscreen).into(),
        exit_fullscreen: t!(educators.exit_fullscreen).into(),
        keys_hint: t!(educators.keys_hint).into(),
        bad_age: t!(educators.bad_age).into(),
        bad_step: t!(educators.bad_step).into(),
        deck_label: t!(educators.deck_label).into(),
    }
}
