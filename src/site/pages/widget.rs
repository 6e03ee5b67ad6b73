//! `/widget/...`: one embeddable widget, without the site's header and
//! footer, for partners' iframes (see `widgets.rs` for the list, and
//! `public/embed.js` for the loader). `public/widget.js` applies the theme
//! and compact options before the first paint and reports the height to the
//! host page. Every link opens the full site in a new tab.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::shared::content::RiskId;
use crate::shared::format::{para_label, partner_kind_label};
use crate::shared::i18n::{t, t_parts, view};
use crate::shared::widgets::Widget;
use crate::site::components::bidi::prose;
use crate::site::components::link::{use_site_href, Link, LinksOpenNewTab};
use crate::site::components::list_items::list_items;
use crate::site::components::local_date::LocalDate;
use crate::site::components::{page_meta::PageMeta, risk_grid::RiskGrid, risk_icon::RiskIcon};
use crate::site::use_content;

#[component]
pub fn WidgetPage() -> impl IntoView {
    provide_context(LinksOpenNewTab);
    let params = use_params_map();
    let content = use_content();
    // Options in the query (theme, compact) are the business of widget.js,
    // which runs in the frame: it applies them, or shows the card from
    // `BadOptionCard` for one it does not understand.
    match Widget::from_path(&params.read().get("rest").unwrap_or_default(), &content) {
        Some(widget) => view! { <WidgetFrame widget/> <BadOptionCard/> }.into_any(),
        None => view! { <WidgetError/> }.into_any(),
    }
}

/// The common frame: the widget, then where it comes from.
#[component]
fn WidgetFrame(widget: Widget) -> impl IntoView {
    let content = use_content();
    let title = widget.name(&content);
    let site_page = widget.site_page();
    let body = match widget {
        Widget::Grid => view! { <GridWidget/> }.into_any(),
        Widget::Risk(id) => view! { <RiskWidget id/> }.into_any(),
        Widget::Starters(id) => view! { <StartersWidget id/> }.into_any(),
        Widget::Partner(id) => view! { <PartnerWidget id/> }.into_any(),
        Widget::Meeting => view! { <MeetingWidget/> }.into_any(),
    };
    view! {
        <PageMeta title=title description=t!(embed.widget_description)/>
        <main class="widget" id="main">
            {body}
            <footer class="widget__footer">
                <Link href=site_page class="widget__more">{t!(embed.read_more)}</Link>
                <p class="widget__note">{t!(embed.widget_note)}</p>
            </footer>
        </main>
    }
}

/// The card for an option the widget does not understand, as an inert
/// template: widget.js fills in the option's name and value and puts it in
/// place of the widget (the query string is known only in the frame).
#[component]
fn BadOptionCard() -> impl IntoView {
    let detail = t_parts!(embed.bad_option)
        .iter()
        .map(|&(slot, text)| match slot {
            "name" | "value" => view! { <span data-slot=slot></span> }.into_any(),
            _ => text.into_any(),
        })
        .collect_view();
    view! {
        <template id="widget-bad-option">
            <main class="widget widget--error" id="main">
                <h1>{t!(embed.not_found_heading)}</h1>
                <p>{detail}</p>
                <p><Link href="/">{t!(embed.go_to_site)}</Link></p>
            </main>
        </template>
    }
}

/// Shown for an unknown widget or id: never a blank frame.
#[component]
fn WidgetError() -> impl IntoView {
    view! {
        <PageMeta
            title=t!(embed.not_found_title)
            description=t!(embed.not_found_description)
        />
        <WidgetErrorCard/>
    }
}

/// The card itself; also inside the not-found page, for addresses under
/// /widget/ that have no file. Its link opens the site in a new tab, as
/// every link in a widget does.
#[component]
pub fn WidgetErrorCard() -> impl IntoView {
    let home = use_site_href("/");
    view! {
        <main class="widget widget--error" id="main">
            <h1>{t!(embed.not_found_heading)}</h1>
            <p>{t!(embed.no_widget_here)}</p>
            <p><a href=home target="_blank" rel="noopener">{t!(embed.go_to_site)}</a></p>
        </main>
    }
}

