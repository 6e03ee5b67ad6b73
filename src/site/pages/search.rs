//! `/search?q=`: full results of the site search (the `SearchResults`
//! island; the query is known only in the browser).

use leptos::prelude::*;

use crate::browser::islands::search::SearchResults;
use crate::shared::i18n::view;
use crate::site::components::link::use_site_href;
use crate::site::components::{page_heading::PageHeading, page_meta::PageMeta};
use crate::SearchIndexFile;

#[component]
pub fn SearchPage() -> impl IntoView {
    let index_file = use_context::<SearchIndexFile>().unwrap_or_default().0;
    let index_url = use_site_href(&format!("/{index_file}"));
    view! {
        <PageMeta title=t!(pages.search_title) description=t!(pages.search_meta_description)/>
        <div class="page">
            <PageHeading>{t!(pages.search_title)}</PageHeading>
            <p class="needs-js-note notice">{t!(pages.search_needs_js)}</p>
            <SearchResults index_url/>
        </div>
    }
}
