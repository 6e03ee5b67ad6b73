#!/usr/bin/env bash
# Release build for a static host.
#   scripts/build.sh                         -> dist/, served from /
#   scripts/build.sh --public-url /cop/      -> dist/, served from /cop/
#   scripts/build.sh --public-url /cop/ --dist dist-cop
#   scripts/build.sh --site-url https://example.org/cop/ --public-url /cop/
# --site-url (or SITE_URL) is the public address: it adds canonical and
# og:url tags and a sitemap.xml.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

PUBLIC_URL=/
DIST=dist
SITE_URL="${SITE_URL:-}"
while [ $# -gt 0 ]; do
    case "$1" in
        --public-url) PUBLIC_URL="$2"; shift 2 ;;
        --dist) DIST="$2"; shift 2 ;;
        --site-url) SITE_URL="$2"; shift 2 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
# Normalise to a path with leading and trailing slashes.
PUBLIC_URL="/${PUBLIC_URL#/}"
PUBLIC_URL="${PUBLIC_URL%/}/"

log "Building release into $DIST/ for $PUBLIC_URL"
with_wasm_env trunk build --release --public-url "$PUBLIC_URL" --dist "$DIST"

# Every route becomes a real HTML page (and 404.html the not-found page),
# rendered natively by the same components that the wasm then hydrates.
log "Prerendering every route"
cargo run --quiet --release --features ssr --bin prerender -- "$DIST" "$SITE_URL"
log "Built $DIST/ ($(du -sh "$DIST" | cut -f1))"
