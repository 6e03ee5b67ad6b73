// Browser tests against the release build, served as static files over HTTP.
// DIST_ROOT is a build for "/", DIST_SUBPATH a build for SUBPATH (e.g. /cop/).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { formatViolations, openPage, runAxe } from './harness.mjs';
import { assertClean, heading, useSite, visitOn, waitForHydration } from './visit.mjs';
import { NOT_FOUND_HEADING, notFoundPaths, pages } from './routes.mjs';

const DIST_SUBPATH = process.env.DIST_SUBPATH;
const SUBPATH = process.env.SUBPATH || '/cop/';

const site = useSite();

const visit = (route, options = {}) => visitOn(site.browser, options.srv || site.server, route, options);

// Each page loaded directly, with its title, description and landmarks:
// pages.test.mjs, which visits every page once.

describe('unknown pages', () => {
  for (const route of notFoundPaths) {
    it(`${route} shows the 404 page with links back`, async () => {
      const opened = await visit(route);
      const { page, context } = opened;
      try {
        assert.equal(await heading(page), NOT_FOUND_HEADING);
        assert.equal(await page.title(), `${NOT_FOUND_HEADING} – COP Explorer`);
        await page.getByRole('link', { name: 'the home page' }).click();
        await page.waitForURL(site.server.url);
        assert.equal(await heading(page), pages[0][1]);
        assertClean(opened, route, { notFound: true });
      } finally {
        await context.close();
      }
    });
  }
});

