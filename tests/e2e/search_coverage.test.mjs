// Search finds the sections that use a word (issue 24). For every query of
// search_queries.mjs, the test works out from the built pages which sections
// contain the query's words, runs the query on the language's search page,
// and requires that the first 20 results cover at least 90 % of those
// sections (of 20 when more than 20 are relevant). It fails with the
// sections it missed, so the list shows what the index lacks.
//
// Ground truth: the built pages, not the search index
//   Every index.html of the language in DIST_ROOT (English: the root, without
//   the other languages' folders), except /search/, /widget/, /embed/,
//   /oembed/, a /404/ page and any page with <meta name="robots"> noindex.
//   Each page is parsed with the browser's DOMParser (no scripts run) and
//   only its <main> is read. Left out of the text: <nav> (breadcrumbs, "on
//   this page", "ways in": they repeat headings), script, style, template,
//   noscript, [hidden], .print-only (the printed footer), and links to a
//   place on the same page (href = this page + #fragment or ?query: the 4Cs
//   grid's cell buttons, "related in the report" links), whose text repeats
//   the heading of the section they lead to, and cards that link to another
//   page (the directory's and the home page's previews): the page they
//   preview has the same text in its own sections. Every element boundary
//   counts as a space (the grid's headings put two titles side by side).
//
// Sections
//   h2, h3 and h4 start sections (h4: the cells of the 4Cs grid); h1 and
//   the text before the first of them belong to the page itself. A section runs to the next heading of the
//   same or a higher level, or to the end of the element its heading begins
//   (an element begins with a heading when that heading is the first
//   heading inside it), whichever comes first; a heading of a lower level
//   inside it starts a nested section, whose text is its own, not the outer
//   one's as well (a meeting item's text is in #p5-5, not also in
//   #presentations: no result should have to point at both).
//   Its address is the page path plus a fragment, the first of:
//     1. the id of the innermost section, article, details or li element
//        that the heading begins (section#tips > h2#tips-h is #tips,
//        article#p5-5 > h3#p5-5-title is #p5-5, details#detail-privacy >
//        summary > h4 is #detail-privacy, li#sango > h3 is #sango);
//     2. the heading's own id (h2#disclosure-h is #disclosure-h);
//     3. none: the heading has no address of its own, and its text belongs
//        to the section it is in (the h3s "Under 9", "9 to 12" inside
//        section#ages are #ages; the guidance band pages' h2s without ids
//        are the page itself).
//   An element of rule 1 is the section from its first character: the
//   "§5.5 Presentation" line above a meeting item's h3 belongs to #p5-5.
//   Sections with the same address are one section. All ids of rules 1 and
//   2, and every id inside the section (a link to it lands in the section:
//   #about-privacy in #detail-privacy), are aliases of the section (#tips
//   and #tips-h), and a grid cell (details[data-cell=X]) also answers to
//   /risks/?cell=X. A block shown word for word on several pages (the "if a
//   child tells you" steps on every session plan) counts once, found when
//   any of its places is.
//
// Which results cover which sections
//   A result link covers a section when its path (trailing slash ignored)
//   is the section's page and its fragment is one of the section's ids; a
//   link without a fragment covers every section of its page; a link
//   /risks/?cell=X covers the grid cell X. The guidance overview shows each
//   age group's printable page whole, so /guidance/9-12/#key-tips also
//   covers /guidance/#9-12-key-tips. The first 20 result links
//   (.search-results > li > a) count.
//
// "Contains the word or its stem"
//   Case-insensitive, on the section's text. Queries of several words match
//   as consecutive words ("age ratings", "mot de passe"), each word by the
//   rule of its language; words are runs of letters and digits.
//   zh: substring of the text with all white space removed.
//   ar: text and query normalised: diacritics and tatweel removed, أ إ آ ٱ
//     to ا, ة to ه, ى to ي. A text word is the query word when it is
//     [one of و ف ب ل ك] + [ال, or ل after ل as in للـ] + word + [suffix],
//     suffix one of ه ها هم هن هما ك كم كن ي نا ا ان ين ون ات; a word ending
//     in ه (ة) may also end in ت before a suffix (خصوصيتك) or in ات
//     (كلمات). A query word written with its article (المرور) also matches
//     without it (مرور).
//   en, fr, es, ru: accents removed in en/fr/es (écran = ecran), ё = е. A
//     text word is the query word when it starts with the query word's first
//     max(4, length − 1) letters (scams: scam, scams, scammer; passwords:
//     password; травля: травле, травли; not privacy: private), or is the
//     query word less its last
//     one or two letters, keeping at least 3 (jeux: jeu; игры: игр). A query
//     word of fewer than 4 letters matches itself or itself plus one letter
//     (mot: mots).
//   Limits (no stemmer): the prefix rule also takes derived words and
//   look-alikes with the same beginning (privacy: private; signaler:
//   signal), misses forms that change earlier than the last two letters
//   (bullying: bullied, bully; игры: игра, игре; automutilation:
//   automutiler; пожаловаться: пожалуйтесь) and compounds (cyberbullying,
//   ciberacoso, кибертравля). Arabic broken plurals (خطوط for خط) and two
//   prefixes in a row (وللـ) are missed, and so is a phrase split by another
//   word ("temps passé en ligne"). The queries are chosen in the forms the
//   pages use most.
//
// Recall
//   found = relevant sections covered by the first 20 results; the query
//   passes when found / min(relevant, 20) ≥ 0.9. (A result for a whole page
//   covers all its sections, so found can exceed 20; the recall shown is
//   capped at 1.) A query that no section contains is a mistake in the list
//   and fails as such.
//
// One page per language goes from query to query (the address changes, the
// page reloads), and must stay free of console errors and foreign requests.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openPage } from './harness.mjs';
import { assertClean, DIST_ROOT, useSite } from './visit.mjs';
import { builtLocales, LOCALES, localePath } from './locale_routes.mjs';
import { QUERIES } from './search_queries.mjs';

