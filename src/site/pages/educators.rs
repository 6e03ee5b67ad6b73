//! `/educators`: session plans for teachers, one per risk and age group,
//! with links to classroom mode and the poster; and `/educators/:session`,
//! one plan, printable on two A4 pages. Server-only: no island.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::shared::content::{AgeBand, RiskId, Session};
use crate::shared::format::age_band_label;
use crate::shared::i18n::{t, view};
use crate::shared::routes;
use crate::site::components::bidi::prose;
use crate::site::components::fallback_notice::{fallback_lang, FallbackNotice};
use crate::site::components::link::Link;
use crate::site::components::list_items::list_items;
use crate::site::components::public_address::PublicAddress;
use crate::site::components::section_heading::section_heading;
use crate::site::components::{
    breadcrumbs::Breadcrumbs, citation::Cites, page_heading::PageHeading, page_meta::PageMeta,
    print_footer::PrintFooter, risk_icon::RiskIcon,
};
use crate::site::pages::not_found::NotFound;
use crate::site::use_content;

#[component]
pub fn EducatorsPage() -> impl IntoView {
    let content = use_content();
    let e = content.educators.clone();
    let by_risk = RiskId::ALL
        .into_iter()
        .map(|risk| {
            let name = content.risk(risk).map(|r| r.name.clone()).unwrap_or_default();
            let sessions = AgeBand::ALL
                .into_iter()
                .filter_map(|band| e.session(risk, band).cloned())
                .map(|s| {
                    view! {
                        <li>
                            <Link href=routes::session(s.risk, s.band)>{s.title.clone()}</Link>
                            <span class="session-list__age">{age_band_label(s.band)}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class=format!("session-list risk--{}", risk.slug()) aria-labelledby=format!("sessions-{}", risk.slug())>
                    <h3 id=format!("sessions-{}", risk.slug())><RiskIcon risk/> " " {name.clone()}</h3>
                    <ul>{sessions}</ul>
                    <p class="session-list__classroom">
                        <Link href=routes::classroom(risk)>{t!(educators.classroom_link, risk = name)}</Link>
                    </p>
                </section>
            }
        })
        .collect_view();
    // The classroom box links to each deck, as the lists above do.
    let classroom_links = RiskId::ALL
        .into_iter()
        .map(|risk| {
            let name = content.risk(risk).map(|r| r.name.clone()).unwrap_or_default();
            view! { <li><Link href=routes::classroom(risk)>{t!(educators.classroom_link, risk = name)}</Link></li> }
        })
        .collect_view();
    view! {
        <PageMeta title=t!(educators.page_title) description=t!(educators.page_description)/>
        <div class="page educators-page">
            <PageHeading>{t!(educators.page_title)}</PageHeading>
            <p class="lead">{prose(e.intro.clone())}</p>
            <h2>{t!(educators.sessions_heading)}</h2>
            <p>{t!(educators.sessions_intro)}</p>
            <div class="session-lists">{by_risk}</div>
            <section class="highlight" aria-labelledby="classroom-h">
                <h2 id="classroom-h">{t!(educators.classroom_heading)}</h2>
                <p>{t!(educators.classroom_intro)}</p>
                <ul class="classroom-links">{classroom_links}</ul>
            </section>
            <section aria-labelledby="poster-h">
                <h2 id="poster-h">{t!(educators.poster_heading)}</h2>
                <p>{t!(educators.poster_intro)}</p>
                <p><Link href=routes::POSTER>{t!(educators.poster_link)}</Link></p>
            </section>
            <Disclosure steps=e.disclosure.clone() level=2/>
            <Cites cites=e.cite.clone()/>
        </div>
    }
}

/// What a teacher does if a child tells them something.
#[component]
fn Disclosure(steps: Vec<String>, level: u8) -> impl IntoView {
    view! {
        <section class="disclosure" aria-labelledby="disclosure-h">
            {section_heading(level, Some("disclosure-h".into()), t!(educators.disclosure_heading))}
            <ul>{list_items(&steps)}</ul>
        </section>
    }
}

#[component]
pub fn SessionPage() -> impl IntoView {
    let params = use_params_map();
    let content = use_content();
    move || {
        let id = params.read().get("session").unwrap_or_default();
        match content.educators.session_by_id(&id).cloned() {
            None => view! { <NotFound/> }.into_any(),
            Some(session) => view! { <SessionPlan session/> }.into_any(),
        }
    }
}

#[component]
fn SessionPlan(session: Session) -> impl IntoView {
    let content = use_content();
    let (risk, band) = (session.risk, session.band);
    let risk_name = content
        .risk(risk)
        .map(|r| r.name.clone())
        .unwrap_or_default();
    let age = age_band_label(band);
    let description = t!(
        educators.session_meta_description,
        minutes = session.minutes.to_string(),
        risk = risk_name.to_lowercase(),
        age = age.to_lowercase()
    );
    let classroom = format!("{}?age={}", routes::classroom(risk), band.slug());
    let scenarios = session
        .scenarios
        .iter()
        .map(|s| {
            view! {
                <li>
                    <p>{prose(s.situation.clone())}</p>
                    <ul class="scenario-points">{list_items(&s.points)}</ul>
                </li>
            }
        })
        .collect_view();
    let questions = session
        .questions
        .iter()
        .map(|q| {
            view! {
                <li>
                    <p class="question">{prose(q.ask.clone())}</p>
                    <p class="listen-for"><strong>{t!(educators.listen_for)}</strong> " " {prose(q.listen_for.clone())}</p>
                </li>
            }
        })
        .collect_view();
    let materials = session
        .materials
        .iter()
        .map(|link| {
            let label = material_label(link);
            view! { <li><Link href=link.clone()>{label}</Link></li> }
        })
        .collect_view();
    let other_ages = AgeBand::ALL
        .into_iter()
        .filter(|b| *b != band)
        .map(|b| view! { <li><Link href=routes::session(risk, b)>{age_band_label(b)}</Link></li> })
        .collect_view();
    view! {
        <PageMeta title=session.title.clone() description=description/>
        <div class="page sheet session-plan" lang=fallback_lang(&["educators.json"], &session.id)>
            <Breadcrumbs trail=vec![(t!(educators.page_title), routes::EDUCATORS.to_string())] current=session.title.clone()/>
            <PageHeading>{session.title.clone()}</PageHeading>
            <p class=format!("session-plan__of risk--{}", risk.slug())>
                <RiskIcon risk/> " " {t!(educators.session_of, risk = risk_name, age = age)}
            </p>
            <FallbackNotice files=&["educators.json"] id=session.id.clone()/>
            <p class="no-print session-plan__actions">
                <button type="button" class="button" data-print="">{t!(educators.print_session)}</button>
                " "
                <Link href=classroom class="button button--secondary">{t!(educators.open_classroom)}</Link>
            </p>
            <dl class="session-facts">
                <div><dt>{t!(educators.goal_heading)}</dt><dd>{prose(session.goal.clone())}</dd></div>
                <div><dt>{t!(educators.time_heading)}</dt><dd>{t!(educators.duration, minutes = session.minutes.to_string())}</dd></div>
            </dl>
            <h2>{t!(educators.prepare_heading)}</h2>
            <ul>{list_items(&session.prepare)}</ul>
            <h2>{t!(educators.warm_up_heading)}</h2>
            <ol>{list_items(&session.warm_up)}</ol>
            <h2>{t!(educators.activity_heading)}</h2>
            <ol>{list_items(&session.activity)}</ol>
            <p class="materials-label">{t!(educators.materials_heading)}</p>
            <ul class="materials">{materials}</ul>
            <h2>{t!(educators.scenarios_heading)}</h2>
            <ol class="scenario-list">{scenarios}</ol>
            <h2>{t!(educators.questions_heading)}</h2>
            <ol class="question-list">{questions}</ol>
            <h2>{t!(educators.closing_heading)}</h2>
            <ul>{list_items(&session.closing)}</ul>
            <Disclosure steps=content.educators.disclosure.clone() level=3/>
            <section class="home-note" aria-labelledby="home-note-h">
                <h2 id="home-note-h">{t!(educators.home_note_heading)}</h2>
                <p>{prose(session.home_note.clone())}</p>
                <p>{t!(educators.home_note_plan)} " " <PublicAddress path=routes::PLAN.to_string()/></p>
                <p>{t!(educators.home_note_risk)} " " <PublicAddress path=routes::risk(risk)/></p>
            </section>
            <Cites cites=session.cite.clone()/>
            <nav class="no-print other-ages" aria-labelledby="other-ages-h">
                <h2 id="other-ages-h">{t!(educators.other_ages)}</h2>
                <ul>{other_ages}</ul>
            </nav>
            <PrintFooter/>
        </div>
    }
}

/// The words for a link to the site's own material.
fn material_label(link: &str) -> String {
    let content = use_content();
    let (path, anchor) = link.split_once('#').unwrap_or((link, ""));
    if path == routes::RISKS {
        return t!(educators.material_grid).to_string();
    }
    if path == routes::PLAN {
        return t!(educators.material_plan).to_string();
    }
    if path.starts_with(routes::GUIDANCE) {
        let band = AgeBand::from_slug(path.rsplit('/').next().unwrap_or(""));
        return match band {
            Some(band) => format!(
                "{} ({})",
                t!(educators.material_guidance),
                age_band_label(band)
            ),
            None => t!(educators.material_guidance).to_string(),
        };
    }
    let risk = RiskId::from_slug(path.rsplit('/').next().unwrap_or(""));
    let name = risk
        .and_then(|r| content.risk(r))
        .map(|r| r.name.clone())
        .unwrap_or_default();
    let section = match anchor {
        "tips" => t!(educators.section_tips),
        "ages" => t!(educators.section_ages),
        "signs" => t!(educators.section_signs),
        "act" => t!(educators.section_act),
        "prevent" => t!(educators.section_prevent),
        "talk" => t!(educators.section_talk),
        "help" => t!(educators.section_help),
        "partners" => t!(educators.section_partners),
        "self-check" => t!(educators.section_self_check),
        _ => return name,
    };
    t!(educators.material_section, risk = name, section = section)
}
