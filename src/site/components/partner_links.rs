//! Links to partner pages, shown as a compact inline list.

use crate::site::components::link::Link;
use leptos::prelude::*;

use crate::shared::routes;
use crate::site::use_content;

#[component]
pub fn PartnerLinks(ids: Vec<String>, #[prop(into)] label: String) -> impl IntoView {
    let content = use_content();
    let links = ids
        .iter()
        .filter_map(|id| content.partner(id))
        .map(|p| {
            let name = p.name.clone();
            view! { <li><Link href=routes::partner(&p.id)>{name}</Link></li> }
        })
        .collect_view();
    (!ids.is_empty()).then(|| {
        view! {
            <div class="partner-links">
                <span class="partner-links__label">{label}</span>
                <ul class="inline-list">{links}</ul>
            </div>
        }
    })
}
