//! COP Explorer: ITU's Child Online Protection work, for parents and educators.
//!
//! Every page is prerendered natively: `App` sets up content, metadata and
//! routing; pages live in `pages`, reusable pieces in `components`. Only the
//! interactive parts, in `islands`, are compiled into the wasm and hydrated
//! in the browser. All logic that can be tested without a browser lives in
//! plain modules (`content`, `meeting_filter`, `format`, ...).

// Deeply nested view types need more than the default limit when rendered natively.
#![recursion_limit = "256"]

// The `t!` macros name the crate by its name, also from inside it.
extern crate self as cop_explorer;

// The app, its pages and their parts render only natively (the
// prerenderer, the tests): a browser build compiles only the islands and
// the plain modules they use, once per wasm group.
#[cfg(not(feature = "hydrate"))]
mod app;
pub mod base_path;
pub mod classroom;
#[cfg(not(feature = "hydrate"))]
pub mod components;
pub mod content;
pub mod format;
pub mod grid_state;
pub mod hosting;
pub mod html_template;
pub mod i18n;
pub mod islands;
pub mod js_object;
pub mod meeting_filter;
#[cfg(not(feature = "hydrate"))]
pub mod pages;
pub mod partner_filter;
pub mod plan;
#[cfg(feature = "ssr")]
pub mod prerender;
#[cfg(not(target_arch = "wasm32"))]
pub mod qr;
pub mod quiz;
pub mod routes;
pub mod search;
pub mod seo;
pub mod storage;
#[cfg(not(target_arch = "wasm32"))]
pub mod stylesheet;
pub mod text_match;
pub mod together;
pub mod widgets;

#[cfg(not(feature = "hydrate"))]
pub use app::{use_content, App};

/// Marks the prerendered not-found page (`404.html`) on its `<html>` tag.
pub const NOT_FOUND_MARKER: &str = "data-not-found";

/// The search index file of this locale (`search-<hash>.json`), provided by
/// the prerenderer, which writes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchIndexFile(pub String);

/// The public address of this language's home page
/// ("https://example.org/cop/fr/"), when the build was given a site URL:
/// the poster's QR code points there.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteHome(pub Option<String>);
