//! `/partners`: a directory of every partner and initiative named in the
//! meeting report, filtered by kind, risk, audience and text. The filters
//! live in the URL, so a link or a reload opens the same list.

use leptos::prelude::*;

use crate::components::hydration::{use_query_after_hydration, use_query_writer};
use crate::components::link::Link;
use crate::components::local_number::use_number_format;
use crate::components::{focus::PageHeading, page_meta::PageMeta};
use crate::content::{PartnerRole, RiskId};
use crate::format::{audience_label, partner_kind_label};
use crate::i18n::{t, view};
use crate::partner_filter::{
    audience_from_slug, audience_slug, filtered, kind_from_slug, kind_slug, DirectoryFilter, Entry,
    AUDIENCES, KINDS,
};
use crate::routes;
use crate::use_content;

#[component]
pub fn PartnersPage() -> impl IntoView {
    let content = use_content();
    let query = use_query_after_hydration();
    let state = Memo::new(move |_| {
        let q = query.read();
        DirectoryFilter::from_query(
            q.get_str("kind"),
            q.get_str("risk"),
            q.get_str("audience"),
            q.get_str("q"),
        )
    });
    let filter = Memo::new(move |_| state.get().0);
    let write_query = use_query_writer(routes::PARTNERS);
    let apply = Callback::new(move |f: DirectoryFilter| write_query.run(f.to_query()));
    let total = content.partners.len() + content.initiatives.len();
    let numbers = use_number_format();
    let results = {
        let content = content.clone();
        move || {
            let f = filter.get();
            let entries = filtered(&content, &f);
            let shown = entries.len();
            let status = if f.is_active() {
                t!(
                    partners.status_filtered,
                    shown = numbers.format(shown),
                    total = numbers.format(total)
                )
                .into_any()
            } else {
                t!(partners.status_all, total = numbers.format(total)).into_any()
            };
            let list = if entries.is_empty() {
                view! {
                    <div class="empty-state">
                        <h2>{t!(partners.empty_heading)}</h2>
                        <p>{t!(partners.empty_hint)}</p>
                        <button type="button" class="button" on:click=move |_| apply.run(DirectoryFilter::default())>
                            {t!(partners.clear_all_filters)}
                        </button>
                    </div>
                }
                .into_any()
            } else {
                let cards = entries
                    .into_iter()
                    .map(|e| entry_card(e, &content))
                    .collect_view();
                view! { <ul class="cards cards--two directory">{cards}</ul> }.into_any()
            };
            view! {
                <p class="filter-status" role="status">{status}</p>
                {list}
            }
        }
    };
    view! {
        <PageMeta
            title=t!(partners.partners)
            description=t!(partners.meta_description)
        />
        <div class="page page--wide">
            <PageHeading>{t!(partners.heading)}</PageHeading>
            <p class="lead">{t!(partners.lead)}</p>
            <DirectoryFilters filter ignored=Memo::new(move |_| state.get().1) apply/>
            {results}
        </div>
    }
}

#[component]
fn DirectoryFilters(
    filter: Memo<DirectoryFilter>,
    ignored: Memo<Vec<&'static str>>,
    apply: Callback<DirectoryFilter>,
) -> impl IntoView {
    let update = move |change: &dyn Fn(&mut DirectoryFilter)| {
        let mut f = filter.get_untracked();
        change(&mut f);
        apply.run(f);
    };
    let kinds = KINDS
        .into_iter()
        .map(|k| view! { <option value=kind_slug(k) selected=move || filter.read().kind == Some(k)>{partner_kind_label(k)}</option> })
        .collect_view();
    let content = use_content();
    let risks = RiskId::ALL
        .into_iter()
        .map(|r| {
            let name = content.risk(r).map(|x| x.name.clone()).unwrap_or_default();
            view! { <option value=r.slug() selected=move || filter.read().risk == Some(r)>{name}</option> }
        })
        .collect_view();
    let audiences = AUDIENCES
        .into_iter()
        .map(|a| view! { <option value=audience_slug(a) selected=move || filter.read().audience == Some(a)>{audience_label(a)}</option> })
        .collect_view();
    view! {
        <form class="filters" role="search" aria-label=t!(partners.filters_label) on:submit=|ev| ev.prevent_default()>
            <h2 class="filters__title">{t!(partners.filters_title)}</h2>
            {move || (!ignored.get().is_empty()).then(|| view! {
                <p class="notice" role="status">
                    {move || t!(partners.ignored_filters, filters = ignored.get().join(t!(partners.list_separator)))}
                </p>
            })}
            <div class="field">
                <label for="dir-q">{t!(partners.search_label)}</label>
                <input
                    id="dir-q"
                    type="search"
                    name="q"
                    autocomplete="off"
                    prop:value=move || filter.read().text.clone()
                    on:input=move |ev| { let v = event_target_value(&ev); update(&move |f| f.text = v.clone()) }
                />
            </div>
            <div class="filters__fields filters__fields--three">
                <div class="field">
                    <label for="dir-kind">{t!(partners.kind_label)}</label>
                    <select id="dir-kind" name="kind" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        update(&move |f| f.kind = kind_from_slug(&v))
                    }>
                        <option value="" selected=move || filter.read().kind.is_none()>{t!(partners.all_kinds)}</option>
                        {kinds}
                    </select>
                </div>
                <div class="field">
                    <label for="dir-risk">{t!(partners.risk_label)}</label>
                    <select id="dir-risk" name="risk" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        update(&move |f| f.risk = RiskId::from_slug(&v))
                    }>
                        <option value="" selected=move || filter.read().risk.is_none()>{t!(partners.any_risk)}</option>
                        {risks}
                    </select>
                </div>
                <div class="field">
                    <label for="dir-audience">{t!(partners.audience_label)}</label>
                    <select id="dir-audience" name="audience" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        update(&move |f| f.audience = audience_from_slug(&v))
                    }>
                        <option value="" selected=move || filter.read().audience.is_none()>{t!(partners.any_audience)}</option>
                        {audiences}
                    </select>
                </div>
            </div>
            <Show when=move || filter.read().is_active()>
                <p>
                    <button type="button" class="button button--secondary" on:click=move |_| apply.run(DirectoryFilter::default())>
                        {t!(partners.clear_filters)}
                    </button>
                </p>
            </Show>
        </form>
    }
}

/// A directory card. Initiatives link to their lead partner's page, where
/// they are described.
fn entry_card(entry: Entry, content: &crate::content::Content) -> impl IntoView {
    let (label, href, tag) = match entry {
        Entry::Partner(p) => {
            let tag = if p.role == PartnerRole::Participant {
                t!(partners.tag_participant, kind = partner_kind_label(p.kind)).into_any()
            } else {
                partner_kind_label(p.kind).into_any()
            };
            (p.name.clone(), routes::partner(&p.id), tag)
        }
        Entry::Initiative(i) => {
            let lead = i.partners.first().cloned().unwrap_or_default();
            let by = content
                .partner(&lead)
                .map(|p| p.name.clone())
                .unwrap_or_default();
            (
                i.name.clone(),
                format!("{}#{}", routes::partner(&lead), i.id),
                t!(partners.tag_initiative, by = by).into_any(),
            )
        }
    };
    let summary = entry.summary().to_string();
    view! {
        <li class="card">
            <p class="tag">{tag}</p>
            <h3><Link href=href>{label}</Link></h3>
            <p class="card__summary">{summary}</p>
        </li>
    }
}
