//! `/risks`: the four categories of online risk, with the interactive 4Cs grid.

use leptos::prelude::*;

use crate::components::hydration::use_query_after_hydration;
use crate::components::link::Link;
use crate::components::{
    citation::Cites, focus::PageHeading, page_meta::PageMeta, risk_grid::RiskGrid,
    risk_icon::RiskIcon,
};
use crate::grid_state::GridSelection;
use crate::routes;
use crate::use_content;

#[component]
pub fn RisksPage() -> impl IntoView {
    let content = use_content();
    let query = use_query_after_hydration();
    let parsed = Memo::new({
        let content = content.clone();
        move |_| GridSelection::from_query(query.read().get_str("cell"), &content.grid)
    });
    let selection = Memo::new(move |_| parsed.get().0);
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
                    <p>{r.summary.clone()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageMeta
            title="The four categories of online risk"
            description="Content, contact, conduct and contract: the four categories of online risk to children, explained for parents and educators, with an interactive 4Cs grid."
        />
        <div class="page page--wide">
            <PageHeading>"The four categories of online risk"</PageHeading>
            <p class="lead">
                "Researchers group the risks children meet online into four categories, the 4Cs. "
                "The ITU meeting used the same four when it described a call for technology that helps children."
            </p>
            <ul class="cards cards--four">{cards}</ul>
            <section aria-labelledby="grid-heading">
                <h2 id="grid-heading">"Explore the 4Cs grid"</h2>
                <p>
                    "Each category can be aggressive, sexual, or about values. "
                    "Choose a cell to see what it means, with examples."
                </p>
                {move || (!parsed.get().1).then(|| view! {
                    <p class="notice" role="status">"The link asked for a grid cell we don't know, so the grid starts closed."</p>
                })}
                <RiskGrid selection/>
                <p class="cite">{content.grid.attribution.clone()}</p>
            </section>
            <Cites cites=vec![
                crate::content::Citation { doc: "core-4cs".into(), loc: None },
                crate::content::Citation { doc: "report".into(), loc: Some("5.5".into()) },
            ]/>
        </div>
    }
}
