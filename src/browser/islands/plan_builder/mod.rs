//! The family online plan builder on `/plan`, an island. The suggestions
//! (`PlanCatalog`) are in the page, read like the stored plan with the
//! browser's JSON (`plan_storage`); the logic is `crate::shared::plan`. The plan is
//! kept in this browser only. A share link carries the age group and the
//! chosen suggestions' ids, never words or names; once opened, the address
//! goes back to plain `/plan`. Without script the page is a printable
//! checklist instead.

use leptos::html;
use leptos::prelude::*;

use crate::browser::islands::{clipboard::copy_text, dom, live::use_live, plan_storage, url_query};
use crate::browser::storage;
use crate::shared::base_path::{from_document, site_href};
use crate::shared::content::AgeBand;
use crate::shared::content::Side;
use crate::shared::i18n::{t, view};
use crate::shared::plan::{self, Plan, PlanCatalog, StartNotice};

mod document;

use document::{plan_text, PlanDocument};

#[cfg_attr(wasm_island = "plan-builder", island)]
#[cfg_attr(not(wasm_island = "plan-builder"), component)]
pub fn PlanBuilder() -> impl IntoView {
    // Needed only once live (prerendered, the builder is an empty slot).
    let catalog = StoredValue::new(plan_storage::catalog_from_page().unwrap_or_default());
    let plan = RwSignal::new(Plan::default());
    let notices = RwSignal::new(Vec::<StartNotice>::new());
    let status = RwSignal::new(String::new());
    let loaded = RwSignal::new(false);
    let live = use_live();

    // Once live: the plan from the address or from this browser.
    Effect::new(move |_| {
        let restored = catalog.with_value(|c| plan_storage::restore(|id| c.is_known(id)));
        let query = url_query::current_query();
        let pairs = url_query::query_pairs(&query);
        let shared = catalog.with_value(|c| {
            plan::parse_share(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), |id| {
                c.is_known(id)
            })
        });
        let (start, start_notices) =
            catalog.with_value(|c| plan::starting_plan(restored, shared, |id| c.side_and_text(id)));
        plan.set(start);
        notices.set(start_notices);
        loaded.set(true);
        // A share link has done its work once the plan is here (and kept):
        // the address goes back to plain /plan, so that a reload shows the
        // plan as edited, and editing never changes the address.
        if !query.is_empty() {
            url_query::replace_query("");
            // The print footer names this page's address (boot.js): the plain one now.
            let address = window().location().href().unwrap_or_default();
            if let Some(root) = document().document_element() {
                for footer in dom::all(&root, "[data-page-url]") {
                    footer.set_text_content(Some(&address));
                }
            }
        }
    });
    // The printable checklist is the page without script; the builder
    // replaces it in the same task that renders the builder (no layout shift).
    Effect::new(move |_| {
        if !live.get() {
            return;
        }
        if let Some(root) = document().document_element() {
            for checklist in dom::all(&root, "[data-plan-checklist]") {
                dom::set_hidden(&checklist, true);
            }
        }
    });
    // Every change is kept in this browser, and nowhere else.
    Effect::new(move |_| {
        let current = plan.get();
        if !loaded.get_untracked() {
            return;
        }
        if current.is_empty() {
            storage::remove(plan::STORAGE_KEY);
        } else {
            storage::write(
                plan::STORAGE_KEY,
                &plan_storage::write_stored(&plan::stored_form(&current)),
            );
        }
    });

    let forget = move |_| {
        storage::remove(plan::STORAGE_KEY);
        plan.set(Plan::default());
        notices.set(Vec::new());
        status.set(t!(plan.forgotten).into());
    };

    move || {
        live.get().then(|| {
            view! {
                <div class="plan-builder">
                    <StartNotices catalog notices/>
                    <AgeChoice catalog plan/>
                    {move || plan.with(|p| p.age).map(|band| view! { <Suggestions catalog plan band/> })}
                    <section class="plan-editor" aria-labelledby="plan-editor-heading">
                        <h2 id="plan-editor-heading">{t!(plan.plan_heading)}</h2>
                        // Before an age is chosen there are no suggestions to tick.
                        <p hidden=move || !plan.with(|p| p.lines.is_empty())>
                            {move || if plan.with(|p| p.age.is_some()) { t!(plan.plan_empty) } else { t!(plan.plan_empty_no_age) }}
                        </p>
                        <SideEditor plan side=Side::Child/>
                        <SideEditor plan side=Side::Parent/>
                        <PlanDetails plan/>
                        <PlanActions catalog plan status forget/>
                    </section>
                    <PlanDocument catalog plan/>
                </div>
            }
        })
    }
}

#[component]
fn StartNotices(
    catalog: StoredValue<PlanCatalog>,
    notices: RwSignal<Vec<StartNotice>>,
) -> impl IntoView {
    move || {
        notices
            .get()
            .into_iter()
            .map(|notice| {
                let text = catalog.with_value(|c| c.notice_text(notice).to_string());
                view! { <p class="notice" role="status">{text}</p> }
            })
            .collect_view()
    }
}

