//! Turns trunk's output folder into the finished static site:
//!
//!     cargo run --release --features ssr --bin prerender -- dist [https://example.org/cop/]
//!
//! The optional second argument (or SITE_URL) is the site's public address.
//! What it does, step by step, is in `cop_explorer::site::build`.

use std::process::ExitCode;

fn main() -> ExitCode {
    match cop_explorer::site::build::run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
