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

// Where code runs is the folder it is in, and only the `hydrate` feature
// (a browser build) and `ssr` (the prerenderer) say so in code:
// - `shared`: the vocabulary, content types and the pure logic both sides
//   run (plan, quiz, filters, search ranking, i18n, routes). No web_sys, no
//   file system; the few browser-only lines in it are `cfg(feature = "hydrate")`.
// - `browser`: the islands, rendered natively once and hydrated in the
//   browser, and the only code that touches the DOM, storage and the URL.
// - `site`: what runs only when the site is built: the app, pages and
//   components, content checks, rendering, SEO, hosting files. A browser
//   build leaves it out, so none of it reaches a wasm.
pub mod browser;
pub mod shared;
#[cfg(not(feature = "hydrate"))]
pub mod site;

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
