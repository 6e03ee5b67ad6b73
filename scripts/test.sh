#!/usr/bin/env bash
# Command (b): install what is missing, then run every check and test:
# formatting, native tests, release builds at the root and under a sub-path
# (all three linted by clippy, native and wasm32), and the browser tests
# against both builds.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

bash scripts/bootstrap.sh

log "cargo fmt --check"
cargo fmt --all -- --check

# Clippy runs inside the builds the tests need anyway (native, and wasm32
# in trunk's build), instead of three extra check-only passes over the whole
# dependency tree, which took five of CI's minutes on two cores.
export RUSTC_WORKSPACE_WRAPPER="$ROOT/scripts/clippy-wrapper.sh"
# CI builds once from scratch, where incremental compilation only costs.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi

# With `ssr`, the native tests build the prerenderer too: the builds below
# reuse this one's dependencies (the wasm32 side is linted by trunk's build).
log "native tests, with clippy"
cargo test --all-targets --workspace --features cop-explorer/ssr

# Test builds go under target/, leaving a developer's dist/ alone.
# A reserved test domain (RFC 6761) stands in for the public address.
bash scripts/build.sh --dist target/dist-e2e --site-url https://cop-explorer.test/

# The translator's workflow, and adding a language in a copy of the
# repository, whose build takes the root build's islands.
log "script tests (translations, adding a language)"
COP_WASM_FROM=target/dist-e2e node --test --test-concurrency=1 tests/scripts/
# Under a sub-path, English and Arabic (right-to-left) stand for all six,
# which the root build has: the browser tests per language are the slow part.
# The islands' wasm does not depend on the address: the root build's serves.
bash scripts/build.sh --public-url /cop/ --dist target/dist-cop --site-url https://cop-explorer.test/cop/ \
    --locales "en ar" --wasm-from target/dist-e2e

log "browser tests"
DIST_ROOT="$ROOT/target/dist-e2e" DIST_SUBPATH="$ROOT/target/dist-cop" SUBPATH=/cop/ \
    SITE_URL=https://cop-explorer.test/ \
    node --test --test-concurrency=1 tests/e2e/