#[component]
fn AgeChoice(catalog: StoredValue<PlanCatalog>, plan: RwSignal<Plan>) -> impl IntoView {
    let options = catalog
        .with_value(|c| c.bands.clone())
        .into_iter()
        .map(|(band, label)| {
            let id = format!("plan-age-{}", band.slug());
            let label_for = id.clone();
            view! {
                <label for=label_for class="plan-age__option">
                    <input type="radio" name="plan-age" id=id value=band.slug()
                        prop:checked=move || plan.with(|p| p.age == Some(band))
                        on:change=move |_| plan.update(|p| p.age = Some(band))/>
                    {label}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="plan-age">
            <legend>{t!(plan.age_legend)}</legend>
            {options}
        </fieldset>
    }
}

/// The suggestions for one age, by group, each a checkbox.
#[component]
fn Suggestions(
    catalog: StoredValue<PlanCatalog>,
    plan: RwSignal<Plan>,
    band: AgeBand,
) -> impl IntoView {
    let base = from_document();
    let groups = catalog.with_value(|c| {
        c.groups
            .iter()
            .map(|group| {
                let items = c
                    .suggestions
                    .iter()
                    .filter(|s| s.group == group.id && s.bands.contains(&band))
                    .map(|s| {
                        let input_id = format!("plan-s-{}", s.id);
                        let id = s.id.clone();
                        let toggle_id = s.id.clone();
                        let (side, text) = (s.side, s.text.clone());
                        let side_label = match s.side {
                            Side::Child => t!(plan.we_agree),
                            Side::Parent => t!(plan.i_agree),
                        };
                        view! {
                            <li class="plan-suggestion">
                                <input type="checkbox" id=input_id.clone()
                                    prop:checked=move || plan.with(|p| p.has(&id))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        plan.update(|p| {
                                            if on {
                                                p.add_suggestion(&toggle_id, side, &text);
                                            } else {
                                                p.remove_suggestion(&toggle_id);
                                            }
                                        });
                                    }/>
                                <label for=input_id>
                                    <span class="tag">{side_label}</span> " " {s.text.clone()}
                                </label>
                                <p class="plan-suggestion__why">
                                    {t!(plan.why_label)} " " {s.why.clone()} " "
                                    <a href=site_href(&base, &s.link)>{s.link_label.clone()}</a>
                                </p>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <fieldset class="plan-group">
                        <legend>{group.title.clone()}</legend>
                        <ul class="plan-suggestions">{items}</ul>
                    </fieldset>
                }
            })
            .collect_view()
    });
    view! {
        <section class="plan-pick" aria-labelledby="plan-pick-heading">
            <h2 id="plan-pick-heading">{t!(plan.pick_heading)}</h2>
            <p>{t!(plan.pick_hint)}</p>
            {groups}
        </section>
    }
}

/// One side of the plan: its lines, to edit, reorder and remove, and a
/// field for the family's own line.
#[component]
fn SideEditor(plan: RwSignal<Plan>, side: Side) -> impl IntoView {
    let (heading, hint, key) = match side {
        Side::Child => (t!(plan.we_agree), t!(plan.side_child), "child"),
        Side::Parent => (t!(plan.i_agree), t!(plan.side_parent), "parent"),
    };
    let own: NodeRef<html::Input> = NodeRef::new();
    let own_id = format!("plan-own-{key}");
    let add = move || {
        if let Some(input) = own.get() {
            plan.update(|p| p.add_own(side, &input.value()));
            input.set_value("");
        }
    };
    let lines = move || {
        plan.with(|p| {
            p.side(side)
                .enumerate()
                .map(|(n, (index, line))| view! { <LineEditor plan index number=n + 1 text=line.text.clone()/> })
                .collect_view()
        })
    };
    view! {
        <div class="plan-side">
            <h3>{heading} " " <span class="plan-side__hint">{hint}</span></h3>
            <ol class="plan-lines">{lines}</ol>
            <form class="plan-own" on:submit=move |ev| { ev.prevent_default(); add(); }>
                <label for=own_id.clone()>{t!(plan.add_own_label)}</label>
                <input type="text" id=own_id maxlength=plan::MAX_TEXT.to_string() node_ref=own/>
                <button type="submit" class="button button--secondary">{t!(plan.add_own_button)}</button>
            </form>
        </div>
    }
}

#[component]
fn LineEditor(plan: RwSignal<Plan>, index: usize, number: usize, text: String) -> impl IntoView {
    let input_id = format!("plan-line-{index}");
    // After a move the line is elsewhere: keep the keyboard on its button.
    let after_move = move |new_index: usize, which: &'static str| {
        request_animation_frame(move || {
            dom::focus_by_id(&format!("plan-line-{new_index}-{which}"))
        });
    };
    view! {
        <li class="plan-line">
            <label for=input_id.clone() class="visually-hidden">{t!(plan.line_label, number = number)}</label>
            // A text area, so that a long line wraps on a phone (Enter is not a line break in a plan line).
            <textarea id=input_id.clone() rows="2" maxlength=plan::MAX_TEXT.to_string()
                on:change=move |ev| plan.update(|p| p.edit(index, &event_target_value(&ev)))
                on:keydown=|ev| if ev.key() == "Enter" { ev.prevent_default(); }
                prop:value=text></textarea>
            <span class="plan-line__actions">
                <button type="button" class="button button--small" id=format!("plan-line-{index}-up")
                    aria-describedby=input_id.clone()
                    on:click=move |_| { let mut to = index; plan.update(|p| to = p.move_up(index)); after_move(to, "up"); }>
                    {t!(plan.move_up)}
                </button>
                <button type="button" class="button button--small" id=format!("plan-line-{index}-down")
                    aria-describedby=input_id.clone()
                    on:click=move |_| { let mut to = index; plan.update(|p| to = p.move_down(index)); after_move(to, "down"); }>
                    {t!(plan.move_down)}
                </button>
                <button type="button" class="button button--small button--secondary"
                    aria-describedby=input_id
                    on:click=move |_| plan.update(|p| p.remove(index))>
                    {t!(plan.remove)}
                </button>
            </span>
        </li>
    }
}

/// Names and the review date: optional, kept in this browser only.
#[component]
fn PlanDetails(plan: RwSignal<Plan>) -> impl IntoView {
    view! {
        <fieldset class="plan-details">
            <legend>{t!(plan.names_legend)}</legend>
            <label for="plan-child-name">{t!(plan.child_name)}</label>
            <input type="text" id="plan-child-name" autocomplete="off" maxlength=plan::MAX_NAME.to_string()
                prop:value=move || plan.with(|p| p.child_name.clone())
                on:change=move |ev| plan.update(|p| p.child_name = plan::clean_name(&event_target_value(&ev)))/>
            <label for="plan-parent-name">{t!(plan.parent_name)}</label>
            <input type="text" id="plan-parent-name" autocomplete="off" maxlength=plan::MAX_NAME.to_string()
                prop:value=move || plan.with(|p| p.parent_name.clone())
                on:change=move |ev| plan.update(|p| p.parent_name = plan::clean_name(&event_target_value(&ev)))/>
            <label for="plan-review">{t!(plan.review_label)}</label>
            <input type="date" id="plan-review"
                prop:value=move || plan.with(|p| p.review_on.clone().unwrap_or_default())
                on:change=move |ev| plan.update(|p| p.review_on = plan::clean_date(&event_target_value(&ev)))/>
        </fieldset>
    }
}

#[component]
fn PlanActions<F>(
    catalog: StoredValue<PlanCatalog>,
    plan: RwSignal<Plan>,
    status: RwSignal<String>,
    forget: F,
) -> impl IntoView
where
    F: Fn(leptos::ev::MouseEvent) + Clone + Send + Sync + 'static,
{
    let share_link = move || {
        let query = plan.with(plan::share_query);
        let page = window().location().href().unwrap_or_default();
        let page = page
            .split(['?', '#'])
            .next()
            .unwrap_or_default()
            .to_string();
        if query.is_empty() {
            page
        } else {
            format!("{page}?{query}")
        }
    };
    let report = move |copied: bool| {
        status.set(
            if copied {
                t!(plan.copied)
            } else {
                t!(plan.copy_by_hand)
            }
            .into(),
        )
    };
    let title = catalog.with_value(|c| c.title.clone());
    let text_title = title.clone();
    let copy_plan = move |_| copy_text(&plan.with(|p| plan_text(p, &title)), "plan-text", report);
    let copy_link = move |_| copy_text(&share_link(), "plan-share-link", report);
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <div class="plan-actions">
            <p class="plan-actions__buttons">
                <button type="button" class="button" on:click=print>{t!(plan.print)}</button>
                <button type="button" class="button button--secondary" on:click=copy_plan>{t!(plan.copy_text)}</button>
                <button type="button" class="button button--secondary" on:click=copy_link>{t!(plan.copy_link)}</button>
                <button type="button" class="button button--secondary" on:click=forget
                    disabled=move || plan.with(Plan::is_empty)>{t!(plan.forget)}</button>
            </p>
            <p class="plan-actions__status" role="status">{move || status.get()}</p>
            <label for="plan-share-link">{t!(plan.share_hint)}</label>
            // An address reads left to right, in Arabic too.
            <input type="text" id="plan-share-link" readonly=true dir="ltr" prop:value=share_link/>
            // The text "Copy as text" copies, for the copy-by-hand fallback.
            <textarea id="plan-text" class="visually-hidden" readonly=true tabindex="-1" aria-hidden="true"
                prop:value=move || plan.with(|p| plan_text(p, &text_title))></textarea>
        </div>
    }
}
