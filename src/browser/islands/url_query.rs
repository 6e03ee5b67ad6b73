//! The page's state in its address (`/partners?risk=contact`), read and
//! written through the browser's URL API: islands have no router. Writing
//! replaces the history entry and keeps the scroll position, since changing
//! a filter is not a new page.

/// The value of `name` in a query string ("a=1&b=x+y", with or without "?"),
/// percent-decoded, with "+" as a space. The first occurrence wins.
#[cfg(feature = "hydrate")]
pub fn query_value(query: &str, name: &str) -> Option<String> {
    web_sys::UrlSearchParams::new_with_str(query)
        .ok()?
        .get(name)
}

/// `query_value` natively (the tests).
#[cfg(not(feature = "hydrate"))]
pub fn query_value(query: &str, name: &str) -> Option<String> {
    query_pairs(query)
        .into_iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value)
}

/// Every `name=value` pair of a query string, decoded, in order, by the
/// browser's `URLSearchParams`. Decoding never fails: a broken escape stays
/// as it is, bytes that are not UTF-8 become U+FFFD.
#[cfg(feature = "hydrate")]
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(query) else {
        return Vec::new();
    };
    // Array.from(params): its [name, value] pairs.
    js_sys::Array::from(&params)
        .iter()
        .filter_map(|entry| {
            let pair = js_sys::Array::from(&entry);
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// `query_pairs` natively (the tests): the same WHATWG rules, by the
/// `form_urlencoded` crate.
#[cfg(not(feature = "hydrate"))]
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
        .into_owned()
        .collect()
}

/// The current address's query string, without "?" (browser only).
pub fn current_query() -> String {
    leptos::prelude::window()
        .location()
        .search()
        .unwrap_or_default()
        .trim_start_matches('?')
        .to_string()
}

/// Replaces the query string of the current address (browser only), keeping
/// its path and `#fragment`.
pub fn replace_query(query: &str) {
    let window = leptos::prelude::window();
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
