//! The interactive CO:RE 4Cs grid. Wide screens get a table (columns: the
//! four Cs; rows: aggressive, sexual, values) with one detail panel below;
//! phones get an accordion grouped by category. Both read and write the
//! same selection, which lives in the URL (`?cell=contact-sexual`).

use leptos::prelude::*;

use crate::components::hydration::use_query_writer;
use crate::components::link::Link;
use crate::components::risk_icon::RiskIcon;
use crate::content::{RiskId, RiskType};
use crate::grid_state::{cell_id, step, GridSelection};
use crate::i18n::{t, view};
use crate::routes;
use crate::use_content;

/// Writes a selection to the URL; the page re-renders from there. Shared
/// with the grid's parts through context.
#[derive(Clone, Copy)]
struct Select(Callback<GridSelection>);

/// Toggling: choosing the open cell again closes it.
fn toggle(current: &GridSelection, wanted: GridSelection) -> GridSelection {
    if *current == wanted {
        GridSelection::None
    } else {
        wanted
    }
}

/// The grid with its open cell kept in the URL of `/risks` (`?cell=`).
#[component]
pub fn RiskGrid(selection: Memo<GridSelection>) -> impl IntoView {
    let write_query = use_query_writer(routes::RISKS);
    let on_select = Callback::new(move |selection: GridSelection| {
        let query = selection
            .to_query_value()
            .map(|v| format!("cell={v}"))
            .unwrap_or_default();
        write_query.run(query);
    });
    view! { <Grid selection on_select/> }
}

/// The grid with its open cell kept wherever `on_select` puts it (a widget
/// keeps it in a signal: its URL carries the embed options).
#[component]
pub fn Grid(selection: Memo<GridSelection>, on_select: Callback<GridSelection>) -> impl IntoView {
    provide_context(Select(on_select));
    view! {
        <div class="grid4c">
            <GridTable selection/>
            <GridAccordion selection/>
            <GridStatic/>
        </div>
    }
}

