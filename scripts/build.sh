#!/usr/bin/env bash
# Release build for a static host.
#   scripts/build.sh                         -> dist/, served from /
#   scripts/build.sh --public-url /cop/      -> dist/, served from /cop/
#   scripts/build.sh --public-url /cop/ --dist dist-cop
#   scripts/build.sh --site-url https://example.org/cop/ --public-url /cop/
#   scripts/build.sh --locales "en ar"       -> only these languages
# --site-url (or SITE_URL) is the public address: it adds canonical and
# og:url tags and a sitemap.xml.
#
# One wasm serves every language (its islands pick their strings by the
# page's <html lang>). One native run prerenders every language: English at
# the root of dist/, the others in dist/<code>/, all sharing the root's wasm,
# JS and CSS.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

PUBLIC_URL=/
DIST=dist
SITE_URL="${SITE_URL:-}"
LOCALES="${COP_LOCALES:-en ar zh fr ru es}"
while [ $# -gt 0 ]; do
    case "$1" in
        --public-url) PUBLIC_URL="$2"; shift 2 ;;
        --dist) DIST="$2"; shift 2 ;;
        --site-url) SITE_URL="$2"; shift 2 ;;
        --locales) LOCALES="$2"; shift 2 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
# Normalise to a path with leading and trailing slashes.
PUBLIC_URL="/${PUBLIC_URL#/}"
PUBLIC_URL="${PUBLIC_URL%/}/"

export COP_LOCALES="$LOCALES"

log "Building the browser files into $DIST/ for $PUBLIC_URL"
with_wasm_env trunk build --release --public-url "$PUBLIC_URL" --dist "$DIST" --features hydrate

# Every route becomes a real HTML page (and 404.html the not-found page),
# rendered natively by the same components whose islands the wasm hydrates.
# (A debug build: it renders a few hundred pages, and compiles far faster.)
log "Prerendering every route in: $LOCALES"
cargo run --quiet --features ssr --bin prerender -- "$DIST" "$SITE_URL"
log "Built $DIST/ ($(du -sh "$DIST" | cut -f1)) in: $LOCALES"
