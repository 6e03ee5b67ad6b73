//! A date in the reader's language. The prerendered page carries the
//! build's own wording (`format::long_date`); once the page is live, the
//! browser's Intl formats it, with the locale's own digits and conventions.

use leptos::prelude::*;

use crate::components::hydration::Hydrated;
use crate::format::long_date;
use crate::i18n::{self, view};

/// `<time datetime="2021-01-26">26 January 2021</time>`.
#[component]
pub fn LocalDate(#[prop(into)] iso: String) -> impl IntoView {
    let prerendered = long_date(&iso).unwrap_or_else(|| iso.clone());
    let hydrated = use_context::<Hydrated>();
    let text = {
        let iso = iso.clone();
        move || {
            // The first render must match the HTML: Intl only once live.
            let live = hydrated.is_some_and(|h| h.get());
            live.then(|| intl_long_date(&iso, i18n::current().intl_tag()))
                .flatten()
                .unwrap_or_else(|| prerendered.clone())
        }
    };
    view! { <time datetime=iso>{text}</time> }
}

#[cfg(target_arch = "wasm32")]
fn intl_long_date(iso: &str, locale: &str) -> Option<String> {
    use wasm_bindgen::JsValue;
    let (year, month, day) = crate::format::iso_date_parts(iso)?;
    let utc = js_sys::Date::utc(year as f64, (month - 1) as f64);
    let date = js_sys::Date::new(&JsValue::from_f64(utc));
    date.set_utc_date(day as u32);
    let options = js_sys::Object::new();
    for (key, value) in [
        ("day", "numeric"),
        ("month", "long"),
        ("year", "numeric"),
        ("timeZone", "UTC"),
    ] {
        js_sys::Reflect::set(&options, &key.into(), &value.into()).ok()?;
    }
    let text: String = date.to_locale_date_string(locale, &options).into();
    (!text.is_empty() && text != "Invalid Date").then_some(text)
}

#[cfg(not(target_arch = "wasm32"))]
fn intl_long_date(_iso: &str, _locale: &str) -> Option<String> {
    None
}
