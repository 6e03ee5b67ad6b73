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
# Each language is its own build (its strings and content are compiled in):
# English at the root of dist/, the others in dist/<code>/ with the public
# URL <public-url><code>/. English is prerendered last, as it writes the
# files that cover all languages (sitemap.xml, _headers).
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
OTHER_LOCALES=$(for code in $LOCALES; do [ "$code" = en ] || echo "$code"; done)

# trunk empties its dist folder, so English (the root) is built first.
log "Building English into $DIST/ for $PUBLIC_URL"
with_wasm_env trunk build --release --public-url "$PUBLIC_URL" --dist "$DIST" --features hydrate
for code in $OTHER_LOCALES; do
    log "Building $code into $DIST/$code/ for $PUBLIC_URL$code/"
    with_wasm_env trunk build --release --public-url "$PUBLIC_URL$code/" --dist "$DIST/$code" \
        --features "hydrate,lang-$code"
done

# Every route becomes a real HTML page (and 404.html the not-found page),
# rendered natively by the same components that the wasm then hydrates.
# (A debug build: it renders a few hundred pages, and compiles far faster.
# Without incremental caches: six feature sets would fill gigabytes with them.)
export CARGO_INCREMENTAL=0
for code in $OTHER_LOCALES; do
    log "Prerendering every route in $code"
    cargo run --quiet --features "ssr,lang-$code" --bin prerender -- "$DIST/$code" "$SITE_URL"
done
log "Prerendering every route in English, and the site-wide files"
cargo run --quiet --features ssr --bin prerender -- "$DIST" "$SITE_URL"
log "Built $DIST/ ($(du -sh "$DIST" | cut -f1)) in: $LOCALES"
