//! The site's citation style: "Source: report §5.11", small and consistent,
//! linking to the paragraph on the meeting page where it can.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::content::Citation;
use crate::format::para_label;
use crate::use_content;

/// Cites a paragraph of the meeting report, linked to its item.
#[component]
pub fn ReportCite(#[prop(into)] para: String, #[prop(into)] anchor: String) -> impl IntoView {
    view! {
        <p class="cite">
            "Source: "
            <A href=crate::routes::meeting_anchor(&anchor)>"meeting report " {para_label(&para)}</A>
        </p>
    }
}

/// Cites documents from `sources.json`.
#[component]
pub fn Cites(cites: Vec<Citation>) -> impl IntoView {
    let content = use_content();
    let parts = cites
        .iter()
        .map(|c| {
            let title = content
                .source(&c.doc)
                .map_or_else(|| c.doc.clone(), |s| s.title.clone());
            match &c.loc {
                Some(loc) => format!("{title}, {}", para_label(loc)),
                None => title,
            }
        })
        .collect::<Vec<_>>()
        .join("; ");
    view! { <p class="cite">"Source: " {parts}</p> }
}
