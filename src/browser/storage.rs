//! localStorage that never fails loudly. It is unavailable in private modes,
//! in sandboxed iframes (where touching it throws) and when full; the site
//! then simply forgets, as if nothing had been stored.

#[cfg(feature = "hydrate")]
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

#[cfg(feature = "hydrate")]
pub fn read(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

#[cfg(feature = "hydrate")]
pub fn write(key: &str, value: &str) {
    if let Some(s) = local_storage() {
        let _ = s.set_item(key, value);
    }
}

#[cfg(feature = "hydrate")]
pub fn remove(key: &str) {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(key);
    }
}

// Native builds (tests, and later the prerenderer) have no storage.
#[cfg(not(feature = "hydrate"))]
pub fn read(_key: &str) -> Option<String> {
    None
}

#[cfg(not(feature = "hydrate"))]
pub fn write(_key: &str, _value: &str) {}

#[cfg(not(feature = "hydrate"))]
pub fn remove(_key: &str) {}
