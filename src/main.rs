fn main() {
    console_error_panic_hook::set_once();
    start();
}

/// Release builds hydrate the prerendered HTML. One exception: a host that
/// serves `404.html` for an address it has no file for (GitHub Pages' SPA
/// fallback) while the address is a real page of the app. Hydrating the
/// not-found page as that page would fail, so the app renders it afresh.
///
/// The content comes first: it is fetched (see `content::fetch`), not
/// compiled in. Should that fail, the prerendered page stays as it is,
/// readable, with its links working as plain links.
#[cfg(feature = "hydrate")]
fn start() {
    use cop_explorer::content::{fetch::fetch_content, SharedContent};
    use leptos::prelude::*;
    wasm_bindgen_futures::spawn_local(async {
        let content = match fetch_content().await {
            Ok(content) => SharedContent::new(content),
            Err(err) => {
                leptos::logging::warn!("COP Explorer stays a static page: {err}");
                return;
            }
        };
        let app = {
            let content = content.clone();
            move || {
                provide_context(content);
                view! { <cop_explorer::App/> }
            }
        };
        if cop_explorer::served_not_found_for_a_page(&content) {
            if let Some(body) = document().body() {
                body.set_inner_html("");
            }
            leptos::mount::mount_to_body(app);
        } else {
            leptos::mount::hydrate_body(app);
        }
    });
}

/// A plain client-side build (scripts/build-csr.sh) renders from scratch.
#[cfg(not(feature = "hydrate"))]
fn start() {
    leptos::mount::mount_to_body(cop_explorer::App);
}
