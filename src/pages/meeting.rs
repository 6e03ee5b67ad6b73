//! `/meeting`: the outcomes of the 17th CWG-COP meeting, complete, with a
//! table of contents, filters kept in the URL, and deep links to every item.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::fallback_notice::{fallback_lang, FallbackNotice};
use crate::components::hydration::{use_query_after_hydration, use_query_writer};
use crate::components::local_date::LocalDate;
use crate::components::local_number::use_number_format;
use crate::components::{
    focus::PageHeading, link::Link, meeting_item::MeetingItem, page_meta::PageMeta,
    partner_links::PartnerLinks,
};
use crate::content::{ItemKind, Meeting};
use crate::format::{item_kind_label, long_date};
use crate::i18n::{t, view};
use crate::meeting_filter::{filtered_sections, kinds_present, orgs_present, MeetingFilter};
use crate::routes;
use crate::use_content;

#[component]
pub fn MeetingPage() -> impl IntoView {
    let content = use_content();
    let query = use_query_after_hydration();
    let filter = Memo::new({
        let content = content.clone();
        move |_| {
            let q = query.read();
            MeetingFilter::from_query(q.get_str("kind"), q.get_str("org"), &content)
        }
    });
    open_linked_item();

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
    let total = content.items().count();
    let short_title = meeting.short_title.clone();

    let numbers = use_number_format();
    let list = {
        let content = content.clone();
        move || {
            let (f, _) = filter.get();
            let sections = filtered_sections(&content, &f);
            let shown: usize = sections.iter().map(|(_, items)| items.len()).sum();
            let status = if f.is_active() {
                t!(
                    meeting.status_filtered,
                    shown = numbers.format(shown),
                    total = numbers.format(total)
                )
                .into_any()
            } else {
                t!(meeting.status_all, total = numbers.format(total)).into_any()
            };
            let toc = sections
                .iter()
                .map(|(s, items)| {
                    let label = t!(
                        meeting.toc_entry,
                        number = s.number.clone(),
                        title = s.title.clone(),
                        count = numbers.format(items.len())
                    );
                    view! { <li><Link href=routes::meeting_anchor(&s.id)>{label}</Link></li> }
                })
                .collect_view();
            let body = if sections.is_empty() {
                view! {
                    <div class="empty-state">
                        <h2>{t!(meeting.no_match_heading)}</h2>
                        <p><Link href=routes::MEETING>{t!(meeting.show_all_items)}</Link></p>
                    </div>
                }
                .into_any()
            } else {
                sections
                    .into_iter()
                    .map(|(s, items)| {
                        let heading_id = format!("{}-heading", s.id);
                        let labelled_by = heading_id.clone();
                        let items = items.into_iter().cloned().map(|item| view! { <MeetingItem item/> }).collect_view();
                        view! {
                            <section id=s.id.clone() class="report-section" aria-labelledby=labelled_by lang=fallback_lang(&["meeting.json"], &s.id)>
                                <h2 id=heading_id>
                                    {t!(meeting.section_heading, number = s.number.clone(), title = s.title.clone())}
                                </h2>
                                <FallbackNotice files=&["meeting.json"] id=s.id.clone()/>
                                {s.intro.clone().map(|i| view! { <p>{i}</p> })}
                                {items}
                            </section>
                        }
                    })
                    .collect_view()
                    .into_any()
            };
            view! {
                <p class="filter-status" role="status">{status}</p>
                <nav class="toc" aria-labelledby="toc-heading">
                    <h2 id="toc-heading">{t!(meeting.contents)}</h2>
                    <ol>{toc}</ol>
                </nav>
                {body}
            }
        }
    };

    view! {
        <PageMeta title=t!(meeting.meta_title) description=description/>
        <div class="page page--wide">
            <PageHeading>{t!(meeting.heading, title = short_title)}</PageHeading>
            <p class="lead">{meeting.summary.clone()}</p>
            <AtAGlance meeting=meeting.clone()/>
            <Filters filter=filter/>
            {list}
        </div>
    }
}

