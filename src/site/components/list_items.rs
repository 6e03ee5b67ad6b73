//! Plain text items for a `<ul>` or `<ol>`: tips, warning signs,
//! conversation starters, principles.

use leptos::prelude::*;

/// One `<li>` per text, in order.
pub fn list_items(items: &[String]) -> impl IntoView {
    items
        .iter()
        .map(|text| view! { <li>{text.clone()}</li> })
        .collect_view()
}
