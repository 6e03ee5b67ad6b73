//! `/risks`: the four categories of online risk, with the interactive 4Cs grid.

use leptos::prelude::*;

use crate::shared::i18n::view;
use crate::shared::routes;
use crate::site::components::bidi::prose;
use crate::site::components::link::Link;
use crate::site::components::{
    citation::Cites, page_heading::PageHeading, page_meta::PageMeta, risk_grid::RiskGrid,
    risk_icon::RiskIcon,
};
use crate::site::use_content;

#[component]
pub fn RisksPage() -> impl IntoView {
    let content = use_content();
    let cards = content
        .risks
        .iter()
        .map(|r| {
            let id = r.id;
            let name = r.name.clone();
            view! {
                <li class=format!("card risk-card risk--{}", id.slug())>
                    <h2><RiskIcon risk=id/> " " <Link href=routes::risk(id)>{name}</Link></h2>
                    <p class="definition">{r.definition.clone()}</p>
                    <p>{prose(r.summary.clone())}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageMeta
            title=t!(risks.risks_title)
            description=t!(risks.risks_description)
        />
        <div class="page page--wide">
            <PageHeading>{t!(risks.risks_title)}</PageHeading>
            <p class="lead">{t!(risks.risks_lead)}</p>
            <ul class="cards cards--four">{cards}</ul>
            <section aria-labelledby="grid-heading">
                <h2 id="grid-heading">{t!(risks.grid_heading)}</h2>
                <p>{t!(risks.grid_intro)}</p>
                <RiskGrid in_url=true/>
                <p class="cite">{prose(content.grid.attribution.clone())}</p>
            </section>
            <Cites cites=vec![
                crate::shared::content::Citation { doc: "core-4cs".into(), loc: None },
                crate::shared::content::Citation { doc: "report".into(), loc: Some("5.5".into()) },
            ]/>
        </div>
    }
}