#[component]
fn AtAGlance(meeting: Meeting) -> impl IntoView {
    let numbers = use_number_format();
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
                        {move || t!(meeting.glance_participants_value,
                            count = numbers.format(participants as usize),
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
            <p class="cite">{t!(meeting.glance_source)}</p>
        </section>
    }
}

/// The filter form. Every change is written to the URL query, which is the
/// single source of truth for what the list shows.
#[component]
fn Filters(
    filter: Memo<(MeetingFilter, Vec<crate::meeting_filter::IgnoredParam>)>,
) -> impl IntoView {
    let content = use_content();
    let write_query = use_query_writer(routes::MEETING);
    let apply = move |f: MeetingFilter| write_query.run(f.to_query());
    let kind_options = kinds_present(&content)
        .into_iter()
        .map(|k| {
            view! {
                <option value=k.slug() selected=move || filter.read().0.kind == Some(k)>
                    {item_kind_label(k)}
                </option>
            }
        })
        .collect_view();
    let org_options = orgs_present(&content)
        .into_iter()
        .map(|(id, name)| {
            let id = id.to_string();
            let selected_id = id.clone();
            view! {
                <option value=id selected=move || filter.read().0.org.as_deref() == Some(selected_id.as_str())>
                    {name.to_string()}
                </option>
            }
        })
        .collect_view();
    let on_kind = {
        move |ev: leptos::ev::Event| {
            let mut f = filter.get_untracked().0;
            f.kind = ItemKind::from_slug(&event_target_value(&ev));
            apply(f);
        }
    };
    let on_org = {
        move |ev: leptos::ev::Event| {
            let mut f = filter.get_untracked().0;
            let value = event_target_value(&ev);
            f.org = (!value.is_empty()).then_some(value);
            apply(f);
        }
    };
    let ignored = move || {
        let ignored = filter.read().1.clone();
        (!ignored.is_empty()).then(|| {
            let list = ignored
                .iter()
                .map(|p| format!("{}={}", p.name, p.value))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <p class="notice" role="status">{t!(meeting.filters_ignored, list)}</p>
            }
        })
    };
    view! {
        <form
            class="filters"
            role="search"
            aria-label=t!(meeting.filters_aria_label)
            on:submit=|ev| ev.prevent_default()
        >
            <h2 class="filters__title">{t!(meeting.filters_title)}</h2>
            {ignored}
            <div class="filters__fields">
                <div class="field">
                    <label for="filter-kind">{t!(meeting.filter_kind_label)}</label>
                    <select id="filter-kind" name="kind" on:change=on_kind>
                        <option value="" selected=move || filter.read().0.kind.is_none()>
                            {t!(meeting.filter_all_kinds)}
                        </option>
                        {kind_options}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-org">{t!(meeting.filter_org_label)}</label>
                    <select id="filter-org" name="org" on:change=on_org>
                        <option value="" selected=move || filter.read().0.org.is_none()>
                            {t!(meeting.filter_all_orgs)}
                        </option>
                        {org_options}
                    </select>
                </div>
            </div>
            <Show when=move || filter.read().0.is_active()>
                <p><Link href=routes::MEETING class="button button--secondary">
                    {t!(meeting.clear_filters)}
                </Link></p>
            </Show>
        </form>
    }
}

/// When the URL names an item (`/meeting#p5-11`), open its details and bring
/// it into view once it is rendered, on first load and on later in-page links.
fn open_linked_item() {
    let location = use_location();
    Effect::new(move |_| {
        let hash = location.hash.get();
        let id = hash.trim_start_matches('#').to_string();
        if id.is_empty() {
            return;
        }
        request_animation_frame(move || {
            let Some(target) = document().get_element_by_id(&id) else {
                return;
            };
            if target.class_list().contains("item") {
                if let Ok(Some(details)) = target.query_selector("details") {
                    let _ = details.set_attribute("open", "");
                }
            }
            // Jump rather than glide: the reader asked for this item.
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_behavior(web_sys::ScrollBehavior::Instant);
            target.scroll_into_view_with_scroll_into_view_options(&options);
        });
    });
}
