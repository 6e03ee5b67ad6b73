// No English interface text in the other languages (issue 24, part 3).
//
// Over every built page of ar, zh, fr, ru and es, no interface string's
// English value (locales/en/<area>.json) of 12 or more characters may appear
// in the page's visible text or in its title, aria-label, alt or placeholder
// attributes. A template ("Outcomes of the {{ title }}") counts by its
// literal pieces: each piece between placeholders (or the <risks>-style
// rich-text tags) that is itself 12 or more characters once trimmed of
// spaces and of the punctuation at its ends ("Initiative · {{ by }}" gives
// "Initiative", too short).
//
// Allowed, as English:
//   - the glossary's English forms of official names (`names[].en`), the
//     document titles kept in English (`original_titles`) and the Latin-script
//     names it allows (`latin_allowed`): content/glossary.json;
//   - the brand "COP Explorer";
//   - anything inside an element marked lang="en" (the site marks English
//     originals that way), its attributes included.
// A match counts as allowed only when it lies wholly inside one of these
// names where it occurs, so "Embed COP Explorer on your site" is still found.
//
// What is read of a page (a static scan: no browser, no CSS):
//   - text, with comments dropped and entities decoded. <script> and <style>
//     are never shown, so skipped. <noscript> is what a visitor without
//     script sees, so checked. <template> content and elements with the
//     `hidden` attribute are shown once script runs, so checked too (their
//     findings say "template" / "hidden"): stricter than the eye on first
//     paint, and a string there reaches readers all the same;
//   - <title>, and the attributes title, aria-label, alt, placeholder, plus
//     the other attributes read out or shown as text: aria-description,
//     aria-roledescription, aria-valuetext, aria-placeholder, the value of
//     button-like <input>s, and <meta> description / og: / twitter: titles
//     and descriptions (search results and link previews show them);
//   - JSON in data-* attributes (island props, the widget and plan catalogs):
//     the islands render those strings, so each string value is checked.
// Text is compared case-sensitively after collapsing whitespace (no-break
// spaces included) and dropping invisible format characters (soft hyphen,
// zero-width and bidi marks), and only as whole words: "Presentation" is not
// found inside "Presentations". Block elements separate texts, so a match
// never runs from one paragraph into the next; inline elements (a, span,
// bdi, ...) and comments (Leptos's <!> markers) do not.
//
// Which files: every index.html and 404.html under DIST_ROOT/<code>/, widget
// pages (/<code>/widget/...) included. Besides pages: the oEmbed answers
// (/<code>/oembed/*.json: `title`, and the iframe in `html`), the search
// index (/<code>/search-*.json: each result's `title`) and the embed loader
// (/<code>/embed.js: its string literals, e.g. the frame's default title).
// Not read: .br/.gz files (compressed copies of the same files) and
// /<code>/sw.js (the service worker: file lists, no text anyone sees).
//
// And in the locale files themselves (no build needed): a value in
// locales/<code>/ that is, or contains, an English interface string is a
// finding unless the glossary allows it (a French "Participants" too: the
// glossary is where such a choice is recorded). This also covers strings
// that only script renders (the wasm app), which the static scan cannot see.
// English that a language's own strings use is left to that test and not
// looked for on its pages, where it cannot be told from the translation.
//
// NO_ENGLISH_JSON=<file> writes every finding, uncapped, to that file.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './harness.mjs';
import { DIST_ROOT } from './visit.mjs';
import { LOCALES, builtLocales, strings } from './locale_routes.mjs';

/** Interface string areas: locales/<code>/<area>.json. */
const AREAS = ['common', 'pages', 'risks', 'meeting', 'partners', 'guidance', 'plan', 'educators', 'embed'];
/** Shorter English strings ("Search", "Risks") are too likely to be shared words or names. */
const MIN_LENGTH = 12;
/** Lines of findings in a failure message before "... N more". */
const MAX_LINES = 40;
const BRAND = 'COP Explorer';
const OTHERS = LOCALES.map((l) => l.code).filter((code) => code !== 'en');
const BUILT = builtLocales(DIST_ROOT);

// ---------------------------------------------------------------------------
// Text normalisation

/** Soft hyphen, zero-width characters, word joiner, BOM, LRM/RLM and the bidi embeddings/isolates. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Text as compared: invisible characters dropped, whitespace (no-break spaces too) collapsed. */
export function normalize(text) {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ');
}

