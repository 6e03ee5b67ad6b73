#!/usr/bin/env bash
# Command (a): install what is missing, build the release site and serve it.
#   scripts/serve.sh [--port 8080] [--public-url /cop/]
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

PORT=8080
PUBLIC_URL=/
while [ $# -gt 0 ]; do
    case "$1" in
        --port) PORT="$2"; shift 2 ;;
        --public-url) PUBLIC_URL="$2"; shift 2 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

bash scripts/bootstrap.sh
bash scripts/build.sh --public-url "$PUBLIC_URL"
exec node tests/e2e/server.mjs --dir dist --port "$PORT" --base "$PUBLIC_URL"
