//! "Together" comes alive: the server renders each path whole and readable
//! (`pages/together/`), every answer in a `<details>`; this island, around
//! the activities, reads that markup and adds:
//! - decks (`[data-deck]`): one scene or card at a time, with back and next;
//! - picks: a question (`[data-question]`) with buttons (`[data-pick]`)
//!   shows its answer (`details[data-reveal]`) and whether the pick matched
//!   (`[data-answer]`, `[data-feedback]`) once picked; a question whose
//!   choices are disclosures (`details[data-choice]`) records the one opened;
//! - the card sort by drag and drop onto the boxes (`[data-drop]`);
//! - ticks (`input[data-tick]`), and progress lines (`[data-progress]`);
//! - what was picked, ticked and shown, kept in this browser only
//!   (`together::Progress`), and "Start again" (`[data-restart]`);
//! - "Read aloud" (`[data-read-aloud]`), shown only when the browser has a
//!   voice for the page's language.
//!
//! No props: everything comes from the page, so no serde in this wasm.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::browser::islands::{dom, live::local_number, live::use_live, speech};
use crate::browser::storage;
use crate::shared::i18n::{t, view};
use crate::shared::together::{storage_key, Progress};

#[cfg_attr(wasm_island = "together", island)]
#[cfg_attr(not(wasm_island = "together"), component)]
pub fn TogetherActivities(children: Children) -> impl IntoView {
    let root = NodeRef::<leptos::html::Div>::new();
    let live = use_live();
    let progress = RwSignal::new(Progress::default());
    let key = StoredValue::new(None::<String>);

    // Once live: this path's progress, from this browser.
    Effect::new(move |_| {
        if !live.get() {
            return;
        }
        let Some(root) = root.get() else { return };
        if key.with_value(Option::is_some) {
            return;
        }
        let band = root
            .closest("[data-together-path]")
            .ok()
            .flatten()
            .map(|el| dom::data(&el, "together-path"))
            .unwrap_or_default();
        let k = storage_key(&band);
        let stored = Progress::from_storage(storage::read(&k).as_deref());
        reopen_choices(&root, &stored);
        progress.set(stored);
        key.set_value(Some(k));
        for el in dom::all(&root, "[data-live-only]") {
            dom::set_hidden(&el, false);
        }
        for card in dom::all(&root, "[data-deck] > [data-answer]") {
            let _ = card.set_attribute("draggable", "true");
        }
        speech::offer(&root);
    });
    // Every change: onto the page, and into storage.
    Effect::new(move |_| {
        let p = progress.get();
        if !live.get() {
            return;
        }
        let Some(root) = root.get() else { return };
        show(&root, &p);
        if let Some(k) = key.get_value() {
            storage::write(&k, &p.to_storage());
        }
    });

    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(root) = root.get_untracked() else {
            return;
        };
        if let Some(button) = dom::closest_from_event(&ev, "[data-pick]") {
            if let Some(question) = button.closest("[data-question]").ok().flatten() {
                let (q, a) = (dom::data(&question, "question"), dom::data(&button, "pick"));
                progress.update(|p| p.set_pick(&q, &a));
            }
        } else if let Some(summary) = dom::closest_from_event(&ev, "details[data-choice] > summary")
        {
            // The click opens or closes it after this handler: record an opening.
            let details = summary.parent_element();
            let opening = details
                .as_ref()
                .and_then(|d| d.dyn_ref::<web_sys::HtmlDetailsElement>())
                .is_some_and(|d| !d.open());
            let question = summary.closest("[data-question]").ok().flatten();
            if let (true, Some(details), Some(question)) = (opening, details, question) {
                let (q, a) = (
                    dom::data(&question, "question"),
                    dom::data(&details, "choice"),
                );
                progress.update(|p| p.set_pick(&q, &a));
            }
        } else if let Some(go) = dom::closest_from_event(&ev, "[data-deck-nav] [data-go]") {
            let nav = go.closest("[data-deck-nav]").ok().flatten();
            let deck = nav.map(|n| dom::data(&n, "deck-nav")).unwrap_or_default();
            let total = deck_steps(&root, &deck).len();
            let forward = dom::data(&go, "go") == "next";
            progress.update(|p| {
                let now = p.step(&deck).min(total.saturating_sub(1));
                let next = if forward {
                    (now + 1).min(total.saturating_sub(1))
                } else {
                    now.saturating_sub(1)
                };
                p.set_step(&deck, next);
            });
            speech::stop();
            request_animation_frame(move || focus_step(&root, &deck));
        } else if dom::closest_from_event(&ev, "[data-restart]").is_some() {
            speech::stop();
            for details in dom::all(&root, "details[open]") {
                let _ = details.remove_attribute("open");
            }
            // The save effect then stores the empty progress.
            progress.set(Progress::default());
            dom::jump_into_view(&root, web_sys::ScrollLogicalPosition::Start);
        } else if let Some(button) = dom::closest_from_event(&ev, "[data-read-aloud]") {
            speech::toggle(&root, &button);
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(input) = dom::closest_from_event(&ev, "input[data-tick]") {
            let ticked = input
                .dyn_ref::<web_sys::HtmlInputElement>()
                .is_some_and(|i| i.checked());
            let id = dom::data(&input, "tick");
            progress.update(|p| p.set_ticked(&id, ticked));
        }
    };
    // Drag a card onto a box: the same as its button for that box.
    let on_drag_start = move |ev: leptos::ev::DragEvent| {
        if let (Some(card), Some(transfer)) = (
            dom::closest_from_event(&ev, "[data-answer]"),
            ev.data_transfer(),
        ) {
            let _ = transfer.set_data("text/plain", &dom::data(&card, "question"));
        }
    };
    let on_drag_over = move |ev: leptos::ev::DragEvent| {
        if dom::closest_from_event(&ev, "[data-drop]").is_some() {
            ev.prevent_default();
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        let Some(target) = dom::closest_from_event(&ev, "[data-drop]") else {
            return;
        };
        ev.prevent_default();
        let card = ev
            .data_transfer()
            .and_then(|t| t.get_data("text/plain").ok())
            .unwrap_or_default();
        if crate::shared::together::is_id(&card) {
            let category = dom::data(&target, "drop");
            progress.update(|p| p.set_pick(&card, &category));
        }
    };

    view! {
        <div
            class="together"
            class:together--live=move || live.get()
            node_ref=root
            on:click=on_click
            on:change=on_change
            on:dragstart=on_drag_start
            on:dragover=on_drag_over
            on:drop=on_drop
        >
            {children()}
        </div>
    }
}

/// The steps of the deck named `deck`, in order.
fn deck_steps(root: &Element, deck: &str) -> Vec<Element> {
    dom::all(root, &format!("[data-deck=\"{deck}\"] > [data-step]"))
}

/// Brings the step now showing into view and to the keyboard.
fn focus_step(root: &Element, deck: &str) {
    let Some(step) = deck_steps(root, deck)
        .into_iter()
        .find(|s| !s.has_attribute("hidden"))
    else {
        return;
    };
    let target = step.query_selector("h3").ok().flatten().unwrap_or(step);
    let _ = target.set_attribute("tabindex", "-1");
    dom::jump_into_view(&target, web_sys::ScrollLogicalPosition::Start);
    if let Some(el) = target.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// Opens the choices picked on an earlier visit.
fn reopen_choices(root: &Element, p: &Progress) {
    for question in dom::all(root, "[data-question]") {
        if let Some(choice) = p.pick(&dom::data(&question, "question")) {
            for details in dom::all(&question, "details[data-choice]") {
                if dom::data(&details, "choice") == choice {
                    set_open(&details, true);
                }
            }
        }
    }
}

/// Puts the progress onto the page: picks, ticks, steps and counts.
fn show(root: &Element, p: &Progress) {
    for question in dom::all(root, "[data-question]") {
        let picked = p
            .pick(&dom::data(&question, "question"))
            .map(str::to_string);
        let _ = match &picked {
            Some(a) => question.set_attribute("data-picked", a),
            None => question.remove_attribute("data-picked"),
        };
        for button in dom::all(&question, "[data-pick]") {
            let pressed = picked.as_deref() == Some(dom::data(&button, "pick").as_str());
            let _ = button.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
        }
        let right = picked
            .as_deref()
            .map(|a| a == dom::data(&question, "answer"));
        for feedback in dom::all(&question, "[data-feedback]") {
            let shows = right == Some(dom::data(&feedback, "feedback") == "right");
            dom::set_hidden(&feedback, !shows);
        }
        // A revealed answer opens with the pick. (A chosen disclosure opens
        // itself, after the click that picked it: see `reopen_choices`.)
        for details in dom::all(&question, "details[data-reveal]") {
            set_open(&details, picked.is_some());
        }
    }
    for input in dom::all(root, "input[data-tick]") {
        if let Some(input) = input.dyn_ref::<web_sys::HtmlInputElement>() {
            input.set_checked(p.is_ticked(&dom::data(input, "tick")));
        }
    }
    for deck in dom::all(root, "[data-deck]") {
        let name = dom::data(&deck, "deck");
        let steps = deck_steps(root, &name);
        let current = p.step(&name).min(steps.len().saturating_sub(1));
        for (i, step) in steps.iter().enumerate() {
            dom::set_hidden(step, i != current);
        }
        for nav in dom::all(root, &format!("[data-deck-nav=\"{name}\"]")) {
            for go in dom::all(&nav, "[data-go]") {
                let at_end = if dom::data(&go, "go") == "next" {
                    current + 1 >= steps.len()
                } else {
                    current == 0
                };
                let _ = if at_end {
                    go.set_attribute("disabled", "")
                } else {
                    go.remove_attribute("disabled")
                };
            }
        }
    }
    for activity in dom::all(root, "[data-activity]") {
        let kind = dom::data(&activity, "activity");
        let (done, total) = if kind == "checklist" {
            let ticks = dom::all(&activity, "input[data-tick]");
            (
                ticks
                    .iter()
                    .filter(|t| p.is_ticked(&dom::data(t, "tick")))
                    .count(),
                ticks.len(),
            )
        } else {
            let questions = dom::all(&activity, "[data-question]");
            (
                questions
                    .iter()
                    .filter(|q| q.has_attribute("data-picked"))
                    .count(),
                questions.len(),
            )
        };
        let (done, total) = (local_number(done, true), local_number(total, true));
        let text = match kind.as_str() {
            "sort" => t!(together.sort_progress, done = done, total = total),
            "chat" => t!(together.chat_progress, done = done, total = total),
            "checklist" => t!(together.checklist_progress, done = done, total = total),
            _ => String::new(),
        };
        for line in dom::all(&activity, "[data-progress]") {
            line.set_text_content(Some(&text));
        }
    }
}

fn set_open(details: &Element, open: bool) {
    if let Some(d) = details.dyn_ref::<web_sys::HtmlDetailsElement>() {
        if d.open() != open {
            d.set_open(open);
        }
    }
}
