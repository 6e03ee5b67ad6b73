#!/usr/bin/env bash
# The translator's workflow (see scripts/translations.py and the README's
# "Translating"): status, export <code> [file.po], import <code> <file.po>,
# record <code>. Installs the PO library (PyPI polib) on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! python3 -c 'import polib' 2>/dev/null; then
    echo "Installing polib (PyPI) for the PO files" >&2
    python3 -m pip install --quiet --disable-pip-version-check polib==1.2.0 >&2 \
        || python3 -m pip install --quiet --disable-pip-version-check --user polib==1.2.0 >&2 \
        || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages polib==1.2.0 >&2
fi
exec python3 scripts/translations.py "$@"
