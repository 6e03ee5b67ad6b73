//! Rendering one page to static HTML with the same components the browser
//! hydrates (native builds with the `ssr` feature only).

use std::sync::Arc;

use futures::StreamExt;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use crate::shared::base_path::{router_base, with_base, SiteBase};
pub use crate::site::html_template::PageTemplate;
use crate::site::App;
use crate::{SearchIndexFile, SiteHome};

/// Renders the page at `path` (a site path such as "/risks/contact"). The
/// owner's islands context makes `#[island]` components render their
/// `<leptos-island>` wrappers and props, and everything else plain HTML.
pub fn render_page(
    template: &PageTemplate,
    path: &str,
    search_index: &str,
    site_home: Option<&str>,
) -> String {
    let base = router_base(template.base_href());
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new_islands())));
    owner.with(|| {
        provide_context(SearchIndexFile(search_index.to_string()));
        provide_context(SiteHome(site_home.map(str::to_string)));
        // The router sees the full address, sub-path included, as the browser will.
        provide_context(RequestUrl::new(&with_base(&base, path)));
        provide_context(SiteBase(base.clone()));
        let (meta, meta_output) = ServerMetaContext::new();
        provide_context(meta);
        let body = view! { <App/> }.to_html();
        let page = template.page(&body);
        futures::executor::block_on(async move {
            meta_output
                .inject_meta_context(Box::pin(futures::stream::once(async move { page })))
                .await
                .collect::<String>()
                .await
        })
    })
}
