//! The meeting page's filters, an island around the server-rendered list.
//! Each item carries `data-kind` and `data-orgs`; each section and table of
//! contents entry `data-section`/`data-toc`. The island renders the form and
//! the status line, and shows or hides the items. The filter lives in the
//! URL (`?kind=outcome&org=itu`), read once the page is live.

use leptos::prelude::*;

use crate::browser::islands::{dom, live::local_number, live::use_live, url_query};
use crate::shared::content::ItemKind;
use crate::shared::i18n::{t, view};
use crate::shared::meeting_filter::MeetingFilter;

/// (value, label) pairs for one `<select>`.
type Choices = Vec<(String, String)>;

#[cfg_attr(wasm_island = "meeting-filters", island)]
#[cfg_attr(not(wasm_island = "meeting-filters"), component)]
pub fn MeetingFilters(
    /// (slug, label) of every kind of item in the meeting.
    kinds: Choices,
    /// (id, name) of every organisation named in the meeting.
    orgs: Choices,
    /// How many items the page lists.
    total: usize,
    children: Children,
) -> impl IntoView {
    let root = NodeRef::<leptos::html::Div>::new();
    let filter = RwSignal::new(MeetingFilter::default());
    let ignored = RwSignal::new(Vec::<String>::new());
    let counts = RwSignal::new(None::<(usize, usize)>);
    let live = use_live();
    let (kinds, orgs) = (StoredValue::new(kinds), StoredValue::new(orgs));

    // Once live: the filter from the address, and an item named by `#p5-11`.
    Effect::new(move |_| {
        let query = url_query::current_query();
        let (from_url, bad) = MeetingFilter::from_query_with(
            url_query::query_value(&query, "kind").as_deref(),
            url_query::query_value(&query, "org").as_deref(),
            |id| orgs.with_value(|o| o.iter().any(|(known, _)| known == id)),
        );
        ignored.set(
            bad.iter()
                .map(|p| format!("{}={}", p.name, p.value))
                .collect(),
        );
        filter.set(from_url);
        open_linked_item();
        // In-page links to an item open it too.
        let _ = window_event_listener(leptos::ev::hashchange, |_| open_linked_item());
    });
    // Show the items that pass, and count them per section.
    Effect::new(move |_| {
        let f = filter.get();
        if !live.get() {
            return;
        }
        let Some(root) = root.get() else { return };
        counts.set(Some(apply(&root, &f, true)));
    });

    let apply_filter = Callback::new(move |next: MeetingFilter| {
        url_query::replace_query(&next.to_query());
        ignored.set(Vec::new());
        filter.set(next);
    });
    let status = move || {
        let format = |n| local_number(n, live.get());
        match counts.get() {
            Some((shown, total)) if filter.read().is_active() => {
                t!(
                    meeting.status_filtered,
                    shown = format(shown),
                    total = format(total)
                )
            }
            _ => t!(meeting.status_all, total = format(total)),
        }
    };
    let nothing_shown = move || counts.get().is_some_and(|(shown, _)| shown == 0);
    // The form works only with script: it exists only once the island is
    // live, in a slot that keeps its place (no layout shift).
    let form = move || {
        live.get().then(|| {
            view! {
                <FilterForm kinds=kinds.get_value() orgs=orgs.get_value() filter ignored apply=apply_filter/>
            }
        })
    };
    view! {
        <div class="filters-slot filters-slot--meeting">{form}</div>
        <p class="filter-status" role="status">{status}</p>
        <Show when=nothing_shown>
            <div class="empty-state">
                <h2>{t!(meeting.no_match_heading)}</h2>
                <p>
                    <button type="button" class="button"
                        on:click=move |_| apply_filter.run(MeetingFilter::default())>
                        {t!(meeting.show_all_items)}
                    </button>
                </p>
            </div>
        </Show>
        <div class="meeting-list" node_ref=root>{children()}</div>
    }
}

