// The site in every language it was built in: the route lists, the language
// switcher and the remembered choice, the root's choice of language,
// hreflang links, dates in the reader's language, the right-to-left layout
// on a phone, and a build served under a sub-path. Each page of each
// language is visited in pages.test.mjs (with JavaScript) and nojs.test.mjs.
//
// Which locales were built is read from DIST_ROOT (English at the root, the
// others in /<code>/); a test about a locale that was not built is skipped.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openPage, repoRoot } from './harness.mjs';
import { startServer } from './server.mjs';
import { DIST_ROOT, assertClean, heading, langDir, switcherLinks, useSite, visitOn, waitForHydration } from './visit.mjs';
import { pages as englishPages } from './routes.mjs';
import {
  LOCALES,
  STORAGE_KEY,
  builtLocales,
  content,
  folderPath,
  locale,
  localePages,
  localePath,
  routesIn,
} from './locale_routes.mjs';

const DIST_SUBPATH = process.env.DIST_SUBPATH;
const SUBPATH = process.env.SUBPATH || '/cop/';
const SITE_URL = process.env.SITE_URL ? process.env.SITE_URL.replace(/\/?$/, '/') : null;

const BUILT = builtLocales(DIST_ROOT);
const OTHERS = BUILT.filter((code) => code !== 'en');
const built = (code) => BUILT.includes(code);
const notBuilt = (code) => !built(code) && `locale "${code}" was not built in ${DIST_ROOT}`;

const site = useSite();

