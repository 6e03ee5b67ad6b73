//! JSON through the browser's own parser. An island that took serde props,
//! or read its storage with serde_json, would carry serde_json and, through
//! serde's error messages, Rust's float formatting: about 20 KB brotli per
//! island. So the page writes an island's data as JSON in a `data-*`
//! attribute (natively, with serde_json), and the island reads it, and its
//! localStorage, with `JSON.parse` and these accessors. Browser only.

use wasm_bindgen::JsValue;

use crate::browser::js_object::property;

/// `JSON.parse(text)`; `None` for text that is not JSON.
pub fn parse(text: &str) -> Option<JsValue> {
    js_sys::JSON::parse(text).ok()
}

/// `JSON.stringify(value)`.
pub fn stringify(value: &JsValue) -> Option<String> {
    js_sys::JSON::stringify(value).ok()?.as_string()
}

/// The JSON in the page's first `[attribute]`. `None` when prerendering:
/// there is no page yet, and islands need their data only once live.
#[cfg(not(feature = "hydrate"))]
pub fn from_page(_attribute: &str) -> Option<JsValue> {
    None
}

/// The JSON in the page's first `[attribute]`.
#[cfg(feature = "hydrate")]
pub fn from_page(attribute: &str) -> Option<JsValue> {
    let text = leptos::prelude::document()
        .query_selector(&format!("[{attribute}]"))
        .ok()??
        .get_attribute(attribute)?;
    parse(&text)
}

/// `value[key]` as a string; `None` when missing, null or not a string.
pub fn string(value: &JsValue, key: &str) -> Option<String> {
    property(value, key)?.as_string()
}

/// `value[key]`: `Some(None)` when missing or null, `None` when it is there
/// but not a string (data that does not fit is refused, as serde would).
pub fn optional_string(value: &JsValue, key: &str) -> Option<Option<String>> {
    match property(value, key) {
        None => Some(None),
        Some(found) => found.as_string().map(Some),
    }
}

/// `value[key]` as an array (empty when missing); `None` when it is not one.
pub fn list(value: &JsValue, key: &str) -> Option<Vec<JsValue>> {
    match property(value, key) {
        None => Some(Vec::new()),
        Some(found) if js_sys::Array::is_array(&found) => {
            Some(js_sys::Array::from(&found).to_vec())
        }
        Some(_) => None,
    }
}

/// An array of strings; `None` if any item is not a string.
pub fn strings(items: &[JsValue]) -> Option<Vec<String>> {
    items.iter().map(JsValue::as_string).collect()
}

/// `[["a", "b"], ...]` under `key` as pairs; `None` if any is not a pair of strings.
pub fn pairs(value: &JsValue, key: &str) -> Option<Vec<(String, String)>> {
    list(value, key)?
        .iter()
        .map(|pair| {
            if !js_sys::Array::is_array(pair) {
                return None;
            }
            match strings(&js_sys::Array::from(pair).to_vec())?.as_slice() {
                [a, b] => Some((a.clone(), b.clone())),
                _ => None,
            }
        })
        .collect()
}

/// A plain object with these properties, for `stringify`.
pub fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in entries {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}
