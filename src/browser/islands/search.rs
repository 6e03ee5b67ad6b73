//! Site search in the browser: the header's suggestions (a WAI-ARIA 1.2
//! combobox: arrow keys move, Enter opens, Escape closes) and the full
//! results on `/search?q=`. The index is a per-language file that the
//! prerenderer writes; it is fetched on first use, never compiled in.
//!
//! The header box is a plain form that goes to `/search?q=`. Its island is
//! hydrated only when the visitor first focuses or types in it (see
//! `src/site/hosting/boot.js`), so pages without other islands load no wasm
//! until then.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::islands::live::{local_number, use_live};
use crate::browser::islands::url_query;
use crate::shared::base_path::{from_document, site_href};
use crate::shared::i18n::{t, t_parts, view};
use crate::shared::routes;
use crate::shared::search::{Hit, SearchIndex};

const SUGGESTIONS: usize = 8;
const MAX_RESULTS: usize = 50;

/// The index: `None` while loading, then the index or `Err` if it cannot be
/// had (offline before it was saved, say).
type LoadedIndex = RwSignal<Option<Result<Arc<SearchIndex>, ()>>>;

/// Starts fetching the index at `url` (once), into `index`.
fn load_index(url: String, index: LoadedIndex, started: StoredValue<bool>) {
    if started.get_value() {
        return;
    }
    started.set_value(true);
    leptos::task::spawn_local(async move {
        match fetch_index(&url).await {
            Ok(loaded) => index.set(Some(Ok(Arc::new(loaded)))),
            Err(err) => {
                leptos::logging::warn!("search index {url}: {err}");
                index.set(Some(Err(())));
            }
        }
    });
}

#[cfg(feature = "hydrate")]
async fn fetch_index(url: &str) -> Result<SearchIndex, String> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    response.json().await.map_err(|e| e.to_string())
}

#[cfg(not(feature = "hydrate"))]
async fn fetch_index(_url: &str) -> Result<SearchIndex, String> {
    Err("search runs in the browser only".into())
}

fn search(index: LoadedIndex, query: &str, limit: usize) -> Vec<Hit> {
    index
        .read()
        .as_ref()
        .and_then(|loaded| loaded.as_ref().ok())
        .map(|i| i.search(query, limit))
        .unwrap_or_default()
}

/// The hit's extract, its matching words in `<mark>`.
fn extract_view(index: LoadedIndex, hit: &Hit, query: &str) -> impl IntoView {
    let pieces = index
        .read()
        .as_ref()
        .and_then(|loaded| loaded.as_ref().ok())
        .map(|i| i.extract(hit, query))
        .unwrap_or_default();
    pieces
        .into_iter()
        .map(|p| {
            if p.marked {
                view! { <mark>{p.text}</mark> }.into_any()
            } else {
                p.text.into_any()
            }
        })
        .collect_view()
}

/// Goes to a site path, as a plain link would.
fn go(path: &str) {
    let _ = window()
        .location()
        .set_href(&site_href(&from_document(), path));
}