describe('navigation by clicking', () => {
  // Every page is its own prerendered file: links are plain links, and each
  // click is a full page load (the service worker makes repeat visits fast).
  it('moves through the main sections and back', async () => {
    const opened = await visit('/');
    const { page, context } = opened;
    try {
      const nav = page.locator('nav[aria-label="Main"]');
      await nav.getByRole('link', { name: 'Meeting' }).click();
      await page.waitForURL(/\/meeting\/?$/);
      assert.equal(await heading(page), pages[1][1]);
      assert.equal(await nav.getByRole('link', { name: 'Meeting' }).getAttribute('aria-current'), 'page');

      await nav.getByRole('link', { name: 'Risks' }).click();
      await page.waitForURL(/\/risks\/?$/);
      await page.locator('main .risk-card').getByRole('link', { name: 'Contact risks' }).click();
      await page.waitForURL(/\/risks\/contact\/?$/);
      assert.equal(await heading(page), 'Contact risks');

      await nav.getByRole('link', { name: 'Partners' }).click();
      await page.waitForURL(/\/partners\/?$/);
      await waitForHydration(page);
      await page.locator('main').getByRole('link', { name: 'WePROTECT Global Alliance' }).click();
      await page.waitForURL(/\/partners\/weprotect\/?$/);
      assert.equal(await heading(page), 'WePROTECT Global Alliance');

      // From a partner to the paragraph that names it, and back.
      await page.locator('main').getByRole('link', { name: /^§5\.11 WePROTECT/ }).click();
      await page.waitForURL(/\/meeting\/?#p5-11$/);
      await page.goBack();
      await page.waitForURL(/\/partners\/weprotect\/?$/);
      assert.equal(await heading(page), 'WePROTECT Global Alliance');
      assertClean(opened, 'click-through');
    } finally {
      await context.close();
    }
  });

  it('skip link moves focus to the main content', async () => {
    const { page, context } = await visit('/meeting');
    try {
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to main content' });
      assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
      assert.ok((await skip.boundingBox()).y >= 0, 'skip link is visible when focused');
      await page.keyboard.press('Enter');
      await page.waitForURL(/#main$/);
      await page.waitForFunction(() => document.activeElement?.id === 'main');
      assert.match(await skip.getAttribute('href'), /\/meeting\/?#main$/, 'works without script');
    } finally {
      await context.close();
    }
  });
});

describe('the meeting page', () => {
  it('filters by kind and organisation through the URL, and keeps them on reload', async () => {
    const opened = await visit('/meeting');
    const { page, context } = opened;
    try {
      // Filtered-out items stay in the page, hidden.
      const items = page.locator('main article.item:visible');
      const total = await items.count();
      assert.ok(total >= 38, `all items shown (${total})`);

      await page.getByLabel('Kind of item').selectOption('outcome');
      await page.waitForURL(/\?kind=outcome$/);
      assert.equal(await items.count(), 5);
      await assert.doesNotReject(page.getByRole('status').filter({ hasText: 'Showing 5 of' }).waitFor());

      await page.reload();
      await waitForHydration(page);
      assert.equal(await items.count(), 5, 'filter survives reload');
      assert.equal(await page.getByLabel('Kind of item').inputValue(), 'outcome');

      await page.getByLabel('Kind of item').selectOption('');
      await page.getByLabel('Organisation').selectOption('weprotect');
      await page.waitForURL(/\?org=weprotect$/);
      assert.equal(await items.count(), 2, 'the §4.1 document and §5.11');

      await page.getByRole('button', { name: 'Clear filters' }).click();
      await page.waitForURL(/\/meeting\/?$/);
      assert.equal(await items.count(), total);
      assertClean(opened, 'meeting filters');
    } finally {
      await context.close();
    }
  });

  it('ignores unknown filter values with a clear notice', async () => {
    const opened = await visit('/meeting?kind=bogus&org=%3Cscript%3E');
    const { page, context } = opened;
    try {
      await page.getByText("This link had a filter we don't recognise").waitFor();
      assert.ok((await page.locator('main article.item:visible').count()) >= 38, 'everything is still shown');
      assertClean(opened, 'bad meeting query');
    } finally {
      await context.close();
    }
  });

  it('opens and scrolls to a deep-linked item', async () => {
    const opened = await visit('/meeting#p7-5');
    const { page, context } = opened;
    try {
      const item = page.locator('#p7-5');
      await page.waitForFunction(() => document.querySelector('#p7-5 details')?.open === true);
      await assert.doesNotReject(item.getByText('Note on the source').waitFor());
      const box = await item.boundingBox();
      const viewport = page.viewportSize();
      assert.ok(box.y < viewport.height && box.y + box.height > 0, 'item is in view');
      assertClean(opened, 'deep link');
    } finally {
      await context.close();
    }
  });

  it('shows every item with its source paragraph and links named organisations', async () => {
    const { page, context } = await visit('/meeting');
    try {
      const paras = await page.locator('main article.item .para').allInnerTexts();
      assert.ok(paras.every((p) => /^§\d+\.\d+$/.test(p)), paras.join(' '));
      const p511 = page.locator('#p5-11');
      assert.equal(await p511.getByRole('link', { name: 'WePROTECT Global Alliance' }).getAttribute('href'), '/partners/weprotect/');
    } finally {
      await context.close();
    }
  });
});

describe('phone layout', () => {
  for (const width of [320, 375]) {
    it(`nothing scrolls sideways at ${width} px`, async () => {
      for (const route of ['/', '/meeting', '/risks', '/partners', '/partners/itu', '/risks/contract', '/no-such-page']) {
        const { page, context } = await visit(route, { viewport: { width, height: 700 } });
        try {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `${route} overflows by ${overflow}px at ${width}px`);
        } finally {
          await context.close();
        }
      }
    });
  }

  it('the menu (a native disclosure) opens and closes the navigation', async () => {
    const { page, context } = await visit('/', { viewport: { width: 375, height: 700 } });
    try {
      const menu = page.locator('details.site-menu');
      const meetingLink = page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Meeting' });
      assert.equal(await menu.evaluate((d) => d.open), false);
      assert.equal(await meetingLink.isVisible(), false);
      await menu.locator('summary').click();
      assert.equal(await menu.evaluate((d) => d.open), true);
      await meetingLink.click();
      await page.waitForURL(/\/meeting\/?$/);
      assert.equal(await page.locator('details.site-menu').evaluate((d) => d.open), false, 'closed on the new page');
    } finally {
      await context.close();
    }
  });

  it('the navigation shows without the menu on a wide screen', async () => {
    const { page, context } = await visit('/', { viewport: { width: 1280, height: 800 } });
    try {
      assert.equal(await page.locator('details.site-menu > summary').isVisible(), false);
      assert.equal(await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Meeting' }).isVisible(), true);
    } finally {
      await context.close();
    }
  });
});

describe('accessibility (axe-core)', () => {
  // Every page as it loads: pages.test.mjs. Here, the states a visitor opens.
  it('has none with the phone menu open and meeting details expanded', async () => {
    const { page, context } = await visit('/meeting?kind=presentation#p5-5', { viewport: { width: 375, height: 700 } });
    try {
      await page.locator('details.site-menu > summary').click();
      await page.waitForFunction(() => document.querySelector('#p5-5 details')?.open === true);
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, formatViolations(violations));
    } finally {
      await context.close();
    }
  });

  it('has none in the dark colour scheme', async () => {
    const opened = await openPage(site.browser, { origin: site.server.url, contextOptions: { colorScheme: 'dark' } });
    const { page, context } = opened;
    try {
      for (const route of ['', 'meeting', 'risks', 'partners/parent-zone']) {
        await page.goto(new URL(route, site.server.url).href);
        await waitForHydration(page);
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, `${route}: ${formatViolations(violations)}`);
      }
    } finally {
      await context.close();
    }
  });
});

describe(`served under a sub-path (${SUBPATH})`, { skip: !DIST_SUBPATH && 'DIST_SUBPATH not set' }, () => {
  let sub;
  before(async () => {
    sub = await startServer({ dir: DIST_SUBPATH, base: SUBPATH });
  });
  after(async () => sub?.close());

  for (const [route, expected] of [pages[0], pages[1], pages[4], pages.at(-1)]) {
    it(`${SUBPATH}${route.slice(1)} loads directly`, async () => {
      const opened = await visit(route, { srv: sub });
      try {
        assert.equal(await heading(opened.page), expected);
        assertClean(opened, `${SUBPATH}${route}`);
      } finally {
        await opened.context.close();
      }
    });
  }

  it('keeps links and navigation under the sub-path', async () => {
    const opened = await visit('/', { srv: sub });
    const { page, context } = opened;
    try {
      const nav = page.locator('nav[aria-label="Main"]');
      assert.equal(await nav.getByRole('link', { name: 'Partners' }).getAttribute('href'), `${SUBPATH}partners/`);
      await nav.getByRole('link', { name: 'Partners' }).click();
      await page.waitForURL((url) => url.href.replace(/\/$/, '') === new URL('partners', sub.url).href);
      await page.locator('main').getByRole('link', { name: 'Parent Zone' }).click();
      await page.waitForURL((url) => url.href.replace(/\/$/, '') === new URL('partners/parent-zone', sub.url).href);
      assert.equal(await heading(page), 'Parent Zone');
      await page.goto(new URL('nothing-here', sub.url).href);
      await page.locator('main h1').waitFor();
      assert.equal(await heading(page), NOT_FOUND_HEADING);
      assertClean(opened, 'sub-path navigation', { notFound: true });
    } finally {
      await context.close();
    }
  });
});
