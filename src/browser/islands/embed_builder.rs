//! The embed builder on `/embed`, an island: pick a widget and its options
//! (kept in the URL), see it live in a frame sized like the loader does, and
//! copy the loader snippet or a plain iframe. The snippets come from
//! `widgets.rs`. The names it needs (`WidgetCatalog`) are in the page, as
//! JSON in `data-widget-catalog`, read with the browser's JSON parser
//! (`page_json`): as island props, serde_json would be a fifth of its wasm.

use leptos::ev;
use leptos::prelude::*;

use crate::browser::islands::{clipboard::copy_text, live::use_live, url_query};
use crate::browser::js_object::property;
use crate::shared::base_path::{from_document, with_base};
use crate::shared::content::RiskId;
use crate::shared::i18n::{t, view};
use crate::shared::widgets::{
    add_query_param, iframe_snippet, loader_snippet, oembed_file, oembed_page_url, switch_kind,
    widget_url, BuilderChoice, Theme, Widget, WidgetCatalog, WidgetKind,
};
use wasm_bindgen::JsValue;

#[cfg_attr(wasm_island = "embed-builder", island)]
#[cfg_attr(not(wasm_island = "embed-builder"), component)]
pub fn EmbedBuilder() -> impl IntoView {
    let choice = RwSignal::new(BuilderChoice::default());
    let ignored = RwSignal::new(Vec::<String>::new());
    // Needed only once live (the prerendered builder is an empty slot).
    let catalog = StoredValue::new(catalog_from_page().unwrap_or_default());
    // Once live: the choice from the address.
    Effect::new(move |_| {
        let pairs = url_query::query_pairs(&url_query::current_query());
        let (from_url, bad) = catalog.with_value(|c| {
            BuilderChoice::from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), c)
        });
        choice.set(from_url);
        ignored.set(bad);
    });
    let choose = Callback::new(move |next: BuilderChoice| {
        url_query::replace_query(&next.to_query());
        choice.set(next);
    });
    let choice = Memo::new(move |_| choice.get());
    let live = use_live();
    // The builder needs script: it exists only once the island is live, in
    // a slot that keeps its place (no layout shift).
    let builder = move || {
        live.get().then(|| {
            view! {
                {move || (!ignored.read().is_empty()).then(|| view! {
                    <p class="notice" role="status">{t!(embed.unknown_options)}</p>
                })}
                <div class="embed-builder">
                    <Choices choice choose catalog/>
                    <div class="embed-builder__output">
                        <Preview choice catalog/>
                        <Snippets choice catalog/>
                    </div>
                </div>
            }
        })
    };
    view! { <div class="builder-slot">{builder}</div> }
}

