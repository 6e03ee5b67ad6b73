#!/usr/bin/env python3
"""Adds a language to the site:

    scripts/add-language.sh <code> "<name>" <ltr|rtl> [<intl locale>]

- registers it in locales/languages.json (the one list of languages: code,
  name in its own script, direction, and the Intl locale for dates and
  numbers, the code itself unless given);
- writes locales/<code>/*.json and content/<code>/*.json with English's
  structure and every text left empty: untranslated. The site shows an
  empty text in English, and marks content shown in English with its
  fallback notice, so every page works from the first build;
- writes no translations/<code>.json: nothing is translated yet.

Then `scripts/translations.sh export <code>` gives the translator a PO file,
and `scripts/build.sh --locales "en <code>"` builds the /<code>/ pages.
"""

import json
import re
import sys
from collections import OrderedDict

from translations import NOT_TEXT, REFERENCE, ROOT, files, read_json

LANGUAGES = ROOT / "locales" / "languages.json"
CODE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})*$")


def untranslated(value, key=""):
    """`value` with every text emptied; identifiers, numbers and structure kept."""
    if key in NOT_TEXT:
        return value
    if isinstance(value, str):
        return ""
    if isinstance(value, list):
        return [untranslated(item, key) for item in value]
    if isinstance(value, dict):
        return OrderedDict((k, untranslated(v, k)) for k, v in value.items())
    return value


def write_languages(languages):
    """One language per line, as the file is kept."""
    lines = [json.dumps(language, ensure_ascii=False).replace('{"', '{ "').replace('"}', '" }') for language in languages]
    LANGUAGES.write_text("[\n  " + ",\n  ".join(lines) + "\n]\n", encoding="utf-8")


def add(code, name, direction, intl):
    if not CODE.match(code):
        sys.exit(f"{code!r} is not a language code: lower case, like pt, sw or pt-br")
    if direction not in ("ltr", "rtl"):
        sys.exit(f"the direction is ltr or rtl, not {direction!r}")
    if not name.strip():
        sys.exit("give the language's name in its own script, e.g. \"Português\"")
    languages = json.loads(LANGUAGES.read_text(encoding="utf-8"), object_pairs_hook=OrderedDict)
    if any(language["code"] == code for language in languages):
        sys.exit(f"{code} is already in {LANGUAGES.relative_to(ROOT)}")
    written = []
    for _label, area, file_name in files():
        target = ROOT / area / code / file_name
        if target.exists():
            sys.exit(f"{target.relative_to(ROOT)} exists already: nothing changed")
        english = read_json(ROOT / area / REFERENCE / file_name)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(untranslated(english), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(target.relative_to(ROOT))
    languages.append(OrderedDict(code=code, name=name.strip(), dir=direction, intl=intl or code))
    write_languages(languages)
    print(f"added {code} ({name.strip()}, {direction}) to {LANGUAGES.relative_to(ROOT)}")
    print(f"wrote {len(written)} files, every text untranslated (shown in English):")
    for path in written:
        print(f"  {path}")
    print("next:")
    print(f"  scripts/translations.sh export {code}     # a PO file for the translator")
    print(f"  scripts/translations.sh import {code} <file.po>")
    print(f"  scripts/build.sh --locales \"en {code}\"   # the /{code}/ pages")


def main(argv):
    if len(argv) not in (3, 4) or argv[0] in ("-h", "--help"):
        sys.exit(__doc__)
    add(*argv[:3], argv[3] if len(argv) == 4 else None)


if __name__ == "__main__":
    main(sys.argv[1:])
