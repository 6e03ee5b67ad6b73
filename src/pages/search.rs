//! `/search?q=`: full results of the site search.

use leptos::prelude::*;

use crate::components::hydration::use_query_after_hydration;
use crate::components::link::Link;
use crate::components::local_number::use_number_format;
use crate::components::{focus::PageHeading, page_meta::PageMeta, search_box::use_search};
use crate::i18n::{t, t_parts, view};
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
    let numbers = use_number_format();
    let results = move || {
        let q = q.get();
        if q.is_empty() {
            return view! { <p>{t!(pages.search_prompt)}</p> }.into_any();
        }
        let hits = search.search(&q, MAX_RESULTS);
        if hits.is_empty() {
            return view! {
                <p role="status">{t!(pages.search_no_results, query = q.clone())}</p>
                <p>
                    {t_parts!(pages.search_try_other)
                        .iter()
                        .map(|&(tag, text)| match tag {
                            "risks" => view! { <Link href=routes::RISKS>{text}</Link> }.into_any(),
                            "guidance" => view! { <Link href=routes::GUIDANCE>{text}</Link> }.into_any(),
                            "meeting" => view! { <Link href=routes::MEETING>{text}</Link> }.into_any(),
                            _ => text.into_any(),
                        })
                        .collect_view()}
                </p>
            }
            .into_any();
        }
        let count = hits.len();
        let items = hits
            .into_iter()
            .map(|h| view! { <li><span class="tag">{h.kind.label()}</span> " " <Link href=h.path>{h.title}</Link></li> })
            .collect_view();
        view! {
            <p role="status">
                {if count == 1 {
                    t!(pages.search_result_count_singular, count = numbers.format(count), query = q.clone()).into_any()
                } else {
                    t!(pages.search_result_count_plural, count = numbers.format(count), query = q.clone()).into_any()
                }}
            </p>
            <ul class="search-results">{items}</ul>
        }
        .into_any()
    };
    view! {
        <PageMeta title=t!(pages.search_title) description=t!(pages.search_meta_description)/>
        <div class="page">
            <PageHeading>{t!(pages.search_title)}</PageHeading>
            {results}
        </div>
    }
}