/// The form: widget, risk or partner, theme, compact.
#[component]
fn Choices(
    choice: Memo<BuilderChoice>,
    choose: Callback<BuilderChoice>,
    catalog: StoredValue<WidgetCatalog>,
) -> impl IntoView {
    let kinds = WidgetKind::ALL
        .into_iter()
        .map(|kind| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name="widget-kind"
                        value=kind.slug()
                        prop:checked=move || choice.get().widget.kind() == kind
                        on:change=move |_| {
                            let mut next = choice.get_untracked();
                            next.widget = catalog.with_value(|c| switch_kind(&next.widget, kind, c));
                            choose.run(next);
                        }
                    />
                    {kind.label()}
                </label>
            }
        })
        .collect_view();
    let risks = catalog
        .get_value()
        .risks
        .into_iter()
        .map(|(id, name)| view! { <option value=id.slug()>{name}</option> })
        .collect_view();
    let partners = catalog
        .get_value()
        .partners
        .into_iter()
        .map(|(id, name)| view! { <option value=id>{name}</option> })
        .collect_view();
    let current_risk = move || match choice.get().widget {
        Widget::Risk(id) | Widget::Starters(id) => id.slug().to_string(),
        _ => String::new(),
    };
    let current_partner = move || match choice.get().widget {
        Widget::Partner(id) => id,
        _ => String::new(),
    };
    let themes = Theme::ALL
        .into_iter()
        .map(|theme| {
            let label = move || match theme {
                Theme::Auto => t!(embed.theme_auto),
                Theme::Light => t!(embed.theme_light),
                Theme::Dark => t!(embed.theme_dark),
            };
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name="widget-theme"
                        value=theme.slug()
                        prop:checked=move || choice.get().options.theme == theme
                        on:change=move |_| {
                            let mut next = choice.get_untracked();
                            next.options.theme = theme;
                            choose.run(next);
                        }
                    />
                    {label}
                </label>
            }
        })
        .collect_view();
    view! {
        <form class="embed-builder__form" on:submit=|e: ev::SubmitEvent| e.prevent_default()>
            <fieldset>
                <legend>{t!(embed.widget_legend)}</legend>
                {kinds}
            </fieldset>
            <div class="field" hidden=move || !choice.get().widget.kind().takes_risk()>
                <label for="embed-risk">{t!(embed.risk_label)}</label>
                <select
                    id="embed-risk"
                    prop:value=current_risk
                    on:change=move |e| {
                        let Some(id) = RiskId::from_slug(&event_target_value(&e)) else { return };
                        let mut next = choice.get_untracked();
                        next.widget = match next.widget {
                            Widget::Starters(_) => Widget::Starters(id),
                            _ => Widget::Risk(id),
                        };
                        choose.run(next);
                    }
                >
                    {risks}
                </select>
            </div>
            <div class="field" hidden=move || choice.get().widget.kind() != WidgetKind::Partner>
                <label for="embed-partner">{t!(embed.partner_label)}</label>
                <select
                    id="embed-partner"
                    prop:value=current_partner
                    on:change=move |e| {
                        let mut next = choice.get_untracked();
                        next.widget = Widget::Partner(event_target_value(&e));
                        choose.run(next);
                    }
                >
                    {partners}
                </select>
            </div>
            <fieldset>
                <legend>{t!(embed.colours_legend)}</legend>
                {themes}
            </fieldset>
            <label class="choice">
                <input
                    type="checkbox"
                    prop:checked=move || choice.get().options.compact
                    on:change=move |e| {
                        let mut next = choice.get_untracked();
                        next.options.compact = event_target_checked(&e);
                        choose.run(next);
                    }
                />
                {t!(embed.compact_label)}
            </label>
        </form>
    }
}

/// The widget itself, in a frame sized to its content like the loader does.
#[component]
fn Preview(choice: Memo<BuilderChoice>, catalog: StoredValue<WidgetCatalog>) -> impl IntoView {
    let (height, set_height) = signal(None::<u32>);
    // widget.js in the frame reports its height; accept it only from our
    // own origin and from the preview frame.
    let frame = NodeRef::<leptos::html::Iframe>::new();
    // Listen only in the browser (effects never run when prerendering).
    Effect::new(move |_| {
        let handle = window_event_listener(ev::message, move |event| {
            let same_origin = window().location().origin().ok() == Some(event.origin());
            let from_preview = frame
                .get_untracked()
                .and_then(|f| f.content_window())
                .zip(event.source())
                .is_some_and(|(w, s)| JsValue::from(w) == JsValue::from(s));
            if same_origin && from_preview {
                if let Some(h) = reported_height(&event.data()) {
                    set_height.set(Some(h));
                }
            }
        });
        on_cleanup(move || handle.remove());
    });
    let base = with_base(&from_document(), "/");
    let src = move || {
        let c = choice.get();
        add_query_param(&widget_url(&base, &c.widget, c.options), "embed=preview")
    };
    view! {
        <section aria-labelledby="embed-preview" class="embed-preview">
            <h2 id="embed-preview">{t!(embed.preview_heading)}</h2>
            <iframe
                node_ref=frame
                src=src
                title=move || catalog.with_value(|c| choice.get().widget.title(c))
                height=move || height.get().unwrap_or(400).to_string()
                class="embed-preview__frame"
            ></iframe>
        </section>
    }
}

