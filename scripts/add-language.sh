#!/usr/bin/env bash
# Adds a language: scripts/add-language.sh <code> "<name>" <ltr|rtl> [<intl locale>]
# e.g. scripts/add-language.sh pt "Português" ltr
# See scripts/add_language.py and the README's "Adding a language".
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 scripts/add_language.py "$@"
