//! The site's citation style: "Source: report §5.11", small and consistent,
//! linking to the paragraph on the meeting page where it can.

use crate::site::components::link::Link;
use leptos::prelude::*;

use crate::shared::content::Citation;
use crate::shared::format::para_label;
use crate::shared::i18n::{t, t_parts, view};
use crate::site::components::bidi::latin_in_rtl;
use crate::site::use_content;

/// Cites a paragraph of the meeting report, linked to its item.
#[component]
pub fn ReportCite(#[prop(into)] para: String, #[prop(into)] anchor: String) -> impl IntoView {
    let para = para_label(&para);
    view! {
        <p class="cite">
            {t!(common.cite_source_prefix)}
            <Link href=crate::shared::routes::meeting_anchor(&anchor)>{t!(common.cite_meeting_report, para)}</Link>
        </p>
    }
}

/// Cites documents from `sources.json`. A report paragraph links to its
/// item on the meeting page.
#[component]
pub fn Cites(cites: Vec<Citation>) -> impl IntoView {
    let content = use_content();
    let parts = cites
        .iter()
        .enumerate()
        .map(|(n, c)| {
            let separator = (n > 0).then_some(t!(common.cite_separator));
            let linked_item = (c.doc == "report")
                .then(|| {
                    c.loc
                        .as_deref()
                        .and_then(|loc| content.items().find(|i| i.para == loc))
                })
                .flatten();
            let part = match linked_item {
                Some(item) => {
                    let para = para_label(&item.para);
                    view! {
                        <Link href=crate::shared::routes::meeting_anchor(&item.id)>
                            {t!(common.cite_meeting_report, para)}
                        </Link>
                    }
                    .into_any()
                }
                None => {
                    let title = content
                        .source(&c.doc)
                        .map_or_else(|| c.doc.clone(), |s| s.title.clone());
                    match &c.loc {
                        Some(loc) => {
                            let location = para_label(loc);
                            let text = t_parts!(common.cite_document_location)
                                .iter()
                                .map(|&(slot, text)| match slot {
                                    "title" => latin_in_rtl(title.clone()),
                                    "location" => location.clone().into_any(),
                                    _ => text.into_any(),
                                })
                                .collect_view();
                            view! { <span>{text}</span> }.into_any()
                        }
                        None => view! { <span>{latin_in_rtl(title)}</span> }.into_any(),
                    }
                }
            };
            view! { {separator}{part} }
        })
        .collect_view();
    view! { <p class="cite">{t!(common.cite_source_prefix)} {parts}</p> }
}
