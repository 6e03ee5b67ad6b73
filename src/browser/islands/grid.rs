//! The 4Cs grid's behaviour. The grid itself is server-rendered children
//! (`components::risk_grid`): a table whose cells link to their explanation,
//! and the explanations as a list of disclosures. Without script, the links
//! jump to the explanations. Once live, this island turns the table links
//! and disclosure summaries into toggles for one open item at a time: on a
//! wide screen the open explanation shows under the table, on a phone the
//! list is an accordion. The open item lives in the URL (`?cell=`) on
//! `/risks`, and in the island alone inside a widget.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::islands::{dom, live::use_live, url_query};
use crate::shared::grid_state::{parse_cell_id, step, toggle};
use crate::shared::i18n::view;

/// Toggles carry `data-toggle="<item id>"`; explanations `data-cell="<item id>"`.
const TOGGLE: &str = "[data-toggle]";

#[cfg_attr(wasm_island = "grid", island)]
#[cfg_attr(not(wasm_island = "grid"), component)]
pub fn GridExplorer(children: Children) -> impl IntoView {
    let root = NodeRef::<leptos::html::Div>::new();
    // Whether the open item is kept in the page's address (`?cell=`): the
    // page says so with `data-cell-in-address` in the children (no props,
    // so no serde_json in this island's wasm). Read only in the browser.
    let in_url = move || {
        root.get_untracked()
            .is_some_and(|root| !dom::all(&root, "[data-cell-in-address]").is_empty())
    };
    let open = RwSignal::new(None::<String>);
    let unknown = RwSignal::new(false);
    // An item opened from the address is brought into view once, when live.
    let reveal = StoredValue::new(false);
    let live = use_live();

    // After hydration: the item named in the address, if it is one of ours.
    Effect::new(move |_| {
        let Some(root) = root.get() else { return };
        if in_url() {
            let known: Vec<String> = dom::all(&root, "[data-cell]")
                .iter()
                .map(|el| dom::data(el, "cell"))
                .collect();
            let asked = url_query::query_value(&url_query::current_query(), "cell");
            let (item, understood) = parse_cell_id(asked.as_deref(), &known);
            reveal.set_value(item.is_some());
            open.set(item);
            unknown.set(!understood);
        }
    });
    // Mirror the open item onto the server-rendered toggles and disclosures.
    Effect::new(move |_| {
        let current = open.get();
        if !live.get() {
            return;
        }
        let Some(root) = root.get() else { return };
        // The table's links become buttons that show their state; the
        // disclosures' summaries convey theirs natively.
        for toggle in dom::all(&root, "a[data-toggle]") {
            let id = dom::data(&toggle, "toggle");
            let expanded = current.as_deref() == Some(id.as_str());
            let _ = toggle.set_attribute("role", "button");
            let _ = toggle.set_attribute("aria-expanded", if expanded { "true" } else { "false" });
        }
        for item in dom::all(&root, "details[data-cell]") {
            let id = dom::data(&item, "cell");
            if let Some(details) = item.dyn_ref::<web_sys::HtmlDetailsElement>() {
                details.set_open(current.as_deref() == Some(id.as_str()));
            }
        }
        if reveal.get_value() {
            reveal.set_value(false);
            if let Some(id) = current {
                // After this render: the live layout shows only the open item.
                request_animation_frame(move || dom::reveal_by_id(&format!("detail-{id}")));
            }
        }
    });

    let choose = move |id: String| {
        let next = toggle(open.get_untracked().as_deref(), &id);
        if in_url() {
            let query = next
                .as_ref()
                .map(|v| format!("cell={v}"))
                .unwrap_or_default();
            url_query::replace_query(&query);
        }
        unknown.set(false);
        open.set(next);
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        // New-tab clicks on a table link keep their default behaviour.
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return;
        }
        if let Some(toggle) = dom::closest_from_event(&ev, TOGGLE) {
            ev.prevent_default();
            choose(dom::data(&toggle, "toggle"));
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some(toggle) = dom::closest_from_event(&ev, "a[data-toggle]") else {
            return;
        };
        let key = ev.key();
        // A link that acts as a button also answers to Space.
        if key == " " {
            ev.prevent_default();
            choose(dom::data(&toggle, "toggle"));
            return;
        }
        let (d_col, d_row) = match key.as_str() {
            "ArrowRight" => (1, 0),
            "ArrowLeft" => (-1, 0),
            "ArrowDown" => (0, 1),
            "ArrowUp" => (0, -1),
            _ => return,
        };
        // Arrow keys move between the 12 cells, mirrored right to left.
        let Some((risk, kind)) =
            crate::shared::grid_state::cell_from_id(&dom::data(&toggle, "toggle"))
        else {
            return;
        };
        let rtl = leptos::prelude::document()
            .document_element()
            .and_then(|e| e.get_attribute("dir"))
            .as_deref()
            == Some("rtl");
        let d_col = if rtl { -d_col } else { d_col };
        ev.prevent_default();
        let (risk, kind) = step(risk, kind, d_col, d_row);
        dom::focus_by_id(&format!(
            "cell-{}",
            crate::shared::grid_state::cell_id(risk, kind)
        ));
    };

    view! {
        <div
            class="grid4c"
            class:grid4c--live=move || live.get()
            class:grid4c--open=move || open.read().is_some()
            node_ref=root
            on:click=on_click
            on:keydown=on_key
        >
            {move || unknown.get().then(|| view! {
                <p class="notice" role="status">{t!(risks.grid_unknown_cell)}</p>
            })}
            {children()}
        </div>
    }
}
