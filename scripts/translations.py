#!/usr/bin/env python3
"""The translator's workflow: status, and gettext PO files in and out.

    scripts/translations.sh status [<code>...]
    scripts/translations.sh export <code> [<file.po>]
    scripts/translations.sh import <code> <file.po>
    scripts/translations.sh record <code>

Every text a reader sees is a string in `locales/<code>/*.json` (interface
words) or `content/<code>/*.json` (the content), English being the
reference. A string is one PO entry: its context is the file and the
string's place in it (`risks.json:[contact].summary`,
`locales/common.json:nav_home`), its msgid the English, its msgstr the
translation. Values under identifier keys (ids, enums, addresses: the list
`IDENTIFIER_KEYS` in src/shared/content/mod.rs) are not text and are left out.

A translation is stale when the English changed after it was made:
`translations/<code>.json` keeps, for each translated string, a hash of the
English it was made from. `export` marks stale strings `#, fuzzy` (Poedit,
Weblate, Pontoon and OmegaT show them as "needs review"); `import` writes
back every entry that has a msgstr and is not fuzzy, and records the English
it was translated from; `record` marks every present translation of a
language as made from today's English (after editing the JSON by hand).

The PO format is read and written by polib (PyPI), a maintained library.
"""

import hashlib
import json
import re
import sys
from collections import OrderedDict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = "en"
# Keys that name an item of a list, in order of preference (src/shared/content/fallback.rs).
IDENTITY_KEYS = ("id", "risk", "band")


def identifier_keys():
    """IDENTIFIER_KEYS from src/shared/content/mod.rs: the one list of non-text keys."""
    source = (ROOT / "src/shared/content/mod.rs").read_text(encoding="utf-8")
    body = re.search(r"IDENTIFIER_KEYS: \[&str; \d+\] = \[(.*?)\];", source, re.S)
    if not body:
        sys.exit("src/shared/content/mod.rs: IDENTIFIER_KEYS not found")
    return set(re.findall(r'"([^"]+)"', re.sub(r"//[^\n]*", "", body.group(1))))


NOT_TEXT = identifier_keys()


def languages():
    """The published languages other than English (locales/languages.json)."""
    listed = json.loads((ROOT / "locales" / "languages.json").read_text(encoding="utf-8"))
    return [language["code"] for language in listed if language["code"] != REFERENCE]


def files():
    """(label, path relative to a language's folder's parent) of every text file."""
    out = []
    for area in ("locales", "content"):
        for path in sorted((ROOT / area / REFERENCE).glob("*.json")):
            label = path.name if area == "content" else f"locales/{path.name}"
            out.append((label, area, path.name))
    return out


def read_json(path):
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=OrderedDict)


def item_keys(items):
    """How each item of a list is named in a place: by its id (or risk, or
    age band) when that names every item once, else by its position."""
    for key in IDENTITY_KEYS:
        names = [item.get(key) if isinstance(item, dict) else None for item in items]
        if all(isinstance(n, str) for n in names) and len(set(names)) == len(names):
            return names
    return [str(i) for i in range(len(items))]


def strings(value, key="", at=""):
    """Every text in `value`: [(place, text)], in document order."""
    if key in NOT_TEXT:
        return []
    if isinstance(value, str):
        return [(at, value)]
    if isinstance(value, list):
        out = []
        for name, item in zip(item_keys(value), value):
            out.extend(strings(item, key, f"{at}[{name}]"))
        return out
    if isinstance(value, dict):
        out = []
        for k, v in value.items():
            out.extend(strings(v, k, f"{at}.{k}" if at else k))
        return out
    return []


def lookup(value, place):
    """The string at `place` in `value`, or None."""
    for step in re.findall(r"\[[^\]]*\]|[^.\[]+", place):
        if step.startswith("["):
            if not isinstance(value, list):
                return None
            names = item_keys(value)
            value = value[names.index(step[1:-1])] if step[1:-1] in names else None
        else:
            value = value.get(step) if isinstance(value, dict) else None
        if value is None:
            return None
    return value if isinstance(value, str) else None


def assign(target, reference, place, text):
    """Sets the string at `place` in `target`, taking any missing structure
    from `reference` (English) and keeping English's key order."""
    steps = re.findall(r"\[[^\]]*\]|[^.\[]+", place)
    for n, step in enumerate(steps):
        last = n == len(steps) - 1
        if step.startswith("["):
            wanted = step[1:-1]
            index = item_keys(reference).index(wanted)
            names = item_keys(target)
            match = names.index(wanted) if wanted in names else None
            if match is None:
                target.insert(min(index, len(target)), json.loads(json.dumps(reference[index]), object_pairs_hook=OrderedDict))
                match = min(index, len(target) - 1)
            if last:
                target[match] = text
            reference, target = reference[index], target[match]
        else:
            if step not in target:
                ordered = OrderedDict()
                for k in reference:
                    if k in target:
                        ordered[k] = target[k]
                    elif k == step:
                        ordered[k] = json.loads(json.dumps(reference[k]), object_pairs_hook=OrderedDict)
                target_items = list(ordered.items())
                target.clear()
                target.update(target_items)
            if last:
                target[step] = text
            reference, target = reference[step], target[step]


