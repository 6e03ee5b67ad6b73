//! `/partners`: every organisation and country named in the meeting report.

use crate::components::link::Link;
use leptos::prelude::*;

use crate::components::{focus::PageHeading, page_meta::PageMeta};
use crate::content::{PartnerKind, PartnerRole};
use crate::format::partner_kind_label;
use crate::routes;
use crate::use_content;

const KINDS: [PartnerKind; 4] = [
    PartnerKind::UnBody,
    PartnerKind::Alliance,
    PartnerKind::Ngo,
    PartnerKind::Government,
];

#[component]
pub fn PartnersPage() -> impl IntoView {
    let content = use_content();
    let groups = KINDS
        .into_iter()
        .map(|kind| {
            let cards = content
                .partners
                .iter()
                .filter(|p| p.kind == kind)
                .map(|p| {
                    let role = (p.role == PartnerRole::Participant)
                        .then(|| view! { <p class="tag">"Spoke in the discussion"</p> });
                    let name = p.name.clone();
                    view! {
                        <li class="card">
                            <h3><Link href=routes::partner(&p.id)>{name}</Link></h3>
                            <p>{p.about.clone()}</p>
                            {role}
                        </li>
                    }
                })
                .collect_view();
            let heading_id = format!("kind-{kind:?}").to_lowercase();
            let labelled_by = heading_id.clone();
            view! {
                <section aria-labelledby=labelled_by>
                    <h2 id=heading_id>{partner_kind_label(kind)}</h2>
                    <ul class="cards cards--two">{cards}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <PageMeta
            title="Partners"
            description="The organisations and countries that presented or spoke at the 17th meeting of ITU's Council Working Group on Child Online Protection."
        />
        <div class="page page--wide">
            <PageHeading>"Partners"</PageHeading>
            <p class="lead">
                "The organisations and countries that presented their work or spoke at the meeting."
            </p>
            {groups}
        </div>
    }
}
