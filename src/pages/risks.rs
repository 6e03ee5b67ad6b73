//! `/risks`: the four categories of online risk.

use crate::components::link::Link;
use leptos::prelude::*;

use crate::components::{
    citation::Cites, focus::PageHeading, page_meta::PageMeta, risk_icon::RiskIcon,
};
use crate::routes;
use crate::use_content;

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
                    <h2><RiskIcon risk=id/> <Link href=routes::risk(id)>{name}</Link></h2>
                    <p class="definition">{r.definition.clone()}</p>
                    <p>{r.summary.clone()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageMeta
            title="The four categories of online risk"
            description="Content, contact, conduct and contract: the four categories of online risk to children, explained for parents and educators."
        />
        <div class="page">
            <PageHeading>"The four categories of online risk"</PageHeading>
            <p class="lead">
                "Researchers group the risks children meet online into four categories, the 4Cs. "
                "The ITU meeting used the same four when it described a call for technology that helps children."
            </p>
            <ul class="cards cards--two">{cards}</ul>
            <Cites cites=vec![
                crate::content::Citation { doc: "core-4cs".into(), loc: None },
                crate::content::Citation { doc: "report".into(), loc: Some("5.5".into()) },
            ]/>
        </div>
    }
}
