//! `/plan`: the family online plan. Without script it is a printable
//! checklist of every suggestion, one closed age group each, to open, print
//! and tick by pen (closed, they also cost the first paint no layout); once
//! live, the `PlanBuilder` island lets the parent pick, word, order and keep
//! the plan in this browser, and print it as one page.

use leptos::prelude::*;

use crate::browser::islands::plan_builder::PlanBuilder;
use crate::shared::content::Side;
use crate::shared::content::{AgeBand, PlanContent};
use crate::shared::format::age_band_label;
use crate::shared::i18n::{t, view};
use crate::shared::plan::{PlanCatalog, StartNotice};
use crate::site::components::bidi::prose;
use crate::site::components::link::Link;
use crate::site::components::{
    citation::Cites, page_heading::PageHeading, page_meta::PageMeta, print_footer::PrintFooter,
};
use crate::site::use_content;

#[component]
pub fn PlanPage() -> impl IntoView {
    let content = use_content();
    let mut plan = content.plan.clone();
    for suggestion in &mut plan.suggestions {
        suggestion.link_label = more_label(&content.link_title(&suggestion.link));
    }
    let catalog = PlanCatalog {
        title: plan.title.clone(),
        groups: plan.groups.clone(),
        suggestions: plan.suggestions.clone(),
        bands: AgeBand::ALL
            .into_iter()
            .map(|band| (band, age_band_label(band).to_string()))
            .collect(),
        notices: StartNotice::ALL
            .into_iter()
            .map(|notice| (notice.slug().to_string(), notice_text(notice).to_string()))
            .collect(),
    };
    view! {
        <PageMeta title=t!(plan.page_title) description=t!(plan.page_description)/>
        <div class="page plan-page">
            <PageHeading>{t!(plan.page_title)}</PageHeading>
            <p class="lead">{prose(plan.intro.clone())}</p>
            <p class="notice live-only">{t!(plan.privacy_note)}</p>
            <p class="needs-js-note notice">{t!(plan.needs_js)}</p>
            // The island reads its catalog from here (no props: see
            // islands::page_json).
            <div class="plan-slot" data-plan-catalog=catalog.to_page_data()>
                <PlanBuilder/>
            </div>
            <Checklist plan=plan.clone()/>
            <Cites cites=plan.cite.clone()/>
            <PrintFooter/>
        </div>
    }
}

/// What the plan says of where it came from, in the page's language.
fn notice_text(notice: StartNotice) -> &'static str {
    match notice {
        StartNotice::StoredIgnored => t!(plan.stored_ignored),
        StartNotice::SharedLoaded => t!(plan.shared_loaded),
        StartNotice::SharedIgnored => t!(plan.shared_ignored),
        StartNotice::SuggestionsAdded => t!(plan.suggestions_added),
    }
}

/// A link's words that name where it goes: "Read more: <target>".
fn more_label(target: &Option<String>) -> String {
    let target = target.as_deref().unwrap_or_default();
    t!(plan.more_label, target = target)
}

/// Every suggestion for every age group, with boxes to tick by pen: one
/// closed `<details>` an age group, so a parent opens (and prints) theirs.
#[component]
fn Checklist(plan: PlanContent) -> impl IntoView {
    let bands = AgeBand::ALL
        .into_iter()
        .map(|band| {
            let groups = plan
                .groups
                .iter()
                .map(|group| {
                    let items = plan
                        .for_age(&group.id, band)
                        .map(|s| {
                            let label = s.link_label.clone();
                            let side = match s.side {
                                Side::Child => t!(plan.we_agree),
                                Side::Parent => t!(plan.i_agree),
                            };
                            view! {
                                <li>
                                    <span class="tick-box" aria-hidden="true"></span>
                                    <span class="tag">{side}</span> " " {prose(s.text.clone())}
                                    <span class="checklist__why">
                                        " " {prose(s.why.clone())} " "
                                        <Link href=s.link.clone()>{label}</Link>
                                    </span>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <h4>{group.title.clone()}</h4>
                        <ul class="checklist">{items}</ul>
                    }
                })
                .collect_view();
            view! {
                <details class="checklist__band" id=format!("checklist-{}", band.slug())>
                    <summary><h3>{age_band_label(band)}</h3></summary>
                    {groups}
                </details>
            }
        })
        .collect_view();
    view! {
        <section class="plan-checklist" data-plan-checklist="" aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">{t!(plan.checklist_heading)}</h2>
            <p>{t!(plan.checklist_intro)}</p>
            {bands}
        </section>
    }
}
