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

log "clippy (native)"
cargo clippy --all-targets -- -D warnings
log "clippy (wasm32)"
with_wasm_env cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

log "native tests"
cargo test --all-targets

bash scripts/build.sh --dist dist
bash scripts/build.sh --public-url /cop/ --dist target/dist-cop

log "browser tests"
DIST_ROOT="$ROOT/dist" DIST_SUBPATH="$ROOT/target/dist-cop" SUBPATH=/cop/ \
    node --test --test-concurrency=1 tests/e2e/
