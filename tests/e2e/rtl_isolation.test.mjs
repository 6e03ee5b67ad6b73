// Right to left with Latin names and paragraph references (issue 24, part
// 3). In an Arabic line, "§5.5" shows as "5.5§" and "Better Internet for
// Kids (BIK)" loses its brackets to the Arabic around it, unless each is
// isolated as a whole: a reference between U+2066 and U+2069
// (format::para_label, components::bidi::isolate_references), an English
// run of several words in <bdi lang="en"> (components::bidi::prose).
//
// Over every built Arabic page (and the /cop/ build's, when there is one),
// reading the HTML as sent (no script runs):
//   - every "§" followed by a number is isolated, in text and attributes;
//   - no English run of two words or more touches a bracket or quotation
//     mark outside a <bdi>.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIST_ROOT } from './visit.mjs';

const DIST_SUBPATH = process.env.DIST_SUBPATH;

/** Every index.html and 404.html under `dir`. */
function pages(dir) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...pages(full));
    else if (entry.name === 'index.html' || entry.name === '404.html') out.push(full);
  }
  return out;
}

/** The page's markup without scripts, styles and comments. */
function markup(html) {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
}

/** "§" and a number not directly after U+2066. */
export function unisolatedReferences(html) {
  return [...markup(html).matchAll(/(.{0,30})§(\d[\d.]*)/gs)]
    .filter((m) => !m[1].endsWith('\u2066'))
    .map((m) => `…${m[1].replace(/<[^>]*>/g, ' ')}§${m[2]}`);
}

const LATIN_RUN = /[A-Za-z][A-Za-z0-9:,.&/'’ -]*[A-Za-z0-9]/g;
const BRACKETS = /[()«»"“”[\]]/;

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Text with its character references decoded. */
function decode(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** Text outside <bdi> where an English run of two words or more touches a bracket or quote. */
export function exposedLatinRuns(html) {
  const found = [];
  let depth = 0;
  for (const raw of markup(html).split(/(<[^>]+>)/)) {
    const part = raw.startsWith('<') ? raw : decode(raw);
    if (part.startsWith('<')) {
      if (/^<bdi\b/i.test(part)) depth += 1;
      else if (/^<\/bdi>/i.test(part)) depth = Math.max(0, depth - 1);
      continue;
    }
    // Only text that has Arabic in it: an all-English element stands alone.
    if (depth > 0 || !/[\u0600-\u06FF]/.test(part)) continue;
    for (const m of part.matchAll(LATIN_RUN)) {
      if (!m[0].includes(' ')) continue;
      const before = part[m.index - 1] ?? '';
      const after = part[m.index + m[0].length] ?? '';
      if (BRACKETS.test(before) || BRACKETS.test(after)) found.push(`${before}${m[0]}${after}`);
    }
  }
  return found;
}

describe('Arabic pages isolate references and English names', () => {
  it('finds what it looks for', () => {
    assert.equal(unisolatedReferences('<p>انظر §5.5</p>').length, 1);
    assert.equal(unisolatedReferences('<p>انظر \u2066§5.5\u2069</p>').length, 0);
    assert.equal(exposedLatinRuns('<p>مبادرة (Better Internet for Kids) هنا</p>').length, 1);
    assert.equal(exposedLatinRuns('<p>مبادرة (<bdi lang="en">Better Internet for Kids</bdi>) هنا</p>').length, 0);
  });

  const builds = [
    ['/', DIST_ROOT],
    ['/cop/', DIST_SUBPATH],
  ].filter(([, dir]) => dir && fs.existsSync(path.join(dir, 'ar')));
  for (const [base, dir] of builds) {
    it(`every /ar/ page of the build for ${base}`, () => {
      const list = pages(path.join(dir, 'ar'));
      assert.ok(list.length > 50, `${list.length} Arabic pages`);
      const problems = [];
      for (const file of list) {
        const html = fs.readFileSync(file, 'utf8');
        const where = path.relative(dir, file);
        for (const ref of unisolatedReferences(html)) problems.push(`${where}: reference ${ref}`);
        for (const run of exposedLatinRuns(html)) problems.push(`${where}: English run ${run}`);
      }
      const unique = [...new Set(problems)];
      assert.equal(unique.length, 0, `${unique.length} problems:\n${unique.slice(0, 30).join('\n')}`);
    });
  }
});
