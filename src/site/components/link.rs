//! Internal links. Every site path goes through here so that the site keeps
//! working under a sub-path such as `/cop/`.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::shared::base_path::{site_href, SiteBase};

/// The full href of a site path, with the sub-path the site is served from,
/// in folder form ("/cop/partners/": see `base_path::site_href`).
pub fn use_site_href(path: &str) -> String {
    let base = use_context::<SiteBase>().unwrap_or_default();
    site_href(&base.0, path)
}

/// Inside a widget (an iframe on another site), every link opens the full
/// site in a new tab instead of navigating the frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinksOpenNewTab;

/// A router link to a site path such as "/partners/itu".
#[component]
pub fn Link(
    #[prop(into)] href: String,
    /// Mark as current only on an exact match (for "Home").
    #[prop(optional)]
    exact: bool,
    #[prop(optional, into)] class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    // A link into a page section is not "the current page": a plain anchor
    // (still routed client-side) avoids a misleading aria-current.
    let in_page = href.contains('#');
    // Under a base ("/cop", "/ar") the home link would otherwise match every page.
    let exact = exact || href == "/";
    let href = use_site_href(&href);
    if use_context::<LinksOpenNewTab>().is_some() {
        view! { <a href=href class=class target="_blank" rel="noopener">{children()}</a> }
            .into_any()
    } else if in_page {
        view! { <a href=href class=class>{children()}</a> }.into_any()
    } else {
        view! { <A href=href exact=exact attr:class=class>{children()}</A> }.into_any()
    }
}
