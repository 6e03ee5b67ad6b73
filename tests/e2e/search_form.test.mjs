// The header's search form sends each language to its own search page,
// also before its island wakes and without JavaScript (issue 24).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './harness.mjs';
import { useSite } from './visit.mjs';

const site = useSite();

describe('the header search form in each language', () => {
  for (const [lang, query] of [['zh', '欺凌'], ['ar', 'صور'], ['ru', 'дети'], ['en', 'bullying']]) {
    it(`${lang}: the form goes to the ${lang} search page, without JavaScript`, async () => {
      const prefix = lang === 'en' ? '' : `${lang}/`;
      const opened = await openPage(site.browser, { origin: site.server.url, javaScriptEnabled: false });
      const { page } = opened;
      await page.goto(new URL(`${prefix}risks/`, site.server.url).href);
      const form = page.locator('form.site-search');
      assert.equal(await form.getAttribute('action'), `/${prefix}search/`);
      await form.locator('input[name="q"]').fill(query);
      await Promise.all([page.waitForURL(/\/search\/\?q=/), form.locator('input[name="q"]').press('Enter')]);
      const address = new URL(page.url());
      assert.equal(address.pathname, `/${prefix}search/`);
      assert.equal(address.searchParams.get('q'), query);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, 'the results page is in the same language');
      await opened.context.close();
    });
  }
});
