//! The islands are split over several wasm builds (scripts/build.sh). Four
//! places name them and must agree: each island's `cfg(wasm_island)` in
//! src/islands/, the `island-*` features in Cargo.toml, the list in
//! build.rs, and the groups in scripts/build.sh. An island left out of
//! every group would be prerendered but never wake (the prerenderer also
//! refuses such a page); one in two groups would be downloaded twice.

use std::collections::BTreeSet;
use std::fs;

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

/// Every island in src/islands/, by the name its cfg gives it, with a check
/// that each is an island under its cfg and a plain component otherwise.
fn islands_in_source() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for entry in fs::read_dir("src/islands").expect("src/islands") {
        let path = entry.expect("a file").path();
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
fn every_island_has_a_feature_and_a_place_in_build_rs() {
    let islands = islands_in_source();
    assert_eq!(islands.len(), 11, "{islands:?}");
    let features: BTreeSet<String> = read("Cargo.toml")
        .lines()
        .filter_map(|line| line.strip_prefix("island-"))
        .filter_map(|rest| rest.split_whitespace().next())
        .map(str::to_string)
        .collect();
    assert_eq!(features, islands, "Cargo.toml's island-* features");
    let build_rs = read("build.rs");
    let list = &build_rs[build_rs
        .find("const ISLANDS")
        .expect("build.rs lists the islands")..];
    let listed: BTreeSet<String> = list[..list.find("];").expect("the list ends")]
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    assert_eq!(listed, islands, "build.rs ISLANDS");
}

#[test]
fn every_island_is_in_exactly_one_wasm_group() {
    let islands = islands_in_source();
    let script = read("scripts/build.sh");
    let start = script
        .find("WASM_GROUPS=(")
        .expect("build.sh has WASM_GROUPS");
    let groups: Vec<Vec<String>> = script[start..]
        .lines()
        .skip(1)
        .take_while(|line| line.trim() != ")")
        .filter_map(|line| line.trim().strip_prefix('"'))
        .map(|group| {
            group
                .trim_end_matches('"')
                .split(',')
                .map(|feature| {
                    feature
                        .strip_prefix("island-")
                        .unwrap_or_else(|| panic!("{feature:?} is not an island feature"))
                        .to_string()
                })
                .collect()
        })
        .collect();
    assert!(groups.len() > 1, "{groups:?}");
    let mut seen = BTreeSet::new();
    for name in groups.iter().flatten() {
        assert!(
            islands.contains(name),
            "build.sh names an unknown island {name}"
        );
        assert!(seen.insert(name.clone()), "{name} is in two wasm groups");
    }
    assert_eq!(seen, islands, "every island is in a group");
}