#[component]
fn GridWidget() -> impl IntoView {
    let content = use_content();
    view! {
        <h1 class="widget__title">{t!(embed.grid_title)}</h1>
        <p class="widget__extra">{t!(embed.grid_intro)}</p>
        // The grid's own headings start at level 3, as on the site.
        <h2 class="widget__subtitle">{t!(embed.grid_choose_cell)}</h2>
        <RiskGrid in_url=false/>
        <p class="cite">{prose(content.grid.attribution.clone())}</p>
    }
}

#[component]
fn RiskWidget(id: RiskId) -> impl IntoView {
    let content = use_content();
    let (Some(risk), Some(guide)) = (content.risk(id), content.risk_guide(id)) else {
        return view! { <WidgetError/> }.into_any();
    };
    let tips = list_items(&guide.top_tips);
    view! {
        <div class=format!("widget__card risk--{}", id.slug())>
            <h1 class="widget__title"><RiskIcon risk=id/> " " {risk.name.clone()}</h1>
            <p class="definition">{risk.definition.clone()}</p>
            <p class="widget__extra">{prose(risk.summary.clone())}</p>
            <h2>{t!(embed.three_things)}</h2>
            <ol>{tips}</ol>
            <p class="cite">{prose(t!(embed.risk_cite).into())}</p>
        </div>
    }
    .into_any()
}

#[component]
fn StartersWidget(id: RiskId) -> impl IntoView {
    let content = use_content();
    let (Some(risk), Some(guide)) = (content.risk(id), content.risk_guide(id)) else {
        return view! { <WidgetError/> }.into_any();
    };
    let starters = list_items(&guide.conversation_starters);
    let risk_name = risk.name.clone();
    view! {
        <div class=format!("widget__card risk--{}", id.slug())>
            <h1 class="widget__title">
                <RiskIcon risk=id/>
                " "
                {t!(embed.starters_title, risk = risk_name.clone())}
            </h1>
            <p class="widget__extra">{t!(embed.starters_intro)}</p>
            <ul class="starters">{starters}</ul>
        </div>
    }
    .into_any()
}

#[component]
fn PartnerWidget(id: String) -> impl IntoView {
    let content = use_content();
    let Some(partner) = content.partner(&id) else {
        return view! { <WidgetError/> }.into_any();
    };
    let initiatives = content
        .initiatives_of(&partner.id)
        .into_iter()
        .map(|i| view! { <li>{prose(i.name.clone())}</li> })
        .collect_view();
    let presented = content
        .items_naming(&partner.id)
        .into_iter()
        .map(|i| para_label(&i.para))
        .collect::<Vec<_>>();
    view! {
        <div class="widget__card">
            <h1 class="widget__title">{partner.name.clone()}</h1>
            <p class="tag">{partner_kind_label(partner.kind)}</p>
            <p>{partner.about.clone()}</p>
            <div class="widget__extra">
                {(!presented.is_empty()).then(|| view! {
                    <p>
                        {t!(embed.named_in_report, paras = presented.join(t!(embed.list_separator)))}
                    </p>
                })}
                <ul>{initiatives}</ul>
            </div>
        </div>
    }
    .into_any()
}

#[component]
fn MeetingWidget() -> impl IntoView {
    let content = use_content();
    let meeting = &content.meeting;
    let (chair_name, chair_country) = (meeting.chair.name.clone(), meeting.chair.country.clone());
    let chair = t!(
        embed.chair_name_country,
        name = chair_name.clone(),
        country = chair_country.clone()
    );
    let outcomes = content
        .items()
        .filter(|i| i.kind == crate::shared::content::ItemKind::Outcome)
        .map(|i| {
            let label = format!("{} {}", para_label(&i.para), i.title);
            view! { <li><Link href=crate::shared::routes::meeting_anchor(&i.id)>{prose(label)}</Link></li> }
        })
        .collect_view();
    view! {
        <div class="widget__card">
            <h1 class="widget__title">{meeting.short_title.clone()}</h1>
            <dl class="widget__facts">
                <div><dt>{t!(embed.date)}</dt><dd><LocalDate iso=meeting.date.clone()/></dd></div>
                <div><dt>{t!(embed.chair)}</dt><dd>{chair}</dd></div>
                <div class="widget__extra"><dt>{t!(embed.format)}</dt><dd>{meeting.format.clone()}</dd></div>
            </dl>
            <h2>{t!(embed.outcomes)}</h2>
            <ol class="plain-list">{outcomes}</ol>
            <p class="cite">{prose(t!(embed.meeting_source).into())}</p>
        </div>
    }
}
