//! "Is this island live yet?": false in the prerendered HTML and during
//! hydration, true right after (effects run only in the browser). Anything
//! that differs from the server's render waits for it.

use leptos::prelude::*;

/// A signal that turns true once the island has hydrated.
///
/// It turns true in a task of its own: hydrating and the first live render
/// are then two shorter tasks on the main thread instead of one long one,
/// which a slow phone spends unresponsive (Lighthouse's blocking time).
/// The start-up script marks the page live after that task.
pub fn use_live() -> ReadSignal<bool> {
    let (live, set_live) = signal(false);
    Effect::new(move |_| set_timeout(move || set_live.set(true), std::time::Duration::ZERO));
    live
}

/// A count in the reader's language: plain digits before the island is live
/// (so hydration matches), the browser's Intl after (Arabic-Indic digits in
/// Arabic, for example).
pub fn local_number(n: usize, live: bool) -> String {
    if live {
        intl_number(n, crate::shared::i18n::current().intl).unwrap_or_else(|| n.to_string())
    } else {
        n.to_string()
    }
}

#[cfg(feature = "hydrate")]
fn intl_number(n: usize, locale: &str) -> Option<String> {
    let text: String = js_sys::Number::from(n as f64)
        .to_locale_string(locale)
        .into();
    (!text.is_empty()).then_some(text)
}

#[cfg(not(feature = "hydrate"))]
fn intl_number(_n: usize, _locale: &str) -> Option<String> {
    None
}
