//! Classroom mode, an island around the server-rendered situations of one
//! risk (`pages::classroom`): every age group's situations are in the HTML,
//! readable without script. Once live, the island shows one situation at a
//! time, in large type, with the discussion points hidden until asked for;
//! arrow keys, Space and its buttons move through them, and the position
//! lives in the address (`?age=9-12&step=2`). The logic is in
//! `crate::shared::classroom`; this file only wires it to the page.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::browser::islands::{dom, live::local_number, live::use_live, url_query};
use crate::shared::classroom::{key_move, AddressProblem, KeyPress, Move, Position};
use crate::shared::content::AgeBand;
use crate::shared::i18n::view;

/// One age group as the deck knows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeckBand {
    pub band: AgeBand,
    pub label: String,
    /// How many situations the page lists for it.
    pub count: usize,
}

/// The island's words, in the page's language (props, so the wasm holds
/// no strings of its own).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeckLabels {
    pub choose_age: String,
    pub show_points: String,
    pub hide_points: String,
    pub previous: String,
    pub next: String,
    /// "Situation {number} of {total}", with those two placeholders.
    pub position: String,
    pub fullscreen: String,
    pub exit_fullscreen: String,
    pub keys_hint: String,
    pub bad_age: String,
    pub bad_step: String,
    pub deck_label: String,
}