def digest(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def records_path(code):
    return ROOT / "translations" / f"{code}.json"


def read_records(code):
    return read_json(records_path(code)) or OrderedDict()


def write_records(code, records):
    path = records_path(code)
    path.parent.mkdir(exist_ok=True)
    ordered = OrderedDict((f, OrderedDict(sorted(records[f].items()))) for f in sorted(records) if records[f])
    write_if_changed(path, ordered)


def write_if_changed(path, data):
    """Writes JSON as the project's files are written, only when the parsed
    value differs: a round trip never touches a file."""
    if read_json(path) == data:
        return False
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return True


def entries(code):
    """[(label, place, english, translation or None, state)] for a language."""
    records = read_records(code)
    out = []
    for label, area, name in files():
        english = read_json(ROOT / area / REFERENCE / name)
        translated = read_json(ROOT / area / code / name)
        made_from = records.get(label, {})
        for place, text in strings(english):
            mine = lookup(translated, place) if translated is not None else None
            if mine is None or not mine.strip():
                state = "missing"
            elif made_from.get(place, digest(text)) != digest(text):
                state = "stale"
            else:
                state = "translated"
            out.append((label, place, text, mine, state))
    return out


def status(codes):
    codes = codes or languages()
    print(f"{'language':<9} {'file':<28} {'translated':>10} {'missing':>8} {'stale':>6}")
    for code in codes:
        totals = {"translated": 0, "missing": 0, "stale": 0}
        per_file = OrderedDict()
        for label, _place, _en, _mine, state in entries(code):
            per_file.setdefault(label, {"translated": 0, "missing": 0, "stale": 0})[state] += 1
            totals[state] += 1
        for label, counts in per_file.items():
            print(f"{code:<9} {label:<28} {counts['translated']:>10} {counts['missing']:>8} {counts['stale']:>6}")
        print(f"{code:<9} {'(all files)':<28} {totals['translated']:>10} {totals['missing']:>8} {totals['stale']:>6}")


def export(code, out_path):
    import polib  # only here and in import_po: add_language.py needs no PO library

    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "COP Explorer",
        "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE",
        "Last-Translator": "",
        "Language-Team": code,
        "Language": code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    for label, place, english, mine, state in entries(code):
        entry = polib.POEntry(msgctxt=f"{label}:{place}", msgid=english, msgstr=mine or "")
        if state == "stale":
            entry.flags.append("fuzzy")
        if "{{" in english:
            entry.comment = "Keep every {{ name }} placeholder as it is."
        po.append(entry)
    po.save(str(out_path))
    print(f"wrote {out_path} ({len(po)} strings)")


def import_po(code, po_path):
    import polib

    po = polib.pofile(str(po_path))
    records = read_records(code)
    by_file = OrderedDict()
    for entry in po:
        if entry.obsolete or "fuzzy" in entry.flags or not entry.msgstr or not entry.msgctxt:
            continue
        label, _, place = entry.msgctxt.partition(":")
        by_file.setdefault(label, []).append((place, entry.msgid, entry.msgstr))
    changed = []
    for label, area, name in files():
        if label not in by_file:
            continue
        english = read_json(ROOT / area / REFERENCE / name)
        path = ROOT / area / code / name
        data = read_json(path) or OrderedDict() if isinstance(english, dict) else read_json(path) or []
        for place, msgid, msgstr in by_file[label]:
            if lookup(english, place) is None:
                print(f"skipped {label}:{place}: no such English string", file=sys.stderr)
                continue
            assign(data, english, place, msgstr)
            records.setdefault(label, OrderedDict())[place] = digest(msgid)
        if write_if_changed(path, data):
            changed.append(str(path.relative_to(ROOT)))
    write_records(code, records)
    print(f"imported {po_path} into {code}: {len(changed)} file(s) changed" + "".join(f"\n  {c}" for c in changed))


def record(code):
    records = OrderedDict()
    for label, place, english, _mine, state in entries(code):
        if state != "missing":
            records.setdefault(label, OrderedDict())[place] = digest(english)
    write_records(code, records)
    print(f"recorded {code}: every present translation is made from today's English")


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return
    command, args = argv[0], argv[1:]
    known = languages()
    for code in args[:1] if command != "status" else args:
        if code not in known:
            sys.exit(f"unknown language {code!r}: one of {', '.join(known)}")
    if command == "status":
        status(args)
    elif command == "export" and len(args) in (1, 2):
        out = Path(args[1]) if len(args) == 2 else ROOT / "target" / "translations" / f"{args[0]}.po"
        out.parent.mkdir(parents=True, exist_ok=True)
        export(args[0], out)
    elif command == "import" and len(args) == 2:
        import_po(args[0], Path(args[1]))
    elif command == "record" and len(args) == 1:
        record(args[0])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