#[component]
fn GridTable(selection: Memo<GridSelection>) -> impl IntoView {
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
                .map(|risk| view! { <td class=format!("risk--{}", risk.slug())><CellButton risk kind selection/></td> })
                .collect_view();
            view! { <tr><th scope="row">{t.name.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    let cross = content
        .grid
        .cross_cutting
        .iter()
        .map(|c| {
            let id = c.id.clone();
            let expanded_id = id.clone();
            let chosen = expect_context::<Select>();
            let name = c.name.clone();
            view! {
                <li>
                    <button
                        type="button"
                        class="cell-button cell-button--cross"
                        aria-controls="grid-detail"
                        aria-expanded=move || (selection.get() == GridSelection::CrossCutting(expanded_id.clone())).to_string()
                        on:click=move |_| chosen.0.run(toggle(&selection.get_untracked(), GridSelection::CrossCutting(id.clone())))
                    >
                        {name}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="grid4c__wide">
            <table class="grid4c__table">
                <caption class="visually-hidden">{t!(risks.grid_caption)}</caption>
                <thead><tr><td></td>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <div class="grid4c__cross">
                <h3>{t!(risks.grid_cross_cutting)}</h3>
                <ul class="cross-list">{cross}</ul>
            </div>
            <div id="grid-detail" class="grid4c__detail" aria-live="polite">
                {move || match selection.get() {
                    GridSelection::None => view! {
                        <p class="grid4c__hint">{t!(risks.grid_hint)}</p>
                    }.into_any(),
                    other => view! { <SelectionDetail selection=other heading_level=3/> }.into_any(),
                }}
            </div>
        </div>
    }
}

/// One grid cell's toggle. Arrow keys move between cells, as in a data grid.
#[component]
fn CellButton(risk: RiskId, kind: RiskType, selection: Memo<GridSelection>) -> impl IntoView {
    let content = use_content();
    let label = content
        .grid_cell(risk, kind)
        .map(|c| c.label.clone())
        .unwrap_or_default();
    let id = format!("cell-{}", cell_id(risk, kind));
    let chosen = expect_context::<Select>();
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let (dc, dr) = match ev.key().as_str() {
            "ArrowRight" => (1, 0),
            "ArrowLeft" => (-1, 0),
            "ArrowDown" => (0, 1),
            "ArrowUp" => (0, -1),
            _ => return,
        };
        // Mirror horizontal movement when the page is right-to-left.
        let rtl = document()
            .document_element()
            .and_then(|e| e.get_attribute("dir"))
            .as_deref()
            == Some("rtl");
        let dc = if rtl { -dc } else { dc };
        ev.prevent_default();
        let (r, k) = step(risk, kind, dc, dr);
        if let Some(el) = document().get_element_by_id(&format!("cell-{}", cell_id(r, k))) {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    };
    view! {
        <button
            type="button"
            id=id
            class="cell-button"
            aria-controls="grid-detail"
            aria-expanded=move || (selection.get() == GridSelection::Cell(risk, kind)).to_string()
            on:click=move |_| chosen.0.run(toggle(&selection.get_untracked(), GridSelection::Cell(risk, kind)))
            on:keydown=on_key
        >
            {label}
        </button>
    }
}

#[component]
fn GridAccordion(selection: Memo<GridSelection>) -> impl IntoView {
    let content = use_content();
    let groups = content
        .risks
        .iter()
        .map(|r| {
            let risk = r.id;
            let name = r.name.clone();
            let items = content
                .grid
                .types
                .iter()
                .map(|t| {
                    let kind = t.kind;
                    let label = content
                        .grid_cell(risk, kind)
                        .map(|c| c.label.clone())
                        .unwrap_or_default();
                    let panel = format!("acc-{}", cell_id(risk, kind));
                    let wanted = GridSelection::Cell(risk, kind);
                    view! {
                        <AccordionItem
                            title=t!(risks.grid_cell_heading, kind = t.name.clone(), label = label).into_any()
                            panel_id=panel
                            wanted
                            selection
                        />
                    }
                })
                .collect_view();
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
                <AccordionItem
                    title=c.name.clone().into_any()
                    panel_id=format!("acc-{}", c.id)
                    wanted=GridSelection::CrossCutting(c.id.clone())
                    selection
                />
            }
        })
        .collect_view();
    view! {
        <div class="grid4c__narrow">
            {groups}
            <section class="grid4c__group">
                <h3>{t!(risks.grid_cross_cutting)}</h3>
                {cross}
            </section>
        </div>
    }
}

/// A disclosure button and its panel (WAI-ARIA accordion pattern).
#[component]
fn AccordionItem(
    title: AnyView,
    panel_id: String,
    wanted: GridSelection,
    selection: Memo<GridSelection>,
) -> impl IntoView {
    let chosen = expect_context::<Select>();
    let open = {
        let wanted = wanted.clone();
        Memo::new(move |_| selection.get() == wanted)
    };
    view! {
        <div class="accordion-item">
            <h4 class="accordion-item__heading">
                <button
                    type="button"
                    class="accordion-item__button"
                    aria-expanded=move || open.get().to_string()
                    aria-controls=panel_id.clone()
                    on:click=move |_| chosen.0.run(toggle(&selection.get_untracked(), wanted.clone()))
                >
                    {title}
                </button>
            </h4>
            <div id=panel_id class="accordion-item__panel" hidden=move || !open.get()>
                {move || open.get().then(|| view! { <SelectionDetail selection=selection.get() heading_level=5/> })}
            </div>
        </div>
    }
}

/// What a selected cell or cross-cutting risk means, with examples.
#[component]
pub fn SelectionDetail(selection: GridSelection, heading_level: u8) -> impl IntoView {
    let content = use_content();
    let (title, explanation, examples) = match &selection {
        GridSelection::Cell(risk, kind) => {
            let cell = content.grid_cell(*risk, *kind);
            let risk_name = content
                .risk(*risk)
                .map(|r| r.name.clone())
                .unwrap_or_default();
            let kind_name = content
                .grid
                .types
                .iter()
                .find(|t| t.kind == *kind)
                .map(|t| t.name.clone())
                .unwrap_or_default();
            (
                t!(
                    risks.grid_cell_title,
                    risk = risk_name,
                    kind = kind_name,
                    label = cell.map(|c| c.label.clone()).unwrap_or_default()
                )
                .into_any(),
                cell.map(|c| c.explanation.clone()).unwrap_or_default(),
                cell.map(|c| c.examples.clone()).unwrap_or_default(),
            )
        }
        GridSelection::CrossCutting(id) => {
            let c = content.grid.cross_cutting.iter().find(|c| &c.id == id);
            (
                c.map(|c| c.name.clone()).unwrap_or_default().into_any(),
                c.map(|c| c.explanation.clone()).unwrap_or_default(),
                c.map(|c| c.examples.clone()).unwrap_or_default(),
            )
        }
        GridSelection::None => return ().into_any(),
    };
    let more = match &selection {
        GridSelection::Cell(risk, _) => Some(*risk),
        _ => None,
    };
    let examples = examples
        .into_iter()
        .map(|e| view! { <li>{e}</li> })
        .collect_view();
    let heading = match heading_level {
        3 => view! { <h3>{title}</h3> }.into_any(),
        _ => view! { <h5 class="as-h4">{title}</h5> }.into_any(),
    };
    view! {
        <div class="selection-detail">
            {heading}
            <p>{explanation}</p>
            <p class="examples-label">{t!(risks.grid_examples_label)}</p>
            <ul>{examples}</ul>
            {more.map(|risk| view! {
                <p><Link href=routes::risk(risk)>{t!(risks.grid_what_to_do)}</Link></p>
            })}
        </div>
    }
    .into_any()
}

/// The whole grid as a plain list, for browsers without script (shown by
/// CSS only when `scripting: none`).
#[component]
fn GridStatic() -> impl IntoView {
    let content = use_content();
    let cell_items = |risk: RiskId| {
        content
            .grid
            .types
            .iter()
            .filter_map(|t| {
                content
                    .grid_cell(risk, t.kind)
                    .map(|c| (t.name.clone(), c.clone()))
            })
            .map(|(kind, cell)| {
                let examples = cell
                    .examples
                    .iter()
                    .map(|e| view! { <li>{e.clone()}</li> })
                    .collect_view();
                view! {
                    <h4>{t!(risks.grid_cell_heading, kind = kind, label = cell.label.clone())}</h4>
                    <p>{cell.explanation.clone()}</p>
                    <p class="examples-label">{t!(risks.grid_examples_label)}</p>
                    <ul>{examples}</ul>
                }
            })
            .collect_view()
    };
    let groups = content
        .risks
        .iter()
        .map(|r| {
            let name = r.name.clone();
            view! { <section><h3>{name}</h3>{cell_items(r.id)}</section> }
        })
        .collect_view();
    let cross = content
        .grid
        .cross_cutting
        .iter()
        .map(|c| view! { <h4>{c.name.clone()}</h4><p>{c.explanation.clone()}</p> })
        .collect_view();
    view! {
        <div class="grid4c__static">
            {groups}
            <section><h3>{t!(risks.grid_cross_cutting)}</h3>{cross}</section>
        </div>
    }
}
