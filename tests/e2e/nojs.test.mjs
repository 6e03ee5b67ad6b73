// Every page is prerendered HTML: readable, and linked, without JavaScript.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openPage } from './harness.mjs';
import { DIST_ROOT, langDir, useSite } from './visit.mjs';
import { NOT_FOUND_HEADING, pages, themedWidgets, widgets } from './routes.mjs';
import { builtLocales, locale, localePath, minLength, routesIn } from './locale_routes.mjs';

// Every language built has every route, under its own folder (English at the root).
const LOCALE_CODES = builtLocales(DIST_ROOT);


const site = useSite();

async function noScriptPage(route, viewport) {
  const opened = await openPage(site.browser, { origin: site.server.url, javaScriptEnabled: false, viewport });
  await opened.page.goto(new URL(route.replace(/^\//, ''), site.server.url).href);
  return opened;
}

describe('prerendered output', () => {
  it('has an HTML file for every route, and no stray ones', () => {
    const expected = new Set(
      LOCALE_CODES.flatMap((code) =>
        [...pages, ...widgets, ...themedWidgets]
          .map(([route]) => localePath(code, route.split('?')[0]))
          .map((r) => (r === '/' ? 'index.html' : `${r.replace(/^\//, '').replace(/\/$/, '')}/index.html`)),
      ),
    );
    const found = new Set();
    const walk = (dir) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === 'index.html') found.add(path.relative(DIST_ROOT, full).split(path.sep).join('/'));
      }
    };
    walk(DIST_ROOT);
    assert.deepEqual([...expected].filter((f) => !found.has(f)), [], 'routes without a prerendered page');
    assert.deepEqual([...found].filter((f) => !expected.has(f)), [], 'prerendered pages the route list does not know');
    assert.ok(fs.existsSync(path.join(DIST_ROOT, '404.html')), '404.html exists');
  });
});

