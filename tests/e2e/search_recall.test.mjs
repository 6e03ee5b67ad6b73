// Search in the browser finds what the site says in each language's own
// words (issue 24): a Chinese word inside a clause, an Arabic word with and
// without its article, a Russian word in another case; results link to the
// section that answers; and when search cannot run (its code or its index
// unavailable, offline), the page says so instead of staying blank.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './harness.mjs';
import { assertClean, DIST_ROOT, useSite } from './visit.mjs';
import { builtLocales, localePath, strings } from './locale_routes.mjs';

const site = useSite();
const BUILT = builtLocales(DIST_ROOT);

/** Opens the search page of `code` for `query`; returns the result links (hrefs). */
async function results(code, query) {
  const opened = await openPage(site.browser, { origin: site.server.url, viewport: { width: 375, height: 800 } });
  const { page, context } = opened;
  try {
    const address = new URL(`${localePath(code, '/search').replace(/^\//, '')}/?q=${encodeURIComponent(query)}`, site.server.url).href;
    await page.goto(address);
    await page.locator('.search-page-results [role=status]').first().waitFor({ timeout: 20000 });
    const hrefs = await page.locator('.search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assertClean(opened, `${code} search for ${query}`);
    return hrefs;
  } finally {
    await context.close();
  }
}

describe('search finds what each language says', () => {
  const cases = [
    ['zh', '网络', 20],
    ['zh', '隐私', 8],
    ['ar', 'تنمر', 3],
    ['ru', 'детей', 20],
    ['fr', 'harcèlement', 4],
    ['es', 'niños', 20],
    ['en', 'bullying', 6],
  ];
  for (const [code, query, atLeast] of cases) {
    it(`${code}: “${query}” finds at least ${atLeast} results`, { skip: !BUILT.includes(code) && `${code} not built` }, async () => {
      const hrefs = await results(code, query);
      assert.ok(hrefs.length >= atLeast, `${hrefs.length} results: ${hrefs.slice(0, 5).join(' ')}`);
    });
  }

  it('ar: a word finds the same pages with and without its article', { skip: !BUILT.includes('ar') && 'ar not built' }, async () => {
    const bare = await results('ar', 'أطفال');
    const withArticle = await results('ar', 'الأطفال');
    assert.ok(bare.length >= 30, `${bare.length} results`);
    assert.deepEqual(bare, withArticle);
  });

  it('ru: two cases of a word find the same pages', { skip: !BUILT.includes('ru') && 'ru not built' }, async () => {
    // The page shows the best 50; an exact word ranks above another form,
    // so the two lists share most pages, not all (tests/search_recall.rs
    // compares the whole result sets).
    const nominative = new Set(await results('ru', 'дети'));
    const genitive = await results('ru', 'детей');
    const shared = genitive.filter((href) => nominative.has(href)).length;
    assert.ok(nominative.size >= 40 && genitive.length >= 40, `${nominative.size} and ${genitive.length} results`);
    assert.ok(shared >= 0.6 * genitive.length, `${shared} of ${genitive.length} shared`);
  });

  it('en: results link to the section that answers, and to the grid cell', async () => {
    const signs = await results('en', 'contact warning signs');
    assert.equal(signs[0], '/risks/contact/#signs');
    const bullying = await results('en', 'bullying');
    assert.ok(bullying.some((href) => href.startsWith('/risks/?cell=')), bullying.join(' '));
    assert.ok(bullying.some((href) => href.startsWith('/educators/')), 'a session plan');
  });
});

describe('search says when it cannot run', () => {
  for (const code of ['ar', 'zh'].filter((c) => BUILT.includes(c))) {
    it(`${code}: without its code (offline before it was saved), a notice, not a blank page`, async () => {
      const opened = await openPage(site.browser, { origin: site.server.url });
      const { page, context } = opened;
      try {
        await page.route(/_bg\.wasm$/, (route) => route.abort());
        await page.goto(new URL(`${code}/search/?q=${encodeURIComponent(code === 'ar' ? 'صور' : '网络')}`, site.server.url).href);
        await page.locator('html[data-static]').waitFor({ state: 'attached' });
        const note = page.locator('.needs-js-note');
        assert.ok(await note.isVisible(), 'the note shows');
        assert.equal((await note.innerText()).trim(), strings(code, 'pages').search_needs_js);
      } finally {
        await context.close();
      }
    });
    it(`${code}: without its index, a notice`, async () => {
      const opened = await openPage(site.browser, { origin: site.server.url });
      const { page, context } = opened;
      try {
        await page.route(/\/search-[0-9a-f]+\.json$/, (route) => route.abort());
        await page.goto(new URL(`${code}/search/?q=${encodeURIComponent(code === 'ar' ? 'صور' : '网络')}`, site.server.url).href);
        const notice = page.locator('.search-page-results .notice');
        await notice.waitFor({ timeout: 20000 });
        assert.equal((await notice.innerText()).trim(), strings(code, 'pages').search_unavailable);
        assert.equal(await page.locator('.needs-js-note').isVisible(), false, 'the code ran');
      } finally {
        await context.close();
      }
    });
  }
});
