//! The site may be served from a sub-path such as `/cop/`. trunk writes the
//! public URL into `<base href>`; the router needs it without the trailing
//! slash ("" at the root).

/// Turns a `<base href>` value (path or absolute URL) into a router base.
pub fn router_base(base_href: &str) -> String {
    let path = match base_href.find("://") {
        Some(scheme_end) => {
            let after_host = &base_href[scheme_end + 3..];
            after_host.find('/').map_or("/", |i| &after_host[i..])
        }
        None => base_href,
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    path.trim_end_matches('/').to_string()
}

/// Reads the router base from the document, in the browser.
#[cfg(feature = "hydrate")]
pub fn from_document() -> String {
    leptos::prelude::document()
        .query_selector("base[href]")
        .ok()
        .flatten()
        .and_then(|b| b.get_attribute("href"))
        .map(|href| router_base(&href))
        .unwrap_or_default()
}

/// Natively, while a page is prerendered, the base of that page: islands
/// render their server HTML with the addresses the browser will compute
/// (the header's search form of `/fr/` submits to `/fr/search/`, also
/// before its island wakes).
#[cfg(not(feature = "hydrate"))]
pub fn from_document() -> String {
    leptos::prelude::use_context::<SiteBase>()
        .map(|base| base.0)
        .unwrap_or_default()
}

/// Prefixes a site path ("/meeting#p5-11") with the router base ("/cop").
/// leptos_router's `<A>` leaves absolute paths alone, so links do this
/// themselves (see `components::link`).
pub fn with_base(base: &str, path: &str) -> String {
    match (base.is_empty(), path) {
        (true, _) => path.to_string(),
        (false, "/") => format!("{base}/"),
        (false, _) => format!("{base}{path}"),
    }
}

/// The href of a site path under `base`, in the folder form that static
/// hosts serve without a redirect: "/cop/partners/", "/cop/risks/contact/#talk",
/// "/cop/search/?q=x". Files keep their name ("/cop/search-0123.json").
/// Without the slash, each click would cost a 301 and one more round trip.
pub fn site_href(base: &str, path: &str) -> String {
    folder_form(&with_base(base, path))
}

/// Adds the trailing slash to an address's path unless it has one or names
/// a file (a last segment with a dot); the query and fragment are kept.
pub fn folder_form(address: &str) -> String {
    let split = address.find(['?', '#']).unwrap_or(address.len());
    let (path, rest) = address.split_at(split);
    let last = path.rsplit('/').next().unwrap_or("");
    if path.is_empty() || path.ends_with('/') || last.contains('.') {
        address.to_string()
    } else {
        format!("{path}/{rest}")
    }
}

/// The router base, provided as context by the prerenderer (`site::prerender`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteBase(pub String);

/// The site path of a browser path under `base` ("/cop"): "/cop/meeting/"
/// -> "/meeting", "/cop/" -> "/", "/cop/risks/index.html" -> "/risks".
/// `None` when the path is outside the site.
pub fn site_path(base: &str, browser_path: &str) -> Option<String> {
    let rest = browser_path.strip_prefix(base)?;
    if !(rest.is_empty() || rest.starts_with('/')) {
        return None;
    }
    let rest = rest.strip_suffix("index.html").unwrap_or(rest);
    let trimmed = rest.trim_end_matches('/');
    Some(if trimmed.is_empty() {
        "/".to_string()
    } else {
        trimmed.to_string()
    })
}
