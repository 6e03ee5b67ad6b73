//! `/meeting`: the outcomes of the 17th CWG-COP meeting, complete, with a
//! table of contents, filters kept in the URL, and deep links to every item.

use leptos::prelude::*;

use crate::browser::islands::meeting_filters::MeetingFilters;
use crate::shared::content::Meeting;
use crate::shared::format::{item_kind_label, long_date};
use crate::shared::i18n::{t, t_parts, view};
use crate::shared::meeting_filter::{kinds_present, orgs_present};
use crate::shared::routes;
use crate::site::components::bidi::prose;
use crate::site::components::fallback_notice::{fallback_lang, FallbackNotice};
use crate::site::components::local_date::LocalDate;
use crate::site::components::{
    link::Link, meeting_item::MeetingItem, page_heading::PageHeading, page_meta::PageMeta,
    partner_links::PartnerLinks,
};
use crate::site::use_content;

#[component]
pub fn MeetingPage() -> impl IntoView {
    let content = use_content();
    let meeting = content.meeting.clone();
    // Without leptos_i18n's `interpolate_display` option, `t_string!` cannot
    // interpolate: the sentence is built from its three fixed parts.
    let description = format!(
        "{}{}{}{}{}",
        t!(meeting.meta_description_start),
        meeting.short_title,
        t!(meeting.meta_description_middle),
        long_date(&meeting.date).unwrap_or_else(|| meeting.date.clone()),
        t!(meeting.meta_description_end),
    );
    let short_title = meeting.short_title.clone();
    let kinds = kinds_present(&content)
        .into_iter()
        .map(|k| (k.slug().to_string(), item_kind_label(k).to_string()))
        .collect::<Vec<_>>();
    let orgs = orgs_present(&content)
        .into_iter()
        .map(|(id, name)| (id.to_string(), name.to_string()))
        .collect::<Vec<_>>();
    view! {
        <PageMeta title=t!(meeting.meta_title) description=description/>
        <div class="page page--wide">
            <PageHeading>{t!(meeting.heading, title = short_title)}</PageHeading>
            <p class="lead">{prose(meeting.summary.clone())}</p>
            <AtAGlance meeting=meeting.clone()/>
            <MeetingFilters kinds orgs total=content.items().count()>
                <MeetingContents/>
                <MeetingSections/>
            </MeetingFilters>
        </div>
    }
}

/// The table of contents; each entry's count is updated by the filters.
#[component]
fn MeetingContents() -> impl IntoView {
    let content = use_content();
    let toc = content
        .meeting
        .sections
        .iter()
        .map(|s| {
            let label = t_parts!(meeting.toc_entry)
                .iter()
                .map(|&(slot, text)| match slot {
                    "number" => s.number.clone().into_any(),
                    "title" => s.title.clone().into_any(),
                    "count" => view! { <span data-toc-count="">{s.items.len()}</span> }.into_any(),
                    _ => text.into_any(),
                })
                .collect_view();
            view! { <li data-toc=s.id.clone()><Link href=routes::meeting_anchor(&s.id)>{label}</Link></li> }
        })
        .collect_view();
    view! {
        <nav class="toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading">{t!(meeting.contents)}</h2>
            <ol>{toc}</ol>
        </nav>
    }
}

/// Every section with every item, as the report has them.
#[component]
fn MeetingSections() -> impl IntoView {
    let content = use_content();
    content
        .meeting
        .sections
        .iter()
        .map(|s| {
            let heading_id = format!("{}-heading", s.id);
            let labelled_by = heading_id.clone();
            let items = s
                .items
                .iter()
                .cloned()
                .map(|item| {
                    // A heading the report prints between items (§4.1).
                    let group = item.group_heading.clone().map(|heading| {
                        view! { <h3 class="item-group-heading">{heading}</h3> }
                    });
                    view! { {group} <MeetingItem item/> }
                })
                .collect_view();
            view! {
                <section id=s.id.clone() data-section=s.id.clone() class="report-section"
                    aria-labelledby=labelled_by lang=fallback_lang(&["meeting.json"], &s.id)>
                    <h2 id=heading_id>
                        {t!(meeting.section_heading, number = s.number.clone(), title = s.title.clone())}
                    </h2>
                    <FallbackNotice files=&["meeting.json"] id=s.id.clone()/>
                    {s.intro.clone().map(|i| view! { <p>{prose(i)}</p> })}
                    {items}
                </section>
            }
        })
        .collect_view()
}

#[component]
fn AtAGlance(meeting: Meeting) -> impl IntoView {
    let (participants, participants_from) =
        (meeting.participants, meeting.participants_from.clone());
    let bases = meeting
        .legal_basis
        .iter()
        .map(|b| view! { <li>{b.name.clone()}</li> })
        .collect_view();
    let chair = t!(
        meeting.glance_chair_value,
        name = meeting.chair.name.clone(),
        country = meeting.chair.country.clone()
    );
    view! {
        <section class="glance" aria-labelledby="glance-heading">
            <h2 id="glance-heading">{t!(meeting.glance_heading)}</h2>
            <dl>
                <div>
                    <dt>{t!(meeting.glance_date)}</dt>
                    <dd><LocalDate iso=meeting.date.clone()/></dd>
                </div>
                <div><dt>{t!(meeting.glance_format)}</dt><dd>{meeting.format.clone()}</dd></div>
                <div>
                    <dt>{t!(meeting.glance_participants)}</dt>
                    <dd>
                        {t!(meeting.glance_participants_value,
                            count = participants,
                            from = participants_from.clone()
                        )}
                    </dd>
                </div>
                <div>
                    <dt>{t!(meeting.glance_chair)}</dt>
                    <dd>
                        {chair}
                        {meeting.chair.partner.clone().map(|p| view! {
                            " " <PartnerLinks ids=vec![p] label=t!(meeting.country_page_label)/>
                        })}
                    </dd>
                </div>
                <div>
                    <dt>{t!(meeting.glance_legal_basis)}</dt>
                    <dd><ul class="plain-list">{bases}</ul></dd>
                </div>
                <div><dt>{t!(meeting.glance_action)}</dt><dd>{meeting.action_required.clone()}</dd></div>
            </dl>
            <p class="cite">{prose(t!(meeting.glance_source).into())}</p>
        </section>
    }
}
