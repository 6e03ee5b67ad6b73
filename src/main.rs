fn main() {
    console_error_panic_hook::set_once();
    // Release builds hydrate the prerendered HTML; a plain CSR build mounts.
    #[cfg(feature = "hydrate")]
    leptos::mount::hydrate_body(cop_explorer::App);
    #[cfg(not(feature = "hydrate"))]
    leptos::mount::mount_to_body(cop_explorer::App);
}
