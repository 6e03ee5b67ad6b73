//! The page's main heading.

use leptos::prelude::*;

/// The id every page gives its `h1`.
pub const PAGE_HEADING_ID: &str = "page-heading";

#[component]
pub fn PageHeading(children: Children) -> impl IntoView {
    view! { <h1 id=PAGE_HEADING_ID>{children()}</h1> }
}
