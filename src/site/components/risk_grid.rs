//! The CO:RE 4Cs grid, server-rendered: a table (columns: the four Cs; rows:
//! aggressive, sexual, values) whose cells link to their explanations, and
//! the explanations as disclosures grouped by category, the cross-cutting
//! risks last. It reads fully without script (the links jump, the
//! disclosures open natively); the `GridExplorer` island makes it one
//! selection at a time, kept in the URL.

use leptos::prelude::*;

use crate::browser::islands::grid::GridExplorer;
use crate::shared::content::{RiskId, RiskType};
use crate::shared::grid_state::cell_id;
use crate::shared::i18n::view;
use crate::shared::routes;
use crate::site::components::link::Link;
use crate::site::components::risk_icon::RiskIcon;
use crate::site::use_content;

/// The id of an item's disclosure, which the table links point to.
fn detail_id(item: &str) -> String {
    format!("detail-{item}")
}

/// The id of an item's explanation inside its disclosure: a link to it
/// makes the browser open the disclosure (no script needed).
fn explanation_id(item: &str) -> String {
    format!("about-{item}")
}

/// A link to an item's explanation on this page: the page's own path plus
/// the fragment (a bare `#...` would resolve against `<base href>`).
fn detail_href(item: &str) -> String {
    let page = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    // The page's own address in the folder form the browser shows: a jump
    // within the page, not a new load.
    crate::shared::base_path::folder_form(&format!("{page}#{}", explanation_id(item)))
}

/// The grid; `in_url` keeps the open item in the page's address (`/risks`),
/// a widget keeps it to itself.
#[component]
pub fn RiskGrid(in_url: bool) -> impl IntoView {
    view! {
        <GridExplorer>
            <GridTable in_url/>
            <p class="grid4c__hint">{t!(risks.grid_hint)}</p>
            <GridItems/>
        </GridExplorer>
    }
}

/// `in_url` is written as `data-cell-in-address` on the wrapper, which the
/// island reads: a prop would bring serde_json into its wasm (about 20 KB).
#[component]
fn GridTable(in_url: bool) -> impl IntoView {
    let content = use_content();
    let head = content
        .risks
        .iter()
        .map(|r| {
            let (id, name) = (r.id, r.name.clone());
            view! {
                <th scope="col" class=format!("risk--{}", id.slug())>
                    <RiskIcon risk=id/> " " <Link href=routes::risk(id)>{name}</Link>
                </th>
            }
        })
        .collect_view();
    let rows = content
        .grid
        .types
        .iter()
        .map(|t| {
            let kind = t.kind;
            let cells = RiskId::ALL
                .into_iter()
                .map(|risk| view! { <td class=format!("risk--{}", risk.slug())><CellLink risk kind/></td> })
                .collect_view();
            view! { <tr><th scope="row">{t.name.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    let cross = content
        .grid
        .cross_cutting
        .iter()
        .map(|c| {
            view! {
                <li>
                    <a href=detail_href(&c.id) class="cell-button cell-button--cross"
                        data-toggle=c.id.clone() aria-controls=detail_id(&c.id)>
                        {c.name.clone()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="grid4c__wide" data-cell-in-address=in_url.then_some("")>
            <table class="grid4c__table">
                <caption class="visually-hidden">{t!(risks.grid_caption)}</caption>
                <thead><tr><td></td>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <div class="grid4c__cross">
                <h3>{t!(risks.grid_cross_cutting)}</h3>
                <ul class="cross-list">{cross}</ul>
            </div>
        </div>
    }
}

/// One cell: a link to its explanation (a toggle once the island is live).
#[component]
fn CellLink(risk: RiskId, kind: RiskType) -> impl IntoView {
    let content = use_content();
    let label = content
        .grid_cell(risk, kind)
        .map(|c| c.label.clone())
        .unwrap_or_default();
    let item = cell_id(risk, kind);
    view! {
        <a href=detail_href(&item) id=format!("cell-{item}") class="cell-button"
            data-toggle=item.clone() aria-controls=detail_id(&item)>
            {label}
        </a>
    }
}

/// Every explanation, as disclosures grouped by category.
#[component]
fn GridItems() -> impl IntoView {
    let content = use_content();
    let groups = content
        .risks
        .iter()
        .map(|r| {
            let risk = r.id;
            let items = content
                .grid
                .types
                .iter()
                .filter_map(|t| content.grid_cell(risk, t.kind).map(|cell| (t, cell)))
                .map(|(t, cell)| {
                    let risk_name = r.name.clone();
                    view! {
                        <GridItem
                            id=cell_id(risk, t.kind)
                            summary=t!(risks.grid_cell_heading, kind = t.name.clone(), label = cell.label.clone())
                            title=t!(risks.grid_cell_title, risk = risk_name, kind = t.name.clone(), label = cell.label.clone())
                            explanation=cell.explanation.clone()
                            examples=cell.examples.clone()
                            more=Some(risk)
                        />
                    }
                })
                .collect_view();
            let name = r.name.clone();
            view! {
                <section class=format!("grid4c__group risk--{}", risk.slug())>
                    <h3><RiskIcon risk/> " " <Link href=routes::risk(risk)>{name}</Link></h3>
                    {items}
                </section>
            }
        })
        .collect_view();
    let cross = content
        .grid
        .cross_cutting
        .iter()
        .map(|c| {
            view! {
                <GridItem
                    id=c.id.clone()
                    summary=c.name.clone()
                    title=c.name.clone()
                    explanation=c.explanation.clone()
                    examples=c.examples.clone()
                    more=None
                />
            }
        })
        .collect_view();
    view! {
        <div id="grid-detail" class="grid4c__items">
            {groups}
            <section class="grid4c__group">
                <h3>{t!(risks.grid_cross_cutting)}</h3>
                {cross}
            </section>
        </div>
    }
}

/// One explanation: a disclosure whose summary names the cell (on a phone)
/// and whose heading names it fully (under the table on a wide screen).
#[component]
fn GridItem(
    id: String,
    summary: String,
    title: String,
    explanation: String,
    examples: Vec<String>,
    more: Option<RiskId>,
) -> impl IntoView {
    let examples = examples
        .into_iter()
        .map(|e| view! { <li>{e}</li> })
        .collect_view();
    let (element_id, toggle, inner_id) = (detail_id(&id), id.clone(), explanation_id(&id));
    view! {
        <details class="grid-item" id=element_id data-cell=id>
            <summary data-toggle=toggle class="grid-item__summary">
                <h4 class="grid-item__heading">
                    <span class="grid-item__short">{summary}</span>
                    <span class="grid-item__title">{title}</span>
                </h4>
            </summary>
            <div class="selection-detail" id=inner_id>
                <p>{explanation}</p>
                <p class="examples-label">{t!(risks.grid_examples_label)}</p>
                <ul>{examples}</ul>
                {more.map(|risk| view! {
                    <p><Link href=routes::risk(risk)>{t!(risks.grid_what_to_do)}</Link></p>
                })}
            </div>
        </details>
    }
}
