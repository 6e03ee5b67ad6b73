//! The visible side of offline support (the worker itself is built from
//! `src/hosting/sw.js`): the "new version" prompt, and asking the worker to
//! save each page the app shows without a page load.

use leptos::prelude::*;

use crate::js_object::{call_method, property};

use crate::i18n::view;

/// Hidden until the start-up script (src/hosting/register_sw.js) finds a new
/// version waiting, then it shows the prompt and wires its button. The
/// wrapper is a live region from the start, so the prompt is announced.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    view! {
        <div class="update-region" role="status">
            <div id="update-prompt" class="update-prompt" hidden=true>
                <p>{t!(common.update_available)}</p>
                <button type="button" class="button">{t!(common.update_reload)}</button>
            </div>
        </div>
    }
}

/// After each client-side navigation, asks the service worker to save the
/// page, so that reloading it later works offline. (Pages loaded from the
/// network are saved by the worker itself.)
#[component]
pub fn SavePagesForOffline() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    Effect::new(move |previous: Option<()>| {
        location.pathname.track();
        // The first run is the page load itself. The router updates its
        // signal before the address bar: read the address a moment later.
        if previous.is_some() {
            set_timeout(
                || ask_worker_to_save(&window().location().href().unwrap_or_default()),
                std::time::Duration::ZERO,
            );
        }
    });
}

/// Posts `{type: "SAVE_PAGE", url}` to the controlling worker, if any.
/// Reads `navigator.serviceWorker` through Reflect: in sandboxed frames that
/// property throws, and a missing worker is never an error.
fn ask_worker_to_save(url: &str) {
    let Some(controller) = property(&window().into(), "navigator")
        .and_then(|navigator| property(&navigator, "serviceWorker"))
        .and_then(|container| property(&container, "controller"))
    else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"SAVE_PAGE".into());
    let _ = js_sys::Reflect::set(&message, &"url".into(), &url.into());
    call_method(&controller, "postMessage", &message);
}
