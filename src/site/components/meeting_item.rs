//! One paragraph of the meeting report: headline and summary always shown,
//! the fuller account in a native disclosure that works without script.

use crate::site::components::bidi::prose;
use crate::site::components::link::Link;
use leptos::prelude::*;

use crate::shared::content::Item;
use crate::shared::format::{item_kind_label, para_label};
use crate::shared::i18n::{t, view};
use crate::shared::routes;
use crate::site::components::partner_links::PartnerLinks;
use crate::site::use_content;

#[component]
pub fn MeetingItem(item: Item) -> impl IntoView {
    let content = use_content();
    let related = item
        .related
        .iter()
        .filter_map(|id| content.item(id))
        .map(|r| {
            let label = t!(
                meeting.related_entry,
                para = para_label(&r.para),
                title = r.title.clone()
            );
            view! { <li><Link href=routes::meeting_anchor(&r.id)>{label}</Link></li> }
        })
        .collect_view();
    let has_more =
        !item.details.is_empty() || !item.related.is_empty() || item.source_note.is_some();
    let details = item
        .details
        .iter()
        .map(|d| view! { <p>{prose(d.clone())}</p> })
        .collect_view();
    let note = item
        .source_note
        .clone()
        .map(|n| view! { <p class="source-note"><strong>{t!(meeting.source_note_label)}</strong>{n}</p> });
    let title_id = format!("{}-title", item.id);
    // What the meeting filters read (see islands::meeting_filters).
    let orgs = crate::shared::meeting_filter::item_orgs(&item, &content).join(" ");
    let labelled_by = title_id.clone();
    view! {
        <article class=format!("item item--{}", item.kind.slug()) id=item.id.clone() aria-labelledby=labelled_by
            data-kind=item.kind.slug() data-orgs=orgs>
            <p class="item__meta">
                <span class="para">{para_label(&item.para)}</span>
                <span class="tag">{item_kind_label(item.kind)}</span>
            </p>
            <h3 id=title_id>{prose(item.title.clone())}</h3>
            <p>{prose(item.summary.clone())}</p>
            <PartnerLinks ids=item.partners.clone() label=t!(meeting.organisations_named_label)/>
            {has_more.then(|| view! {
                <details class="item__details">
                    <summary>{t!(meeting.more_about, para = para_label(&item.para))}</summary>
                    {details}
                    {note}
                    {(!item.related.is_empty()).then(|| view! {
                        <p class="related-label">{t!(meeting.related_label)}</p>
                        <ul>{related}</ul>
                    })}
                </details>
            })}
        </article>
    }
}