#[component]
fn FilterForm(
    kinds: Choices,
    orgs: Choices,
    filter: RwSignal<MeetingFilter>,
    ignored: RwSignal<Vec<String>>,
    apply: Callback<MeetingFilter>,
) -> impl IntoView {
    let on_kind = move |ev: leptos::ev::Event| {
        let mut next = filter.get_untracked();
        next.kind = ItemKind::from_slug(&event_target_value(&ev));
        apply.run(next);
    };
    let on_org = move |ev: leptos::ev::Event| {
        let mut next = filter.get_untracked();
        let value = event_target_value(&ev);
        next.org = (!value.is_empty()).then_some(value);
        apply.run(next);
    };
    let kind_options = kinds
        .into_iter()
        .map(|(slug, label)| {
            let wanted = slug.clone();
            view! {
                <option value=slug selected=move || filter.read().kind.map(|k| k.slug()) == Some(wanted.as_str())>
                    {label}
                </option>
            }
        })
        .collect_view();
    let org_options = orgs
        .into_iter()
        .map(|(id, name)| {
            let wanted = id.clone();
            view! {
                <option value=id selected=move || filter.read().org.as_deref() == Some(wanted.as_str())>
                    {name}
                </option>
            }
        })
        .collect_view();
    view! {
        <form class="filters" role="search" aria-label=t!(meeting.filters_aria_label)
            on:submit=|ev| ev.prevent_default()>
            <h2 class="filters__title">{t!(meeting.filters_title)}</h2>
            {move || (!ignored.read().is_empty()).then(|| view! {
                <p class="notice" role="status">{t!(meeting.filters_ignored, list = ignored.get().join(", "))}</p>
            })}
            <div class="filters__fields">
                <div class="field">
                    <label for="filter-kind">{t!(meeting.filter_kind_label)}</label>
                    <select id="filter-kind" name="kind" on:change=on_kind>
                        <option value="" selected=move || filter.read().kind.is_none()>
                            {t!(meeting.filter_all_kinds)}
                        </option>
                        {kind_options}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-org">{t!(meeting.filter_org_label)}</label>
                    <select id="filter-org" name="org" on:change=on_org>
                        <option value="" selected=move || filter.read().org.is_none()>
                            {t!(meeting.filter_all_orgs)}
                        </option>
                        {org_options}
                    </select>
                </div>
            </div>
            <Show when=move || filter.read().is_active()>
                <p>
                    <button type="button" class="button button--secondary"
                        on:click=move |_| apply.run(MeetingFilter::default())>
                        {t!(meeting.clear_filters)}
                    </button>
                </p>
            </Show>
        </form>
    }
}

/// Shows the items that pass `filter` and hides empty sections and their
/// table of contents entries; returns (shown, total).
fn apply(root: &web_sys::Element, filter: &MeetingFilter, live: bool) -> (usize, usize) {
    let items = dom::all(root, "[data-kind]");
    let mut shown = 0;
    for item in &items {
        let orgs = dom::data(item, "orgs");
        let pass = filter.accepts(&dom::data(item, "kind"), orgs.split_whitespace());
        dom::set_hidden(item, !pass);
        shown += usize::from(pass);
    }
    for section in dom::all(root, "section[data-section]") {
        let id = dom::data(&section, "section");
        let count = dom::all(&section, "[data-kind]:not([hidden])").len();
        dom::set_hidden(&section, count == 0);
        for entry in dom::all(root, &format!("[data-toc=\"{id}\"]")) {
            dom::set_hidden(&entry, count == 0);
            for number in dom::all(&entry, "[data-toc-count]") {
                number.set_text_content(Some(&local_number(count, live)));
            }
        }
    }
    (shown, items.len())
}

/// When the address names an item (`/meeting#p5-11`), opens its details and
/// brings it into view.
fn open_linked_item() {
    let hash = window().location().hash().unwrap_or_default();
    let id = hash.trim_start_matches('#');
    if id.is_empty() {
        return;
    }
    let Some(target) = document().get_element_by_id(id) else {
        return;
    };
    if let Ok(Some(details)) = target.query_selector("details") {
        let _ = details.set_attribute("open", "");
    }
    // The item's start (the browser's default for scrollIntoView).
    dom::jump_into_view(&target, web_sys::ScrollLogicalPosition::Start);
}
