//! The site footer: sources, licences and the privacy promise.

use crate::site::components::link::Link;
use leptos::prelude::*;

use crate::shared::i18n::{t, view};
use crate::site::components::bidi::{latin_in_rtl, prose};
use crate::site::use_content;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let content = use_content();
    let sources = content
        .sources
        .iter()
        .map(|s| {
            let title = s.title.clone();
            let publisher = s.publisher.clone();
            let detail = match (s.licence.clone(), s.year) {
                (Some(licence), Some(year)) => prose(t!(
                    common.footer_source_publisher_year_licence,
                    publisher,
                    year,
                    licence = licence.clone()
                )),
                (None, Some(year)) => {
                    prose(t!(common.footer_source_publisher_year, publisher, year))
                }
                (Some(licence), None) => prose(t!(
                    common.footer_source_publisher_licence,
                    publisher,
                    licence = licence.clone()
                )),
                (None, None) => prose(t!(common.footer_source_publisher, publisher)),
            };
            let title_view = match &s.url {
                Some(url) => view! { <a href=url.clone()>{latin_in_rtl(title)}</a> }.into_any(),
                None => view! { <span>{latin_in_rtl(title)}</span> }.into_any(),
            };
            view! { <li>{title_view}{detail}</li> }
        })
        .collect_view();
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <section aria-labelledby="footer-sources">
                    <h2 id="footer-sources">{t!(common.footer_sources)}</h2>
                    <ul class="plain-list">{sources}</ul>
                </section>
                <section aria-labelledby="footer-about">
                    <h2 id="footer-about">{t!(common.footer_about)}</h2>
                    <p>{prose(t!(common.footer_about_independent).into())}</p>
                    <p>{prose(t!(common.footer_about_licences).into())}</p>
                    <p>{prose(t!(common.footer_privacy).into())}</p>
                    <p><Link href="/about">{t!(common.footer_about_link)}</Link></p>
                    <p><Link href="/embed">{t!(common.footer_embed_link)}</Link></p>
                </section>
            </div>
        </footer>
    }
}
