//! COP Explorer: ITU's Child Online Protection work, for parents and educators.
//!
//! `App` sets up content, metadata and routing; pages live in `pages`,
//! reusable pieces in `components`, and all logic that can be tested without
//! a browser in plain modules (`content`, `meeting_filter`, `format`, ...).

// Deeply nested view types need more than the default limit when rendered natively.
#![recursion_limit = "256"]

pub mod base_path;
pub mod components;
pub mod content;
pub mod format;
pub mod grid_state;
pub mod hosting;
pub mod html_template;
pub mod i18n;
pub mod js_object;
pub mod meeting_filter;
pub mod pages;
pub mod partner_filter;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod quiz;
pub mod routes;
pub mod search;
pub mod seo;
pub mod storage;
pub mod text_match;
pub mod widgets;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::{
    components::{Outlet, ParentRoute, Route, Router, Routes},
    path,
};

use components::{
    focus::FocusOnNavigate,
    footer::SiteFooter,
    header::SiteHeader,
    offline::{SavePagesForOffline, UpdatePrompt},
};
use content::{Content, SharedContent};
use pages::{
    about::AboutPage,
    embed::EmbedPage,
    guidance::{GuidanceBandPage, GuidancePage},
    home::HomePage,
    meeting::MeetingPage,
    not_found::NotFound,
    partner::PartnerPage,
    partners::PartnersPage,
    risk::RiskPage,
    risks::RisksPage,
    search::SearchPage,
    widget::WidgetPage,
};

/// The content for the current locale, provided by `App`.
pub fn use_content() -> SharedContent {
    expect_context::<SharedContent>()
}

/// Marks the prerendered not-found page (`404.html`) on its `<html>` tag.
pub const NOT_FOUND_MARKER: &str = "data-not-found";

/// In the browser: is this document the prerendered not-found page, while
/// its address is one of the site's pages? (See `main.rs`.)
pub fn served_not_found_for_a_page(content: &Content) -> bool {
    let document = document();
    let marked = document
        .document_element()
        .is_some_and(|html| html.has_attribute(NOT_FOUND_MARKER));
    if !marked {
        return false;
    }
    let browser_path = window().location().pathname().unwrap_or_default();
    let Some(path) = base_path::site_path(&base_path::from_document(), &browser_path) else {
        return false;
    };
    // Widget addresses always render the widget page (or its error card).
    path.starts_with(&format!("{}/", widgets::PREFIX)) || routes::is_page(content, &path)
}

/// The content: provided by the caller (the hydrating wasm fetches it, see
/// `main.rs`), else the copy compiled into this build.
fn site_content() -> Result<SharedContent, content::LoadError> {
    if let Some(content) = use_context::<SharedContent>() {
        return Ok(content);
    }
    #[cfg(not(feature = "hydrate"))]
    return Content::load().map(SharedContent::new);
    #[cfg(feature = "hydrate")]
    Err(content::LoadError {
        file: "content bundle",
        message: "not loaded".into(),
    })
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    match site_content() {
        Ok(content) => {
            provide_context(content);
            view! { <Site/> }.into_any()
        }
        // The content tests make this unreachable in a release, but a broken
        // data file must still never leave a blank page.
        Err(err) => view! {
            <main id="main">
                <h1>"COP Explorer could not start"</h1>
                <p>"The site's content could not be read. Please try again later."</p>
                <p><code>{err.to_string()}</code></p>
            </main>
        }
        .into_any(),
    }
}

#[component]
fn Site() -> impl IntoView {
    // The prerenderer provides the base; in the browser, read it from <base href>.
    let base = use_context::<base_path::SiteBase>()
        .map(|b| b.0)
        .unwrap_or_else(base_path::from_document);
    provide_context(base_path::SiteBase(base.clone()));
    provide_context(components::hydration::Hydrated::new());
    provide_context(components::search_box::LazySearch::new());
    view! {
        <Title formatter=|page: String| {
            if page.is_empty() { "COP Explorer".to_string() } else { format!("{page} – COP Explorer") }
        }/>
        <Router base=base.clone()>
            <Routes fallback=|| view! { <SiteChrome><NotFound/></SiteChrome> }>
                // Widgets have no site header or footer: they live in other sites' frames.
                <Route path=path!("/widget/*rest") view=WidgetPage/>
                <ParentRoute path=path!("") view=|| view! { <SiteChrome><Outlet/></SiteChrome> }>
                    <Route path=path!("") view=HomePage/>
                    <Route path=path!("/meeting") view=MeetingPage/>
                    <Route path=path!("/risks") view=RisksPage/>
                    <Route path=path!("/risks/:category") view=RiskPage/>
                    <Route path=path!("/partners") view=PartnersPage/>
                    <Route path=path!("/partners/:id") view=PartnerPage/>
                    <Route path=path!("/guidance") view=GuidancePage/>
                    <Route path=path!("/guidance/:band") view=GuidanceBandPage/>
                    <Route path=path!("/embed") view=EmbedPage/>
                    <Route path=path!("/about") view=AboutPage/>
                    <Route path=path!("/search") view=SearchPage/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// The site around a page: header, main landmark, footer, and the pieces
/// that work across pages (focus on navigation, offline saving, updates).
#[component]
fn SiteChrome(children: Children) -> impl IntoView {
    view! {
        <FocusOnNavigate/>
        <SavePagesForOffline/>
        <UpdatePrompt/>
        <SiteHeader/>
        <main id="main" tabindex="-1">{children()}</main>
        <SiteFooter/>
    }
}
