//! `/`: what the site is, and the way into each section.

use crate::site::components::bidi::prose;
use crate::site::components::link::Link;
use leptos::prelude::*;

use crate::shared::i18n::{t, t_parts, view};
use crate::shared::routes;
use crate::site::components::local_date::LocalDate;
use crate::site::components::{
    page_heading::PageHeading, page_meta::PageMeta, risk_icon::RiskIcon,
};
use crate::site::use_content;

#[component]
pub fn HomePage() -> impl IntoView {
    let content = use_content();
    let meeting = &content.meeting;
    let together = content.together.hub.clone();
    let date = meeting.date.clone();
    let risks = content
        .risks
        .iter()
        .map(|r| {
            let id = r.id;
            let name = r.name.clone();
            view! {
                <li class=format!("risk-chip risk--{}", id.slug())>
                    <RiskIcon risk=id/>
                    <Link href=routes::risk(id)>{name}</Link>
                </li>
            }
        })
        .collect_view();
    let worries = content
        .guidance
        .worries
        .iter()
        .map(|w| {
            let text = w.text.clone();
            view! { <li><Link href=w.link.clone()>{text}</Link></li> }
        })
        .collect_view();
    view! {
        <PageMeta
            title=""
            description=t!(pages.home_meta_description)
        />
        <div class="page">
            <PageHeading>{t!(pages.home_heading)}</PageHeading>
            <p class="lead">{t!(pages.home_lead)}</p>
            <section class="worries" aria-labelledby="worries-heading">
                <h2 id="worries-heading">{t!(pages.home_worries_heading)}</h2>
                <p>{t!(pages.home_worries_intro)}</p>
                <ul>{worries}</ul>
            </section>
            <ul class="cards cards--four">
                <li class="card">
                    <h2><Link href=routes::GUIDANCE>{t!(pages.home_guidance_title)}</Link></h2>
                    <p>{t!(pages.home_guidance_text)}</p>
                </li>
                <li class="card">
                    <h2><Link href=routes::MEETING>{t!(pages.home_meeting_title)}</Link></h2>
                    <p>{t_parts!(pages.home_meeting_text)
                        .iter()
                        .map(|&(name, text)| if name == "date" { view! { <LocalDate iso=date.clone()/> }.into_any() } else { text.into_any() })
                        .collect_view()}</p>
                </li>
                <li class="card">
                    <h2><Link href=routes::RISKS>{t!(pages.home_risks_title)}</Link></h2>
                    <p>{t!(pages.home_risks_text)}</p>
                </li>
                <li class="card">
                    <h2><Link href=routes::PARTNERS>{t!(pages.home_partners_title)}</Link></h2>
                    <p>{t!(pages.home_partners_text)}</p>
                </li>
            </ul>
            <section class="highlight" aria-labelledby="plan-heading">
                <h2 id="plan-heading"><Link href=routes::PLAN>{t!(plan.page_title)}</Link></h2>
                <p>{t!(plan.home_text)}</p>
            </section>
            <section class="highlight" aria-labelledby="educators-heading">
                <h2 id="educators-heading"><Link href=routes::EDUCATORS>{t!(educators.page_title)}</Link></h2>
                <p>{t!(educators.home_text)}</p>
            </section>
            <section class="highlight" aria-labelledby="together-heading">
                <h2 id="together-heading"><Link href=routes::TOGETHER>{together.title.clone()}</Link></h2>
                <p>{prose(together.lead.clone())}</p>
            </section>
            <section aria-labelledby="risks-heading">
                <h2 id="risks-heading">{t!(pages.home_risks_heading)}</h2>
                <ul class="risk-chips">{risks}</ul>
                <p class="cite">{prose(t!(pages.home_risks_cite).into())}</p>
            </section>
        </div>
    }
}
