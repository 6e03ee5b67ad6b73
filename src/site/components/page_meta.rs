//! Per-page `<title>` and meta description.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn PageMeta(
    /// The page's own title; the site name is appended by `App`.
    #[prop(into)]
    title: String,
    #[prop(into)] description: String,
) -> impl IntoView {
    view! {
        <Title text=title/>
        <Meta name="description" content=description/>
    }
}
