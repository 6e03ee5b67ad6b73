//! Reading browser objects that may be missing, or whose properties throw
//! (e.g. `navigator.serviceWorker` in a sandboxed frame), without a panic.

use wasm_bindgen::{JsCast, JsValue};

/// `target[key]`; `None` when reading throws or the value is null or undefined.
pub fn property(target: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &JsValue::from_str(key))
        .ok()
        .filter(|value| !value.is_null() && !value.is_undefined())
}

/// `target[name](argument)`; `None` when there is no such method or it throws.
pub fn call_method(target: &JsValue, name: &str, argument: &JsValue) -> Option<JsValue> {
    property(target, name)?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call1(target, argument)
        .ok()
}
