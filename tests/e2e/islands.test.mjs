// What ships to the browser: the header's search suggestions wake on first
// use, and every island works once live, in English and in Arabic (right to
// left). That a page without islands requests no wasm at all is checked on
// every page by pages.test.mjs.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatViolations, openPage, runAxe } from './harness.mjs';
import { assertClean, useSite, waitForHydration } from './visit.mjs';
import { builtLocales, localePath, strings } from './locale_routes.mjs';
import { DIST_ROOT } from './visit.mjs';

const site = useSite();
const ARABIC = builtLocales(DIST_ROOT).includes('ar');

/**
 * Opens `route` and records every .wasm request. goto waits for the load
 * event, by which time the start-up script has decided about the wasm.
 */
async function openRecording(route, options = {}) {
  const opened = await openPage(site.browser, { origin: site.server.url, ...options });
  const wasm = [];
  opened.page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('.wasm')) wasm.push(r.url());
  });
  await opened.page.goto(new URL(route.replace(/^\//, ''), site.server.url).href);
  await opened.page.locator('h1').first().waitFor();
  await waitForHydration(opened.page);
  return { ...opened, wasm };
}

describe('islands that wake on demand', () => {
  it('the search suggestions wake on the first use, on a page that had no wasm', async () => {
    const opened = await openRecording('/about');
    const { page, context } = opened;
    try {
      assert.equal(opened.wasm.length, 0, 'no wasm before the search box is used');
      const input = page.getByRole('combobox', { name: 'Search the site' });
      await input.focus();
      await page.keyboard.type('sango');
      await page.getByRole('listbox', { name: 'Suggestions' }).waitFor();
      assert.equal(opened.wasm.length, 1, 'the wasm came with the first use');
      assert.equal(await input.inputValue(), 'sango', 'what was typed before the wasm arrived is kept');
      assertClean(opened, 'lazy search');
    } finally {
      await context.close();
    }
  });

  it('the search box is a plain form before it wakes', async () => {
    const opened = await openPage(site.browser, { origin: site.server.url, javaScriptEnabled: false });
    try {
      await opened.page.goto(new URL('about', site.server.url).href);
      await opened.page.locator('#site-search-input').fill('Sango');
      await opened.page.locator('#site-search-input').press('Enter');
      await opened.page.waitForURL(/\/search\/?\?q=Sango$/);
    } finally {
      await opened.context.close();
    }
  });
});

// Starting an island must move nothing on screen: the markup that needs
// script appears in a slot that kept its place, and what it replaces goes
// in the same task (src/browser/islands/live.rs). Each page, phone and desktop width.
describe('islands start without a layout shift', () => {
  const pages = ['/risks', '/risks/contact', '/meeting', '/partners', '/embed', '/plan', '/classroom/contact?age=9-12&step=1'];
  for (const width of [375, 1280]) {
    for (const route of pages) {
      it(`${route} at ${width} px`, async () => {
        const opened = await openPage(site.browser, { origin: site.server.url, viewport: { width, height: 800 } });
        const { page, context } = opened;
        try {
          await page.addInitScript(() => {
            // The start-up's steps are separate tasks (boot.js, live.rs); a
            // frame between two of them is painted only sometimes. Slowing
            // short timers to 50 ms paints every step, so that an in-between
            // state that moves the layout is caught every time.
            const setTimeoutNow = window.setTimeout.bind(window);
            window.setTimeout = (fn, ms, ...args) => setTimeoutNow(fn, Math.max(Number(ms) || 0, 50), ...args);
            window.__shifts = [];
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) {
                const nodes = e.sources.map((s) => s.node?.nodeName?.toLowerCase() + (s.node?.className ? `.${s.node.className}` : ''));
                window.__shifts.push({ value: e.value, nodes });
              }
            }).observe({ type: 'layout-shift', buffered: true });
          });
          await page.goto(new URL(route.replace(/^\//, ''), site.server.url).href);
          await waitForHydration(page);
          // Two frames after the page is live: any shift from its first live render is recorded.
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const shifts = await page.evaluate(() => window.__shifts);
          assert.deepEqual(shifts, [], `${route} at ${width} px moved while starting`);
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe('islands in Arabic (right to left)', { skip: !ARABIC && 'Arabic was not built' }, () => {
  const ar = (route) => localePath('ar', route);
  const risks = ARABIC ? strings('ar', 'risks') : {};
  const meeting = ARABIC ? strings('ar', 'meeting') : {};
  const embed = ARABIC ? strings('ar', 'embed') : {};
  const phone = { width: 375, height: 740 };

  it('the 4Cs grid opens the cell named in the address and toggles by click', async () => {
    const opened = await openRecording(ar('/risks?cell=contact-sexual'), { viewport: { width: 1280, height: 900 } });
    const { page, context } = opened;
    try {
      await page.locator('#grid-detail details[open]#detail-contact-sexual').waitFor();
      assert.equal(await page.locator('#cell-contact-sexual').getAttribute('aria-expanded'), 'true');
      await page.locator('#cell-conduct-values').click();
      await page.waitForURL(/\?cell=conduct-values$/);
      assert.ok((await page.locator('#grid-detail details[open]').innerText()).includes(risks.grid_examples_label));
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, formatViolations(violations));
      assertClean(opened, '/ar/risks grid');
    } finally {
      await context.close();
    }
  });

  it('the self-check records an answer and shows the progress in Arabic', async () => {
    const opened = await openRecording(ar('/risks/contact'), { viewport: phone });
    const { page, context } = opened;
    try {
      await page.locator('.quiz__item').first().locator('input[type=radio]').first().check();
      await page.locator('.quiz__feedback').first().waitFor();
      const progress = await page.locator('.quiz__progress').innerText();
      assert.ok(progress.startsWith(risks.quiz_progress_partial.split('{{')[0].trim()), progress);
      assertClean(opened, '/ar self-check');
    } finally {
      await context.close();
    }
  });

  // Issue 25: at 375 px the feedback used to appear below the screen.
  it('the self-check brings its feedback into view on a phone', async () => {
    const opened = await openRecording(ar('/risks/contact'), { viewport: phone });
    const { page, context } = opened;
    try {
      const item = page.locator('.quiz__item').first();
      await item.scrollIntoViewIfNeeded();
      // The question at the foot of the screen, as a parent scrolls to it.
      await page.evaluate(() => {
        const question = document.querySelector('.quiz__item');
        window.scrollBy(0, question.getBoundingClientRect().top - window.innerHeight + 220);
      });
      await item.locator('input[type=radio]').first().check();
      const feedback = item.locator('.quiz__feedback');
      await feedback.waitFor();
      await page.waitForFunction(() => {
        const box = document.querySelector('.quiz__item .quiz__feedback').getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight + 1; // (sub-pixel rounding)
      }, null, { timeout: 10000 });
      assertClean(opened, '/ar self-check feedback');
    } finally {
      await context.close();
    }
  });

  it('the meeting filters apply the address and the form', async () => {
    const opened = await openRecording(ar('/meeting?kind=outcome'));
    const { page, context } = opened;
    try {
      assert.equal(await page.locator('main article.item:visible').count(), 5, 'the five outcomes (§7)');
      await page.getByLabel(meeting.filter_kind_label).selectOption('');
      await page.waitForURL(/\/ar\/meeting\/?$/);
      assert.ok((await page.locator('main article.item:visible').count()) > 5);
      assertClean(opened, '/ar meeting filters');
    } finally {
      await context.close();
    }
  });

  it('the partner directory applies ?risk=contact once live', async () => {
    const opened = await openRecording(ar('/partners?risk=contact'), { viewport: phone });
    const { page, context } = opened;
    try {
      const shown = await page.locator('.directory > li:visible').count();
      const all = await page.locator('.directory > li').count();
      assert.ok(shown > 0 && shown < all, `${shown} of ${all}`);
      assert.equal(await page.locator('#dir-risk').inputValue(), 'contact');
      assertClean(opened, '/ar directory');
    } finally {
      await context.close();
    }
  });

  it('the search suggestions work', async () => {
    const opened = await openRecording(ar('/'));
    const { page, context } = opened;
    try {
      await page.locator('#site-search-input').focus();
      await page.keyboard.type('UNICEF');
      await page.locator('#site-search-list [role=option]').first().waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Escape');
      assert.equal(await page.locator('#site-search-input').getAttribute('aria-expanded'), 'false');
      assertClean(opened, '/ar search');
    } finally {
      await context.close();
    }
  });

  it('the embed builder previews a widget and writes Arabic snippets', async () => {
    const opened = await openRecording(ar('/embed?widget=risk/contact'));
    const { page, context } = opened;
    try {
      await page.frameLocator('.embed-preview__frame').locator('h1').waitFor();
      assert.match(await page.locator('#snippet-loader').inputValue(), /\/ar\/embed\.js/);
      assert.ok(await page.getByRole('button', { name: embed.copy_code }).first().isEnabled());
      // Every name the builder shows is Arabic: the widget kinds, and the
      // preview frame's title (the widget's name, then the site's once).
      for (const label of [embed.grid_title, embed.kind_risk, embed.kind_partner]) {
        assert.equal(await page.getByRole('radio', { name: label, exact: true }).count(), 1, label);
      }
      const frameTitle = await page.locator('.embed-preview__frame').getAttribute('title');
      assert.equal(frameTitle.split('COP Explorer').length, 2, `the site's name once: ${frameTitle}`);
      assert.doesNotMatch(frameTitle.replace('COP Explorer', ''), /[A-Za-z]/, `no English but the site's name: ${frameTitle}`);
      assertClean(opened, '/ar embed builder');
    } finally {
      await context.close();
    }
  });
});
