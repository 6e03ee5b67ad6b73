//! The hydrating wasm's content: fetched once at start-up from the bundle
//! the build wrote next to the pages. Each page names it in
//! `<meta name="cop-content">` and preloads it, so the download runs in
//! parallel with the wasm's.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{Content, LoadError};

/// The `<meta>` that names this build's content bundle (relative to `<base>`).
pub const META_NAME: &str = "cop-content";

fn failed(message: impl Into<String>) -> LoadError {
    LoadError {
        file: "content bundle",
        message: message.into(),
    }
}

fn js_error(error: wasm_bindgen::JsValue) -> LoadError {
    failed(format!("{error:?}"))
}

/// Fetches and parses this page's content bundle.
pub async fn fetch_content() -> Result<Content, LoadError> {
    let document = leptos::prelude::document();
    let name = document
        .query_selector(&format!("meta[name=\"{META_NAME}\"]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .ok_or_else(|| failed("the page names no content bundle"))?;
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    let url = web_sys::Url::new_with_base(&name, &base)
        .map_err(js_error)?
        .href();
    let response: web_sys::Response =
        JsFuture::from(leptos::prelude::window().fetch_with_str(&url))
            .await
            .map_err(js_error)?
            .dyn_into()
            .map_err(js_error)?;
    if !response.ok() {
        return Err(failed(format!("{url}: HTTP {}", response.status())));
    }
    let text = JsFuture::from(response.text().map_err(js_error)?)
        .await
        .map_err(js_error)?
        .as_string()
        .ok_or_else(|| failed("the bundle is not text"))?;
    Content::from_bundle(&text)
}
