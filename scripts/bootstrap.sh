#!/usr/bin/env bash
# Installs everything COP Explorer needs to build and test, and skips what is
# already there, so it is cheap to run before every build. Works with only the
# package registries reachable (crates.io, npm, Debian): trunk is told never
# to download its helper tools, so we install them here.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

APT_UPDATED=0
apt_install() {
    if [ "$APT_UPDATED" = 0 ]; then
        as_root apt-get update -qq
        APT_UPDATED=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# 1. Browser and fonts for the end-to-end tests and screenshots.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    log "Installing Debian chromium and chromium-driver"
    apt_install chromium chromium-driver
fi
# System fonts for Arabic, Cyrillic (noto-core) and Chinese (noto-cjk): the
# site fetches no web fonts, so the browser tests' screenshots need these.
if ! dpkg -s fonts-noto-core >/dev/null 2>&1 || ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
    log "Installing Noto fonts"
    apt_install fonts-noto-core fonts-noto-cjk || log "Noto fonts not available; screenshots use fallback fonts"
fi
# A text browser: a test reads pages as w3m shows them (no CSS, no script).
if ! command -v w3m >/dev/null; then
    log "Installing w3m"
    apt_install w3m
fi
# Real web servers for the browser tests (tests/e2e/servers.test.mjs), run
# as ordinary processes on 127.0.0.1. Installing them must not start them
# as system services (listening on port 80 of every address): a policy-rc.d
# that refuses every start, kept only for the install if we made it.
if [ ! -x /usr/sbin/nginx ] || [ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || [ ! -x /usr/sbin/apache2 ]; then
    log "Installing nginx (with brotli_static) and apache2"
    made_policy=0
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
        as_root chmod +x /usr/sbin/policy-rc.d
        made_policy=1
    fi
    apt_install nginx libnginx-mod-http-brotli-static apache2
    if [ "$made_policy" = 1 ]; then as_root rm -f /usr/sbin/policy-rc.d; fi
fi
# The translator's workflow (scripts/translations.sh): GNU gettext's msgfmt
# checks the PO files in the tests; PyPI polib reads and writes them.
if ! command -v msgfmt >/dev/null; then
    log "Installing gettext"
    apt_install gettext
fi
if ! python3 -c 'import polib' 2>/dev/null; then
    log "Installing polib (PyPI)"
    python3 -m pip install --quiet --disable-pip-version-check polib==1.2.0 \
        || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages polib==1.2.0
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    log "Installing Node.js"
    apt_install nodejs npm
fi

# 2. Rust: formatter, linter and the wasm32 target.
for component in rustfmt clippy; do
    if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
        log "Adding rustup component $component"
        rustup component add "$component"
    fi
done
if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$' && [ ! -f "$WASM_FALLBACK_MARKER" ]; then
    log "Adding the wasm32-unknown-unknown target"
    if ! rustup target add wasm32-unknown-unknown; then
        log "rustup could not fetch the target; using Debian's rustc-web toolchain"
        apt_install rustc-web cargo-web rust-web-src lld-22
        mkdir -p "$(dirname "$WASM_FALLBACK_MARKER")"
        touch "$WASM_FALLBACK_MARKER"
    fi
fi

# 3. trunk (a long compile: only when missing or at another version).
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    log "Installing trunk $TRUNK_VERSION (compiles for 10-20 minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 4. wasm-bindgen-cli, exactly the version in Cargo.lock. No --locked: its
#    own lockfile pins a crate the registry no longer serves.
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    log "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

# 5. npm packages: test tools, and binaryen's wasm-opt (version_132), which
#    understands current rustc output. Reinstalled only when the lockfile changed.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "Installing npm packages from package-lock.json"
    # lighthouse's trace engine asks for third-party-web@"latest": when a new
    # version is published, `npm ci` finds the lock out of date. Then install
    # the same pinned top-level versions without writing the lockfile.
    if ! npm ci --no-audit --no-fund --loglevel=error; then
        log "npm ci refused the lockfile; installing with npm install --no-save instead"
        npm install --no-save --no-audit --no-fund --loglevel=error
    fi
fi
if ! wasm-opt --version 2>/dev/null | grep -q "version_132"; then
    echo "wasm-opt version_132 not found on PATH after npm ci" >&2
    exit 1
fi

log "Toolchain ready: $(trunk --version), wasm-bindgen $WASM_BINDGEN_VERSION, $(wasm-opt --version), $(chromium --version 2>/dev/null | head -n1)"
