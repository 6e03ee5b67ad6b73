//! The site footer: sources, licences and the privacy promise.

use crate::components::link::Link;
use leptos::prelude::*;

use crate::use_content;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let content = use_content();
    let sources = content
        .sources
        .iter()
        .map(|s| {
            let title = s.title.clone();
            let detail = match (&s.licence, s.year) {
                (Some(licence), Some(year)) => format!(" ({}, {year}; {licence})", s.publisher),
                (None, Some(year)) => format!(" ({}, {year})", s.publisher),
                (Some(licence), None) => format!(" ({}; {licence})", s.publisher),
                (None, None) => format!(" ({})", s.publisher),
            };
            let title_view = match &s.url {
                Some(url) => view! { <a href=url.clone()>{title}</a> }.into_any(),
                None => view! { <span>{title}</span> }.into_any(),
            };
            view! { <li>{title_view}{detail}</li> }
        })
        .collect_view();
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <section aria-labelledby="footer-sources">
                    <h2 id="footer-sources">"Sources"</h2>
                    <ul class="plain-list">{sources}</ul>
                </section>
                <section aria-labelledby="footer-about">
                    <h2 id="footer-about">"About this site"</h2>
                    <p>
                        "COP Explorer is an independent guide to the work of ITU's Council Working Group on "
                        "Child Online Protection. Summaries are written in our own words; the meeting "
                        "report is the reference. It is not an official ITU publication."
                    </p>
                    <p>
                        "The 4Cs classification of online risk is by CO:RE (Livingstone & Stoilova, 2021), "
                        "used under CC BY 4.0. The site's code is MIT-licensed."
                    </p>
                    <p>"This site sets no cookies, uses no analytics and sends nothing about you anywhere."</p>
                    <p><Link href="/about">"About COP Explorer, sources and privacy"</Link></p>
                    <p><Link href="/embed">"Embed COP Explorer on your site"</Link></p>
                </section>
            </div>
        </footer>
    }
}
