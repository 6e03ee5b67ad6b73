// Embeddable widgets: embed.js on a host page from another origin, frames
// sized to their content, messages checked, links in new tabs, sandboxed
// frames, error cards, the embed builder's snippet, and axe in every widget.
//
// The site runs on 127.0.0.1 with its own _headers (CSP, CORS); host pages
// run on 127.0.0.2, a different origin.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { formatViolations, launchBrowser, openPage, repoRoot, runAxe } from './harness.mjs';
import { startServer } from './server.mjs';
import { DIST_ROOT, assertClean, waitForHydration } from './visit.mjs';
import { builtLocales, strings } from './locale_routes.mjs';
import { COLUMN_WIDTH, measureWidget, widgetPaths } from './widget_heights.mjs';

const BUILT = builtLocales(DIST_ROOT);
import { WIDGET_ERROR_HEADING, badWidgets, widgets } from './routes.mjs';

/** One widget of each kind, as partners write them in data-cop-widget. */
const KINDS = ['grid', 'risk/contact', 'starters/conduct', 'partner/weprotect', 'meeting'];
const headingOf = new Map(widgets.map(([route, h1]) => [route.replace('/widget/', ''), h1]));

let browser;
let site;
let host;
let hostDir;
before(async () => {
  browser = await launchBrowser();
  site = await startServer({ dir: DIST_ROOT, headers: true });
  hostDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cop-host-'));
  host = await startServer({ dir: hostDir, host: '127.0.0.2' });
});
after(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
  await fs.rm(hostDir, { recursive: true, force: true });
});

/** Writes a host page and returns its URL. */
async function hostPage(name, body) {
  await fs.writeFile(
    path.join(hostDir, `${name}.html`),
    // No favicon request: its 404 would count as a console error of whichever test comes first.
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner site</title><link rel="icon" href="data:,">` +
      `<meta name="viewport" content="width=device-width, initial-scale=1"></head>` +
      `<body style="margin:0 auto;max-width:900px"><h1>A partner's page</h1>${body}</body></html>`,
  );
  return `${host.url}${name}.html`;
}

/** A browser page (any request is allowed: two origins are in play). */
async function newPage(viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** The widget frames of the page, in document order, once each has reported its size. */
async function sizedFrames(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('iframe').length === n, count);
  const frames = [];
  for (let i = 0; i < count; i++) {
    const element = page.locator('iframe').nth(i);
    await element.scrollIntoViewIfNeeded();
    const frame = await (await element.elementHandle()).contentFrame();
    await frame.locator('main h1').waitFor({ timeout: 20000 });
    // Only the grid widget has an island: wait until it is live.
    await waitForHydration(frame);
    frames.push({ element, frame });
  }
  return frames;
}

/** Waits until the frame's height equals its content's height (the loader resized it). */
async function assertFitsContent({ element, frame }, label) {
  // Browsers pause rendering in frames out of view: look at it, as a reader would.
  await element.scrollIntoViewIfNeeded();
  let last;
  for (let tries = 0; tries < 40; tries++) {
    const outer = await element.evaluate((f) => f.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => ({
      content: document.documentElement.getBoundingClientRect().height,
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
    }));
    last = { outer, ...inner };
    if (Math.abs(outer - Math.ceil(inner.content)) <= 1 && inner.scroll <= inner.client + 1) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`${label}: frame ${last.outer}px, content ${last.content}px, scroll ${last.scroll} / ${last.client}`);
}

