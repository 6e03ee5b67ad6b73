// Each page inlines only the rules its kind of page uses (src/site/stylesheet/),
// and boot.js loads the whole stylesheet after the first paint. Nothing may
// look different once the whole stylesheet is there: for one page of every
// kind, in every language in turn, every element's computed style (and its
// ::before and ::after) is the same with the inline rules alone as with the
// whole stylesheet added after them, which then decides every property.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openPage } from './harness.mjs';
import { LOCALES } from './locale_routes.mjs';
import { DIST_ROOT, useSite, waitForHydration } from './visit.mjs';

const site = useSite();
const LANGUAGES = LOCALES.map((l) => l.code);

/** The kind of page of `file` (under a language's folder), as src/site/stylesheet/pages.rs names it. */
function pageKind(file) {
  if (!file.endsWith('index.html')) return file;
  const segments = file.slice(0, -'index.html'.length).split('/').filter(Boolean);
  if (segments.length === 0) return '/';
  return segments.length === 1 ? `${segments[0]}/` : `${segments[0]}/*/`;
}

/** One address per kind of page, each in the next language. */
function oneAddressPerKind() {
  const files = [];
  const walk = (dir, rel) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!rel && LANGUAGES.includes(entry.name)) continue;
        walk(path.join(dir, entry.name), childRel);
      } else if (entry.name.endsWith('.html')) files.push(childRel);
    }
  };
  walk(DIST_ROOT, '');
  const kinds = new Map();
  for (const file of files.sort()) if (!kinds.has(pageKind(file))) kinds.set(pageKind(file), file);
  return [...kinds.entries()].map(([kind, file], i) => {
    const lang = LANGUAGES[i % LANGUAGES.length];
    const prefix = lang === 'en' ? '' : `${lang}/`;
    // The not-found page is seen at an address that does not exist.
    const address = file === '404.html' ? 'no-such-page/' : file.replace(/index\.html$/, '');
    return { kind, lang, address: `${prefix}${address}` };
  });
}

/** Every visible element's computed style, and its ::before and ::after, as text. */
function computedStyles() {
  const describe = (style) => Array.from(style, (name) => `${name}:${style.getPropertyValue(name)}`).join(';');
  // (Not <head>, where the test adds the whole stylesheet's <link>.)
  const elements = [document.documentElement, document.body, ...document.body.querySelectorAll('*')];
  return elements.map((el, i) => ({
    element: `${i} <${el.localName}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}>`,
    style: describe(getComputedStyle(el)),
    before: describe(getComputedStyle(el, '::before')),
    after: describe(getComputedStyle(el, '::after')),
  }));
}

/** The first property that differs between two lists of computed styles. */
function firstDifference(inline, whole) {
  if (inline.length !== whole.length) return `${inline.length} elements, then ${whole.length}`;
  for (let i = 0; i < inline.length; i += 1) {
    for (const part of ['style', 'before', 'after']) {
      if (inline[i][part] === whole[i][part]) continue;
      const a = inline[i][part].split(';');
      const b = new Set(whole[i][part].split(';'));
      const changed = a.filter((declaration) => !b.has(declaration));
      return `${inline[i].element} ${part}: ${changed.slice(0, 4).join(' ')} (inline rules only) differs with the whole stylesheet`;
    }
  }
  return null;
}

/** Opens `address` with the start-up script blocked (the page as prerendered) and returns its computed styles, before and after the whole stylesheet is added. */
async function stylesWithAndWithoutTheWholeSheet(address, { viewport, media, colorScheme }) {
  const opened = await openPage(site.browser, { origin: site.server.url, viewport });
  const { page, context } = opened;
  await page.route(/\/boot-[0-9a-f]+\.js$/, (route) => route.abort());
  await page.emulateMedia({ media, colorScheme });
  await page.goto(new URL(address, site.server.url).href);
  const href = await page.locator('style[data-full-stylesheet]').getAttribute('data-full-stylesheet');
  assert.ok(href, `${address}: the inline <style> names the whole stylesheet`);
  assert.equal(await page.locator('link[rel="stylesheet"]').count(), 0, 'without the start-up script, only the inline rules');
  const inline = await page.evaluate(computedStyles);
  await page.evaluate(
    (url) =>
      new Promise((resolve, reject) => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = url;
        link.onload = resolve;
        link.onerror = () => reject(new Error(`cannot load ${url}`));
        document.head.append(link);
      }),
    href,
  );
  const whole = await page.evaluate(computedStyles);
  await context.close();
  return { inline, whole };
}

describe('each page inlines every rule its first paint needs', () => {
  const addresses = oneAddressPerKind();
  it('the build has pages of many kinds, each in its own stylesheet', () => {
    assert.ok(addresses.length >= 12, `${addresses.length} kinds: ${addresses.map((a) => a.kind).join(' ')}`);
  });
  for (const { kind, lang, address } of addresses) {
    it(`${kind} (${lang}, /${address}) at 375 px looks the same with the whole stylesheet`, async () => {
      const { inline, whole } = await stylesWithAndWithoutTheWholeSheet(address, { viewport: { width: 375, height: 800 } });
      assert.ok(inline.length > 20, `${inline.length} elements`);
      assert.equal(firstDifference(inline, whole), null);
    });
  }
  // Wider screens, dark mode and print use rules inside media queries.
  for (const [address, options] of [
    ['ar/risks/', { viewport: { width: 1280, height: 720 } }],
    ['zh/plan/', { viewport: { width: 1280, height: 720 }, colorScheme: 'dark' }],
    ['ru/educators/', { viewport: { width: 1024, height: 768 }, media: 'print' }],
    ['poster/', { viewport: { width: 1280, height: 720 }, media: 'print' }],
  ]) {
    it(`/${address} with ${JSON.stringify(options)} looks the same with the whole stylesheet`, async () => {
      const { inline, whole } = await stylesWithAndWithoutTheWholeSheet(address, options);
      assert.equal(firstDifference(inline, whole), null);
    });
  }
});

describe('the whole stylesheet arrives for what the islands draw', () => {
  for (const address of ['ar/plan/', 'zh/risks/']) {
    it(`/${address}: boot.js loads it before the islands go live`, async () => {
      const opened = await openPage(site.browser, { origin: site.server.url, viewport: { width: 375, height: 800 } });
      const { page, context, consoleErrors } = opened;
      await page.goto(new URL(address, site.server.url).href);
      await waitForHydration(page);
      const sheet = await page.evaluate(() => {
        const link = document.querySelector('link[rel="stylesheet"]');
        return link && { href: link.getAttribute('href'), rules: link.sheet ? link.sheet.cssRules.length : 0 };
      });
      const inlineRules = await page.evaluate(() => document.querySelector('style[data-full-stylesheet]').sheet.cssRules.length);
      assert.ok(sheet, 'a <link rel="stylesheet"> was added');
      assert.equal(sheet.href, await page.locator('style').first().getAttribute('data-full-stylesheet'));
      assert.ok(sheet.rules > inlineRules, `the whole stylesheet has ${sheet.rules} rules, the inline one ${inlineRules}`);
      assert.deepEqual(consoleErrors, [], 'no CSP report or failed load');
      await context.close();
    });
  }
});
