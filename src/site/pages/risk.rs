//! `/risks/:category`: one category of online risk, as a practical guide for
//! parents and educators, with a self-check. Prints as a clean tip sheet.
//! Unknown categories get the 404 page, never a blank one.

use crate::site::components::bidi::prose;
use crate::site::components::list_items::list_items;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::browser::islands::self_check::SelfCheck;
use crate::shared::content::{AgeBand, RiskGuide, RiskId};
use crate::shared::format::{age_band_label, para_label, risk_section_title, RISK_SECTIONS};
use crate::shared::i18n::{t, view};
use crate::shared::plan;
use crate::shared::routes;
use crate::site::components::fallback_notice::{fallback_lang, FallbackNotice};
use crate::site::components::link::Link;
use crate::site::components::{
    breadcrumbs::Breadcrumbs, citation::Cites, page_heading::PageHeading, page_meta::PageMeta,
    print_footer::PrintFooter, risk_icon::RiskIcon,
};
use crate::site::pages::not_found::NotFound;
use crate::site::use_content;

#[component]
pub fn RiskPage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.read().get("category").unwrap_or_default();
        match RiskId::from_slug(&slug) {
            Some(id) => view! { <RiskDetail id/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

/// Sections of the guide, for the "On this page" list and deep links:
/// (anchor, heading), in the language being rendered.
fn sections() -> impl Iterator<Item = (&'static str, &'static str)> {
    RISK_SECTIONS
        .into_iter()
        .filter_map(|anchor| Some((anchor, risk_section_title(anchor)?)))
}

#[component]
fn RiskDetail(id: RiskId) -> impl IntoView {
    let content = use_content();
    let (Some(risk), Some(guide)) = (content.risk(id).cloned(), content.risk_guide(id).cloned())
    else {
        return view! { <NotFound/> }.into_any();
    };
    let toc = sections()
        .map(|(anchor, label)| {
            view! { <li><Link href=format!("{}#{anchor}", routes::risk(id))>{label}</Link></li> }
        })
        .collect_view();
    view! {
        <PageMeta title=risk.name.clone() description=format!("{} {}", risk.summary, t!(risks.risk_meta_description))/>
        <div class=format!("page risk-page risk--{}", id.slug()) lang=fallback_lang(&["risks.json", "risk_guides.json"], id.slug())>
            <Breadcrumbs trail=vec![(t!(risks.breadcrumb_risks), routes::RISKS.to_string())] current=risk.name.clone()/>
            <PageHeading><RiskIcon risk=id/> " " {risk.name.clone()}</PageHeading>
            <FallbackNotice files=&["risks.json", "risk_guides.json"] id=id.slug()/>
            <WaysIn id/>
            <p class="definition lead">
                {risk.definition.clone()}
                <span class="cite">{t!(risks.core_definition_note)}</span>
            </p>
            <p>{prose(risk.summary.clone())}</p>
            <Cites cites=risk.cite.clone()/>
            <nav class="toc no-print" aria-labelledby="risk-toc">
                <h2 id="risk-toc">{t!(risks.on_this_page)}</h2>
                <ul>{toc}</ul>
            </nav>
            <section id="tips" aria-labelledby="tips-h" class="highlight">
                <h2 id="tips-h">{t!(risks.section_tips)}</h2>
                <ol>{list_items(&guide.top_tips)}</ol>
                <AddToPlan id/>
            </section>
            <AgeSection guide=guide.clone()/>
            <section id="signs" aria-labelledby="signs-h">
                <h2 id="signs-h">{t!(risks.section_signs)}</h2>
                <p>{t!(risks.signs_intro)}</p>
                <ul>{list_items(&guide.warning_signs)}</ul>
            </section>
            <section id="act" aria-labelledby="act-h">
                <h2 id="act-h">{t!(risks.section_act)}</h2>
                <ol>{list_items(&guide.act_now)}</ol>
            </section>
            <section id="prevent" aria-labelledby="prevent-h">
                <h2 id="prevent-h">{t!(risks.section_prevent)}</h2>
                <ul>{list_items(&guide.prevent)}</ul>
            </section>
            <section id="talk" aria-labelledby="talk-h">
                <h2 id="talk-h">{t!(risks.section_talk)}</h2>
                <p>{t!(risks.talk_intro)}</p>
                <ul class="starters">{list_items(&guide.conversation_starters)}</ul>
            </section>
            <HelpSection guide=guide.clone()/>
            <WhoWorksOnThis id/>
            <section id="self-check" aria-labelledby="quiz-h" class="no-print">
                <h2 id="quiz-h">{t!(risks.section_self_check)}</h2>
                <p>{t!(risks.self_check_intro)}</p>
                <p class="needs-js-note notice">{t!(risks.quiz_needs_js)}</p>
                <SelfCheck risk=id questions=guide.quiz.clone()/>
            </section>
            <Cites cites=guide.cite.clone()/>
            <p class="cite">{t!(risks.age_groups_note)}</p>
            <PrintFooter/>
        </div>
    }
    .into_any()
}

/// The guide's two ways in, for a parent who arrives worried and one who
/// wants to get ahead: each names the sections that answer.
#[component]
fn WaysIn(id: RiskId) -> impl IntoView {
    let way = |class: &'static str,
               title: &'static str,
               note: &'static str,
               anchors: &[&'static str]| {
        let links = anchors
            .iter()
            .filter_map(|anchor| {
                let label = risk_section_title(anchor)?;
                Some(view! { <li><Link href=format!("{}#{anchor}", routes::risk(id))>{label}</Link></li> })
            })
            .collect_view();
        view! {
            <div class=format!("way {class}")>
                <h3>{title}</h3>
                <p>{note}</p>
                <ul>{links}</ul>
            </div>
        }
    };
    view! {
        <nav class="ways-in no-print" aria-labelledby="ways-in-h">
            <h2 id="ways-in-h" class="visually-hidden">{t!(risks.ways_in_label)}</h2>
            {way("way--now", t!(risks.way_now), t!(risks.way_now_note), &["act", "help"])}
            {way("way--prevent", t!(risks.way_prevent), t!(risks.way_prevent_note), &["tips", "prevent", "talk"])}
        </nav>
    }
}

/// "Add these tips to your family plan", one link an age group: each opens
/// the plan with that age chosen and the plan's suggestions for this
/// guide's tips ticked, added to whatever the parent had kept.
#[component]
fn AddToPlan(id: RiskId) -> impl IntoView {
    let content = use_content();
    let links = AgeBand::ALL
        .into_iter()
        .filter_map(|band| {
            let ids = content.plan.tips_of(id, band);
            (!ids.is_empty()).then(|| {
                let href = format!("{}?{}", routes::PLAN, plan::add_query(band, &ids));
                view! { <li><Link href class="button button--secondary">{age_band_label(band)}</Link></li> }
            })
        })
        .collect_view();
    view! {
        <div class="add-to-plan no-print">
            <p>{t!(plan.add_to_plan)}</p>
            <ul class="add-to-plan__ages">{links}</ul>
        </div>
    }
}

#[component]
fn AgeSection(guide: RiskGuide) -> impl IntoView {
    let notes = AgeBand::ALL
        .into_iter()
        .filter_map(|band| guide.at_ages.iter().find(|a| a.band == band))
        .map(|a| {
            view! {
                <div class="age-note">
                    <h3>{age_band_label(a.band)}</h3>
                    <p>{a.text.clone()}</p>
                </div>
            }
        })
        .collect_view();
    view! {
        <section id="ages" aria-labelledby="ages-h">
            <h2 id="ages-h">{t!(risks.section_ages)}</h2>
            <div class="age-notes">{notes}</div>
        </section>
    }
}

#[component]
fn HelpSection(guide: RiskGuide) -> impl IntoView {
    let resources = guide
        .help_resources
        .iter()
        .map(|r| {
            let name = match &r.url {
                Some(url) => {
                    view! { <a href=url.clone() rel="external noopener">{r.name.clone()}</a> }
                        .into_any()
                }
                None => view! { <strong>{r.name.clone()}</strong> }.into_any(),
            };
            view! { <li>{name} {t!(risks.help_resource_separator)} {r.what.clone()}</li> }
        })
        .collect_view();
    view! {
        <section id="help" aria-labelledby="help-h">
            <h2 id="help-h">{t!(risks.section_help)}</h2>
            {guide.get_help.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
            <ul>{resources}</ul>
            <p class="notice">{t!(risks.emergency_notice)}</p>
        </section>
    }
}

/// Partners and initiatives from the meeting that work on this risk, and
/// the report paragraphs that concern it.
#[component]
fn WhoWorksOnThis(id: RiskId) -> impl IntoView {
    let content = use_content();
    let partners = content
        .partners_on_risk(id)
        .into_iter()
        .map(|p| {
            let name = p.name.clone();
            view! { <li><Link href=routes::partner(&p.id)>{name}</Link></li> }
        })
        .collect_view();
    let initiatives = content
        .initiatives_on_risk(id)
        .into_iter()
        .map(|i| {
            let owner = i.partners.first().cloned().unwrap_or_default();
            let name = i.name.clone();
            view! { <li><Link href=format!("{}#{}", routes::partner(&owner), i.id)>{name}</Link></li> }
        })
        .collect_view();
    let items = content
        .items_on_risk(id)
        .into_iter()
        .map(|i| {
            let label = format!("{} {}", para_label(&i.para), i.title);
            view! { <li><Link href=routes::meeting_anchor(&i.id)>{prose(label)}</Link></li> }
        })
        .collect_view();
    view! {
        <section id="partners" aria-labelledby="partners-h">
            <h2 id="partners-h">{t!(risks.section_partners)}</h2>
            <h3>{t!(risks.partners_at_meeting)}</h3>
            <ul>{partners}</ul>
            <h3>{t!(risks.initiatives)}</h3>
            <ul>{initiatives}</ul>
            <h3>{t!(risks.in_meeting_report)}</h3>
            <ul>{items}</ul>
        </section>
    }
}
