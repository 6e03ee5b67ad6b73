// Flesch reading ease of the English content, one score per file.
//
//   node scripts/readability.mjs          prints "<file> <score>" per file
//   import { readability } from './readability.mjs'
//                                         [{ file, score }] for the benchmark
//
// The text of a file is every string value that a reader sees: values under
// identifier keys (ids, enums, paragraph numbers, addresses, codes: the same
// list as IDENTIFIER_KEYS in tests/locales.rs) and strings that are only a
// URL are left out, and so are addresses inside a sentence. So are official names, which the site must quote as
// their owners write them and cannot put in plainer words (OFFICIAL_NAMES:
// organisation names, document titles and publishers, the report's title,
// the chair's name and country, the resolutions); `--all` scores them too. Each string counts as at least one sentence, so a title
// or a list entry without a full stop is a sentence of its own, as a reader
// meets it on the page. Scores use npm `flesch` (Flesch 1975) with syllables
// from npm `syllable`; a word the counter gives no syllable (a number such
// as 2021) counts as one. Target: every file 60 or more (issue 14).

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flesch } from 'flesch';
import { syllable } from 'syllable';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TARGET = 60;

/** Keys whose values are identifiers, not prose (tests/locales.rs). */
const IDENTIFIER_KEYS = new Set([
  'id', 'band', 'best', 'date', 'doc', 'kind', 'licence', 'loc', 'number', 'para',
  'parent', 'participants', 'partner', 'partners', 'related', 'risk', 'risks', 'role',
  'url', 'website', 'year', 'audiences', 'short_name',
  'group', 'side', 'bands', 'link',
  'minutes', 'materials',
  // together.json: site pages cited, a card's box, a myth's verdict, a chat line's writer.
  'site', 'category', 'verdict', 'from',
]);

const URL_ONLY = /^\s*https?:\/\/\S+\s*$/;

/**
 * Official names per file, as paths with `[]` for any array index: the
 * organisations' own names, document titles and publishers, the report's
 * title, the chair, the resolutions. Site-written names (initiative names,
 * grid labels, headings) are scored.
 */
export const OFFICIAL_NAMES = {
  'meeting.json': ['title', 'chair.name', 'chair.country', 'legal_basis[].name'],
  'partners.json': ['[].name'],
  'sources.json': ['[].title', '[].publisher'],
  'risk_guides.json': ['[].help_resources[].name'],
  'guidance.json': ['resilience.name'],
  // Notes for whoever draws the pictures: never shown.
  'together.json': ['paths.under-9.story.picture_rules', 'paths.under-9.story.scenes[].picture.description'],
};

/** Issue 28's targets for the English text of each "Together" path. */
export const TOGETHER_TARGETS = { 'under-9': 80, '9-12': 70, '13-18': 70 };

/** Every prose string in a parsed JSON value, in document order. */
export function proseStrings(value, { skip = [] } = {}, key = '', path = '') {
  if (IDENTIFIER_KEYS.has(key) || skip.includes(path)) return [];
  if (typeof value === 'string') return URL_ONLY.test(value) ? [] : [value];
  if (Array.isArray(value)) {
    return value.flatMap((v) => proseStrings(v, { skip }, key, `${path}[]`));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      proseStrings(v, { skip }, k, path ? `${path}.${k}` : k),
    );
  }
  return [];
}

/** Sentences: split after . ! or ? followed by a space; at least one per string. */
function sentences(text) {
  return text
    .replace(/\(?https?:\/\/\S+?\)?(?=[\s.,;]*(\s|$))/g, '')
    .split(/(?<=[.!?])\s+(?=["'‘“(]?[A-Z0-9§])/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Words: whitespace-separated tokens with a letter or digit, punctuation trimmed. */
function words(sentence) {
  return sentence
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Flesch counts and score of a list of strings. */
export function score(strings) {
  const counts = { sentence: 0, word: 0, syllable: 0 };
  for (const text of strings) {
    for (const s of sentences(text)) {
      const ws = words(s);
      if (ws.length === 0) continue;
      counts.sentence += 1;
      counts.word += ws.length;
      counts.syllable += ws.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
    }
  }
  return { ...counts, score: counts.word ? flesch(counts) : 0 };
}

/** Flesch reading ease of every content/en/*.json file: [{ file, score }]. */
export function readability({ dir = join(ROOT, 'content', 'en'), all = false } = {}) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const skip = all ? [] : (OFFICIAL_NAMES[file] ?? []);
      const s = score(proseStrings(data, { skip }));
      return { file, score: Math.round(s.score * 10) / 10, sentences: s.sentence, words: s.word };
    });
}

/** Flesch reading ease of each "Together" path in English: [{ path, score, target }]. */
export function togetherReadability({ dir = join(ROOT, 'content', 'en') } = {}) {
  const data = JSON.parse(readFileSync(join(dir, 'together.json'), 'utf8'));
  const skip = OFFICIAL_NAMES['together.json'];
  return Object.entries(TOGETHER_TARGETS).map(([path, target]) => {
    const s = score(proseStrings(data.paths[path], { skip: skip.map((p) => p.replace(`paths.${path}.`, '')) }));
    return { path, score: Math.round(s.score * 10) / 10, target, sentences: s.sentence, words: s.word };
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = readability({ all: process.argv.includes('--all') });
  const paths = togetherReadability();
  for (const { path, score: s, target, sentences: n, words: w } of paths) {
    const mark = s >= target ? '' : `  below ${target}`;
    console.log(`together ${path.padEnd(9)} ${s.toFixed(1).padStart(5)}  (${n} sentences, ${w} words)${mark}`);
  }
  if (process.argv.includes('--check') && paths.some((p) => p.score < p.target)) process.exit(1);
  for (const { file, score: s, sentences: n, words: w } of results) {
    const mark = s >= TARGET ? '' : `  below ${TARGET}`;
    console.log(`${file.padEnd(18)} ${s.toFixed(1).padStart(5)}  (${n} sentences, ${w} words)${mark}`);
  }
  if (process.argv.includes('--check') && results.some((r) => r.score < TARGET)) process.exit(1);
}