#[cfg_attr(wasm_island = "classroom", island)]
#[cfg_attr(not(wasm_island = "classroom"), component)]
pub fn ClassroomDeck(
    bands: Vec<DeckBand>,
    labels: DeckLabels,
    children: Children,
) -> impl IntoView {
    let root = NodeRef::<leptos::html::Div>::new();
    let live = use_live();
    let position = RwSignal::new(None::<Position>);
    let problem = RwSignal::new(None::<AddressProblem>);
    let points_shown = RwSignal::new(false);
    let fullscreen = RwSignal::new(false);
    let bands = StoredValue::new(bands);
    // Only read once live (controls and keys exist only then).
    let rtl = move || {
        document()
            .document_element()
            .is_some_and(|html| html.get_attribute("dir").as_deref() == Some("rtl"))
    };
    let labels = StoredValue::new(labels);
    let count = move |band: AgeBand| {
        bands.with_value(|all| all.iter().find(|b| b.band == band).map_or(0, |b| b.count))
    };

    // The address is read once the page is live, so hydration matches.
    Effect::new(move |_| {
        let query = url_query::current_query();
        let value = |name| url_query::query_value(&query, name);
        let (start, bad) =
            Position::from_query(value("age").as_deref(), value("step").as_deref(), count);
        problem.set(bad);
        position.set(Some(start));
    });
    Effect::new(move |_| {
        let (Some(pos), Some(root)) = (position.get(), root.get()) else {
            return;
        };
        show(&root, pos, points_shown.get());
        // The page's header and introduction step aside: on a 1280x720
        // projector the situation and its points fill the screen.
        if pos.band.is_some() {
            root.scroll_into_view();
        }
    });

    let go = move |next: Position| {
        problem.set(None);
        points_shown.set(false);
        url_query::replace_query(&next.to_query());
        position.set(Some(next));
    };
    let step = move |movement: Move| {
        let Some(pos) = position.get_untracked() else {
            return;
        };
        let Some(band) = pos.band else { return };
        if movement == Move::TogglePoints {
            points_shown.update(|shown| *shown = !*shown);
        } else {
            let next = pos.moved(movement, count(band));
            if next != pos {
                go(next);
            }
        }
    };
    let keys = window_event_listener(leptos::ev::keydown, move |event| {
        if event.ctrl_key() || event.meta_key() || event.alt_key() || event.default_prevented() {
            return;
        }
        let target = event
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
        let tag = target
            .as_ref()
            .map(|t| t.tag_name().to_ascii_lowercase())
            .unwrap_or_default();
        // Typing in the header's search box is not a move.
        if matches!(tag.as_str(), "input" | "textarea" | "select") {
            return;
        }
        let on_control = matches!(tag.as_str(), "button" | "a" | "summary");
        let (code, key) = (event.code(), event.key());
        let press = KeyPress {
            code: &code,
            key: &key,
            shift: event.shift_key(),
        };
        if let Some(movement) = key_move(press, on_control, rtl()) {
            if position.get_untracked().is_some_and(|p| p.band.is_some()) {
                event.prevent_default();
                step(movement);
            }
        }
    });
    on_cleanup(move || keys.remove());
    let fullscreen_change = window_event_listener(
        leptos::ev::Custom::new("fullscreenchange"),
        move |_: web_sys::Event| {
            fullscreen.set(document().fullscreen_element().is_some());
        },
    );
    on_cleanup(move || fullscreen_change.remove());
    // Focus goes to the deck, off the button: the next Space moves on
    // instead of pressing the button again (and leaving full screen).
    let toggle_fullscreen = move |_| {
        if document().fullscreen_element().is_some() {
            document().exit_fullscreen();
        } else if let Some(root) = root.get_untracked() {
            let _ = root.request_fullscreen();
        }
        if let Some(root) = root.get_untracked() {
            let _ = root.focus();
        }
    };

    let controls = move || {
        let pos = position.get()?;
        let l = labels.get_value();
        let notice = problem.get().map(|p| {
            let text = match p {
                AddressProblem::UnknownAge => l.bad_age.clone(),
                AddressProblem::StepOutOfRange => l.bad_step.clone(),
            };
            view! { <p class="notice" role="status">{text}</p> }
        });
        let Some(band) = pos.band else {
            let choices = bands
                .get_value()
                .into_iter()
                .map(|b| {
                    let start = Position { band: Some(b.band), step: 1 };
                    view! { <li><button type="button" class="button" on:click=move |_| go(start)>{b.label}</button></li> }
                })
                .collect_view();
            return Some(
                view! {
                    {notice}
                    <h2 class="deck-choose__title">{l.choose_age.clone()}</h2>
                    <ul class="deck-choose">{choices}</ul>
                }
                .into_any(),
            );
        };
        let total = count(band);
        // (The controls exist only once live, so the browser's digits are safe.)
        let status = l
            .position
            .replace("{number}", &local_number(pos.step, live.get()))
            .replace("{total}", &local_number(total, live.get()));
        let can_fullscreen = document().fullscreen_enabled();
        let (back, forward) = if rtl() {
            ("→ ", " ←")
        } else {
            ("← ", " →")
        };
        Some(view! {
            {notice}
            <div class="deck-controls" role="group" aria-label=l.deck_label.clone()>
                <button type="button" class="button button--secondary" disabled={pos.step <= 1} on:click=move |_| step(Move::Previous)>
                    <span aria-hidden="true">{back}</span>{l.previous.clone()}
                </button>
                <p class="deck-controls__position" role="status">{status}</p>
                <button type="button" class="button" disabled={pos.step >= total} on:click=move |_| step(Move::Next)>
                    {l.next.clone()}<span aria-hidden="true">{forward}</span>
                </button>
                <button type="button" class="button button--secondary" aria-pressed=move || points_shown.get().to_string() on:click=move |_| step(Move::TogglePoints)>
                    {move || if points_shown.get() { l.hide_points.clone() } else { l.show_points.clone() }}
                </button>
                {can_fullscreen.then(|| view! {
                    <button type="button" class="button button--secondary" on:click=toggle_fullscreen>
                        {move || labels.with_value(|l| if fullscreen.get() { l.exit_fullscreen.clone() } else { l.fullscreen.clone() })}
                    </button>
                })}
            </div>
            <p class="deck-controls__hint">{l.keys_hint.clone()}</p>
        }.into_any())
    };
    let class = move || match position.get() {
        Some(Position { band: Some(_), .. }) if live.get() => "deck deck--live",
        Some(_) if live.get() => "deck deck--choosing",
        _ => "deck",
    };
    view! {
        <div class=class node_ref=root tabindex="-1">
            <div class="deck-slot">{controls}</div>
            {children()}
        </div>
    }
}

/// Shows the situation at `pos` (and its points if `points`), hiding the
/// others; with no age group chosen, hides them all behind the chooser.
fn show(root: &web_sys::Element, pos: Position, points: bool) {
    let wanted_band = pos.band.map(AgeBand::slug).unwrap_or("");
    let wanted_step = pos.step.to_string();
    for band in dom::all(root, "[data-band]") {
        let here = dom::data(&band, "band") == wanted_band;
        dom::set_hidden(&band, !here);
        for situation in dom::all(&band, "[data-step]") {
            let current = here && dom::data(&situation, "step") == wanted_step;
            dom::set_hidden(&situation, !current);
        }
    }
    for list in dom::all(root, "[data-points]") {
        dom::set_hidden(&list, !points);
    }
}