/// The page's `data-widget-catalog` (`WidgetCatalog::to_page_data`);
/// `None` when prerendering, where the builder is an empty slot.
fn catalog_from_page() -> Option<WidgetCatalog> {
    use crate::browser::islands::page_json::{from_page, list, pairs, string};
    let data = from_page("data-widget-catalog")?;
    Some(WidgetCatalog {
        meeting_title: string(&data, "meeting_title")?,
        risks: pairs(&data, "risks")?
            .into_iter()
            .filter_map(|(slug, name)| Some((RiskId::from_slug(&slug)?, name)))
            .collect(),
        partners: pairs(&data, "partners")?,
        heights: list(&data, "heights")?
            .iter()
            .filter_map(|entry| {
                let entry = js_sys::Array::from(entry);
                let height = |n| Some(entry.get(n).as_f64()? as u32);
                Some((entry.get(0).as_string()?, height(1)?, height(2)?))
            })
            .collect(),
    })
}

/// `{type: "cop-explorer:height", height}` from widget.js.
fn reported_height(data: &JsValue) -> Option<u32> {
    if property(data, "type")?.as_string()? != "cop-explorer:height" {
        return None;
    }
    let height = property(data, "height")?.as_f64()?;
    (height.is_finite() && height > 0.0).then(|| height.min(10_000.0).ceil() as u32)
}

/// The two snippets and the oEmbed address, with copy buttons. They need
/// the site's full address, which only the browser knows.
#[component]
fn Snippets(choice: Memo<BuilderChoice>, catalog: StoredValue<WidgetCatalog>) -> impl IntoView {
    let base = with_base(&from_document(), "/");
    // Only ever rendered in the browser: the address is known.
    let site_root = move || {
        Some(format!(
            "{}{base}",
            window().location().origin().unwrap_or_default()
        ))
    };
    let loader = {
        let site_root = site_root.clone();
        move || {
            let c = choice.get();
            site_root().map(|root| loader_snippet(&root, &c.widget, c.options))
        }
    };
    let iframe = {
        let site_root = site_root.clone();
        move || {
            let c = choice.get();
            site_root().map(|root| {
                catalog.with_value(|cat| iframe_snippet(&root, &c.widget, c.options, cat))
            })
        }
    };
    // WordPress reads the discovery link of the address pasted into a post.
    let oembed = move || {
        let c = choice.get();
        site_root().map(|root| {
            (
                oembed_page_url(&root, &c.widget, c.options.theme),
                format!("{root}{}", oembed_file(&c.widget, c.options.theme)),
            )
        })
    };
    view! {
        <section aria-labelledby="embed-code" class="embed-code">
            <h2 id="embed-code">{t!(embed.code_heading)}</h2>
            <Snippet
                id="snippet-loader"
                label=Signal::derive(move || t!(embed.snippet_loader_label))
                text=Signal::derive(loader)
            />
            <Snippet
                id="snippet-iframe"
                label=Signal::derive(move || t!(embed.snippet_iframe_label))
                text=Signal::derive(iframe)
            />
            {move || oembed().map(|(page, json)| view! {
                <p>
                    {t!(embed.oembed_intro)}
                    <code class="embed-code__oembed-page" dir="ltr">{page}</code>
                </p>
                <p class="embed-code__oembed-json">
                    {t!(embed.oembed_json)}
                    <code class="embed-code__oembed" dir="ltr">{json}</code>
                </p>
            })}
        </section>
    }
}

#[component]
fn Snippet(
    id: &'static str,
    label: Signal<&'static str>,
    text: Signal<Option<String>>,
) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    let copy = move |_| {
        let Some(value) = text.get_untracked() else {
            return;
        };
        copy_text(&value, id, move |copied| {
            set_status.set(if copied {
                t!(embed.copied).into()
            } else {
                t!(embed.copy_by_hand).into()
            })
        });
    };
    view! {
        <div class="snippet">
            <label for=id>{move || label.get()}</label>
            <textarea
                id=id
                readonly=true
                rows="4"
                spellcheck="false"
                prop:value=move || text.get().unwrap_or_else(|| t!(embed.code_placeholder).into())
            ></textarea>
            <div class="snippet__actions">
                <button type="button" class="button" on:click=copy disabled=move || text.get().is_none()>
                    {t!(embed.copy_code)}
                </button>
                <span class="snippet__status" role="status">{status}</span>
            </div>
        </div>
    }
}