describe('embed.js on another site', () => {
  it('turns each element into a titled, lazy, borderless frame sized to its content, also after the viewport narrows', async () => {
    const url = await hostPage(
      'all',
      `${KINDS.map((w) => `<div data-cop-widget="${w}"></div>`).join('\n')}<script src="${site.url}embed.js" async></script>`,
    );
    const { context, page, errors } = await newPage();
    await page.goto(url);
    const frames = await sizedFrames(page, KINDS.length);
    const wide = [];
    for (const [i, f] of frames.entries()) {
      assert.equal(await f.element.getAttribute('loading'), 'lazy');
      assert.match(await f.element.getAttribute('title'), /COP Explorer/);
      assert.equal(await f.element.evaluate((el) => getComputedStyle(el).borderStyle), 'none');
      assert.equal((await f.frame.locator('h1').innerText()).trim(), headingOf.get(KINDS[i]));
      wide.push((await assertFitsContent(f, `${KINDS[i]} at 1280 px`)).outer);
    }
    await page.setViewportSize({ width: 360, height: 800 });
    for (const [i, f] of frames.entries()) {
      const narrow = (await assertFitsContent(f, `${KINDS[i]} at 360 px`)).outer;
      assert.ok(narrow > wide[i], `${KINDS[i]} grew when the page narrowed (${wide[i]} -> ${narrow})`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('ignores size messages from other origins, even through its own frame', async () => {
    // A page on the host's origin that claims to be widget "cop-1".
    await fs.writeFile(
      path.join(hostDir, 'impostor.html'),
      `<!doctype html><title>x</title><script>parent.postMessage({type:'cop-explorer:height',id:'cop-1',height:4321},'*')</script>`,
    );
    const url = await hostPage('spoof', `<div data-cop-widget="meeting"></div><script src="${site.url}embed.js"></script>`);
    const { context, page } = await newPage();
    await page.goto(url);
    const [f] = await sizedFrames(page, 1);
    const fitted = await assertFitsContent(f, 'meeting');
    // Another frame posts; then the widget frame itself is sent to the host's origin.
    await page.evaluate((src) => {
      const other = document.createElement('iframe');
      other.src = src;
      document.body.append(other);
    }, `${host.url}impostor.html`);
    await page.evaluate((src) => {
      document.querySelector('[data-cop-widget] iframe').src = src;
    }, `${host.url}impostor.html`);
    await page.waitForTimeout(1500);
    const after = await f.element.evaluate((el) => el.getBoundingClientRect().height);
    assert.equal(after, fitted.outer, 'the height did not follow the forged messages');
    await context.close();
  });

  it('every link in a widget opens the full site in a new tab', async () => {
    const url = await hostPage('links', `<div data-cop-widget="risk/contact"></div><div data-cop-widget="meeting"></div><script src="${site.url}embed.js"></script>`);
    const { context, page } = await newPage();
    await page.goto(url);
    const frames = await sizedFrames(page, 2);
    for (const { frame } of frames) {
      const links = await frame.locator('a').evaluateAll((as) => as.map((a) => [a.target, a.rel, a.href]));
      assert.ok(links.length > 0);
      for (const [target, rel, href] of links) {
        assert.equal(target, '_blank', href);
        assert.match(rel, /noopener/, href);
        assert.ok(href.startsWith(site.url), `${href} is on the site`);
      }
    }
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      frames[0].frame.getByRole('link', { name: 'Read more on COP Explorer' }).click(),
    ]);
    await popup.waitForLoadState();
    assert.equal(new URL(popup.url()).pathname, '/risks/contact/');
    assert.equal(page.url(), url, 'the host page stayed');
    await context.close();
  });

  it('the theme and compact options reach the widget', async () => {
    const url = await hostPage('options', `<div data-cop-widget="risk/contact" data-theme="dark" data-compact></div><script src="${site.url}embed.js"></script>`);
    const { context, page } = await newPage();
    await page.goto(url);
    const [{ frame }] = await sizedFrames(page, 1);
    assert.equal(await frame.locator('html').getAttribute('data-theme'), 'dark');
    assert.equal(await frame.locator('html').getAttribute('data-compact'), '');
    assert.equal(await frame.locator('.widget__extra').first().isVisible(), false, 'compact hides the longer text');
    const background = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, 'rgb(17, 20, 24)', 'dark background');
    await context.close();
  });
});

describe('widgets in sandboxed frames (WordPress oEmbed: allow-scripts only)', () => {
  it('every kind renders and works with an opaque origin', async () => {
    const url = await hostPage(
      'sandbox',
      KINDS.map((w) => `<iframe sandbox="allow-scripts" title="${w}" style="width:100%;height:700px;border:0" src="${site.url}widget/${w}/"></iframe>`).join('\n'),
    );
    const { context, page, errors } = await newPage();
    const consoleErrors = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await page.goto(url);
    const frames = await sizedFrames(page, KINDS.length);
    for (const [i, { frame }] of frames.entries()) {
      assert.equal((await frame.locator('h1').innerText()).trim(), headingOf.get(KINDS[i]));
      assert.equal(await frame.evaluate(() => window.origin), 'null', 'opaque origin');
    }
    // Interactive after hydration: open a grid cell.
    const grid = frames[0].frame;
    const cell = grid.locator('.grid4c__table a[data-toggle]').first();
    await cell.click();
    assert.equal(await cell.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(errors, []);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
});

describe('links in sandboxed frames', () => {
  // Issue 25: WordPress frames without allow-popups, so a link that opens a
  // new tab does nothing; each link says where it goes instead.
  for (const code of ['fr', 'ar'].filter((c) => BUILT.includes(c))) {
    it(`${code}: every link in a sandboxed widget shows its full address`, async () => {
      const url = await hostPage(
        `sandbox-links-${code}`,
        `<iframe sandbox="allow-scripts" title="w" style="width:100%;height:900px;border:0" src="${site.url}${code}/widget/risk/contact/"></iframe>`,
      );
      const { context, page, errors } = await newPage();
      try {
        await page.goto(url);
        const [{ frame }] = await sizedFrames(page, 1);
        const links = await frame.locator('main a[href]').evaluateAll((as) =>
          as.map((a) => ({ href: a.href, address: a.dataset.address, shown: getComputedStyle(a, '::after').content })),
        );
        assert.ok(links.length > 0);
        for (const link of links) {
          assert.equal(link.address, link.href, 'the full address');
          assert.ok(link.address.startsWith(`${site.url}${code}/`), `${link.address} is on the site, in ${code}`);
          assert.ok(link.shown.includes(link.href), `shown after the link: ${link.shown}`);
        }
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  it('a frame that is not sandboxed shows no addresses', async () => {
    const { context, page } = await newPage();
    try {
      await page.goto(`${site.url}fr/widget/risk/contact/`);
      assert.equal(await page.locator('html[data-sandboxed]').count(), 0);
      assert.equal(await page.locator('a[data-address]').count(), 0);
    } finally {
      await context.close();
    }
  });
});

describe('oEmbed for WordPress, in every theme and language', { skip: !process.env.SITE_URL && 'SITE_URL not set' }, () => {
  const SITE = process.env.SITE_URL.replace(/\/?$/, '/');
  for (const code of ['fr', 'ar', 'en'].filter((c) => BUILT.includes(c))) {
    it(`${code}: each theme's widget page names an oEmbed answer that keeps the theme, with a title in ${code}`, async () => {
      const prefix = code === 'en' ? '' : `${code}/`;
      const grid = strings(code, 'embed').grid_title;
      for (const theme of ['auto', 'light', 'dark']) {
        const page = `${prefix}widget/grid/${theme === 'auto' ? '' : `${theme}/`}`;
        const html = await (await fetch(`${site.url}${page}`)).text();
        const link = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/);
        assert.ok(link, `${page} has a discovery link`);
        const json = `${SITE}${prefix}oembed/grid${theme === 'auto' ? '' : `-${theme}`}.json`;
        assert.equal(link[1], json);
        if (theme !== 'auto') assert.match(html, new RegExp(`<html data-widget data-theme="${theme}"`), 'the page itself is in the theme');
        const answer = await (await fetch(`${site.url}${json.slice(SITE.length)}`)).json();
        assert.equal(answer.type, 'rich');
        assert.ok(answer.title.startsWith(grid), `title in ${code}: ${answer.title}`);
        const src = answer.html.match(/src="([^"]+)"/)[1];
        assert.equal(src, `${SITE}${prefix}widget/grid/${theme === 'auto' ? '' : `?theme=${theme}`}`);
        assert.match(answer.html, new RegExp(`title="${grid}`), 'the frame title is in the language');
        assert.match(answer.html, new RegExp(`height="${answer.height}"`));
      }
    });
  }
});

describe('every snippet on a partner page, in every language', () => {
  // Issue 25: the loader and the plain iframe snippet from each language's
  // builder, and that language's oEmbed answer framed as WordPress frames it
  // (sandbox="allow-scripts"), on a page on another origin, in a 600 px
  // column: the widget in its language and theme, with no inner scrolling.
  const SITE = (process.env.SITE_URL || '').replace(/\/?$/, '/');
  for (const code of BUILT) {
    it(`${code}: the loader, the plain iframe and the oEmbed frame show the widget in ${code}, dark, without scrolling`, async () => {
      const prefix = code === 'en' ? '' : `${code}/`;
      const { context, page, errors } = await newPage();
      try {
        await page.goto(`${site.url}${prefix}embed/?widget=risk/contact&theme=dark`);
        await page.locator('#snippet-iframe').waitFor();
        await page.waitForFunction(() => document.querySelector('#snippet-iframe').value.startsWith('<iframe'));
        const plain = await page.locator('#snippet-iframe').inputValue();
        const loader = await page.locator('#snippet-loader').inputValue();
        assert.match(loader, new RegExp(`${prefix}embed\\.js`), 'the loader of this language');
        let frames = [loader, plain];
        if (process.env.SITE_URL) {
          const answer = await (await fetch(`${site.url}${prefix}oembed/risk-contact-dark.json`)).json();
          frames.push(answer.html.replace('<iframe ', '<iframe sandbox="allow-scripts" ').replaceAll(SITE, site.url));
        }
        const url = await hostPage(`fallbacks-${code}`, `<div style="width:${COLUMN_WIDTH}px">${frames.join('\n')}</div>`);
        await page.goto(url);
        const sized = await sizedFrames(page, frames.length);
        await assertFitsContent(sized[0], `${code} loader`);
        for (const [n, { frame }] of sized.entries()) {
          const where = `${code} ${['loader', 'plain iframe', 'oEmbed'][n]}`;
          assert.equal(await frame.evaluate(() => document.documentElement.lang), code, where);
          assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark', where);
          const { scroll, client } = await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }));
          assert.ok(scroll <= client + 1, `${where}: ${scroll}px of widget in a ${client}px frame`);
        }
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe('the plain iframe snippet\'s height', () => {
  // Issue 25: the plain iframe has a fixed height; it is measured for each
  // widget and language at a 600 px column (content/widget-heights.json,
  // scripts/measure-widget-heights.mjs). The widget must still fit in it,
  // without a band of empty frame below.
  const measured = JSON.parse(readFileSync(path.join(repoRoot(), 'content', 'widget-heights.json'), 'utf8'));
  for (const code of BUILT) {
    it(`${code}: every widget fits the height its snippet gives it at ${COLUMN_WIDTH} px, full, compact and sandboxed`, async () => {
      const context = await browser.newContext({ viewport: { width: COLUMN_WIDTH, height: 100 } });
      const page = await context.newPage();
      try {
        const paths = widgetPaths(DIST_ROOT);
        assert.deepEqual(Object.keys(measured.heights[code]).sort(), [...paths].sort(), 'a height for every widget');
        for (const widget of paths) {
          // [full, compact, in a sandboxed frame (oEmbed)]
          for (const [n, compact, sandboxed] of [[0, false, false], [1, true, false], [2, false, true]]) {
            const content = await measureWidget(page, site.url, code === 'en' ? '' : `/${code}`, widget, compact, sandboxed);
            const frame = measured.heights[code][widget][n];
            const where = `${code} ${widget}${compact ? ' compact' : ''}${sandboxed ? ' sandboxed' : ''}`;
            assert.ok(content <= frame, `${where}: ${content}px of content in a ${frame}px frame (run scripts/measure-widget-heights.mjs)`);
            assert.ok(frame - content <= 80, `${where}: ${frame - content}px of empty frame (run scripts/measure-widget-heights.mjs)`);
          }
        }
      } finally {
        await context.close();
      }
    });
  }

  it('the snippet and the oEmbed answer use the measured height, in the builder\'s language', async () => {
    const { context, page } = await newPage();
    try {
      await page.goto(`${site.url}ru/embed/?widget=risk/contract&compact=1`);
      await page.locator('#snippet-iframe').waitFor();
      const snippet = await page.locator('#snippet-iframe').inputValue();
      assert.match(snippet, new RegExp(`height="${measured.heights.ru['risk/contract'][1]}"`), snippet);
    } finally {
      await context.close();
    }
  });
});

describe('widget pages with a bad address or option', () => {
  // Each widget as it loads (heading, no chrome, axe, wasm): pages.test.mjs.
  for (const route of badWidgets) {
    it(`${route} shows the "could not be found" card`, async () => {
      const opened = await openPage(browser, { origin: site.url });
      const [pathPart, query] = route.split('?');
      await opened.page.goto(`${site.url}${pathPart.slice(1)}/${query ? `?${query}` : ''}`);
      await waitForHydration(opened.page);
      assert.equal((await opened.page.locator('h1').innerText()).trim(), WIDGET_ERROR_HEADING);
      assert.equal(await opened.page.getByRole('link', { name: 'Go to COP Explorer' }).getAttribute('target'), '_blank');
      const violations = await runAxe(opened.page);
      assert.deepEqual(violations, [], formatViolations(violations));
      assertClean(opened, route, { notFound: !query });
      await opened.context.close();
    });
  }

  it('widgets may be framed by any site; the CSP says so', async () => {
    const response = await fetch(`${site.url}widget/grid/`);
    assert.match(response.headers.get('content-security-policy'), /frame-ancestors \*/);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
  });
});

describe('the embed builder', () => {
  it('copies a loader snippet that works on a fresh host page', async () => {
    const { context, page, errors } = await newPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    await page.goto(`${site.url}embed/`);
    await waitForHydration(page);
    await page.getByLabel('One partner').check();
    await page.getByLabel('Partner', { exact: true }).selectOption('itu');
    await page.getByLabel('Dark').check();
    await page.getByLabel(/Compact/).check();
    assert.match(page.url(), /widget=partner%2Fitu|widget=partner\/itu/);
    // The preview shows the chosen widget.
    const preview = page.frameLocator('.embed-preview__frame');
    await preview.locator('h1', { hasText: 'International Telecommunication Union' }).waitFor();
    const snippet = page.locator('.snippet').first();
    await snippet.getByRole('button', { name: 'Copy code' }).click();
    await snippet.getByText('Copied.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /data-cop-widget="partner\/itu"/);
    assert.match(copied, /embed\.js/);

    const url = await hostPage('pasted', copied);
    const other = await newPage();
    await other.page.goto(url);
    const [f] = await sizedFrames(other.page, 1);
    assert.equal((await f.frame.locator('h1').innerText()).trim(), 'International Telecommunication Union');
    assert.equal(await f.frame.locator('html').getAttribute('data-theme'), 'dark');
    await assertFitsContent(f, 'pasted snippet');
    await other.context.close();

    const iframeCode = await page.locator('#snippet-iframe').inputValue();
    assert.match(iframeCode, /^<iframe src="[^"]+widget\/partner\/itu\/\?theme=dark&amp;compact=1" title="[^"]+" loading="lazy"/);
    // oEmbed keeps the theme: WordPress gets the dark page's address.
    assert.match(await page.locator('.embed-code__oembed').innerText(), /oembed\/partner-itu-dark\.json$/);
    assert.match(await page.locator('.embed-code__oembed-page').innerText(), /\/widget\/partner\/itu\/dark\/$/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
