//! `/poster`: the 4Cs poster for a classroom wall, one A4 (or A3) page: the
//! four categories, the three kinds of risk, one tip per category, where to
//! get help, and a QR code to this language's home page. The prerenderer
//! draws the QR code as inline SVG when the build has a site URL; without
//! one the poster gives the address as text. Server-only: no wasm.

use leptos::prelude::*;

use crate::shared::content::RiskId;
use crate::shared::format::first_sentence;
use crate::shared::i18n::{t, view};
use crate::shared::routes;
use crate::site::components::bidi::prose;
use crate::site::components::public_address::PublicAddress;
use crate::site::components::{
    breadcrumbs::Breadcrumbs, citation::Cites, page_heading::PageHeading, page_meta::PageMeta,
    risk_icon::RiskIcon,
};
use crate::site::use_content;
use crate::SiteHome;

#[component]
pub fn PosterPage() -> impl IntoView {
    let content = use_content();
    let poster = content.educators.poster.clone();
    let categories = RiskId::ALL
        .into_iter()
        .map(|risk| {
            let r = content.risk(risk).cloned();
            let tip = content.educators.tip(risk).map(|t| t.text.clone()).unwrap_or_default();
            view! {
                <section class=format!("poster-risk risk--{}", risk.slug())>
                    <h2><RiskIcon risk/> " " {r.as_ref().map(|r| r.name.clone())}</h2>
                    // Its first sentence says what the category is about; the
                    // rest is for the risk's own page.
                    <p>{r.map(|r| prose(first_sentence(&r.summary).to_string()))}</p>
                    <p class="poster-tip"><strong>{t!(educators.poster_tip)}</strong> " " {prose(tip)}</p>
                </section>
            }
        })
        .collect_view();
    let kinds = content
        .grid
        .types
        .iter()
        .map(|k| view! { <li><strong>{k.name.clone()}</strong>": " {k.explanation.clone()}</li> })
        .collect_view();
    // An address is printed whole, as text: the poster is read on paper.
    let help = poster
        .help
        .iter()
        .map(|h| {
            let address = h.url.clone().map(|url| {
                let shown = url
                    .trim_start_matches("https://")
                    .trim_end_matches('/')
                    .to_string();
                view! { " " <a class="poster-help__address" href=url dir="ltr">{shown}</a> }
            });
            view! { <li>{prose(h.text.clone())}{address}</li> }
        })
        .collect_view();
    view! {
        <PageMeta title=t!(educators.poster_page_title) description=t!(educators.poster_description)/>
        <div class="page poster-page">
            <Breadcrumbs trail=vec![(t!(educators.page_title), routes::EDUCATORS.to_string())] current=t!(educators.poster_page_title)/>
            <p class="no-print">
                <button type="button" class="button" data-print="">{t!(educators.print_poster)}</button>
            </p>
            <article class="poster">
                <PageHeading>{prose(poster.title.clone())}</PageHeading>
                <div class="poster-risks">{categories}</div>
                <section class="poster-kinds">
                    <h2>{t!(educators.poster_kinds)}</h2>
                    <ul>{kinds}</ul>
                </section>
                <div class="poster-foot">
                    <section class="poster-help">
                        <h2>{t!(educators.poster_help_heading)}</h2>
                        <ul>{help}</ul>
                    </section>
                    <HomeAddress/>
                </div>
                <Cites cites=poster.cite.clone()/>
            </article>
        </div>
    }
}

/// The QR code and the written address of this language's home page.
#[component]
fn HomeAddress() -> impl IntoView {
    let home = use_context::<SiteHome>().and_then(|h| h.0);
    let qr = home.as_deref().and_then(|url| {
        qr_svg(
            url,
            &t!(educators.poster_qr_label, address = url.to_string()),
        )
    });
    view! {
        <section class="poster-address">
            {qr.map(|svg| view! {
                <div class="poster-qr" inner_html=svg></div>
                <p class="poster-scan">{t!(educators.poster_scan)}</p>
            })}
            <p>{t!(educators.poster_visit)}</p>
            <p><PublicAddress path="/"/></p>
        </section>
    }
}

fn qr_svg(url: &str, label: &str) -> Option<String> {
    crate::site::qr::svg(url, label)
}