describe('search engines and link previews', { skip: !process.env.SITE_URL && 'SITE_URL not set' }, () => {
  const site = (process.env.SITE_URL || '').replace(/\/?$/, '/');
  const canonical = (route) => (route === '/' ? site : `${site}${route.slice(1).replace(/\/$/, '')}/`);
  const listed = pages.map(([route]) => route).filter((r) => !r.startsWith('/search'));

  it('every page names its canonical address and has Open Graph tags', () => {
    for (const route of listed) {
      const html = fs.readFileSync(path.join(DIST_ROOT, route === '/' ? '' : route.slice(1), 'index.html'), 'utf8');
      assert.ok(html.includes(`<link rel="canonical" href="${canonical(route)}">`), `canonical on ${route}`);
      assert.ok(html.includes(`<meta property="og:url" content="${canonical(route)}">`), `og:url on ${route}`);
      const title = html.match(/<title>([^<]*)<\/title>/)[1];
      assert.ok(html.includes(`<meta property="og:title" content="${title}">`), `og:title on ${route}`);
      assert.match(html, /<meta property="og:description" content="[^"]{30,}">/, `og:description on ${route}`);
    }
  });

  it('pages that have a widget point to its oEmbed data, which the build wrote', () => {
    const embeddable = listed.filter((r) => r === '/risks' || r === '/meeting' || /^\/(risks|partners)\/./.test(r));
    assert.ok(embeddable.length > 20, embeddable.join());
    for (const route of embeddable) {
      const html = fs.readFileSync(path.join(DIST_ROOT, route.slice(1), 'index.html'), 'utf8');
      const link = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="[^"]+">/);
      assert.ok(link, `oEmbed discovery on ${route}`);
      assert.ok(link[1].startsWith(`${site}oembed/`), link[1]);
      const json = JSON.parse(fs.readFileSync(path.join(DIST_ROOT, link[1].slice(site.length)), 'utf8'));
      assert.equal(json.type, 'rich');
      assert.match(json.html, new RegExp(`^<iframe src="${site}widget/`));
    }
  });

  it('sitemap.xml lists every page, and robots.txt points to it', () => {
    const xml = fs.readFileSync(path.join(DIST_ROOT, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const everyLanguage = LOCALE_CODES.flatMap((code) => listed.map((route) => canonical(localePath(code, route))));
    assert.deepEqual(locs.sort(), everyLanguage.sort());
    const robots = fs.readFileSync(path.join(DIST_ROOT, 'robots.txt'), 'utf8');
    assert.ok(robots.includes(`Sitemap: ${site}sitemap.xml`), robots);
  });
});

// Left to right and right to left. Without script a page is its HTML and
// CSS, the same markup in every language: pages.test.mjs checks each
// language's headings, content and lang/dir on every page.
const NO_SCRIPT_LOCALES = LOCALE_CODES.filter((code) => code === 'en' || code === 'ar');

describe('every page without JavaScript, in English and Arabic', () => {
  let opened;
  before(async () => {
    opened = await openPage(site.browser, { origin: site.server.url, javaScriptEnabled: false });
  });
  after(async () => opened?.context.close());

  for (const code of NO_SCRIPT_LOCALES) {
    const expectedLangDir = { lang: code, dir: locale(code).dir };
    const minimum = minLength(code, 200);
    for (const [route, expected] of routesIn(code)) {
      const address = localePath(code, route);
      it(`${address} shows "${expected}" and its content`, async () => {
        const { page } = opened;
        const response = await page.goto(new URL(address.replace(/^\//, ''), site.server.url).href);
        assert.equal(response?.status(), 200, `HTTP status of ${address}`);
        assert.equal((await page.locator('main h1').innerText()).trim(), expected);
        const text = await page.locator('main').innerText();
        assert.ok(text.length > minimum || route.startsWith('/search'), `${address} has content (${text.length} chars)`);
        assert.match(await page.title(), /COP Explorer$/);
        assert.deepEqual(await langDir(page), expectedLangDir, `<html lang dir> on ${address}`);
        assert.equal(await page.locator('html[data-hydrated]').count(), 0, 'no script ran');
      });
    }
  }
});

describe('without JavaScript', () => {
  it('the 404 page explains itself', async () => {
    const { page, context } = await noScriptPage('/no-such-page');
    try {
      assert.equal((await page.locator('main h1').innerText()).trim(), NOT_FOUND_HEADING);
    } finally {
      await context.close();
    }
  });

  it('links between pages work as plain links, also on a phone', async () => {
    const { page, context } = await noScriptPage('/', { width: 375, height: 700 });
    try {
      // The phone menu is a native disclosure: it opens without script.
      const nav = page.locator('nav[aria-label="Main"]');
      assert.equal(await nav.getByRole('link', { name: 'Risks' }).isVisible(), false, 'folded on a phone');
      await page.locator('details.site-menu > summary').click();
      assert.equal(await nav.getByRole('link', { name: 'Risks' }).isVisible(), true, 'the menu opened');
      await nav.getByRole('link', { name: 'Risks' }).click();
      await page.waitForURL(/\/risks\/?$/);
      await page.locator('.risk-card').getByRole('link', { name: 'Conduct risks' }).click();
      await page.waitForURL(/\/risks\/conduct\/?$/);
      assert.equal((await page.locator('main h1').innerText()).trim(), 'Conduct risks');
    } finally {
      await context.close();
    }
  });

  it('the 4Cs grid links to explanations that open natively, and the quiz says it needs JavaScript', async () => {
    const { page, context } = await noScriptPage('/risks');
    try {
      const items = page.locator('#grid-detail details');
      assert.ok((await items.count()) >= 15, 'every cell and cross-cutting risk is listed');
      assert.equal(await page.locator('#grid-detail details[open]').count(), 0);
      // A table cell links to its explanation, which the browser opens.
      await page.locator('#cell-contact-sexual').click();
      await page.waitForURL(/#about-contact-sexual$/);
      await page.waitForFunction(() => document.querySelector('#detail-contact-sexual').open);
      await page.locator('#detail-privacy summary').click();
      assert.equal(await page.locator('#detail-privacy').evaluate((d) => d.open), true);
      await page.goto(new URL('risks/contact', site.server.url).href);
      assert.equal(await page.getByText('The self-check needs JavaScript').isVisible(), true);
      assert.equal(await page.locator('.quiz').count(), 0, 'the self-check exists only with script');
    } finally {
      await context.close();
    }
  });

  it('meeting details open natively', async () => {
    const { page, context } = await noScriptPage('/meeting');
    try {
      const details = page.locator('#p5-11 details');
      await details.locator('summary').click();
      assert.equal(await details.evaluate((d) => d.open), true);
    } finally {
      await context.close();
    }
  });
});
