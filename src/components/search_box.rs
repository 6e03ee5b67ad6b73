//! The header's site search: a combobox (WAI-ARIA 1.2 pattern) with instant
//! suggestions. Arrow keys move, Enter opens, Escape closes. Submitting
//! without a chosen suggestion opens the full results on `/search`.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::{hooks::use_navigate, NavigateOptions};

use crate::i18n::view;
use crate::routes;
use crate::search::{Hit, SearchIndex};
use crate::use_content;

const SUGGESTIONS: usize = 8;

/// The search index, built on first use rather than at start-up.
#[derive(Clone, Copy)]
pub struct LazySearch(StoredValue<Option<Arc<SearchIndex>>>);

impl LazySearch {
    pub fn new() -> Self {
        LazySearch(StoredValue::new(None))
    }

    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        if self.0.with_value(Option::is_none) {
            let index = SearchIndex::build(&use_content());
            self.0.set_value(Some(Arc::new(index)));
        }
        self.0
            .with_value(|i| i.as_ref().map(|i| i.search(query, limit)))
            .unwrap_or_default()
    }
}

impl Default for LazySearch {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_search() -> LazySearch {
    expect_context::<LazySearch>()
}

#[component]
pub fn SearchBox() -> impl IntoView {
    let search = use_search();
    let navigate = use_navigate();
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let hits = Memo::new(move |_| {
        let q = query.get();
        if q.trim().chars().count() < 2 {
            Vec::new()
        } else {
            search.search(&q, SUGGESTIONS)
        }
    });
    let expanded = move || open.get() && !hits.read().is_empty();

    let go = {
        let navigate = navigate.clone();
        move |path: String| {
            open.set(false);
            active.set(None);
            query.set(String::new());
            navigate(&path, NavigateOptions::default());
        }
    };
    let submit = {
        let go = go.clone();
        move || match active
            .get_untracked()
            .and_then(|i| hits.read_untracked().get(i).cloned())
        {
            Some(hit) => go(hit.path),
            None => {
                let q = query.get_untracked();
                if !q.trim().is_empty() {
                    go(format!(
                        "{}?q={}",
                        routes::SEARCH,
                        crate::partner_filter::encode_query_value(q.trim())
                    ));
                }
            }
        }
    };
    let on_key = {
        let submit = submit.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let count = hits.read_untracked().len();
            match ev.key().as_str() {
                "ArrowDown" if count > 0 => {
                    ev.prevent_default();
                    open.set(true);
                    active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
                }
                "ArrowUp" if count > 0 => {
                    ev.prevent_default();
                    open.set(true);
                    active.update(|a| *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count)));
                }
                "Enter" => {
                    ev.prevent_default();
                    submit();
                }
                "Escape" => {
                    // First Escape closes the list (and keeps the text);
                    // the next one clears the box, as the browser does.
                    if open.get_untracked() && count > 0 {
                        ev.prevent_default();
                        open.set(false);
                        active.set(None);
                    } else {
                        query.set(String::new());
                    }
                }
                _ => {}
            }
        }
    };
    let options = move || {
        hits.get()
            .into_iter()
            .enumerate()
            .map(|(i, hit)| {
                let go = go.clone();
                let path = hit.path.clone();
                view! {
                    <li
                        id=format!("site-search-option-{i}")
                        role="option"
                        class="site-search__option"
                        aria-selected=move || (active.get() == Some(i)).to_string()
                        // mousedown, not click: it must win over the input's blur.
                        on:mousedown=move |ev| { ev.prevent_default(); go(path.clone()) }
                    >
                        <span class="site-search__kind">{hit.kind.label()}</span>
                        <span>{hit.title}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <form class="site-search" role="search" aria-label=t!(common.search_label) on:submit=move |ev| { ev.prevent_default(); submit() }>
            <label for="site-search-input" class="visually-hidden">{t!(common.search_input_label)}</label>
            <input
                id="site-search-input"
                type="search"
                placeholder=t!(common.search_placeholder)
                autocomplete="off"
                role="combobox"
                aria-autocomplete="list"
                aria-controls="site-search-list"
                aria-expanded=move || expanded().to_string()
                aria-activedescendant=move || active.get().filter(|_| expanded()).map(|i| format!("site-search-option-{i}"))
                prop:value=move || query.get()
                on:input=move |ev| { query.set(event_target_value(&ev)); open.set(true); active.set(None); }
                on:keydown=on_key
                on:focus=move |_| open.set(true)
                on:blur=move |_| open.set(false)
            />
            <ul id="site-search-list" role="listbox" aria-label=t!(common.search_suggestions_label) class="site-search__list" hidden=move || !expanded()>
                {options}
            </ul>
            <button type="submit" class="site-search__button">{t!(common.search_button)}</button>
        </form>
    }
}