/** Absolute URL of a site path ("/ar/risks") on server `srv`. */
const at = (srv, route) => new URL(route.replace(/^\//, ''), srv.url).href;

const expectedLangDir = (code) => ({ lang: code, dir: locale(code).dir });

/** The stored language choice of the page's origin. */
const storedChoice = (page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

/** The name of risk `id` in locale `code` (its page's h1). */
const riskName = (code, id) => content(code, 'risks.json').find((r) => r.id === id).name;

/**
 * page.goto(url) for an address that may send the browser on at once (the
 * root's location.replace): that second navigation is expected, not an error.
 */
async function gotoMayRedirect(page, url) {
  try {
    await page.goto(url);
  } catch (err) {
    if (!/interrupted by another navigation|net::ERR_ABORTED/.test(err.message)) throw err;
  }
}

/** A browser context that is not taken to another language at the root. */
const ENGLISH_BROWSER = { locale: 'en-GB' };

describe('the locale route list', () => {
  it(`finds the built locales (${BUILT.join(', ')}), English first`, () => {
    assert.equal(BUILT[0], 'en');
    for (const code of OTHERS) {
      assert.ok(fs.existsSync(path.join(DIST_ROOT, code, 'risks', 'contact', 'index.html')), `${code} has its pages`);
    }
  });

  it('gives English the same pages and headings as routes.mjs', () => {
    assert.deepEqual(localePages('en'), englishPages);
  });

  it('gives every locale the same routes, under its own prefix', () => {
    const english = routesIn('en').map(([route]) => route);
    for (const { code } of LOCALES) {
      const list = localePages(code);
      assert.deepEqual(list.map(([p]) => p), english.map((r) => localePath(code, r)), code);
      for (const [p, h1] of list) assert.ok(h1.trim().length > 0, `${code} ${p} has a heading`);
    }
  });
});

// 1. Every route in every built language, with JavaScript, with its language
// switcher and axe (Arabic and Chinese): pages.test.mjs, one visit per page.

// 2. Without JavaScript: nojs.test.mjs, for every built language.

describe('English titles inside right-to-left text', { skip: notBuilt('ar') }, () => {
  it('/ar/risks isolates "The 4Cs: Classifying Online Risk to Children" as English', async () => {
    const opened = await openPage(site.browser, { origin: site.server.url, javaScriptEnabled: false });
    try {
      await opened.page.goto(at(site.server, '/ar/risks'));
      const isolated = opened.page.locator('bdi[lang="en"]', { hasText: 'The 4Cs: Classifying Online Risk to Children' });
      assert.ok((await isolated.count()) >= 1, 'the source title is in <bdi lang="en">');
    } finally {
      await opened.context.close();
    }
  });

  it('/ar/about and /ar/meeting isolate English runs inside Arabic sentences', async () => {
    const opened = await openPage(site.browser, { origin: site.server.url, javaScriptEnabled: false });
    try {
      await opened.page.goto(at(site.server, '/ar/about'));
      for (const text of ['The 4Cs: Classifying Online Risk to Children', 'CC BY 4.0']) {
        const inSentence = opened.page.locator('main p bdi[lang="en"]', { hasText: text });
        assert.ok((await inSentence.count()) >= 1, `"${text}" is isolated in the about page's prose`);
      }
      await opened.page.goto(at(site.server, '/ar/meeting'));
      const heading = opened.page.locator('#documents p bdi[lang="en"]', {
        hasText: 'Presentations on collaborative efforts from ITU and COP partners',
      });
      assert.equal(await heading.count(), 1, 'the report line quoted in the §4.1 intro is isolated');
      // The isolation is Arabic's alone: English prose has none.
      await opened.page.goto(at(site.server, '/about'));
      assert.equal(await opened.page.locator('main p bdi').count(), 0);
    } finally {
      await opened.context.close();
    }
  });
});

// 3 and 4. The language switcher.
const SWITCH_TO = built('fr') ? 'fr' : built('ar') ? 'ar' : OTHERS[0];

/** Clicks the switcher's link to `code` and waits for that page to be live. */
async function switchTo(page, code, expectedUrl) {
  await page.locator(`nav.language-switcher a[hreflang="${code}"]`).click();
  await page.waitForURL(expectedUrl);
  await waitForHydration(page);
}

describe('the language switcher', { skip: !SWITCH_TO && 'only English was built' }, () => {
  it(`keeps the page and section: /risks/contact#talk -> /${SWITCH_TO}/risks/contact/#talk`, async () => {
    const opened = await visitOn(site.browser, site.server, '/risks/contact#talk', { contextOptions: ENGLISH_BROWSER });
    const { page, context } = opened;
    try {
      assert.equal(await storedChoice(page), null, 'nothing stored before the click');
      await switchTo(page, SWITCH_TO, at(site.server, `/${SWITCH_TO}/risks/contact/#talk`));
      const url = new URL(page.url());
      assert.equal(url.pathname, `/${SWITCH_TO}/risks/contact/`);
      assert.equal(url.hash, '#talk');
      assert.deepEqual(await langDir(page), expectedLangDir(SWITCH_TO));
      assert.equal(await heading(page), riskName(SWITCH_TO, 'contact'));
      assert.equal(await storedChoice(page), SWITCH_TO, `localStorage['${STORAGE_KEY}']`);
      assertClean(opened, 'switching language');
    } finally {
      await context.close();
    }
  });

  it(`keeps the query: /search?q=sango -> /${SWITCH_TO}/search/?q=sango`, async () => {
    const opened = await visitOn(site.browser, site.server, '/search?q=sango', { contextOptions: ENGLISH_BROWSER });
    const { page, context } = opened;
    try {
      await switchTo(page, SWITCH_TO, at(site.server, `/${SWITCH_TO}/search/?q=sango`));
      assert.equal(new URL(page.url()).search, '?q=sango');
      assert.equal(await page.locator('#site-search-input').count(), 1);
      assert.deepEqual(await langDir(page), expectedLangDir(SWITCH_TO));
      assertClean(opened, 'switching language on search');
    } finally {
      await context.close();
    }
  });

  it(`follows navigation: /${SWITCH_TO}/risks/contact -> /${SWITCH_TO}/partners -> /partners/`, async () => {
    const opened = await visitOn(site.browser, site.server, `/${SWITCH_TO}/risks/contact`, { contextOptions: ENGLISH_BROWSER });
    const { page, context } = opened;
    try {
      await page.locator(`nav#site-nav a[href="/${SWITCH_TO}/partners/"]`).click();
      await page.waitForURL(at(site.server, `/${SWITCH_TO}/partners/`));
      await waitForHydration(page);
      const english = page.locator('nav.language-switcher a[hreflang="en"]');
      assert.equal(await english.getAttribute('href'), '/partners/');
      await switchTo(page, 'en', at(site.server, '/partners/'));
      assert.deepEqual(await langDir(page), expectedLangDir('en'));
      assert.equal(await heading(page), localePages('en')[3][1]);
      assertClean(opened, 'switching after navigation');
    } finally {
      await context.close();
    }
  });

  it('the stored choice survives a reload and drives the root, until English is chosen', async () => {
    const opened = await visitOn(site.browser, site.server, '/risks/contact', { contextOptions: ENGLISH_BROWSER });
    const { page, context } = opened;
    const root = site.server.url;
    const localeHome = at(site.server, `/${SWITCH_TO}/`);
    try {
      await switchTo(page, SWITCH_TO, at(site.server, `/${SWITCH_TO}/risks/contact/`));

      await gotoMayRedirect(page, root);
      await page.waitForURL(localeHome);
      await waitForHydration(page);
      assert.deepEqual(await langDir(page), expectedLangDir(SWITCH_TO), 'the root sent us to the chosen language');
      assert.equal(await heading(page), localePages(SWITCH_TO)[0][1]);

      await page.reload();
      await waitForHydration(page);
      assert.equal(page.url(), localeHome, 'reload stays in the chosen language');
      assert.deepEqual(await langDir(page), expectedLangDir(SWITCH_TO));

      // A second visit to the root (a new page of the same browser) goes there too.
      const second = await context.newPage();
      await gotoMayRedirect(second, root);
      await second.waitForURL(localeHome);
      await second.close();

      await switchTo(page, 'en', root);
      assert.equal(await storedChoice(page), 'en');
      assert.deepEqual(await langDir(page), expectedLangDir('en'));

      await page.goto(root);
      await waitForHydration(page);
      assert.equal(page.url(), root, 'a stored "en" keeps the visitor on the English root');
      assert.deepEqual(await langDir(page), expectedLangDir('en'));
      assert.equal(await heading(page), englishPages[0][1]);
      assertClean(opened, 'stored language choice');
    } finally {
      await context.close();
    }
  });
});

// 5. The browser's language at the root.
describe("the browser's language at the root", () => {
  /** Opens the root in a fresh context with `contextOptions` and `stored` in localStorage. */
  async function openRoot(contextOptions, stored) {
    const opened = await openPage(site.browser, { origin: site.server.url, contextOptions });
    if (stored !== undefined) {
      await opened.context.addInitScript(
        ([key, value]) => {
          try {
            localStorage.setItem(key, value);
          } catch {
            // about:blank has no storage.
          }
        },
        [STORAGE_KEY, stored],
      );
    }
    await gotoMayRedirect(opened.page, site.server.url);
    return opened;
  }

  it('an Arabic browser (ar-EG) is taken to /ar/', { skip: notBuilt('ar') }, async () => {
    const opened = await openRoot({ locale: 'ar-EG' });
    try {
      await opened.page.waitForURL(at(site.server, '/ar/'));
      await waitForHydration(opened.page);
      assert.deepEqual(await langDir(opened.page), expectedLangDir('ar'));
      assert.equal(await heading(opened.page), localePages('ar')[0][1]);
      assertClean(opened, 'ar-EG at the root');
    } finally {
      await opened.context.close();
    }
  });

  it('a German browser (de-DE) stays on the English root', async () => {
    const opened = await openRoot({ locale: 'de-DE' });
    try {
      await waitForHydration(opened.page);
      assert.equal(opened.page.url(), site.server.url);
      assert.deepEqual(await langDir(opened.page), expectedLangDir('en'));
      assert.equal(await heading(opened.page), englishPages[0][1]);
      assertClean(opened, 'de-DE at the root');
    } finally {
      await opened.context.close();
    }
  });

  it('an unknown stored value is ignored: de-DE stays on the English root without errors', async () => {
    const opened = await openRoot({ locale: 'de-DE' }, 'not-a-locale');
    try {
      await waitForHydration(opened.page);
      assert.equal(await storedChoice(opened.page), 'not-a-locale', 'the init script stored the value');
      assert.equal(opened.page.url(), site.server.url);
      assert.deepEqual(await langDir(opened.page), expectedLangDir('en'));
      assert.equal(await heading(opened.page), englishPages[0][1]);
      assertClean(opened, 'unknown stored locale');
    } finally {
      await opened.context.close();
    }
  });

  it('an unknown stored value is ignored: ar-EG still goes to /ar/', { skip: notBuilt('ar') }, async () => {
    const opened = await openRoot({ locale: 'ar-EG' }, 'not-a-locale');
    try {
      await opened.page.waitForURL(at(site.server, '/ar/'));
      await waitForHydration(opened.page);
      assert.deepEqual(await langDir(opened.page), expectedLangDir('ar'));
      assertClean(opened, 'unknown stored locale, ar-EG');
    } finally {
      await opened.context.close();
    }
  });
});

// 6. hreflang alternates in the head.
describe('hreflang links', () => {
  const ROUTE = '/risks/contact';
  let opened;
  before(async () => {
    opened = await openPage(site.browser, { origin: site.server.url, contextOptions: ENGLISH_BROWSER });
  });
  after(async () => opened?.context.close());

  /** The expected href of ROUTE in locale `code`. */
  const expectedHref = (code) => (SITE_URL ? `${SITE_URL}${folderPath(code, ROUTE).slice(1)}` : folderPath(code, ROUTE));

  for (const code of BUILT) {
    it(`${localePath(code, ROUTE)} names every built locale (${BUILT.join(', ')}) and x-default`, async () => {
      const { page } = opened;
      await page.goto(at(site.server, localePath(code, ROUTE)));
      await waitForHydration(page);
      let alternates = await page
        .locator('head link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
      // Without SITE_URL the build's hrefs may be paths: compare paths then.
      if (!SITE_URL) alternates = alternates.map(([lang, href]) => [lang, new URL(href, 'http://x/').pathname]);
      const expected = [...BUILT.map((b) => [b, expectedHref(b)]), ['x-default', expectedHref('en')]];
      const sort = (list) => [...list].sort((a, b) => a[0].localeCompare(b[0]));
      assert.deepEqual(sort(alternates), sort(expected));
    });
  }
});

// 7. Accessibility of the Arabic and Chinese pages: pages.test.mjs.

// 8. The meeting date in the reader's language.
describe("the meeting date in the page's language", () => {
  /** Waits until the live <time> shows the browser's Intl wording for `tag`, and returns both. */
  async function liveDate(code) {
    const opened = await visitOn(site.browser, site.server, `/${code}/meeting`, { contextOptions: { locale: code } });
    const { page } = opened;
    const intl = await page.evaluate(
      (tag) =>
        new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          Date.UTC(2021, 0, 26),
        ),
      code,
    );
    const times = page.locator('time[datetime="2021-01-26"]');
    assert.ok((await times.count()) >= 1, `a <time datetime="2021-01-26"> on /${code}/meeting`);
    // The app formats with Intl once hydrated; give it a moment, then assert.
    await page
      .waitForFunction(
        (want) => [...document.querySelectorAll('time[datetime="2021-01-26"]')].every((t) => t.textContent.trim() === want),
        intl,
        { timeout: 3000 },
      )
      .catch(() => {});
    const texts = (await times.allTextContents()).map((t) => t.trim());
    return { opened, intl, texts };
  }

  it('/meeting keeps the British wording it was built with, whatever the browser, so nothing moves', async () => {
    const opened = await visitOn(site.browser, site.server, '/meeting', { contextOptions: { locale: 'en-US' } });
    try {
      // The start-up script has formatted the dates by the load event.
      const texts = (await opened.page.locator('time[datetime="2021-01-26"]').allTextContents()).map((t) => t.trim());
      assert.ok(texts.length >= 1, 'a <time datetime="2021-01-26"> on /meeting');
      for (const text of texts) assert.equal(text, '26 January 2021');
      assertClean(opened, '/meeting');
    } finally {
      await opened.context.close();
    }
  });

  it('/zh/meeting shows 2021年1月26日', { skip: notBuilt('zh') }, async () => {
    const { opened, intl, texts } = await liveDate('zh');
    try {
      for (const text of texts) {
        assert.ok(text.includes('2021年1月26日'), `zh date: "${text}"`);
        assert.equal(text, intl, "the browser's Intl wording");
      }
      assertClean(opened, '/zh/meeting');
    } finally {
      await opened.context.close();
    }
  });

  it("/ar/meeting shows the date in Arabic, in the browser's wording", { skip: notBuilt('ar') }, async () => {
    const { opened, intl, texts } = await liveDate('ar');
    try {
      for (const text of texts) {
        assert.ok(text.length > 0, 'ar date is not empty');
        assert.notEqual(text, '26 January 2021', 'ar date is not in English');
        assert.equal(text, intl, "the browser's Intl wording");
      }
      assertClean(opened, '/ar/meeting');
    } finally {
      await opened.context.close();
    }
  });
});

// 9. The Arabic home page on a phone.
describe('the Arabic home page on a phone', { skip: notBuilt('ar') }, () => {
  it('at 375x800: screenshot, no sideways scrolling, site name on the right', async () => {
    const width = 375;
    const opened = await visitOn(site.browser, site.server, '/ar/', {
      viewport: { width, height: 800 },
      contextOptions: { locale: 'ar' },
    });
    const { page, context } = opened;
    try {
      const folder = path.join(repoRoot(), 'target', 'screenshots');
      fs.mkdirSync(folder, { recursive: true });
      const file = path.join(folder, 'ar-home-375.png');
      await page.screenshot({ path: file });
      assert.ok(fs.statSync(file).size > 1000, `screenshot written to ${file}`);

      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `the page is ${scrollWidth}px wide at ${width}px`);

      const box = await page.locator('header a.site-name').boundingBox();
      assert.ok(box, 'the site name link is visible');
      const fromLeft = box.x;
      const fromRight = width - (box.x + box.width);
      assert.ok(
        fromRight < fromLeft,
        `the site name sits on the right in RTL (left gap ${fromLeft}px, right gap ${fromRight}px)`,
      );
      assertClean(opened, '/ar/ at 375px');
    } finally {
      await context.close();
    }
  });
});

// 10. A build served under a sub-path.
const SUB_AR = DIST_SUBPATH && fs.existsSync(path.join(DIST_SUBPATH, 'ar', 'index.html'));
describe(`locales under a sub-path (${SUBPATH})`, {
  skip: (!DIST_SUBPATH && 'DIST_SUBPATH not set') || (!SUB_AR && `ar was not built in ${DIST_SUBPATH}`),
}, () => {
  let sub;
  before(async () => {
    sub = await startServer({ dir: DIST_SUBPATH, base: SUBPATH });
  });
  after(async () => sub?.close());

  it(`${SUBPATH}ar/risks/contact is in Arabic and links back to ${SUBPATH}risks/contact/`, async () => {
    const opened = await visitOn(site.browser, sub, '/ar/risks/contact', { contextOptions: { locale: 'ar' } });
    const { page, context } = opened;
    try {
      assert.equal(new URL(page.url()).pathname.replace(/\/$/, ''), `${SUBPATH}ar/risks/contact`);
      assert.deepEqual(await langDir(page), expectedLangDir('ar'));
      assert.equal(await heading(page), riskName('ar', 'contact'));
      const english = page.locator('nav.language-switcher a[hreflang="en"]');
      assert.equal(await english.getAttribute('href'), `${SUBPATH}risks/contact/`);
      assert.equal(
        await page.locator('nav.language-switcher a[hreflang="ar"]').getAttribute('href'),
        `${SUBPATH}ar/risks/contact/`,
      );
      await english.click();
      await page.waitForURL(new URL('risks/contact/', sub.url).href);
      await waitForHydration(page);
      assert.deepEqual(await langDir(page), expectedLangDir('en'));
      assert.equal(await heading(page), 'Contact risks');
      assertClean(opened, `${SUBPATH}ar/risks/contact`);
    } finally {
      await context.close();
    }
  });
});

// Beyond the list above: faults found while writing these tests.

// Links to the home page are marked as the current page on the home page
// only: pages.test.mjs, on every page.

describe('the language switcher on the not-found page', () => {
  it('does not link to a made-up "/404/" page', async () => {
    const opened = await visitOn(site.browser, site.server, '/no-such-page', { contextOptions: ENGLISH_BROWSER });
    const { page, context } = opened;
    try {
      const links = await switcherLinks(page);
      for (const code of BUILT) {
        const link = links.find((l) => l.hreflang === code);
        assert.ok(link, `a link to ${code}`);
        assert.ok(
          [folderPath(code, '/'), folderPath(code, '/no-such-page')].includes(link.href),
          `the ${code} link on /no-such-page goes to ${link.href}, not to ${code}'s home page or this address`,
        );
      }
      assertClean(opened, '/no-such-page', { notFound: true });
    } finally {
      await context.close();
    }
  });
});

describe('offline copies of each language', { skip: !OTHERS.length && 'only English was built' }, () => {
  const other = OTHERS[0];
  it(`visiting /${other}/ after / keeps both languages' saved pages`, async () => {
    const opened = await openPage(site.browser, { origin: site.server.url, contextOptions: ENGLISH_BROWSER });
    const { page, context } = opened;
    /** Waits until the service worker for `scope` (a path) is active (waitForFunction does not await promises). */
    const workerActive = async (scope) => {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const active = await page.evaluate(
          async (want) =>
            (await navigator.serviceWorker.getRegistrations()).some(
              (r) => new URL(r.scope).pathname === want && r.active?.state === 'activated',
            ),
          scope,
        );
        if (active) return;
        assert.ok(Date.now() < deadline, `the service worker for ${scope} became active`);
        await page.waitForTimeout(250);
      }
    };
    try {
      await page.goto(site.server.url);
      await waitForHydration(page);
      await workerActive('/');
      await page.goto(at(site.server, `/${other}/`));
      await waitForHydration(page);
      await workerActive(`/${other}/`);

      await context.setOffline(true);
      await page.goto(at(site.server, '/risks'));
      assert.equal(
        await heading(page),
        localePages('en')[2][1],
        `offline, /risks (saved when / was visited) after a visit to /${other}/`,
      );
      await page.goto(at(site.server, `/${other}/risks`));
      assert.equal(await heading(page), localePages(other)[2][1], `offline, /${other}/risks`);
    } finally {
      await context.setOffline(false).catch(() => {});
      await context.close();
    }
  });
});
