//! `/partners`: a directory of every partner and initiative named in the
//! meeting report, filtered by kind, risk, audience and text. The filters
//! live in the URL, so a link or a reload opens the same list.

use leptos::prelude::*;

use crate::browser::islands::directory_filters::DirectoryFilters;
use crate::shared::content::{PartnerRole, RiskId};
use crate::shared::format::{audience_label, partner_kind_label};
use crate::shared::i18n::{t, view};
use crate::shared::partner_filter::{audience_slug, kind_slug, Entry, EntryTags, AUDIENCES, KINDS};
use crate::shared::routes;
use crate::site::components::bidi::prose;
use crate::site::components::link::Link;
use crate::site::components::{page_heading::PageHeading, page_meta::PageMeta};
use crate::site::use_content;

#[component]
pub fn PartnersPage() -> impl IntoView {
    let content = use_content();
    let kinds = KINDS
        .into_iter()
        .map(|k| (kind_slug(k).to_string(), partner_kind_label(k).to_string()))
        .collect::<Vec<_>>();
    let risks = RiskId::ALL
        .into_iter()
        .map(|r| {
            let name = content.risk(r).map(|x| x.name.clone()).unwrap_or_default();
            (r.slug().to_string(), name)
        })
        .collect::<Vec<_>>();
    let audiences = AUDIENCES
        .into_iter()
        .map(|a| (audience_slug(a).to_string(), audience_label(a).to_string()))
        .collect::<Vec<_>>();
    let cards = content
        .partners
        .iter()
        .map(Entry::Partner)
        .chain(content.initiatives.iter().map(Entry::Initiative))
        .map(|e| entry_card(e, &content))
        .collect_view();
    view! {
        <PageMeta
            title=t!(partners.partners)
            description=t!(partners.meta_description)
        />
        <div class="page page--wide">
            <PageHeading>{t!(partners.heading)}</PageHeading>
            <p class="lead">{t!(partners.lead)}</p>
            <DirectoryFilters kinds risks audiences total=content.partners.len() + content.initiatives.len()>
                <ul class="cards cards--two directory">{cards}</ul>
            </DirectoryFilters>
        </div>
    }
}

/// A directory card. Initiatives link to their lead partner's page, where
/// they are described.
fn entry_card(entry: Entry, content: &crate::shared::content::Content) -> impl IntoView {
    let (label, href, tag) = match entry {
        Entry::Partner(p) => {
            let kind = partner_kind_label(p.kind);
            let tag = match p.role {
                PartnerRole::Participant => t!(partners.tag_participant, kind = kind).into_any(),
                PartnerRole::Named => t!(partners.tag_named, kind = kind).into_any(),
                PartnerRole::Partner => kind.into_any(),
            };
            (p.name.clone(), routes::partner(&p.id), tag)
        }
        Entry::Initiative(i) => {
            let lead = i.partners.first().cloned().unwrap_or_default();
            let by = content
                .partner(&lead)
                .map(|p| p.name.clone())
                .unwrap_or_default();
            (
                i.name.clone(),
                format!("{}#{}", routes::partner(&lead), i.id),
                t!(partners.tag_initiative, by = by).into_any(),
            )
        }
    };
    let summary = entry.summary().to_string();
    // What the directory filters read (see islands::directory_filters).
    let tags = EntryTags::of(entry, content);
    view! {
        <li class="card" data-kinds=tags.kinds data-risks=tags.risks data-audiences=tags.audiences
            data-also=entry.also_known_as().to_string()>
            <p class="tag">{tag}</p>
            <h3><Link href=href>{prose(label)}</Link></h3>
            <p class="card__summary">{prose(summary)}</p>
        </li>
    }
}
