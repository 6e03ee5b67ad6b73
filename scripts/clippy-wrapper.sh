#!/usr/bin/env bash
# RUSTC_WORKSPACE_WRAPPER for scripts/test.sh: cargo calls it as
# `clippy-wrapper.sh <rustc> <args>` for this project's own crates only.
# It compiles them with clippy-driver (rustc plus clippy's lints, same code
# out) and fails on any warning, so the builds the tests need anyway are
# also the lint pass. Dependencies never come through here, and RUSTFLAGS
# stays untouched so that native and wasm builds share their build tools.
set -euo pipefail
rustc="$1"
shift
driver="$(dirname "$rustc")/clippy-driver"
case " $* " in
    *" --crate-name "*) exec "$driver" "$rustc" "$@" -D warnings ;;
    *) exec "$driver" "$rustc" "$@" ;;
esac
