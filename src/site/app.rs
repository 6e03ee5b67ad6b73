//! The site as the prerenderer renders it: content context, metadata,
//! router and the chrome around every page. Native only: the browser runs
//! just the islands (`crate::browser::islands`).

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::{
    components::{Outlet, ParentRoute, Route, Router, Routes},
    path,
};

use crate::browser::islands::update_prompt::UpdatePrompt;
use crate::shared::content::{self, Content, SharedContent};
use crate::site::components::{footer::SiteFooter, header::SiteHeader};
use crate::site::pages::{
    about::AboutPage,
    classroom::ClassroomPage,
    educators::{EducatorsPage, SessionPage},
    embed::EmbedPage,
    guidance::{GuidanceBandPage, GuidancePage},
    home::HomePage,
    meeting::MeetingPage,
    not_found::NotFound,
    partner::PartnerPage,
    partners::PartnersPage,
    plan::PlanPage,
    poster::PosterPage,
    risk::RiskPage,
    risks::RisksPage,
    search::SearchPage,
    together::{TogetherHubPage, TogetherPathPage},
    widget::WidgetPage,
};

/// The content for the current locale, provided by `App`.
pub fn use_content() -> SharedContent {
    expect_context::<SharedContent>()
}

/// The content: provided by the caller, else the copy compiled into this
/// (native) build.
fn site_content() -> Result<SharedContent, content::LoadError> {
    if let Some(content) = use_context::<SharedContent>() {
        return Ok(content);
    }
    Content::load().map(SharedContent::new)
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
    // The base the prerenderer provides; the root in tests. (The app never
    // runs in a browser: only its islands do.)
    let base = crate::shared::base_path::from_document();
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
                    <Route path=path!("/plan") view=PlanPage/>
                    <Route path=path!("/educators") view=EducatorsPage/>
                    <Route path=path!("/educators/:session") view=SessionPage/>
                    <Route path=path!("/classroom/:category") view=ClassroomPage/>
                    <Route path=path!("/poster") view=PosterPage/>
                    <Route path=path!("/together") view=TogetherHubPage/>
                    <Route path=path!("/together/:band") view=TogetherPathPage/>
                    <Route path=path!("/embed") view=EmbedPage/>
                    <Route path=path!("/about") view=AboutPage/>
                    <Route path=path!("/search") view=SearchPage/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// The site around a page: header, main landmark, footer, and the update
/// prompt (an island woken only when a new version is waiting).
#[component]
fn SiteChrome(children: Children) -> impl IntoView {
    view! {
        <UpdatePrompt/>
        <SiteHeader/>
        <main id="main" tabindex="-1">{children()}</main>
        <SiteFooter/>
    }
}
