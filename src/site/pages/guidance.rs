//! `/guidance`: guidance for parents and educators by age group and risk,
//! and `/guidance/:band`: the one-page printable version for one age group.

use crate::site::components::bidi::prose;
use crate::site::components::list_items::list_items;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::shared::content::{AgeBand, AgeGuidance};
use crate::shared::format::age_band_label;
use crate::shared::i18n::{t, view};
use crate::shared::routes;
use crate::site::components::fallback_notice::{fallback_lang, FallbackNotice};
use crate::site::components::link::Link;
use crate::site::components::section_heading::section_heading;
use crate::site::components::{
    breadcrumbs::Breadcrumbs, citation::Cites, page_heading::PageHeading, page_meta::PageMeta,
    print_footer::PrintFooter, risk_icon::RiskIcon,
};
use crate::site::pages::not_found::NotFound;
use crate::site::use_content;

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
        .map(|e| {
            view! {
                <li>
                    <strong>{e.name.clone()}</strong>
                    {t!(guidance.element_separator)}
                    {e.text.clone()}
                </li>
            }
        })
        .collect_view();
    view! {
        <PageMeta
            title=t!(guidance.title)
            description=t!(guidance.meta_description)
        />
        <div class="page">
            <PageHeading>{t!(guidance.title)}</PageHeading>
            <p class="lead">{prose(g.intro.clone())}</p>
            <section class="highlight" aria-labelledby="main-rec">
                <h2 id="main-rec">{t!(guidance.main_rec_heading)}</h2>
                <p>{g.main_recommendation.clone()}</p>
                <p><Link href=routes::PLAN>{t!(plan.guidance_link)}</Link></p>
                <p><Link href=routes::EDUCATORS>{t!(educators.guidance_link)}</Link></p>
                <Cites cites=g.cite.clone()/>
            </section>
            <h2 id="approach">{t!(guidance.approach_heading)}</h2>
            <p>{t!(guidance.approach_intro)}</p>
            <ul>{list_items(&g.principles)}</ul>
            <nav class="toc no-print" aria-labelledby="bands-h">
                <h2 id="bands-h">{t!(guidance.by_age_group)}</h2>
                <ul>{bands}</ul>
            </nav>
            {groups}
            <section id="resilience" aria-labelledby="resilience-h">
                <h2 id="resilience-h">{g.resilience.name.clone()}</h2>
                <p>
                    {t!(guidance.framework_by_prefix)}
                    <Link href=routes::partner(&g.resilience.partner)>{partner_name}</Link>
                    {t!(guidance.full_stop)}
                </p>
                <p>{prose(g.resilience.intro.clone())}</p>
                <ul class="framework">{elements}</ul>
                <Cites cites=g.resilience.cite.clone()/>
            </section>
            <section id="extra-support" aria-labelledby="extra-h">
                <h2 id="extra-h">{t!(guidance.extra_support_heading)}</h2>
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
    let together_title = content.together.path_title(band).to_string();
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
    // up one heading level, and their anchors need no group prefix.
    let level = if standalone { 2 } else { 3 };
    let [key_tips, by_risk_part, for_educators] = routes::GUIDANCE_PARTS;
    let part_id = |part: &str| {
        if standalone {
            part.to_string()
        } else {
            format!("{}-{part}", band.slug())
        }
    };
    view! {
        <section id=(!standalone).then(|| band.slug()) class="age-group" lang=fallback_lang(&["guidance.json"], band.slug())>
            {(!standalone).then(|| view! { <h2>{group.title.clone()}</h2> })}
            <FallbackNotice files=&["guidance.json"] id=band.slug()/>
            <p>{prose(group.summary.clone())}</p>
            <p class="cop-material"><strong>{t!(guidance.from_cop_guidelines)}</strong>{group.cop_material.clone()}</p>
            <p class="no-print together-link">
                <Link href=routes::together_path(band)>{t!(together.guidance_link, title = together_title)}</Link>
            </p>
            {section_heading(level, Some(part_id(key_tips)), t!(guidance.key_tips))}
            <ul>{list_items(&group.key_tips)}</ul>
            {section_heading(level, Some(part_id(by_risk_part)), t!(guidance.by_risk))}
            <div class="risk-tips-grid">{by_risk}</div>
            {section_heading(level, Some(part_id(for_educators)), t!(guidance.for_educators))}
            <ul>{list_items(&group.for_educators)}</ul>
            {(!standalone).then(|| view! {
                <p class="no-print">
                    <Link href=routes::guidance_band(band)>
                        {t!(guidance.print_version_link, group = group.title.to_lowercase())}
                    </Link>
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
                let title = format!("{}{}", t!(guidance.band_title_prefix), group.title);
                view! {
                    <PageMeta title=title.clone() description=format!(
                            "{}{}{}",
                            t!(guidance.band_description_prefix),
                            group.title.to_lowercase(),
                            t!(guidance.full_stop)
                        )/>
                    <div class="page sheet">
                        <Breadcrumbs trail=vec![(t!(guidance.guidance), routes::GUIDANCE.to_string())] current=group.title.clone()/>
                        <PageHeading>{title}</PageHeading>
                        <p class="no-print">
                            <button type="button" class="button" data-print="">{t!(guidance.print_this_page)}</button>
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
