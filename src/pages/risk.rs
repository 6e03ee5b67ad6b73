//! `/risks/:category`: one category of online risk. Unknown categories get
//! the 404 page, never a blank one.

use crate::components::link::Link;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::{
    breadcrumbs::Breadcrumbs, citation::Cites, focus::PageHeading, page_meta::PageMeta,
    risk_icon::RiskIcon,
};
use crate::content::RiskId;
use crate::format::para_label;
use crate::pages::not_found::NotFound;
use crate::routes;
use crate::use_content;

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

#[component]
fn RiskDetail(id: RiskId) -> impl IntoView {
    let content = use_content();
    let Some(risk) = content.risk(id).cloned() else {
        return view! { <NotFound/> }.into_any();
    };
    let items = content
        .items_on_risk(id)
        .into_iter()
        .map(|i| {
            let label = format!("{} {}", para_label(&i.para), i.title);
            view! { <li><Link href=routes::meeting_anchor(&i.id)>{label}</Link></li> }
        })
        .collect_view();
    let initiatives = content
        .initiatives_on_risk(id)
        .into_iter()
        .map(|i| {
            let partners = i
                .partners
                .iter()
                .filter_map(|p| content.partner(p))
                .map(|p| {
                    let name = p.name.clone();
                    view! { <Link href=routes::partner(&p.id)>{name}</Link> " " }
                })
                .collect_view();
            view! { <li><strong>{i.name.clone()}</strong> " – " {partners}</li> }
        })
        .collect_view();
    view! {
        <PageMeta title=risk.name.clone() description=risk.summary.clone()/>
        <div class=format!("page risk-page risk--{}", id.slug())>
            <Breadcrumbs trail=vec![("Risks", routes::RISKS.to_string())] current=risk.name.clone()/>
            <PageHeading><RiskIcon risk=id/> " " {risk.name.clone()}</PageHeading>
            <p class="definition lead">{risk.definition.clone()}</p>
            <p>{risk.summary.clone()}</p>
            <Cites cites=risk.cite.clone()/>
            <p class="notice">"Practical guidance, warning signs and a self-check for this risk are being written."</p>
            <section aria-labelledby="risk-initiatives">
                <h2 id="risk-initiatives">"Initiatives working on this risk"</h2>
                <ul>{initiatives}</ul>
            </section>
            <section aria-labelledby="risk-meeting">
                <h2 id="risk-meeting">"In the meeting report"</h2>
                <ul>{items}</ul>
            </section>
        </div>
    }
    .into_any()
}
