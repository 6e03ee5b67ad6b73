# Sourced by the project's scripts: puts the project's tools on PATH and
# knows how to run a command for the wasm32 target.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# Set by bootstrap.sh when rustup could not fetch the wasm32 target and the
# Debian rustc-web toolchain is used instead (see README, "Toolchain").
WASM_FALLBACK_MARKER="$ROOT/.tools/wasm-fallback"

# Runs "$@" with the environment a wasm32 build needs. Native builds never
# see these variables.
with_wasm_env() {
    if [ -f "$WASM_FALLBACK_MARKER" ]; then
        # (No clippy-driver wrapper: it belongs to rustup's toolchain.)
        env -u RUSTC_WORKSPACE_WRAPPER RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 \
        CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
        CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-22 \
        "$@"
    else
        "$@"
    fi
}

# Exact tool versions. wasm-bindgen must match Cargo.lock.
TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")"
export TRUNK_VERSION WASM_BINDGEN_VERSION

# Each line says how long the script has run (bash's SECONDS), so that a CI
# log shows where the time goes.
log() { printf '\033[1m==> [%4ss] %s\033[0m\n' "$SECONDS" "$*" >&2; }
