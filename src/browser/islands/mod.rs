//! Everything that ships to the browser. Pages, layout and metadata are
//! rendered natively by the prerenderer (`pages/`, `components/`); only the
//! islands here are compiled into the wasm and hydrated where a page has one.
//!
//! Islands have no router and no content context: they get what they need
//! as (serde) props, or read it from the server-rendered HTML around them,
//! and they read and write the address through the browser's URL API.
//! Anything that depends on the query string or on this browser's storage
//! is applied after hydration, so that the first render matches the HTML.
//!
//! The start-up script (`src/site/hosting/boot.js`) decides whether and when a
//! page loads the wasm: at once when it has an island, on first use for the
//! header's search suggestions, and when an update is waiting for the
//! update prompt.

pub mod classroom;
pub mod clipboard;
pub mod directory_filters;
pub mod dom;
pub mod embed_builder;
pub mod grid;
pub mod live;
pub mod meeting_filters;
pub mod page_json;
pub mod plan_builder;
pub mod plan_storage;
pub mod search;
pub mod self_check;
pub mod speech;
pub mod together;
pub mod update_prompt;
pub mod url_query;

/// The browser's entry point, called by the start-up script once the wasm
/// is loaded and before it hydrates the page's islands.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
