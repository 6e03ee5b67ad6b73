//! The partner directory's filters, an island around the server-rendered
//! cards. Each card carries `data-kinds`, `data-risks`, `data-audiences` and
//! `data-also` (see `partner_filter::EntryTags`); the island renders the
//! form and the status line and shows or hides the cards. The filter lives
//! in the URL (`/partners?kind=ngo&risk=contact&audience=parents&q=safer`),
//! read once the page is live.

use leptos::prelude::*;

use crate::browser::islands::{dom, live::local_number, live::use_live, url_query};
use crate::shared::content::RiskId;
use crate::shared::i18n::{t, view};
use crate::shared::partner_filter::{
    audience_from_slug, audience_slug, kind_from_slug, kind_slug, DirectoryFilter, EntryTags,
};

/// (slug, label) pairs for one `<select>`.
type Choices = Vec<(String, String)>;

#[cfg_attr(wasm_island = "directory-filters", island)]
#[cfg_attr(not(wasm_island = "directory-filters"), component)]
pub fn DirectoryFilters(
    kinds: Choices,
    risks: Choices,
    audiences: Choices,
    /// How many cards the page lists.
    total: usize,
    children: Children,
) -> impl IntoView {
    let root = NodeRef::<leptos::html::Div>::new();
    let filter = RwSignal::new(DirectoryFilter::default());
    let ignored = RwSignal::new(Vec::<&'static str>::new());
    let counts = RwSignal::new(None::<(usize, usize)>);
    let live = use_live();
    let choices = StoredValue::new((kinds, risks, audiences));

    Effect::new(move |_| {
        let query = url_query::current_query();
        let value = |name| url_query::query_value(&query, name);
        let (from_url, bad) = DirectoryFilter::from_query(
            value("kind").as_deref(),
            value("risk").as_deref(),
            value("audience").as_deref(),
            value("q").as_deref(),
        );
        ignored.set(bad);
        filter.set(from_url);
    });
    Effect::new(move |_| {
        let f = filter.get();
        if !live.get() {
            return;
        }
        let Some(root) = root.get() else { return };
        counts.set(Some(apply(&root, &f)));
    });

    let apply_filter = Callback::new(move |next: DirectoryFilter| {
        url_query::replace_query(&next.to_query());
        ignored.set(Vec::new());
        filter.set(next);
    });
    let status = move || {
        let format = |n| local_number(n, live.get());
        match counts.get() {
            Some((shown, total)) if filter.read().is_active() => {
                t!(
                    partners.status_filtered,
                    shown = format(shown),
                    total = format(total)
                )
            }
            _ => t!(partners.status_all, total = format(total)),
        }
    };
    let nothing_shown = move || counts.get().is_some_and(|(shown, _)| shown == 0);
    // The form works only with script: it exists only once the island is
    // live, in a slot that keeps its place (no layout shift).
    let form = move || {
        live.get().then(|| {
            let (kinds, risks, audiences) = choices.get_value();
            view! { <FilterForm kinds risks audiences filter ignored apply=apply_filter/> }
        })
    };
    view! {
        <div class="filters-slot filters-slot--directory">{form}</div>
        <p class="filter-status" role="status">{status}</p>
        <Show when=nothing_shown>
            <div class="empty-state">
                <h2>{t!(partners.empty_heading)}</h2>
                <p>{t!(partners.empty_hint)}</p>
                <button type="button" class="button" on:click=move |_| apply_filter.run(DirectoryFilter::default())>
                    {t!(partners.clear_all_filters)}
                </button>
            </div>
        </Show>
        <div class="directory-list" node_ref=root>{children()}</div>
    }
}

#[component]
fn FilterForm(
    kinds: Choices,
    risks: Choices,
    audiences: Choices,
    filter: RwSignal<DirectoryFilter>,
    ignored: RwSignal<Vec<&'static str>>,
    apply: Callback<DirectoryFilter>,
) -> impl IntoView {
    let update = move |change: &dyn Fn(&mut DirectoryFilter)| {
        let mut next = filter.get_untracked();
        change(&mut next);
        apply.run(next);
    };
    let options = |choices: Choices, current: fn(&DirectoryFilter) -> Option<String>| {
        choices
            .into_iter()
            .map(|(slug, label)| {
                let wanted = slug.clone();
                view! {
                    <option value=slug selected=move || current(&filter.read()).as_deref() == Some(wanted.as_str())>
                        {label}
                    </option>
                }
            })
            .collect_view()
    };
    let kind_options = options(kinds, |f| f.kind.map(|k| kind_slug(k).to_string()));
    let risk_options = options(risks, |f| f.risk.map(|r| r.slug().to_string()));
    let audience_options = options(audiences, |f| {
        f.audience.map(|a| audience_slug(a).to_string())
    });
    view! {
        <form class="filters" role="search" aria-label=t!(partners.filters_label) on:submit=|ev| ev.prevent_default()>
            <h2 class="filters__title">{t!(partners.filters_title)}</h2>
            {move || (!ignored.read().is_empty()).then(|| view! {
                <p class="notice" role="status">
                    {t!(partners.ignored_filters, filters = ignored.get().join(t!(partners.list_separator)))}
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
                        {kind_options}
                    </select>
                </div>
                <div class="field">
                    <label for="dir-risk">{t!(partners.risk_label)}</label>
                    <select id="dir-risk" name="risk" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        update(&move |f| f.risk = RiskId::from_slug(&v))
                    }>
                        <option value="" selected=move || filter.read().risk.is_none()>{t!(partners.any_risk)}</option>
                        {risk_options}
                    </select>
                </div>
                <div class="field">
                    <label for="dir-audience">{t!(partners.audience_label)}</label>
                    <select id="dir-audience" name="audience" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        update(&move |f| f.audience = audience_from_slug(&v))
                    }>
                        <option value="" selected=move || filter.read().audience.is_none()>{t!(partners.any_audience)}</option>
                        {audience_options}
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

/// Shows the cards that pass `filter`; returns (shown, total).
fn apply(root: &web_sys::Element, filter: &DirectoryFilter) -> (usize, usize) {
    let cards = dom::all(root, "[data-kinds]");
    let mut shown = 0;
    for card in &cards {
        let text_of = |selector: &str| {
            card.query_selector(selector)
                .ok()
                .flatten()
                .and_then(|el| el.text_content())
                .unwrap_or_default()
        };
        let tags = EntryTags {
            kinds: dom::data(card, "kinds"),
            risks: dom::data(card, "risks"),
            audiences: dom::data(card, "audiences"),
            text: format!(
                "{} {} {}",
                text_of("h3"),
                dom::data(card, "also"),
                text_of(".card__summary")
            ),
        };
        let pass = filter.accepts(&tags);
        dom::set_hidden(card, !pass);
        shown += usize::from(pass);
    }
    (shown, cards.len())
}
