//! `/about`: what the COP Guidelines and the CWG-COP are, who the site is
//! for, sources and licences, translations and privacy.

use leptos::prelude::*;

use crate::shared::i18n::view;
use crate::site::components::bidi::prose;
use crate::site::components::fallback_notice::{fallback_lang, FallbackNotice};
use crate::site::components::{citation::Cites, page_heading::PageHeading, page_meta::PageMeta};
use crate::site::use_content;

#[component]
pub fn AboutPage() -> impl IntoView {
    let content = use_content();
    let about = content.about.clone();
    let sections = about
        .sections
        .iter()
        .map(|s| {
            let heading_id = format!("{}-h", s.id);
            let labelled_by = heading_id.clone();
            view! {
                <section id=s.id.clone() aria-labelledby=labelled_by lang=fallback_lang(&["about.json"], &s.id)>
                    <h2 id=heading_id>{s.heading.clone()}</h2>
                    <FallbackNotice files=&["about.json"] id=s.id.clone()/>
                    {s.paragraphs.iter().map(|p| view! { <p>{prose(p.clone())}</p> }).collect_view()}
                    {(!s.cite.is_empty()).then(|| view! { <Cites cites=s.cite.clone()/> })}
                </section>
            }
        })
        .collect_view();
    view! {
        <PageMeta
            title=t!(pages.about_title)
            description=t!(pages.about_meta_description)
        />
        <div class="page">
            <PageHeading>{t!(pages.about_title)}</PageHeading>
            <p class="lead">{prose(about.intro.clone())}</p>
            {sections}
        </div>
    }
}
