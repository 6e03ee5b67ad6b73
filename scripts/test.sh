#!/usr/bin/env bash
# Command (b): install what is missing, then run every check and test:
# formatting, clippy (native and wasm32), native tests, release builds at the
# root and under a sub-path, and the browser tests against both.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

bash scripts/bootstrap.sh

log "cargo fmt --check"
cargo fmt --all -- --check

log "clippy (native; and with ssr, as the prerenderer builds)"
cargo clippy --all-targets -- -D warnings
cargo clippy --all-targets --features ssr -- -D warnings
log "clippy (wasm32, as the browser app builds)"
# Library and binaries only: the tests are native (they read files from disk).
with_wasm_env cargo clippy --lib --bins --target wasm32-unknown-unknown --features hydrate -- -D warnings

log "native tests"
cargo test --all-targets --workspace

# Test builds go under target/, leaving a developer's dist/ alone.
# A reserved test domain (RFC 6761) stands in for the public address.
bash scripts/build.sh --dist target/dist-e2e --site-url https://cop-explorer.test/
# Under a sub-path, English and Arabic (right-to-left) stand for all six,
# which the root build has: the browser tests per language are the slow part.
bash scripts/build.sh --public-url /cop/ --dist target/dist-cop --site-url https://cop-explorer.test/cop/ \
    --locales "en ar"

log "browser tests"
DIST_ROOT="$ROOT/target/dist-e2e" DIST_SUBPATH="$ROOT/target/dist-cop" SUBPATH=/cop/ \
    SITE_URL=https://cop-explorer.test/ \
    node --test --test-concurrency=1 tests/e2e/
