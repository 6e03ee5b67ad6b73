#!/usr/bin/env bash
# Client-side-rendered ("CSR before") release build, for comparisons only
# (scripts/bench.mjs --compare-csr). It is the site as it was before
# prerendering: an app shell whose body is only a loading line, filled by
# the wasm (cargo feature `csr`, which mounts instead of hydrating).
#
#   scripts/build-csr.sh                                  -> target/dist-csr/, served from /
#   scripts/build-csr.sh --dist DIR [--public-url /cop/]
#
# The committed index.html is never touched: trunk builds a temporary copy,
# .index-csr.html at the repository root (deleted on exit, also on failure),
# built with `--features csr` and the body placeholder replaced by the
# loading line. The output folder gets no 404.html (and nothing prerendered),
# so a static server's fallback gives every route the app shell.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

PUBLIC_URL=/
DIST=target/dist-csr
while [ $# -gt 0 ]; do
    case "$1" in
        --public-url) PUBLIC_URL="$2"; shift 2 ;;
        --dist) DIST="$2"; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
PUBLIC_URL="/${PUBLIC_URL#/}"
PUBLIC_URL="${PUBLIC_URL%/}/"

# Never overwrite the real (prerendered) build by accident.
case "$(realpath -m "$DIST")" in
    "$ROOT/dist"|"$ROOT") echo "build-csr.sh: refusing to build into $DIST (use another folder)" >&2; exit 2 ;;
esac

TARGET=.index-csr.html
cleanup() { rm -f "$ROOT/$TARGET"; }
trap cleanup EXIT

# index.html with the old loading line as the whole body (the csr feature
# replaces Trunk.toml's hydrate on the command line).
perl -0pe '
    s{(<body[^>]*>).*?(</body>)}{$1\n    <p class="boot">Loading COP Explorer…</p>\n$2}s or die "no <body>...</body> in index.html\n";
' index.html > "$TARGET"

log "Building client-side-rendered release into $DIST/ for $PUBLIC_URL"
with_wasm_env trunk build --release --public-url "$PUBLIC_URL" --dist "$DIST" --html-output index.html "$TARGET" \
    --features csr

# trunk 0.21.14 writes index.html whatever the target is called (and
# --html-output says so explicitly); some 0.21 releases named the output
# after the target file instead. Normalise to index.html either way.
if [ -f "$DIST/$TARGET" ]; then
    mv -f "$DIST/$TARGET" "$DIST/index.html"
fi
if [ ! -f "$DIST/index.html" ]; then
    echo "build-csr.sh: trunk wrote no $DIST/index.html" >&2
    exit 1
fi
# Only the app shell: a stale 404.html or prerendered page would change
# what the server's fallback returns.
rm -f "$DIST/404.html"
grep -q 'class="boot"' "$DIST/index.html" || { echo "build-csr.sh: $DIST/index.html has no loading line" >&2; exit 1; }
log "Built $DIST/ ($(du -sh "$DIST" | cut -f1)), client-side rendering"
