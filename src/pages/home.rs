//! `/`: what the site is, and the way into each section.

use crate::components::link::Link;
use leptos::prelude::*;

use crate::components::{focus::PageHeading, page_meta::PageMeta, risk_icon::RiskIcon};
use crate::format::long_date;
use crate::routes;
use crate::use_content;

#[component]
pub fn HomePage() -> impl IntoView {
    let content = use_content();
    let meeting = &content.meeting;
    let date = long_date(&meeting.date).unwrap_or_else(|| meeting.date.clone());
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
    view! {
        <PageMeta
            title=""
            description="Child online protection made clear for parents and educators: ITU's CWG-COP meeting outcomes, the four categories of online risk, and the partners working on them."
        />
        <div class="page">
            <PageHeading>"Helping children stay safe online"</PageHeading>
            <p class="lead">
                "COP Explorer explains ITU's work on child online protection in plain language, "
                "for parents, carers and educators."
            </p>
            <ul class="cards cards--four">
                <li class="card">
                    <h2><Link href=routes::GUIDANCE>"Guidance for parents and educators"</Link></h2>
                    <p>"What to do and what to talk about, for children under 9, 9 to 12 and 13 to 18."</p>
                </li>
                <li class="card">
                    <h2><Link href=routes::MEETING>"Meeting outcomes"</Link></h2>
                    <p>
                        "What the Council Working Group on Child Online Protection heard and agreed at its "
                        "17th meeting, held online on " <time datetime=meeting.date.clone()>{date}</time> "."
                    </p>
                </li>
                <li class="card">
                    <h2><Link href=routes::RISKS>"The four risks"</Link></h2>
                    <p>"Content, contact, conduct and contract: what each means for children, and how to help."</p>
                </li>
                <li class="card">
                    <h2><Link href=routes::PARTNERS>"Partners"</Link></h2>
                    <p>"The organisations and countries that presented their work, and their initiatives."</p>
                </li>
            </ul>
            <section aria-labelledby="risks-heading">
                <h2 id="risks-heading">"Four categories of online risk"</h2>
                <ul class="risk-chips">{risks}</ul>
                <p class="cite">"Classification: CO:RE 4Cs (Livingstone & Stoilova, 2021), CC BY 4.0"</p>
            </section>
        </div>
    }
}
