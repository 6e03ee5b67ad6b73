//! `/risks/:category`: one category of online risk, as a practical guide for
//! parents and educators, with a self-check. Prints as a clean tip sheet.
//! Unknown categories get the 404 page, never a blank one.

use crate::components::list_items::list_items;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::link::Link;
use crate::components::{
    breadcrumbs::Breadcrumbs, citation::Cites, focus::PageHeading, page_meta::PageMeta,
    print_footer::PrintFooter, quiz::Quiz, risk_icon::RiskIcon,
};
use crate::content::{AgeBand, RiskGuide, RiskId};
use crate::format::{age_band_label, para_label};
use crate::pages::not_found::NotFound;
use crate::routes;
use crate::use_content;

#[component]
pub fn RiskPage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.read().get("category").unwrap_or_default();
        match RiskId::from_slug(&slug) {
            Some(id) => view! { <RiskDetail id/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

/// Sections of the guide, for the "On this page" list and deep links.
const SECTIONS: [(&str, &str); 9] = [
    ("tips", "Three things to do now"),
    ("ages", "At different ages"),
    ("signs", "Warning signs"),
    ("act", "If something has happened"),
    ("prevent", "Making it less likely"),
    ("talk", "Conversation starters"),
    ("help", "Where to get help"),
    ("partners", "Who works on this"),
    ("self-check", "Self-check"),
];

#[component]
fn RiskDetail(id: RiskId) -> impl IntoView {
    let content = use_content();
    let (Some(risk), Some(guide)) = (content.risk(id).cloned(), content.risk_guide(id).cloned())
    else {
        return view! { <NotFound/> }.into_any();
    };
    let toc = SECTIONS
        .iter()
        .map(|(anchor, label)| {
            view! { <li><Link href=format!("{}#{anchor}", routes::risk(id))>{*label}</Link></li> }
        })
        .collect_view();
    view! {
        <PageMeta title=risk.name.clone() description=format!("{} What to look for, what to do, and how to talk about it with children.", risk.summary)/>
        <div class=format!("page risk-page risk--{}", id.slug())>
            <Breadcrumbs trail=vec![("Risks", routes::RISKS.to_string())] current=risk.name.clone()/>
            <PageHeading><RiskIcon risk=id/> " " {risk.name.clone()}</PageHeading>
            <p class="definition lead">
                {risk.definition.clone()}
                <span class="cite">" (CO:RE definition)"</span>
            </p>
            <p>{risk.summary.clone()}</p>
            <Cites cites=risk.cite.clone()/>
            <nav class="toc no-print" aria-labelledby="risk-toc">
                <h2 id="risk-toc">"On this page"</h2>
                <ul>{toc}</ul>
            </nav>
            <section id="tips" aria-labelledby="tips-h" class="highlight">
                <h2 id="tips-h">"Three things to do now"</h2>
                <ol>{list_items(&guide.top_tips)}</ol>
            </section>
            <AgeSection guide=guide.clone()/>
            <section id="signs" aria-labelledby="signs-h">
                <h2 id="signs-h">"Warning signs"</h2>
                <p>"Any of these can have other causes. Notice them, and talk."</p>
                <ul>{list_items(&guide.warning_signs)}</ul>
            </section>
            <section id="act" aria-labelledby="act-h">
                <h2 id="act-h">"If something has happened"</h2>
                <ol>{list_items(&guide.act_now)}</ol>
            </section>
            <section id="prevent" aria-labelledby="prevent-h">
                <h2 id="prevent-h">"Making it less likely"</h2>
                <ul>{list_items(&guide.prevent)}</ul>
            </section>
            <section id="talk" aria-labelledby="talk-h">
                <h2 id="talk-h">"Conversation starters"</h2>
                <p>"Open questions work best. Ask at a calm moment, and listen more than you speak."</p>
                <ul class="starters">{list_items(&guide.conversation_starters)}</ul>
            </section>
            <HelpSection guide=guide.clone()/>
            <WhoWorksOnThis id/>
            <section id="self-check" aria-labelledby="quiz-h" class="no-print">
                <h2 id="quiz-h">"Self-check"</h2>
                <p>
                    "Short scenarios to think through, alone or with a child. "
                    "There is no pass or fail: each answer comes with an explanation."
                </p>
                <Quiz risk=id questions=guide.quiz.clone()/>
            </section>
            <Cites cites=guide.cite.clone()/>
            <p class="cite">
                "Age groups: we use the COP Guidelines' groups for children: under 9, 9–12 and 13–18. "
                "The advice on this page is general guidance written by COP Explorer."
            </p>
            <PrintFooter/>
        </div>
    }
    .into_any()
}

#[component]
fn AgeSection(guide: RiskGuide) -> impl IntoView {
    let notes = AgeBand::ALL
        .into_iter()
        .filter_map(|band| guide.at_ages.iter().find(|a| a.band == band))
        .map(|a| {
            view! {
                <div class="age-note">
                    <h3>{age_band_label(a.band)}</h3>
                    <p>{a.text.clone()}</p>
                </div>
            }
        })
        .collect_view();
    view! {
        <section id="ages" aria-labelledby="ages-h">
            <h2 id="ages-h">"At different ages"</h2>
            <div class="age-notes">{notes}</div>
        </section>
    }
}

#[component]
fn HelpSection(guide: RiskGuide) -> impl IntoView {
    let resources = guide
        .help_resources
        .iter()
        .map(|r| {
            let name = match &r.url {
                Some(url) => {
                    view! { <a href=url.clone() rel="external noopener">{r.name.clone()}</a> }
                        .into_any()
                }
                None => view! { <strong>{r.name.clone()}</strong> }.into_any(),
            };
            view! { <li>{name} ": " {r.what.clone()}</li> }
        })
        .collect_view();
    view! {
        <section id="help" aria-labelledby="help-h">
            <h2 id="help-h">"Where to get help"</h2>
            {guide.get_help.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
            <ul>{resources}</ul>
            <p class="notice">"In an emergency, or if a child is in danger, contact your local emergency services or the police."</p>
        </section>
    }
}

/// Partners and initiatives from the meeting that work on this risk, and
/// the report paragraphs that concern it.
#[component]
fn WhoWorksOnThis(id: RiskId) -> impl IntoView {
    let content = use_content();
    let partners = content
        .partners_on_risk(id)
        .into_iter()
        .map(|p| {
            let name = p.name.clone();
            view! { <li><Link href=routes::partner(&p.id)>{name}</Link></li> }
        })
        .collect_view();
    let initiatives = content
        .initiatives_on_risk(id)
        .into_iter()
        .map(|i| {
            let owner = i.partners.first().cloned().unwrap_or_default();
            let name = i.name.clone();
            view! { <li><Link href=format!("{}#{}", routes::partner(&owner), i.id)>{name}</Link></li> }
        })
        .collect_view();
    let items = content
        .items_on_risk(id)
        .into_iter()
        .map(|i| {
            let label = format!("{} {}", para_label(&i.para), i.title);
            view! { <li><Link href=routes::meeting_anchor(&i.id)>{label}</Link></li> }
        })
        .collect_view();
    view! {
        <section id="partners" aria-labelledby="partners-h">
            <h2 id="partners-h">"Who works on this"</h2>
            <h3>"Partners at the CWG-COP meeting"</h3>
            <ul>{partners}</ul>
            <h3>"Initiatives"</h3>
            <ul>{initiatives}</ul>
            <h3>"In the meeting report"</h3>
            <ul>{items}</ul>
        </section>
    }
}
