//! What runs in the browser: the islands (rendered natively into the
//! prerendered pages, then hydrated), and the only code that touches
//! `web_sys`/`js_sys`: the DOM, storage, the URL, the clipboard.

pub mod islands;
pub mod js_object;
pub mod storage;
