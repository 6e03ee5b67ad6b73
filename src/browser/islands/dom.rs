//! Small helpers for islands that act on server-rendered markup: find
//! elements, read their `data-*` attributes, show or hide them.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Every element under `root` matching `selector`, in document order.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

/// A `data-*` attribute ("data-kinds" is `data(el, "kinds")`), or "".
pub fn data(element: &Element, name: &str) -> String {
    element
        .get_attribute(&format!("data-{name}"))
        .unwrap_or_default()
}

/// Shows or hides an element with the `hidden` attribute.
pub fn set_hidden(element: &Element, hidden: bool) {
    if let Some(el) = element.dyn_ref::<HtmlElement>() {
        el.set_hidden(hidden);
    }
}

/// The nearest element from an event's target up that matches `selector`.
pub fn closest_from_event(event: &web_sys::Event, selector: &str) -> Option<Element> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

/// Moves keyboard focus to the element with this id, if there is one.
pub fn focus_by_id(id: &str) {
    let el = leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// Scrolls to `element` at once, without the page's smooth scrolling:
/// someone followed a link to it and should not watch the page glide.
pub fn jump_into_view(element: &Element, block: web_sys::ScrollLogicalPosition) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_behavior(web_sys::ScrollBehavior::Instant);
    options.set_block(block);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Brings the element with this id into view if it is not: by the least
/// distance when it fits the window, else to its start, so that its heading
/// shows.
pub fn reveal_by_id(id: &str) {
    let Some(el) = leptos::prelude::document().get_element_by_id(id) else {
        return;
    };
    let window_height = leptos::prelude::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(f64::INFINITY);
    let fits = el.get_bounding_client_rect().height() <= window_height;
    jump_into_view(
        &el,
        if fits {
            web_sys::ScrollLogicalPosition::Nearest
        } else {
            web_sys::ScrollLogicalPosition::Start
        },
    );
}
