//! What runs only when the site is built (natively, never in a wasm): the
//! app with its pages and components, the content checks, rendering one
//! page (`prerender`, with the `ssr` feature), the HTML template, SEO, the
//! poster's QR code, the stylesheet's processing and the hosting files.

mod app;
#[cfg(feature = "ssr")]
pub mod build;
pub mod components;
pub mod content_checks;
pub mod hosting;
pub mod html_template;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod qr;
pub mod seo;
pub mod stylesheet;

pub use app::{use_content, App};
