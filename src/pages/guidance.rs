//! `/guidance`: guidance for parents and educators by age group and risk,
//! and `/guidance/:band`: the one-page printable version for one age group.

use crate::components::list_items::list_items;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::link::Link;
use crate::components::{
    breadcrumbs::Breadcrumbs, citation::Cites, focus::PageHeading, page_meta::PageMeta,
    print_footer::PrintFooter, risk_icon::RiskIcon,
};
use crate::content::{AgeBand, AgeGuidance};
use crate::format::age_band_label;
use crate::pages::not_found::NotFound;
use crate::routes;
use crate::use_content;

fn heading(level: u8, text: &'static str) -> AnyView {
    match level {
        2 => view! { <h2>{text}</h2> }.into_any(),
        _ => view! { <h3>{text}</h3> }.into_any(),
    }
}

#[component]
pub fn GuidancePage() -> impl IntoView {
    let content = use_content();
    let g = content.guidance.clone();
    let bands = AgeBand::ALL
        .into_iter()
        .map(|band| {
            view! { <li><Link href=format!("{}#{}", routes::GUIDANCE, band.slug())>{age_band_label(band)}</Link></li> }
        })
        .collect_view();
    let groups = g
        .age_groups
        .iter()
        .map(|group| view! { <AgeGroup group=group.clone() standalone=false/> })
        .collect_view();
    let partner_name = content
        .partner(&g.resilience.partner)
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let elements = g
        .resilience
        .elements
        .iter()
        .map(|e| view! { <li><strong>{e.name.clone()}</strong>": " {e.text.clone()}</li> })
        .collect_view();
    view! {
        <PageMeta
            title="Guidance for parents and educators"
            description="Practical guidance for parents, carers and educators by age group (under 9, 9–12, 13–18) and by risk, with open conversation at its heart."
        />
        <div class="page">
            <PageHeading>"Guidance for parents and educators"</PageHeading>
            <p class="lead">{g.intro.clone()}</p>
            <section class="highlight" aria-labelledby="main-rec">
                <h2 id="main-rec">"The heart of it: keep talking"</h2>
                <p>{g.main_recommendation.clone()}</p>
                <Cites cites=g.cite.clone()/>
            </section>
            <h2>"How this guidance approaches it"</h2>
            <p>"Our own summary of principles that run through the guidance below."</p>
            <ul>{list_items(&g.principles)}</ul>
            <nav class="toc no-print" aria-labelledby="bands-h">
                <h2 id="bands-h">"By age group"</h2>
                <ul>{bands}</ul>
            </nav>
            {groups}
            <section id="resilience" aria-labelledby="resilience-h">
                <h2 id="resilience-h">{g.resilience.name.clone()}</h2>
                <p>
                    "A framework presented by "
                    <Link href=routes::partner(&g.resilience.partner)>{partner_name}</Link>
                    "."
                </p>
                <p>{g.resilience.intro.clone()}</p>
                <ul class="framework">{elements}</ul>
                <Cites cites=g.resilience.cite.clone()/>
            </section>
            <section id="extra-support" aria-labelledby="extra-h">
                <h2 id="extra-h">"Children who may need extra support"</h2>
                {g.extra_support.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
            </section>
        </div>
    }
}

/// One age group's guidance. `standalone` is the printable page's version.
#[component]
fn AgeGroup(group: AgeGuidance, standalone: bool) -> impl IntoView {
    let content = use_content();
    let band = group.band;
    let by_risk = group
        .by_risk
        .iter()
        .map(|r| {
            let risk = r.risk;
            let name = content
                .risk(risk)
                .map(|x| x.name.clone())
                .unwrap_or_default();
            view! {
                <div class=format!("risk-tips risk--{}", risk.slug())>
                    <p class="risk-tips__name"><RiskIcon risk/> " " <Link href=routes::risk(risk)>{name}</Link></p>
                    <ul>{list_items(&r.tips)}</ul>
                </div>
            }
        })
        .collect_view();
    // On the printable page the group is the whole page, so its parts move
    // up one heading level.
    let level = if standalone { 2 } else { 3 };
    view! {
        <section id=(!standalone).then(|| band.slug()) class="age-group">
            {(!standalone).then(|| view! { <h2>{group.title.clone()}</h2> })}
            <p>{group.summary.clone()}</p>
            <p class="cop-material"><strong>"From the COP Guidelines: "</strong>{group.cop_material.clone()}</p>
            {heading(level, "Key tips")}
            <ul>{list_items(&group.key_tips)}</ul>
            {heading(level, "By risk")}
            <div class="risk-tips-grid">{by_risk}</div>
            {heading(level, "For educators")}
            <ul>{list_items(&group.for_educators)}</ul>
            {(!standalone).then(|| view! {
                <p class="no-print">
                    <Link href=routes::guidance_band(band)>{format!("One-page version for {} to print", group.title.to_lowercase())}</Link>
                </p>
            })}
        </section>
    }
}

#[component]
pub fn GuidanceBandPage() -> impl IntoView {
    let params = use_params_map();
    let content = use_content();
    move || {
        let slug = params.read().get("band").unwrap_or_default();
        let group = AgeBand::from_slug(&slug).and_then(|band| {
            content
                .guidance
                .age_groups
                .iter()
                .find(|g| g.band == band)
                .cloned()
        });
        match group {
            None => view! { <NotFound/> }.into_any(),
            Some(group) => {
                let title = format!("Guidance: {}", group.title);
                view! {
                    <PageMeta title=title.clone() description=format!("One-page guidance for parents and educators of {}.", group.title.to_lowercase())/>
                    <div class="page sheet">
                        <Breadcrumbs trail=vec![("Guidance", routes::GUIDANCE.to_string())] current=group.title.clone()/>
                        <PageHeading>{title}</PageHeading>
                        <p class="no-print">
                            <button type="button" class="button" on:click=|_| { let _ = window().print(); }>"Print this page"</button>
                        </p>
                        <AgeGroup group=group.clone() standalone=true/>
                        <PrintFooter/>
                    </div>
                }
                .into_any()
            }
        }
    }
}
