//! Page state kept in the URL query. Prerendered HTML knows only the path,
//! never the query string or what is in this browser's storage: state from
//! those must appear only after hydration, or the first client render would
//! not match the HTML.

use leptos::prelude::*;
use leptos_router::{
    hooks::{use_navigate, use_query_map},
    params::ParamsMap,
    NavigateOptions,
};

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

/// Writes a page's state into its URL query (`path?query`, or just `path`
/// when the query is empty). It replaces the history entry and keeps the
/// scroll position: changing a filter is not a new page.
pub fn use_query_writer(path: &'static str) -> Callback<String> {
    let navigate = use_navigate();
    Callback::new(move |query: String| {
        let url = if query.is_empty() {
            path.to_string()
        } else {
            format!("{path}?{query}")
        };
        navigate(
            &url,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    })
}