const site = useSite();
const BUILT = builtLocales(DIST_ROOT);
const TOP = 20;
const RECALL = 0.9;

// ---------------------------------------------------------------- pages ---

/** Folders whose pages are not content (or are not pages people search for). */
const NOT_CONTENT = /^\/(?:search|widget|embed|oembed|404)\//;

/**
 * The built pages of `code`: [{ file, page }] with page the path as links
 * write it ("/zh/risks/contact/").
 */
function builtPages(code) {
  const root = code === 'en' ? DIST_ROOT : path.join(DIST_ROOT, code);
  const others = new Set(LOCALES.map((l) => l.code));
  const pages = [];
  const walk = (dir) => {
    for (const name of fs.readdirSync(dir)) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) {
        if (code === 'en' && dir === DIST_ROOT && others.has(name)) continue;
        walk(full);
      } else if (name === 'index.html') {
        const route = `/${path.relative(root, dir).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/');
        if (!NOT_CONTENT.test(route)) pages.push({ file: full, page: localePath(code, route) });
      }
    }
  };
  walk(root);
  return pages.sort((a, b) => a.page.localeCompare(b.page));
}

/**
 * Runs in the browser (page.evaluate): the sections of one built page, as
 * [{ address, page, ids, cell, text }], following the rules at the top of
 * this file. Nothing for a page marked noindex or without <main>.
 */
function splitSections({ html, page }) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const robots = [...doc.querySelectorAll('meta[name="robots" i]')].map((m) => m.getAttribute('content') || '');
  if (robots.some((content) => /noindex/i.test(content))) return [];
  const main = doc.querySelector('main');
  if (!main) return [];
  const LEVEL = { H2: 2, H3: 3, H4: 4 };
  const CONTAINER = new Set(['SECTION', 'ARTICLE', 'DETAILS', 'LI']);
  const LEFT_OUT = new Set(['NAV', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
  const here = page.replace(/\/$/, '');
  const inPageLink = (el) => {
    if (el.tagName !== 'A' || !el.hasAttribute('href')) return false;
    const url = new URL(el.getAttribute('href'), `https://site.invalid${page}`);
    return url.pathname.replace(/\/$/, '') === here && Boolean(url.hash || url.search);
  };
  // A card that links to another page previews it: that page's sections count.
  const preview = (el) => {
    const link = el.classList.contains('card') && el.querySelector('a[href]');
    return Boolean(link) && !inPageLink(link) && !link.getAttribute('href').startsWith('#');
  };
  const leftOut = (el) =>
    LEFT_OUT.has(el.tagName) || el.hidden || el.classList.contains('print-only') || inPageLink(el) || preview(el);
  const firstHeading = (el) =>
    doc
      .createTreeWalker(el, NodeFilter.SHOW_ELEMENT, {
        acceptNode: (n) => (leftOut(n) ? NodeFilter.FILTER_REJECT : /^H[1-6]$/.test(n.tagName) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
      })
      .nextNode();

  const sections = new Map();
  const section = (address) => {
    if (!sections.has(address)) sections.set(address, { address, page, ids: [], cell: null, parts: [] });
    return sections.get(address);
  };
  section(page);
  const open = []; // [{ level, address, scope }], innermost last
  const current = () => (open.length ? open[open.length - 1].address : page);
  const started = new Set();
  const startSection = (h) => {
    started.add(h);
    const level = LEVEL[h.tagName];
    while (open.length && open[open.length - 1].level >= level) open.pop();
    const ids = [];
    let containerId = null;
    let cell = null;
    let scope = null; // the outermost element that h begins
    for (let el = h.parentElement; el && el !== main; el = el.parentElement) {
      if (firstHeading(el) !== h) break;
      scope = el;
      if (el.id && CONTAINER.has(el.tagName)) {
        containerId ??= el.id;
        ids.push(el.id);
      }
      cell ??= el.dataset.cell || null;
    }
    if (h.id) ids.push(h.id);
    const id = containerId || h.id;
    const address = id ? `${page}#${id}` : current();
    if (id) {
      const s = section(address);
      for (const alias of ids) if (!s.ids.includes(alias)) s.ids.push(alias);
      s.cell ??= cell;
    }
    open.push({ level, address, scope });
  };
  const visit = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return void section(current()).parts.push(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE || leftOut(node)) return;
    if (node.id && CONTAINER.has(node.tagName)) {
      const h = firstHeading(node);
      if (h && LEVEL[h.tagName] && !started.has(h)) startSection(h);
    }
    if (LEVEL[node.tagName] && !started.has(node)) startSection(node);
    // A link to any anchor inside a section lands in it.
    if (node.id && !section(current()).ids.includes(node.id)) section(current()).ids.push(node.id);
    section(current()).parts.push(' ');
    for (const child of node.childNodes) visit(child);
    section(current()).parts.push(' ');
    const ended = open.findIndex((entry) => entry.scope === node);
    if (ended >= 0) open.length = ended;
  };
  visit(main);
  return [...sections.values()].map(({ parts, ...s }) => ({ ...s, text: parts.join('').replace(/\s+/g, ' ').trim() }));
}

