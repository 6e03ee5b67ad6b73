#!/usr/bin/env bash
# Release build for a static host.
#   scripts/build.sh                         -> dist/, served from /
#   scripts/build.sh --public-url /cop/      -> dist/, served from /cop/
#   scripts/build.sh --public-url /cop/ --dist dist-cop
#   scripts/build.sh --site-url https://example.org/cop/ --public-url /cop/
#   scripts/build.sh --locales "en ar"       -> only these languages (all of
#                                               locales/languages.json by default)
#   scripts/build.sh --wasm-from dist ...    -> reuse the islands' wasm of an
#                                               earlier build of the same sources
# --site-url (or SITE_URL) is the public address: it adds canonical and
# og:url tags and a sitemap.xml.
#
# The wasm is built once per group of islands (WASM_GROUPS below), so that
# a page downloads only the code of the islands it has; each serves every
# language (its islands pick their strings by the page's <html lang>). One
# native run prerenders every language: English at the root of dist/, the
# others in dist/<code>/, all sharing the root's wasm, JS and CSS.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

PUBLIC_URL=/
DIST=dist
SITE_URL="${SITE_URL:-}"
LOCALES="${COP_LOCALES:-}"
WASM_FROM=
while [ $# -gt 0 ]; do
    case "$1" in
        --public-url) PUBLIC_URL="$2"; shift 2 ;;
        --dist) DIST="$2"; shift 2 ;;
        --site-url) SITE_URL="$2"; shift 2 ;;
        --locales) LOCALES="$2"; shift 2 ;;
        --wasm-from) WASM_FROM="$2"; shift 2 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
# Normalise to a path with leading and trailing slashes.
PUBLIC_URL="/${PUBLIC_URL#/}"
PUBLIC_URL="${PUBLIC_URL%/}/"

export COP_LOCALES="$LOCALES"
LANGUAGES_SHOWN="${LOCALES:-every language of locales/languages.json}"

# One wasm per island, so that a page downloads only the code of the
# islands it has. The islands are the `island-*` features of Cargo.toml, the
# one list of them (build.rs reads it too). Measured (brotli):
# one wasm with all ten islands is 259 KB; one island is 45-127 KB, and two
# in one wasm cost about 15 KB more than the larger alone. Each build after
# the first takes about half a minute: pages are not compiled for wasm.
mapfile -t WASM_GROUPS < <(grep -oE '^island-[a-z0-9-]+' Cargo.toml)
[ "${#WASM_GROUPS[@]}" -gt 0 ] || { echo "Cargo.toml has no island-* features" >&2; exit 1; }

# Copies every wasm-bindgen pair (<name>.js, <name>_bg.wasm) of a folder into dist/.
take_wasm_from() {
    local wasm
    for wasm in "$1"/*_bg.wasm; do
        cp "$wasm" "${wasm%_bg.wasm}.js" "$DIST/"
    done
}

# Trunk.toml keeps trunk (and so cargo) offline: download every crate the
# browser build needs first, or a fresh machine fails on the first one.
log "Fetching the crates (cargo fetch)"
cargo fetch --locked --target wasm32-unknown-unknown
log "Building the browser files into $DIST/ for $PUBLIC_URL"
# The first group's build writes dist/ (pages, CSS, copied files); the
# others add only their JS module and wasm. A wasm does not depend on the
# public URL, so --wasm-from takes them from an earlier build instead.
with_wasm_env trunk build --release --public-url "$PUBLIC_URL" --dist "$DIST" \
    --features "hydrate,${WASM_GROUPS[0]}"
if [ -n "$WASM_FROM" ]; then
    log "Taking the other islands' wasm from $WASM_FROM/"
    take_wasm_from "$WASM_FROM"
else
    # Two lanes at once: each build ends in a long single-threaded link
    # (fat LTO, one codegen unit). The second lane has its own copy of
    # cargo's files, which cargo finds up to date, since one target folder
    # admits one cargo at a time.
    main_target="${CARGO_TARGET_DIR:-$ROOT/target}"
    lane_target="$main_target/wasm-lane"
    mkdir -p "$lane_target/wasm32-unknown-unknown"
    cp -a "$main_target/release" "$lane_target/"
    cp -a "$main_target/wasm32-unknown-unknown/release" "$lane_target/wasm32-unknown-unknown/"
    lanes=("" "")
    for i in "${!WASM_GROUPS[@]}"; do
        [ "$i" -gt 0 ] && lanes[i % 2]+=" ${WASM_GROUPS[i]}"
    done
    build_lane() { # target folder, then the groups
        local target=$1 group staging
        shift
        for group in "$@"; do
            staging="target/wasm-group/${group//,/+}"
            log "Building the wasm for $group"
            CARGO_TARGET_DIR="$target" with_wasm_env trunk build --release \
                --public-url "$PUBLIC_URL" --dist "$staging" --features "hydrate,$group"
            take_wasm_from "$staging"
        done
    }
    # shellcheck disable=SC2086 # the lanes are space-separated lists
    build_lane "$main_target" ${lanes[1]} > target/wasm-lane-1.log 2>&1 &
    first=$!
    # shellcheck disable=SC2086
    build_lane "$lane_target" ${lanes[0]} > target/wasm-lane-2.log 2>&1 &
    second=$!
    status=0
    wait "$first" || status=$?
    wait "$second" || status=$?
    cat target/wasm-lane-1.log target/wasm-lane-2.log >&2
    [ "$status" -eq 0 ] || { echo "a wasm build failed (see above)" >&2; exit "$status"; }
fi

# Every route becomes a real HTML page (and 404.html the not-found page),
# rendered natively by the same components whose islands the wasm hydrates.
# (A debug build: it renders a few hundred pages, and compiles far faster.)
log "Prerendering every route in: $LANGUAGES_SHOWN"
cargo run --quiet --features ssr --bin prerender -- "$DIST" "$SITE_URL"
log "Built $DIST/ ($(du -sh "$DIST" | cut -f1)) in: $LANGUAGES_SHOWN"
