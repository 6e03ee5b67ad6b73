//! Each island has its own wasm build (scripts/build.sh). Cargo.toml's
//! `island-*` features are the one list of them: build.rs and
//! scripts/build.sh read it. The code names its island once more, in its
//! `cfg(wasm_island)`; the two must agree, or an island would be
//! prerendered but never wake (the prerenderer also refuses such a page).

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

mod support;
use support::rust_files;

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The quoted values after `marker` in `text`, e.g. `wasm_island = "grid"`.
fn quoted_after(text: &str, marker: &str) -> Vec<String> {
    text.split(marker)
        .skip(1)
        .filter_map(|rest| rest.split('"').nth(1))
        .map(str::to_string)
        .collect()
}

/// Every island in src/browser/islands/, by the name its cfg gives it, with a check
/// that each is an island under its cfg and a plain component otherwise.
fn islands_in_source() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for path in rust_files(Path::new("src/browser/islands")) {
        let code = read(path.to_str().expect("a UTF-8 path"));
        assert!(
            !code.contains("#[island]"),
            "{}: an island must name its wasm group: #[cfg_attr(wasm_island = \"...\", island)]",
            path.display()
        );
        for name in quoted_after(&code, "#[cfg_attr(wasm_island = ") {
            assert!(
                code.contains(&format!(
                    "#[cfg_attr(wasm_island = \"{name}\", island)]\n#[cfg_attr(not(wasm_island = \"{name}\"), component)]"
                )),
                "{}: {name} must be a component when not an island",
                path.display()
            );
            assert!(names.insert(name.clone()), "{name} is named twice");
        }
    }
    names
}

#[test]
fn every_island_has_a_feature_and_every_feature_an_island() {
    let islands = islands_in_source();
    assert_eq!(islands.len(), 11, "{islands:?}");
    let features: BTreeSet<String> = read("Cargo.toml")
        .lines()
        .filter_map(|line| line.strip_prefix("island-"))
        .filter_map(|rest| rest.split_whitespace().next())
        .map(str::to_string)
        .collect();
    assert_eq!(features, islands, "Cargo.toml's island-* features");
}
