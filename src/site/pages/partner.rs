//! `/partners/:id`: one organisation, what it presented, and its initiatives.
//! Unknown ids get the 404 page.

use crate::site::components::bidi::prose;
use crate::site::components::link::Link;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::shared::content::Partner;
use crate::shared::format::{audience_label, para_label, partner_kind_label};
use crate::shared::i18n::{t, view};
use crate::shared::routes;
use crate::site::components::fallback_notice::{fallback_lang, FallbackNotice};
use crate::site::components::{
    breadcrumbs::Breadcrumbs, citation::Cites, page_heading::PageHeading, page_meta::PageMeta,
};
use crate::site::pages::not_found::NotFound;
use crate::site::use_content;

#[component]
pub fn PartnerPage() -> impl IntoView {
    let params = use_params_map();
    let content = use_content();
    move || {
        let id = params.read().get("id").unwrap_or_default();
        match content.partner(&id) {
            Some(partner) => view! { <PartnerDetail partner=partner.clone()/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

#[component]
fn PartnerDetail(partner: Partner) -> impl IntoView {
    let website = partner.website.clone().map(|url| {
        view! {
            <p>
                <a href=url.clone() rel="external noopener">
                    {prose(t!(partners.official_website, url = url.clone()))}
                </a>
            </p>
        }
    });
    let name = partner.name.clone();
    let lang = fallback_lang(&["partners.json"], &partner.id);
    view! {
        <PageMeta title=name.clone() description=partner.about.clone()/>
        <div class="page" lang=lang>
            <Breadcrumbs trail=vec![(t!(partners.partners), routes::PARTNERS.to_string())] current=name.clone()/>
            <p class="tag">{partner_kind_label(partner.kind)}</p>
            <PageHeading>{name}</PageHeading>
            <FallbackNotice files=&["partners.json"] id=partner.id.clone()/>
            <p class="lead">{partner.about.clone()}</p>
            <Cites cites=partner.about_cite.clone()/>
            <PartOf partner=partner.clone()/>
            {website}
            <Parts partner=partner.clone()/>
            <InTheMeeting partner=partner.clone()/>
            <Initiatives partner=partner.clone()/>
            <Focus partner=partner/>
        </div>
    }
}

/// "Part of ITU." when the partner belongs to another.
#[component]
fn PartOf(partner: Partner) -> impl IntoView {
    let content = use_content();
    partner
        .parent
        .as_deref()
        .and_then(|id| content.partner(id))
        .map(|p| {
            let name = p.name.clone();
            view! {
                <p>
                    {t!(partners.part_of_prefix)}
                    <Link href=routes::partner(&p.id)>{name}</Link>
                    {t!(partners.full_stop)}
                </p>
            }
        })
}

/// The partner's own parts (ITU's sectors and offices), if any.
#[component]
fn Parts(partner: Partner) -> impl IntoView {
    let content = use_content();
    let parts = content.parts_of(&partner.id);
    (!parts.is_empty()).then(|| {
        let parts = parts
            .into_iter()
            .map(|p| {
                let name = p.name.clone();
                view! { <li><Link href=routes::partner(&p.id)>{name}</Link></li> }
            })
            .collect_view();
        view! {
            <section aria-labelledby="partner-parts">
                <h2 id="partner-parts">{t!(partners.parts_heading)}</h2>
                <ul>{parts}</ul>
            </section>
        }
    })
}

/// The meeting's paragraphs that name the partner.
#[component]
fn InTheMeeting(partner: Partner) -> impl IntoView {
    let content = use_content();
    let items = content.items_naming(&partner.id);
    let none = items.is_empty();
    let items = items
        .into_iter()
        .map(|i| {
            let label = format!("{} {}", para_label(&i.para), i.title);
            view! {
                <li>
                    <Link href=routes::meeting_anchor(&i.id)>{prose(label)}</Link>
                    <p>{prose(i.summary.clone())}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="partner-meeting">
            <h2 id="partner-meeting">{t!(partners.meeting_heading)}</h2>
            {none.then(|| view! { <p>{t!(partners.named_only_through_parts)}</p> })}
            <ul class="item-links">{items}</ul>
        </section>
    }
}

/// The initiatives the partner runs, if any.
#[component]
fn Initiatives(partner: Partner) -> impl IntoView {
    let content = use_content();
    let initiatives = content.initiatives_of(&partner.id);
    (!initiatives.is_empty()).then(|| {
        let initiatives = initiatives
            .into_iter()
            .map(|i| {
                view! {
                    <li id=i.id.clone()>
                        <h3>{prose(i.name.clone())}</h3>
                        <p>{prose(i.summary.clone())}</p>
                        <Cites cites=i.cite.clone()/>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="partner-initiatives">
                <h2 id="partner-initiatives">{t!(partners.initiatives_heading)}</h2>
                <ul class="plain-list initiatives">{initiatives}</ul>
            </section>
        }
    })
}

/// The risks and audiences the partner works on, if the content names any.
#[component]
fn Focus(partner: Partner) -> impl IntoView {
    let content = use_content();
    let risks = partner
        .risks
        .iter()
        .filter_map(|r| content.risk(*r))
        .map(|r| {
            let name = r.name.clone();
            view! { <li><Link href=routes::risk(r.id)>{name}</Link></li> }
        })
        .collect_view();
    let audiences = partner
        .audiences
        .iter()
        .map(|a| audience_label(*a))
        .collect::<Vec<_>>()
        .join(t!(partners.list_separator));
    (!partner.risks.is_empty() || !partner.audiences.is_empty()).then(|| view! {
        <section aria-labelledby="partner-focus">
            <h2 id="partner-focus">{t!(partners.focus_heading)}</h2>
            {(!partner.risks.is_empty()).then(|| view! { <p>{t!(partners.risks_addressed)}</p><ul>{risks}</ul> })}
            {(!audiences.is_empty()).then(|| view! { <p>{t!(partners.audiences_list, audiences = audiences.clone())}</p> })}
        </section>
    })
}
