//! Build-time files that make the site safe and fast on any static host:
//! the boot script moved out of the HTML (for a strict CSP), the `_headers`
//! file, the nginx and Apache configs written from the same rules, the
//! precompressed copies, and the service worker with its precache list. All
//! are pure functions of the built files and the route list, so they are
//! unit-tested natively and never hand-kept.

pub mod apache;
pub mod boot_script;
pub mod fingerprint;
pub mod headers;
pub mod mime;
pub mod nginx;
pub mod precompress;
pub mod service_worker;
