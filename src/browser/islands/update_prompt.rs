//! "A new version of COP Explorer is available. Reload". The server renders
//! only an empty live region; the start-up script hydrates this island when
//! the service worker has a new version waiting, so the prompt exists only
//! then (a text browser never sees it). Its button asks the start-up script,
//! which holds the waiting worker, to switch to it and reload.

use leptos::prelude::*;

use crate::browser::islands::live::use_live;
use crate::shared::i18n::view;

/// The event the start-up script listens for on `document`.
pub const ACCEPT_EVENT: &str = "cop-explorer:update-accepted";

#[cfg_attr(wasm_island = "update-prompt", island)]
#[cfg_attr(not(wasm_island = "update-prompt"), component)]
pub fn UpdatePrompt() -> impl IntoView {
    let live = use_live();
    let accept = move |_| {
        if let Ok(event) = web_sys::CustomEvent::new(ACCEPT_EVENT) {
            let _ = document().dispatch_event(&event);
        }
    };
    view! {
        <div class="update-region" role="status">
            {move || live.get().then(|| view! {
                <div id="update-prompt" class="update-prompt">
                    <p>{t!(common.update_available)}</p>
                    <button type="button" class="button" on:click=accept>{t!(common.update_reload)}</button>
                </div>
            })}
        </div>
    }
}