// ------------------------------------------------------------- matching ---

/** Text and queries in the form the word rules compare. */
function normalize(code, text) {
  const lower = text.toLowerCase();
  if (code === 'zh') return lower.normalize('NFKC').replace(/\s+/g, '');
  if (code === 'ar') {
    return lower
      .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '')
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/ة/g, 'ه')
      .replace(/ى/g, 'ي');
  }
  if (code === 'ru') return lower.replace(/ё/g, 'е');
  return lower.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

const wordsOf = (normalized) => normalized.match(/[\p{L}\p{N}]+/gu) || [];

/** en, fr, es, ru: whether text word `w` is query word `q` (both normalised). */
function sameWord(w, q) {
  const qLetters = [...q];
  const length = qLetters.length;
  const wLength = [...w].length;
  if (length < 4) return w === q || (wLength === length + 1 && w.startsWith(q));
  if (w.startsWith(qLetters.slice(0, Math.max(4, length - 1)).join(''))) return true;
  return q.startsWith(w) && wLength >= Math.max(3, length - 2);
}

const AR_PREFIXES = [['', ''], ['', 'ال'], ...['و', 'ف', 'ب', 'ل', 'ك'].flatMap((p) => [[p, ''], [p, 'ال']]), ['ل', 'ل']];
const AR_SUFFIXES = new Set(['', 'ه', 'ها', 'هم', 'هن', 'هما', 'ك', 'كم', 'كن', 'ي', 'نا', 'ا', 'ان', 'ين', 'ون', 'ات']);

/** ar: whether text word `w` is query word `q` (both normalised). */
function sameArabicWord(w, q) {
  // [stem, whether a suffix must follow]
  const stems = [[q, false]];
  if (q.endsWith('ه')) stems.push([`${q.slice(0, -1)}ت`, true], [`${q.slice(0, -1)}ات`, false]);
  for (const [prefix, article] of AR_PREFIXES) {
    if (!w.startsWith(prefix + article)) continue;
    const rest = w.slice(prefix.length + article.length);
    for (const [stem, needsSuffix] of stems) {
      if (!rest.startsWith(stem)) continue;
      const suffix = rest.slice(stem.length);
      if (AR_SUFFIXES.has(suffix) && !(needsSuffix && !suffix)) return true;
    }
  }
  return false;
}

/** A predicate: whether a section's text contains `query` in language `code`. */
function containsQuery(code, query) {
  const normalizedQuery = normalize(code, query);
  if (code === 'zh') return (text) => normalize(code, text).includes(normalizedQuery);
  const queryWords = wordsOf(normalizedQuery);
  const written = query.trim().split(/\s+/);
  const same =
    code === 'ar'
      ? (w, q, i) => sameArabicWord(w, q) || (/^ال/.test(written[i] || '') && q.length > 4 && sameArabicWord(w, q.slice(2)))
      : (w, q) => sameWord(w, q);
  return (text) => {
    const words = wordsOf(normalize(code, text));
    for (let i = 0; i + queryWords.length <= words.length; i++) {
      if (queryWords.every((q, j) => same(words[i + j], q, j))) return true;
    }
    return false;
  };
}