/// The header's search form with instant suggestions.
#[cfg_attr(wasm_island = "search-box", island)]
#[cfg_attr(not(wasm_island = "search-box"), component)]
pub fn SearchBox(
    /// The search index file (`search-<hash>.json`, next to the pages).
    index_url: String,
) -> impl IntoView {
    let index: LoadedIndex = RwSignal::new(None);
    let started = StoredValue::new(false);
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let input = NodeRef::<leptos::html::Input>::new();
    // Hydrated on first focus or keystroke: take over what was typed so
    // far, and fetch the index right away.
    {
        let url = index_url.clone();
        Effect::new(move |_| {
            if let Some(el) = input.get() {
                query.set(el.value());
                open.set(true);
            }
            load_index(url.clone(), index, started);
        });
    }
    let hits = Memo::new(move |_| {
        let q = query.get();
        if q.trim().chars().count() < 2 {
            Vec::new()
        } else {
            search(index, &q, SUGGESTIONS)
        }
    });
    let expanded = move || open.get() && !hits.read().is_empty();
    let chosen = move || {
        active
            .get_untracked()
            .and_then(|i| hits.read_untracked().get(i).cloned())
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
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
    };
    // Enter with a suggestion chosen opens it; otherwise the form goes to
    // the results page as it does without script.
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        if let Some(hit) = chosen() {
            ev.prevent_default();
            go(&hit.path);
        }
    };
    let options = move || {
        hits.get()
            .into_iter()
            .enumerate()
            .map(|(i, hit)| {
                let path = hit.path.clone();
                view! {
                    <li
                        id=format!("site-search-option-{i}")
                        role="option"
                        class="site-search__option"
                        aria-selected=move || (active.get() == Some(i)).to_string()
                        // mousedown, not click: it must win over the input's blur.
                        on:mousedown=move |ev| { ev.prevent_default(); go(&path) }
                    >
                        <span class="site-search__kind">{hit.kind.label()}</span>
                        <span>{hit.title}</span>
                    </li>
                }
            })
            .collect_view()
    };
    let action = site_href(&from_document(), routes::SEARCH);
    view! {
        <form class="site-search" role="search" aria-label=t!(common.search_label)
            action=action method="get" on:submit=on_submit>
            <label for="site-search-input" class="visually-hidden">{t!(common.search_input_label)}</label>
            <input
                id="site-search-input"
                type="search"
                name="q"
                node_ref=input
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

/// The results on `/search?q=`, read from the address once live.
#[cfg_attr(wasm_island = "search-results", island)]
#[cfg_attr(not(wasm_island = "search-results"), component)]
pub fn SearchResults(index_url: String) -> impl IntoView {
    let index: LoadedIndex = RwSignal::new(None);
    let started = StoredValue::new(false);
    let query = RwSignal::new(None::<String>);
    let live = use_live();
    Effect::new(move |_| {
        let q = url_query::query_value(&url_query::current_query(), "q").unwrap_or_default();
        query.set(Some(q.trim().chars().take(100).collect()));
        load_index(index_url.clone(), index, started);
    });
    let results = move || {
        // Nothing before the page is live (the HTML cannot know the query).
        let q = query.get()?;
        if q.is_empty() {
            return Some(view! { <p>{t!(pages.search_prompt)}</p> }.into_any());
        }
        // Nothing while loading; a notice if the index cannot be had.
        if index.with(|loaded| loaded.as_ref().map(Result::is_err))? {
            return Some(
                view! { <p class="notice" role="status">{t!(pages.search_unavailable)}</p> }
                    .into_any(),
            );
        }
        let hits = search(index, &q, MAX_RESULTS);
        if hits.is_empty() {
            return Some(view! {
                <p role="status">{t!(pages.search_no_results, query = q.clone())}</p>
                <p>
                    {t_parts!(pages.search_try_other)
                        .iter()
                        .map(|&(tag, text)| match tag {
                            "risks" | "guidance" | "meeting" => {
                                let path = match tag {
                                    "risks" => routes::RISKS,
                                    "guidance" => routes::GUIDANCE,
                                    _ => routes::MEETING,
                                };
                                view! { <a href=site_href(&from_document(), path)>{text}</a> }.into_any()
                            }
                            _ => text.into_any(),
                        })
                        .collect_view()}
                </p>
            }
            .into_any());
        }
        let count = local_number(hits.len(), live.get());
        let status = if hits.len() == 1 {
            t!(
                pages.search_result_count_singular,
                count = count,
                query = q.clone()
            )
        } else {
            t!(
                pages.search_result_count_plural,
                count = count,
                query = q.clone()
            )
        };
        let base = from_document();
        let items = hits
            .into_iter()
            .map(|h| {
                let extract = extract_view(index, &h, &q);
                view! {
                    <li>
                        <span class="tag">{h.kind.label()}</span> " " <a href=site_href(&base, &h.path)>{h.title}</a>
                        <p class="search-results__extract">{extract}</p>
                    </li>
                }
            })
            .collect_view();
        Some(
            view! {
                <p role="status">{status}</p>
                <ul class="search-results">{items}</ul>
            }
            .into_any(),
        )
    };
    view! { <div class="search-page-results">{results}</div> }
}
