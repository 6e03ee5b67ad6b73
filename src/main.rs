fn main() {
    console_error_panic_hook::set_once();
    start();
}

/// Release builds hydrate the prerendered HTML. One exception: a host that
/// serves `404.html` for an address it has no file for (GitHub Pages' SPA
/// fallback) while the address is a real page of the app. Hydrating the
/// not-found page as that page would fail, so the app renders it afresh.
#[cfg(feature = "hydrate")]
fn start() {
    if cop_explorer::served_not_found_for_a_page() {
        if let Some(body) = leptos::prelude::document().body() {
            body.set_inner_html("");
        }
        leptos::mount::mount_to_body(cop_explorer::App);
    } else {
        leptos::mount::hydrate_body(cop_explorer::App);
    }
}

/// A plain client-side build (scripts/build-csr.sh) renders from scratch.
#[cfg(not(feature = "hydrate"))]
fn start() {
    leptos::mount::mount_to_body(cop_explorer::App);
}
