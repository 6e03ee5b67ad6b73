//! Counts in the reader's language: plain digits in the prerendered HTML
//! (so hydration matches), the browser's Intl once the page is live (for
//! example Arabic-Indic digits in Arabic).

use leptos::prelude::*;

use crate::components::hydration::Hydrated;
use crate::i18n;

#[derive(Clone, Copy)]
pub struct NumberFormat {
    hydrated: Option<Hydrated>,
}

pub fn use_number_format() -> NumberFormat {
    NumberFormat {
        hydrated: use_context::<Hydrated>(),
    }
}

impl NumberFormat {
    /// Reactive: a closure that calls it re-renders once the page is live.
    pub fn format(&self, n: usize) -> String {
        let live = self.hydrated.is_some_and(|h| h.get());
        if live {
            intl_number(n, i18n::current().intl_tag()).unwrap_or_else(|| n.to_string())
        } else {
            n.to_string()
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn intl_number(n: usize, locale: &str) -> Option<String> {
    let text: String = js_sys::Number::from(n as f64)
        .to_locale_string(locale)
        .into();
    (!text.is_empty()).then_some(text)
}

#[cfg(not(target_arch = "wasm32"))]
fn intl_number(_n: usize, _locale: &str) -> Option<String> {
    None
}
