//! The plan as the family reads, prints and copies it.

use leptos::prelude::*;

use crate::shared::content::Side;
use crate::shared::i18n::{t, view};
use crate::shared::plan::{self, Plan, PlanCatalog};

/// The plan as text, in the page's language.
pub(super) fn plan_text(p: &Plan, title: &str) -> String {
    let names = names_line(p);
    let review = p
        .review_on
        .as_deref()
        .map(|d| t!(plan.print_review, date = review_date(d)))
        .unwrap_or_default();
    plan::as_text(
        p,
        plan::TextLabels {
            title,
            we_agree: t!(plan.we_agree),
            i_agree: t!(plan.i_agree),
            review: &review,
            names: &names,
        },
    )
}

fn names_line(p: &Plan) -> String {
    let names: Vec<&str> = [p.child_name.as_str(), p.parent_name.as_str()]
        .into_iter()
        .filter(|n| !n.is_empty())
        .collect();
    if names.is_empty() {
        String::new()
    } else {
        t!(plan.print_names, names = names.join(t!(plan.names_joiner)))
    }
}

/// A stored "2027-03-01" in the page's language ("1 March 2027").
fn review_date(iso: &str) -> String {
    crate::shared::format::long_date(iso).unwrap_or_else(|| iso.to_string())
}

/// What prints: one page with the plan, room to sign, and the site's
/// address (the page's print footer). Hidden on screen.
#[component]
pub(super) fn PlanDocument(
    catalog: StoredValue<PlanCatalog>,
    plan: RwSignal<Plan>,
) -> impl IntoView {
    let side = move |side: Side| {
        plan.with(|p| {
            p.side(side)
                .map(|(_, line)| view! { <li>{line.text.clone()}</li> })
                .collect_view()
        })
    };
    view! {
        <section class="plan-document" aria-hidden="true">
            <h2>{catalog.with_value(|c| c.title.clone())}</h2>
            <p>{move || plan.with(names_line)}</p>
            <h3>{t!(plan.we_agree)}</h3>
            <ul>{move || side(Side::Child)}</ul>
            <h3>{t!(plan.i_agree)}</h3>
            <ul>{move || side(Side::Parent)}</ul>
            <p>{move || plan.with(|p| p.review_on.as_deref().map(|d| t!(plan.print_review, date = review_date(d))))}</p>
            <p class="plan-document__signatures">
                <span>{t!(plan.signature)}</span>
                <span>{t!(plan.signature)}</span>
            </p>
        </section>
    }
}