// ------------------------------------------------------------- coverage ---

const bare = (pathname) => pathname.replace(/\/$/, '') || '/';

/**
 * The guidance overview shows each age group's printable page whole: a link
 * to /guidance/9-12/#key-tips also covers /guidance/#9-12-key-tips, and a
 * link to /guidance/9-12/ the overview's whole 9-12 part.
 */
function overviewAliases(url, sections) {
  const match = url.pathname.match(/^(.*\/guidance)\/(under-9|9-12|13-18)\/?$/);
  if (!match) return [];
  const [, overview, band] = match;
  const part = decodeURIComponent(url.hash.slice(1));
  const wanted = (id) => (part ? id === `${band}-${part}` : id === band || id.startsWith(`${band}-`));
  return sections.filter((s) => bare(s.page) === overview && s.ids.some(wanted)).map((s) => s.address);
}

/** The addresses of the sections that result link `href` covers. */
function covered(href, sections) {
  return [...coveredDirectly(href, sections), ...overviewAliases(new URL(href, 'https://site.invalid/'), sections)];
}

function coveredDirectly(href, sections) {
  const url = new URL(href, 'https://site.invalid/');
  const onPage = sections.filter((s) => bare(s.page) === bare(url.pathname));
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment) return onPage.filter((s) => s.ids.includes(fragment)).map((s) => s.address);
  const cell = url.searchParams.get('cell');
  if (cell) return onPage.filter((s) => s.cell === cell).map((s) => s.address);
  return onPage.map((s) => s.address);
}

// ---------------------------------------------------------------- tests ---

describe('search finds the sections that use a word, in each language', () => {
  for (const { code } of LOCALES) {
    describe(code, { skip: !BUILT.includes(code) && `${code} not built` }, () => {
      let opened;
      let sections;
      before(async () => {
        opened = await openPage(site.browser, { origin: site.server.url, viewport: { width: 375, height: 800 } });
        sections = [];
        for (const { file, page } of builtPages(code)) {
          sections.push(...(await opened.page.evaluate(splitSections, { html: fs.readFileSync(file, 'utf8'), page })));
        }
        assert.ok(sections.length > 50, `${sections.length} sections in the built ${code} pages`);
      });
      after(() => opened?.context.close());

      for (const query of QUERIES[code]) {
        it(`“${query}”: the first ${TOP} results cover ${RECALL * 100} % of the sections that use it`, async (t) => {
          const contains = containsQuery(code, query);
          // A block shown word for word on several pages (the "if a child
          // tells you" steps on every session plan) is one section: any of
          // its places counts.
          const byText = new Map();
          for (const s of sections.filter((x) => contains(x.text))) {
            if (!byText.has(s.text)) byText.set(s.text, []);
            byText.get(s.text).push(s.address);
          }
          const places = [...byText.values()];
          const relevant = places.map((addresses) => addresses[0]);
          assert.ok(relevant.length > 0, `no section of the built ${code} pages contains “${query}”: a mistake in search_queries.mjs`);

          const { page } = opened;
          const address = `${localePath(code, '/search').replace(/^\//, '')}/?q=${encodeURIComponent(query)}`;
          await page.goto(new URL(address, site.server.url).href);
          await page.locator('.search-page-results [role=status]').first().waitFor({ timeout: 20000 });
          const hrefs = await page.locator('.search-results > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
          const top = hrefs.slice(0, TOP);

          const hit = new Set(top.flatMap((href) => covered(href, sections)));
          const isFound = (addresses) => addresses.some((a) => hit.has(a));
          const found = places.filter(isFound).map((addresses) => addresses[0]);
          const missed = places.filter((addresses) => !isFound(addresses)).map((addresses) => addresses[0]);
          const denominator = Math.min(relevant.length, TOP);
          const recall = Math.min(1, found.length / denominator);
          const summary =
            `${code} “${query}”: ${relevant.length} relevant sections, ${found.length} in the first ${TOP} results ` +
            `(recall ${recall.toFixed(2)} of min(${relevant.length}, ${TOP}); ${hrefs.length} results)`;
          t.diagnostic(`${summary}; missed: ${missed.join(' ') || 'none'}`);
          assert.ok(
            recall >= RECALL,
            `${summary}, need ${Math.ceil(RECALL * denominator)}.\n` +
              `  missed (${missed.length}): ${missed.slice(0, 15).join(' ')}${missed.length > 15 ? ' …' : ''}\n` +
              `  first results: ${top.join(' ') || '(none)'}`,
          );
        });
      }

      it('the search page stayed clean', () => {
        assertClean(opened, `${code} search page`);
      });
    });
  }
});