/** The named character references the HTML might use; unknown ones are left as written. */
const NAMED = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', middot: '\u00b7', bull: '\u2022',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', times: '\u00d7', deg: '\u00b0', sect: '\u00a7', para: '\u00b6',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f',
  larr: '\u2190', rarr: '\u2192', uarr: '\u2191', darr: '\u2193', minus: '\u2212', prime: '\u2032',
};

/** Decodes character references: &amp; &#39; &#x27; &nbsp; ... */
export function decodeEntities(text) {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z][a-zA-Z0-9]*));/g, (whole, dec, hex, name) => {
    if (name) return Object.hasOwn(NAMED, name) ? NAMED[name] : whole;
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

// ---------------------------------------------------------------------------
// A small HTML scanner. The pages are the app's own prerendered output
// (well formed, every element closed), so a tokenizer with an element stack
// is enough: comments, doctype and bogus comments (<!>), raw text (script,
// style), escapable raw text (title, textarea), void elements, quoted and
// unquoted attributes, and end tags that close whatever was left open.

/** Elements whose content is never shown. */
const SKIPPED = new Set(['script', 'style']);
/** Elements whose content is text, with references but no tags. */
const RCDATA = new Set(['title', 'textarea']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements inside a line of text: their text runs on into their neighbours'. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'label', 'mark', 'q', 's', 'samp',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'font', 'leptos-island', 'leptos-children',
]);
/** Attributes shown or read out as text, on any element. */
const TEXT_ATTRIBUTES = [
  'title', 'aria-label', 'alt', 'placeholder',
  'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder',
];
/** <meta name|property> whose content is shown in search results and link previews. */
const META_TEXT = /^(description|(og|twitter):(title|description|image:alt))$/;
/** <input type> whose value is the button's label. */
const BUTTON_INPUT = new Set(['button', 'submit', 'reset']);

const isEnglish = (lang) => /^en(-|$)/i.test(lang);

/** Every string value of a JSON value. */
function jsonStrings(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) jsonStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) jsonStrings(v, out);
  return out;
}

/**
 * The texts of an HTML document a reader sees or hears, outside English
 * elements, as [{ where, text }] (text decoded and normalised), and the
 * lang of its <html> element. The document is taken to be in `lang`
 * whatever <html lang> says (a wrong <html lang> is the caller's finding).
 */
