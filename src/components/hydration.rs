//! Prerendered HTML knows only the path, never the query string or what is
//! in this browser's storage. State from those must appear only after
//! hydration, or the first client render would not match the HTML.

use leptos::prelude::*;
use leptos_router::{hooks::use_query_map, params::ParamsMap};

/// Becomes true once the app is live in the browser.
#[derive(Clone, Copy)]
pub struct Hydrated(ReadSignal<bool>);

impl Hydrated {
    pub fn new() -> Self {
        let (done, set_done) = signal(false);
        // Effects run only in the browser, after hydration. The attribute
        // tells scripts (and the browser tests) that the page is live.
        Effect::new(move |_| {
            set_done.set(true);
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("data-hydrated", "");
            }
        });
        Hydrated(done)
    }

    pub fn get(&self) -> bool {
        self.0.get()
    }
}

impl Default for Hydrated {
    fn default() -> Self {
        Self::new()
    }
}

/// The URL query, empty until hydration is complete.
pub fn use_query_after_hydration() -> Memo<ParamsMap> {
    let hydrated = expect_context::<Hydrated>();
    let query = use_query_map();
    Memo::new(move |_| {
        if hydrated.get() {
            query.get()
        } else {
            ParamsMap::new()
        }
    })
}
