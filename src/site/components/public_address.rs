//! A link whose text is a page's full address, for printed sheets (a
//! session plan's note home, the poster): the public address when the build
//! knows the site URL, else the path, which the start-up script replaces
//! with the full address in the browser (`data-absolute-href`).

use leptos::prelude::*;

use crate::site::components::link::use_site_href;
use crate::SiteHome;

#[component]
pub fn PublicAddress(#[prop(into)] path: String) -> impl IntoView {
    let href = use_site_href(&path);
    let (text, absolute) = match use_context::<SiteHome>().and_then(|h| h.0) {
        Some(home) => {
            let path = crate::shared::base_path::folder_form(&path);
            (format!("{home}{}", path.trim_start_matches('/')), None)
        }
        None => (href.clone(), Some("")),
    };
    view! { <a class="public-address" href=href dir="ltr" data-absolute-href=absolute>{text}</a> }
}
