//! `/search?q=`: full results of the site search.

use leptos::prelude::*;

use crate::components::hydration::use_query_after_hydration;
use crate::components::link::Link;
use crate::components::{focus::PageHeading, page_meta::PageMeta, search_box::use_search};
use crate::routes;

const MAX_RESULTS: usize = 50;

#[component]
pub fn SearchPage() -> impl IntoView {
    let query = use_query_after_hydration();
    let search = use_search();
    let q = Memo::new(move |_| {
        query
            .read()
            .get("q")
            .unwrap_or_default()
            .trim()
            .chars()
            .take(100)
            .collect::<String>()
    });
    let results = move || {
        let q = q.get();
        if q.is_empty() {
            return view! { <p>"Type a word in the search box at the top of the page, for example “grooming” or “Sango”."</p> }.into_any();
        }
        let hits = search.search(&q, MAX_RESULTS);
        if hits.is_empty() {
            return view! {
                <p role="status">"No results for “" {q.clone()} "”."</p>
                <p>"Try a shorter or different word, or browse "
                    <Link href=routes::RISKS>"the four risks"</Link> ", "
                    <Link href=routes::GUIDANCE>"the guidance"</Link> " or "
                    <Link href=routes::MEETING>"the meeting outcomes"</Link> "."</p>
            }
            .into_any();
        }
        let count = hits.len();
        let items = hits
            .into_iter()
            .map(|h| view! { <li><span class="tag">{h.kind.label()}</span> " " <Link href=h.path>{h.title}</Link></li> })
            .collect_view();
        view! {
            <p role="status">{format!("{count} result{} for “{q}”.", if count == 1 { "" } else { "s" })}</p>
            <ul class="search-results">{items}</ul>
        }
        .into_any()
    };
    view! {
        <PageMeta title="Search" description="Search COP Explorer: meeting items, risks, partners and guidance."/>
        <div class="page">
            <PageHeading>"Search"</PageHeading>
            {results}
        </div>
    }
}
