//! Copying text: the Clipboard API, and where that is missing or refused
//! (older browsers, insecure origins, sandboxed frames) the old way, by
//! selecting a text field and asking the document to copy.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::browser::js_object::{call_method, property};

/// Copies `text`; `done(true)` once it is on the clipboard, `done(false)`
/// when neither way worked (the page then asks to copy by hand). The
/// fallback selects the text field `fallback_field_id`, which holds `text`.
pub fn copy_text(
    text: &str,
    fallback_field_id: &'static str,
    done: impl Fn(bool) + Clone + 'static,
) {
    let fallback = {
        let done = done.clone();
        move || {
            let field = document().get_element_by_id(fallback_field_id);
            let copied = field
                .map(|field| {
                    if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                        area.select();
                    } else if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
                        input.select();
                    }
                    call_method(&document().into(), "execCommand", &"copy".into())
                        .and_then(|r| r.as_bool())
                        .unwrap_or(false)
                })
                .unwrap_or(false);
            done(copied);
        }
    };
    let write = property(&window().into(), "navigator")
        .and_then(|navigator| property(&navigator, "clipboard"))
        .and_then(|clipboard| call_method(&clipboard, "writeText", &JsValue::from_str(text)))
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    match write {
        Some(promise) => {
            let ok = Closure::once(move |_: JsValue| done(true));
            let failed = Closure::once(move |_: JsValue| fallback());
            let _ = promise.then2(&ok, &failed);
            ok.forget();
            failed.forget();
        }
        None => fallback(),
    }
}