export function scanHtml(html, lang = 'und') {
  const segments = [];
  const stack = [{ name: '#document', english: isEnglish(lang), template: false, hidden: false, noscript: false }];
  let htmlLang = null;
  let buffer = '';
  let bufferWhere = null;

  const top = () => stack[stack.length - 1];
  const stateChanges = (a, b) =>
    a.english !== b.english || a.template !== b.template || a.hidden !== b.hidden || a.noscript !== b.noscript;
  const textWhere = (s) => (s.template ? 'text (template)' : s.hidden ? 'text (hidden)' : s.noscript ? 'text (noscript)' : 'text');
  const flush = () => {
    if (bufferWhere && buffer.trim()) segments.push({ where: bufferWhere, text: normalize(buffer).trim() });
    buffer = '';
    bufferWhere = null;
  };
  const addText = (raw) => {
    const state = top();
    if (state.english) return;
    const where = textWhere(state);
    if (where !== bufferWhere) flush();
    bufferWhere = where;
    buffer += decodeEntities(raw);
  };
  const addSegment = (where, raw) => {
    const text = normalize(raw).trim();
    if (text) segments.push({ where, text });
  };

  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      addText(html.slice(i));
      break;
    }
    if (lt > i) addText(html.slice(i, lt));
    i = lt;
    const next = html[i + 1];
    if (html.startsWith('<!--', i)) {
      // A comment: no text, and no break in the text around it.
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      // Doctype or bogus comment (Leptos writes <!> between text nodes).
      const end = html.indexOf('>', i + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const endTag = next === '/';
    const nameMatch = /^[a-zA-Z][^\s/>]*/.exec(html.slice(i + (endTag ? 2 : 1), i + (endTag ? 2 : 1) + 64));
    if (!nameMatch) {
      // A "<" that starts no tag is text.
      addText('<');
      i += 1;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    let j = i + (endTag ? 2 : 1) + nameMatch[0].length;

    // Attributes, up to the tag's ">".
    const attributes = new Map();
    let selfClosing = false;
    while (j < n) {
      while (j < n && /[\s/]/.test(html[j])) {
        if (html[j] === '/' && html[j + 1] === '>') selfClosing = true;
        j += 1;
      }
      if (j >= n || html[j] === '>') break;
      const attrName = /^[^\s/>][^\s/>=]*/.exec(html.slice(j, j + 256))[0];
      j += attrName.length;
      while (j < n && /\s/.test(html[j])) j += 1;
      let value = '';
      if (html[j] === '=') {
        j += 1;
        while (j < n && /\s/.test(html[j])) j += 1;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, j + 1);
          value = html.slice(j + 1, close < 0 ? n : close);
          j = close < 0 ? n : close + 1;
        } else {
          const unquoted = /^[^\s>]*/.exec(html.slice(j, j + 4096))[0];
          value = unquoted;
          j += unquoted.length;
        }
      }
      const key = attrName.toLowerCase();
      if (!attributes.has(key)) attributes.set(key, decodeEntities(value));
    }
    i = j + 1; // past ">"

    if (endTag) {
      let at = stack.length - 1;
      while (at > 0 && stack[at].name !== name) at -= 1;
      if (at > 0) {
        // Closing a block, or leaving English/template/hidden text, ends the text run.
        if (stack.slice(at).some((s) => !INLINE.has(s.name)) || stateChanges(stack[at - 1], top())) flush();
        stack.length = at;
      } else if (!INLINE.has(name)) {
        flush(); // a stray end tag (e.g. </p> after an implied close) still ends a block
      }
      continue;
    }

    // A start tag.
    const parent = top();
    if (name === 'html') htmlLang = attributes.get('lang') ?? null;
    // <html lang> is the caller's to check; any other lang (even "", unknown) sets the language inside.
    const ownLang = name === 'html' ? undefined : attributes.get('lang');
    const state = {
      name,
      english: ownLang === undefined ? parent.english : isEnglish(ownLang),
      template: parent.template || name === 'template',
      hidden: parent.hidden || attributes.has('hidden'),
      noscript: parent.noscript || name === 'noscript',
    };
    const changesState = stateChanges(parent, state);
    if (!INLINE.has(name) || changesState) flush();

    if (!state.english) {
      for (const attr of TEXT_ATTRIBUTES) if (attributes.has(attr)) addSegment(`@${attr}`, attributes.get(attr));
      if (name === 'input' && BUTTON_INPUT.has((attributes.get('type') || '').toLowerCase()) && attributes.has('value')) {
        addSegment('@value', attributes.get('value'));
      }
      const metaName = attributes.get('name') || attributes.get('property') || '';
      if (name === 'meta' && META_TEXT.test(metaName) && attributes.has('content')) {
        addSegment(`@content (meta ${metaName})`, attributes.get('content'));
      }
      for (const [attr, value] of attributes) {
        if (!attr.startsWith('data-') || !/^\s*[[{]/.test(value)) continue;
        let data;
        try {
          data = JSON.parse(value);
        } catch {
          continue; // not JSON after all
        }
        for (const s of jsonStrings(data)) addSegment(`@${attr} (JSON)`, s);
      }
    }

    if (SKIPPED.has(name) || RCDATA.has(name)) {
      const close = new RegExp(`</${name}[\\s/>]`, 'ig');
      close.lastIndex = i;
      const found = close.exec(html);
      const contentEnd = found ? found.index : n;
      if (RCDATA.has(name) && !state.english) {
        addSegment(name === 'title' ? '<title>' : `text (${name})`, decodeEntities(html.slice(i, contentEnd)));
      }
      const gt = found ? html.indexOf('>', found.index) : -1;
      i = gt < 0 ? n : gt + 1;
      continue;
    }
    // "/>" closes an element only in SVG or MathML; in HTML only void elements have no end tag.
    const foreign = [name, ...stack.map((s) => s.name)].some((s) => s === 'svg' || s === 'math');
    if (VOID.has(name) || (selfClosing && foreign)) continue;
    stack.push(state);
  }
  flush();
  return { segments, htmlLang };
}

/** The texts of a JS file a reader may see: its string literals (comments skipped). */
export function jsStrings(source) {
  const out = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      let text = '';
      while (j < source.length && source[j] !== c) {
        if (source[j] === '\\') {
          text += source[j + 1] ?? '';
          j += 2;
        } else {
          text += source[j];
          j += 1;
        }
      }
      out.push(text);
      i = j + 1;
    } else {
      i += 1;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// What to look for, and what is allowed

/** A locale file's strings by key ("area.key", nested objects as "area.a.b"). */
function flatten(value, prefix, out = new Map()) {
  if (typeof value === 'string') out.set(prefix, value);
  else if (Array.isArray(value)) value.forEach((v, k) => flatten(v, `${prefix}[${k}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, `${prefix}.${k}`, out);
  return out;
}

/** All interface strings of a locale, by "area.key". */
export function localeStrings(code) {
  const out = new Map();
  for (const area of AREAS) flatten(strings(code, area), area, out);
  return out;
}

/** A {{ placeholder }} or a rich-text tag (<risks>...</risks>) in an interface string. */
const PLACEHOLDER = /\{\{.*?\}\}|<\/?[a-zA-Z][\w-]*>/;

/** Spaces, punctuation and symbols at a piece's ends: the glue around a placeholder ("Initiative · {{ by }}"), not words. */
const EDGE = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/** The literal pieces of a string that are long enough to look for: text between {{ placeholders }} and <tag>s. */
export function piecesOf(value) {
  return value
    .split(PLACEHOLDER)
    .map((piece) => normalize(piece).replace(EDGE, ''))
    .filter((piece) => [...piece].length >= MIN_LENGTH);
}

/**
 * The English pieces to look for: [{ text, keys }], one entry per distinct
 * text (the same English may be the value of several keys).
 */
export function englishPieces() {
  const byText = new Map();
  for (const [key, value] of localeStrings('en')) {
    for (const piece of piecesOf(value)) {
      if (!byText.has(piece)) byText.set(piece, []);
      if (!byText.get(piece).includes(key)) byText.get(piece).push(key);
    }
  }
  return [...byText].map(([text, keys]) => ({ text, keys }));
}

/**
 * English the glossary allows (and the brand), normalised, longest first; with
 * `code`, also the words that language writes as English does (`same_words`).
 */
export function allowedEnglish(code) {
  const glossary = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'content', 'glossary.json'), 'utf8'));
  const names = [
    BRAND,
    ...glossary.names.flatMap((entry) => entry.en ?? []),
    ...(glossary.original_titles ?? []),
    ...(glossary.latin_allowed ?? []),
    ...((code && glossary.same_words?.[code]) ?? []),
  ];
  return [...new Set(names.map((name) => normalize(name).trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
}

/** A Latin letter or digit: text that would make a match part of a longer word. */
const WORD_CHAR = /[\p{Script=Latin}\p{Nd}]/u;

/**
 * Whether text[start, end) is not the middle of a longer word: "Presentation"
 * is not found in "Presentations", nor "Introduction" in "Introductions".
 */
function wholeWords(text, start, end) {
  const cuts = (inside, outside) => inside !== undefined && outside !== undefined && WORD_CHAR.test(inside) && WORD_CHAR.test(outside);
  return !cuts(text[start], text[start - 1]) && !cuts(text[end - 1], text[end]);
}

/** Where each allowed name occurs in `text`, as [start, end) ranges. */
function allowedRanges(text, allowed) {
  const ranges = [];
  for (const name of allowed) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) ranges.push([at, at + name.length]);
  }
  return ranges;
}

/**
 * English pieces found in `segments` ([{ where, text }]):
 * [{ where, text, keys, count }]. A match inside an allowed name is no
 * finding, and neither is a match inside a longer match at the same place.
 */
export function findEnglish(segments, pieces, allowed) {
  const SEP = '\u0000'; // never in a piece, so no match spans two segments
  const starts = [];
  let joined = '';
  for (const segment of segments) {
    starts.push(joined.length);
    joined += segment.text + SEP;
  }
  const whereAt = (pos) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return segments[lo].where;
  };
  const ok = allowedRanges(joined, allowed);
  const matches = [];
  for (const piece of pieces) {
    const len = piece.text.length;
    for (let at = joined.indexOf(piece.text); at >= 0; at = joined.indexOf(piece.text, at + 1)) {
      if (!wholeWords(joined, at, at + len)) continue;
      if (ok.some(([s, e]) => s <= at && at + len <= e)) continue;
      matches.push({ start: at, end: at + len, piece });
    }
  }
  const kept = matches.filter(
    (m) => !matches.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start),
  );
  const found = new Map();
  for (const m of kept) {
    const where = whereAt(m.start);
    const id = `${where}\u0000${m.piece.text}`;
    if (found.has(id)) found.get(id).count += 1;
    else found.set(id, { where, text: m.piece.text, keys: m.piece.keys, count: 1 });
  }
  return [...found.values()];
}

// ---------------------------------------------------------------------------
// The build

/** Every file under `dir`, as absolute paths, sorted. */
function walk(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out.sort();
}

/** The address of a built file: /fr/risks/ for fr/risks/index.html, /fr/404.html, /fr/oembed/grid.json. */
function address(file) {
  const rel = path.relative(DIST_ROOT, file).split(path.sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The pages of a locale: every index.html and 404.html under DIST_ROOT/<code>/ (widgets included). */
function pagesOf(code) {
  return walk(path.join(DIST_ROOT, code)).filter((file) => /(^|[\\/])(index|404)\.html$/.test(file));
}

/** Findings on the pages of a locale: [{ page, where, text, keys, count }]. */
function scanPages(code, pieces, allowed) {
  const findings = [];
  for (const file of pagesOf(code)) {
    const page = address(file);
    const { segments, htmlLang } = scanHtml(fs.readFileSync(file, 'utf8'), code);
    if (htmlLang !== code) {
      findings.push({ page, where: '<html lang>', text: String(htmlLang), keys: [`<html lang> should be "${code}"`], count: 1 });
    }
    for (const f of findEnglish(segments, pieces, allowed)) findings.push({ page, ...f });
  }
  return findings;
}

/** Findings in the oEmbed answers, the search index and the embed loader of a locale. */
function scanOtherFiles(code, pieces, allowed) {
  const findings = [];
  const root = path.join(DIST_ROOT, code);
  const check = (file, segments) => {
    for (const f of findEnglish(segments, pieces, allowed)) findings.push({ page: address(file), ...f });
  };
  const oembedDir = path.join(root, 'oembed');
  const oembeds = fs.existsSync(oembedDir) ? fs.readdirSync(oembedDir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const name of oembeds) {
    const file = path.join(oembedDir, name);
    const answer = JSON.parse(fs.readFileSync(file, 'utf8'));
    const segments = [];
    if (typeof answer.title === 'string') segments.push({ where: 'title', text: normalize(answer.title).trim() });
    if (typeof answer.html === 'string') {
      for (const s of scanHtml(answer.html, code).segments) segments.push({ where: `html ${s.where}`, text: s.text });
    }
    check(file, segments);
  }
  for (const name of fs.readdirSync(root).filter((f) => /^search-.*\.json$/.test(f))) {
    const file = path.join(root, name);
    const index = JSON.parse(fs.readFileSync(file, 'utf8'));
    const titles = (index.docs ?? []).map((doc) => ({ where: `result title (${doc.path})`, text: normalize(String(doc.title ?? '')).trim() }));
    check(file, titles);
  }
  const loader = path.join(root, 'embed.js');
  if (fs.existsSync(loader)) {
    const literals = jsStrings(fs.readFileSync(loader, 'utf8'));
    check(loader, literals.map((s) => ({ where: 'string literal', text: normalize(s).trim() })));
  }
  return { findings, oembeds: oembeds.length };
}

/**
 * Findings in the locale files of `code`: values that are, or contain, an
 * English interface string (not allowed by the glossary), and missing keys.
 */
function scanLocale(code, pieces, allowed) {
  const values = localeStrings(code);
  const findings = [];
  for (const [key, english] of localeStrings('en')) {
    if (!values.has(key) && piecesOf(english).length) {
      const file = `locales/${code}/${key.split('.')[0]}.json`;
      findings.push({ page: file, where: 'missing (English would be shown)', text: english, keys: [key], count: 1, missing: true });
    }
  }
  for (const [key, value] of values) {
    // Placeholder names ({{ answered }}) are not text: each literal piece is a segment.
    const segments = value.split(PLACEHOLDER).map((piece) => ({ where: key, text: normalize(piece).trim() }));
    for (const f of findEnglish(segments, pieces, allowed)) findings.push({ page: `locales/${code}/${key.split('.')[0]}.json`, ...f });
  }
  return findings;
}

// ---------------------------------------------------------------------------
// Reporting

const quote = (text) => `"${text.length > 90 ? `${text.slice(0, 87)}...` : text}"`;

/** A readable, capped list of findings, grouped by English string. */
export function describeFindings(findings, what) {
  const groups = new Map();
  for (const f of findings) {
    const id = `${f.keys.join(' / ')}\u0000${f.text}`;
    if (!groups.has(id)) groups.set(id, { keys: f.keys, text: f.text, places: new Map() });
    const places = groups.get(id).places;
    if (!places.has(f.where)) places.set(f.where, []);
    places.get(f.where).push(f.page);
  }
  const lines = [];
  for (const group of [...groups.values()].sort((a, b) => a.keys[0].localeCompare(b.keys[0]))) {
    lines.push(`${group.keys.join(' / ')} ${quote(group.text)}`);
    for (const [where, pages] of group.places) {
      const unique = [...new Set(pages)];
      const shown = unique.slice(0, 3).join(', ');
      lines.push(`    ${where}: ${shown}${unique.length > 3 ? ` and ${unique.length - 3} more` : ''}`);
    }
  }
  const head = `${groups.size} English interface string(s) in ${what}:`;
  if (lines.length <= MAX_LINES) return [head, ...lines].join('\n');
  return [head, ...lines.slice(0, MAX_LINES), `... and ${lines.length - MAX_LINES} more line(s) (NO_ENGLISH_JSON=<file> writes them all)`].join('\n');
}

const allFindings = [];
function record(code, kind, findings) {
  for (const f of findings) allFindings.push({ locale: code, kind, ...f });
  if (process.env.NO_ENGLISH_JSON) fs.writeFileSync(process.env.NO_ENGLISH_JSON, `${JSON.stringify(allFindings, null, 1)}\n`);
}

// ---------------------------------------------------------------------------
// The tests

const PIECES = englishPieces();
const ALLOWED = allowedEnglish();

describe('the English-text scan itself', () => {
  const pieces = [
    { text: 'Skip to main content', keys: ['common.skip_to_content'] },
    { text: 'Embed COP Explorer on your site', keys: ['common.footer_embed_link'] },
    { text: 'Council Working Group', keys: ['test.part_of_a_name'] },
  ];
  const allowed = [BRAND, 'Council Working Group on Child Online Protection'];
  const scan = (html) => findEnglish(scanHtml(html, 'fr').segments, pieces, allowed).map((f) => `${f.where}: ${f.text}`);

  it('finds English in text, attributes, <title>, island props and across inline elements', () => {
    assert.deepEqual(scan('<p>Skip to <a href="#m">main</a> content</p>'), ['text: Skip to main content']);
    assert.deepEqual(scan('<p>Skip&#32;to\n   main&nbsp;content</p>'), ['text: Skip to main content']);
    assert.deepEqual(scan('<img alt="Skip to main content" src="x.png">'), ['@alt: Skip to main content']);
    assert.deepEqual(scan('<title>Skip to main content</title>'), ['<title>: Skip to main content']);
    assert.deepEqual(scan('<input placeholder=\'Skip to main content\'>'), ['@placeholder: Skip to main content']);
    assert.deepEqual(scan('<nav aria-label="Skip to main content"></nav>'), ['@aria-label: Skip to main content']);
    assert.deepEqual(
      scan('<leptos-island data-props="{&quot;a&quot;:[&quot;Skip to main content&quot;]}"></leptos-island>'),
      ['@data-props (JSON): Skip to main content'],
    );
    assert.deepEqual(scan('<template><p>Skip to main content</p></template>'), ['text (template): Skip to main content']);
    assert.deepEqual(scan('<noscript><p>Skip to main content</p></noscript>'), ['text (noscript): Skip to main content']);
    assert.deepEqual(scan('<p>Skip to<!> main<!-- x --> content</p>'), ['text: Skip to main content']);
    assert.deepEqual(scan('<p>Embed COP Explorer on your site</p>'), ['text: Embed COP Explorer on your site'], 'the brand inside a longer string');
  });

  it('skips script, style, comments and lang="en", does not join blocks, and allows glossary names', () => {
    assert.deepEqual(scan('<script>"Skip to main content"</script><style>/* Skip to main content */</style>'), []);
    assert.deepEqual(scan('<!-- Skip to main content --><p>Passer au contenu</p>'), []);
    assert.deepEqual(scan('<p>Titre : <span lang="en" title="Skip to main content">Skip to main content</span></p>'), []);
    assert.deepEqual(scan('<div lang="en-GB"><p>Skip to main content</p></div>'), []);
    assert.deepEqual(scan('<div lang="en"><p lang="fr">Skip to main content</p></div>'), ['text: Skip to main content'], 'fr inside en');
    assert.deepEqual(scan('<p>Skip to main content<br>x</p><p hidden>Skip to main content</p>'), [
      'text: Skip to main content',
      'text (hidden): Skip to main content',
    ]);
    assert.deepEqual(scan('<p>Skip to</p><p>main content</p>'), []);
    assert.deepEqual(scan('<p>Skip to <span lang="en">x</span> main content</p>'), []);
    assert.deepEqual(scan('<p>the Council Working Group on Child Online Protection met</p>'), []);
    assert.deepEqual(scan('<p>the Council Working Group met</p>'), ['text: Council Working Group']);
    assert.deepEqual(scan('<p>Skip to main contents</p><p>ASkip to main content</p>'), [], 'part of a longer word');
    assert.deepEqual(scan('<p>（Skip to main content）</p>'), ['text: Skip to main content'], 'next to Chinese punctuation');
  });

  it('splits templates into literal pieces', () => {
    assert.deepEqual(piecesOf('Outcomes of the {{ title }}'), ['Outcomes of the']);
    assert.deepEqual(piecesOf('{{ count }} of {{ total }} answered.'), []);
    assert.deepEqual(piecesOf('Try a shorter word, or browse <risks>the four risks</risks>.'), ['Try a shorter word, or browse', 'the four risks']);
  });

  it('reads the locale files', () => {
    assert.ok(PIECES.length > 100, `${PIECES.length} English strings to look for`);
    assert.ok(ALLOWED.includes(BRAND) && ALLOWED.length > 10, `${ALLOWED.length} allowed names`);
  });
});

describe('interface strings in locales/<code>/ are not English', () => {
  for (const code of OTHERS) {
    it(`${code}: no value is or contains an English interface string, unless the glossary allows it`, () => {
      const findings = scanLocale(code, PIECES, allowedEnglish(code));
      record(code, 'locale', findings);
      const what = `locales/${code}/ (a value the same as English is deliberate only if content/glossary.json allows it)`;
      assert.equal(findings.length, 0, describeFindings(findings, what));
    });
  }
});

for (const code of OTHERS) {
  const skip = !BUILT.includes(code) && `${code} was not built in ${DIST_ROOT}`;
  describe(`no English interface text on the /${code}/ pages`, { skip }, () => {
    // English that this language's own strings use as well ("Organisation",
    // "Participants" in French) is the locale test's finding: on a page it
    // cannot be told from the translation, or from the same word in content.
    const own = new Set(
      scanLocale(code, PIECES, allowedEnglish(code))
        .filter((f) => !f.missing)
        .map((f) => f.text),
    );
    const pieces = PIECES.filter((piece) => !own.has(piece.text));

    it('pages (404 and widgets included): text, <title> and text attributes', () => {
      const pages = pagesOf(code);
      assert.ok(pages.length > 1, `pages found under ${path.join(DIST_ROOT, code)}`);
      const findings = scanPages(code, pieces, allowedEnglish(code));
      record(code, 'page', findings);
      assert.equal(findings.length, 0, describeFindings(findings, `${pages.length} /${code}/ pages`));
    });

    it('oEmbed answers, the search index and the embed loader', () => {
      const { findings } = scanOtherFiles(code, pieces, allowedEnglish(code));
      record(code, 'file', findings);
      assert.equal(findings.length, 0, describeFindings(findings, `/${code}/ oEmbed, search index and embed.js`));
    });
  });
}
