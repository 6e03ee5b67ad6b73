// From worry to action (issue 25, part 4), in English, Chinese and Arabic:
// the home page starts from the problem, each risk guide opens with two
// ways in, "add these tips to your family plan" opens the plan with the age
// chosen and the tips ticked (kept with the stored plan), and the plan
// without its script is a list of closed age groups with a notice, that
// prints the open group alone, and whose links name where they go.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './harness.mjs';
import { assertClean, useSite, waitForHydration, DIST_ROOT } from './visit.mjs';
import { builtLocales, content, localePath, strings } from './locale_routes.mjs';

const site = useSite();
const CODES = ['en', 'zh', 'ar'].filter((c) => builtLocales(DIST_ROOT).includes(c));
const at = (route) => new URL(route.replace(/^\//, ''), site.server.url).href;
const PHONE = { width: 375, height: 800 };
const RISKS = ['content', 'contact', 'conduct', 'contract'];
const BANDS = ['under-9', '9-12', '13-18'];

/** The plan suggestions that carry a guide's top tips, for one age (as `PlanContent::tips_of`). */
const tipsOf = (code, risk, band) =>
  content(code, 'plan.json')
    .suggestions.filter((s) => s.link === `/risks/${risk}#tips` && s.bands.includes(band))
    .map((s) => s.id);

/** The path and fragment of a link's href, without the locale prefix or the trailing slash. */
function siteTarget(code, href) {
  const url = new URL(href, site.server.url);
  const prefix = code === 'en' ? '' : `/${code}`;
  const path = url.pathname.slice(prefix.length).replace(/\/$/, '') || '/';
  return `${path}${url.search}${url.hash}`;
}

describe('the home page starts from the problem', () => {
  for (const code of CODES) {
    it(`${code}: every worry links to the guide section that answers it, in the first screens of a phone`, async () => {
      const opened = await openPage(site.browser, { origin: site.server.url, viewport: PHONE });
      const { page, context } = opened;
      try {
        await page.goto(at(localePath(code, '/')));
        const worries = content(code, 'guidance.json').worries;
        const heading = page.locator('#worries-heading');
        assert.equal((await heading.innerText()).trim(), strings(code, 'pages').home_worries_heading);
        const box = await heading.boundingBox();
        assert.ok(box.y < PHONE.height, `the heading is on the first screen (y = ${box.y})`);
        const links = page.locator('.worries a');
        assert.equal(await links.count(), worries.length);
        for (const [n, worry] of worries.entries()) {
          const link = links.nth(n);
          assert.equal((await link.innerText()).trim(), worry.text, 'in the language of the page');
          assert.equal(siteTarget(code, await link.getAttribute('href')), worry.link);
        }
        // Follow one: the section it names is on the page it opens.
        await links.first().click();
        const anchor = worries[0].link.split('#')[1];
        await page.waitForURL((url) => url.hash === `#${anchor}`);
        assert.equal(await page.locator(`[id="${anchor}"]`).count(), 1);
        assertClean(opened, `${code} home worries`);
      } finally {
        await context.close();
      }
    });
  }
});

describe('each risk guide opens with two ways in', () => {
  for (const code of CODES) {
    it(`${code}: "it is happening now" and "preventing it" come first on a phone and lead to their sections`, async () => {
      const opened = await openPage(site.browser, { origin: site.server.url, viewport: PHONE });
      const { page, context } = opened;
      try {
        const ui = strings(code, 'risks');
        for (const risk of RISKS) {
          await page.goto(at(localePath(code, `/risks/${risk}`)));
          const ways = page.locator('.ways-in .way');
          assert.equal(await ways.count(), 2, risk);
          assert.equal((await ways.nth(0).locator('h3').innerText()).trim(), ui.way_now);
          assert.equal((await ways.nth(1).locator('h3').innerText()).trim(), ui.way_prevent);
          const now = await ways.nth(0).boundingBox();
          assert.ok(now.y + now.height <= PHONE.height, `${risk}: the first way in is on the first screen (bottom ${now.y + now.height})`);
          const anchors = async (n) =>
            (await ways.nth(n).locator('a').evaluateAll((as) => as.map((a) => new URL(a.href).hash)));
          assert.deepEqual(await anchors(0), ['#act', '#help']);
          assert.deepEqual(await anchors(1), ['#tips', '#prevent', '#talk']);
          for (const hash of [...(await anchors(0)), ...(await anchors(1))]) {
            assert.equal(await page.locator(hash).count(), 1, `${risk}: ${hash} is on the page`);
          }
        }
        assertClean(opened, `${code} risk guides`);
      } finally {
        await context.close();
      }
    });
  }
});

describe('adding a guide\'s tips to the family plan', () => {
  for (const code of CODES) {
    it(`${code}: opens the plan with the age chosen and the tips ticked, kept with what was already there`, async () => {
      const opened = await openPage(site.browser, { origin: site.server.url, viewport: PHONE });
      const { page, context } = opened;
      try {
        const plan = content(code, 'plan.json');
        // A plan kept from before: 9-12, with one suggestion that is not a contact tip.
        const kept = plan.suggestions.find((s) => s.bands.includes('9-12') && !s.link.startsWith('/risks/contact'));
        await page.goto(at(localePath(code, '/plan')));
        await waitForHydration(page);
        await page.locator('#plan-age-9-12').check();
        await page.locator(`#plan-s-${kept.id}`).check();
        await page.waitForFunction(() => localStorage.getItem('cop-explorer.plan')?.includes('9-12'));

        await page.goto(at(localePath(code, '/risks/contact')));
        const links = page.locator('.add-to-plan a');
        assert.equal(await links.count(), BANDS.length, 'a link for each age group');
        assert.equal((await page.locator('.add-to-plan p').innerText()).trim(), strings(code, 'plan').add_to_plan);
        await links.nth(2).click(); // 13 to 18
        await page.locator('.plan-builder').waitFor();
        await waitForHydration(page);
        const expected = tipsOf(code, 'contact', '13-18');
        assert.ok(expected.length > 0);
        await page.locator('#plan-age-13-18:checked').waitFor({ timeout: 5000 });
        for (const id of expected) {
          assert.equal(await page.locator(`#plan-s-${id}`).isChecked(), true, `${id} is ticked`);
        }
        const lines = await page.locator('.plan-line textarea').evaluateAll((inputs) => inputs.map((i) => i.value));
        assert.ok(lines.includes(kept.text), 'the line kept from before is still in the plan');
        for (const id of expected) {
          assert.ok(lines.includes(plan.suggestions.find((s) => s.id === id).text), `${id} is a line of the plan`);
        }
        const notice = page.locator('.plan-builder .notice[role="status"]');
        assert.equal((await notice.first().innerText()).trim(), strings(code, 'plan').suggestions_added);
        assert.equal(new URL(page.url()).search, '', 'the address goes back to the plain plan');
        assertClean(opened, `${code} add to plan`);
      } finally {
        await context.close();
      }
    });
  }

  it('every guide has a link for every age, and each carries only ids', async () => {
    const opened = await openPage(site.browser, { origin: site.server.url, javaScriptEnabled: false });
    const { page, context } = opened;
    try {
      for (const risk of RISKS) {
        await page.goto(at(`/risks/${risk}`));
        const hrefs = await page.locator('.add-to-plan a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        assert.deepEqual(
          hrefs,
          BANDS.map((band) => `/plan/?age=${band}&add=${tipsOf('en', risk, band).join(',')}`),
          risk,
        );
      }
    } finally {
      await context.close();
    }
  });
});

describe('the family plan without its script', () => {
  for (const code of CODES) {
    it(`${code}: offline before the builder was saved, a notice and a closed list per age group`, async () => {
      const opened = await openPage(site.browser, { origin: site.server.url, viewport: PHONE });
      const { page, context } = opened;
      try {
        await page.route(/_bg\.wasm$/, (route) => route.abort());
        await page.goto(at(localePath(code, '/plan')));
        await page.locator('html[data-static]').waitFor({ state: 'attached' });
        const ui = strings(code, 'plan');
        const note = page.locator('.needs-js-note');
        assert.ok(await note.isVisible(), 'the notice shows');
        assert.equal((await note.innerText()).trim(), ui.needs_js);
        assert.equal(await page.locator('.live-only').isVisible(), false, 'no "your plan stays in this browser"');
        const bands = page.locator('details.checklist__band');
        assert.equal(await bands.count(), BANDS.length);
        assert.equal(await page.locator('details.checklist__band[open]').count(), 0, 'all closed');
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        assert.ok(height < 4000, `a short page until an age is opened (${height}px)`);
        await bands.nth(1).locator('summary').click();
        const items = bands.nth(1).locator('.checklist li');
        const expected = content(code, 'plan.json').suggestions.filter((s) => s.bands.includes('9-12')).length;
        assert.equal(await items.count(), expected);
        assert.ok(await items.first().isVisible(), 'the opened group shows its lines');
      } finally {
        await context.close();
      }
    });
  }

  it('prints the open age group alone, or every group when none is open', async () => {
    const opened = await openPage(site.browser, { origin: site.server.url, javaScriptEnabled: false });
    const { page, context } = opened;
    try {
      await page.goto(at('/plan'));
      await page.emulateMedia({ media: 'print' });
      const bands = page.locator('details.checklist__band');
      for (let n = 0; n < BANDS.length; n++) {
        assert.ok(await bands.nth(n).locator('.checklist li').first().isVisible(), `group ${n} prints when none is open`);
      }
      await page.emulateMedia({ media: 'screen' });
      await bands.nth(2).locator('summary').click();
      await page.emulateMedia({ media: 'print' });
      assert.equal(await bands.nth(0).isVisible(), false, 'a closed group does not print');
      assert.equal(await bands.nth(1).isVisible(), false);
      assert.ok(await bands.nth(2).locator('.checklist li').first().isVisible(), 'the open group prints');
    } finally {
      await context.close();
    }
  });

  for (const code of CODES) {
    it(`${code}: every "read more" link names where it goes`, async () => {
      const opened = await openPage(site.browser, { origin: site.server.url, javaScriptEnabled: false });
      const { page, context } = opened;
      try {
        await page.goto(at(localePath(code, '/plan')));
        const bare = strings(code, 'plan').more_label.replace(/\s*\{\{\s*target\s*\}\}\s*/, '').replace(/[:：]\s*$/, '').trim();
        const links = await page.locator('.checklist__why a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent.trim()]));
        assert.ok(links.length > 0);
        const byHref = new Map();
        for (const [href, text] of links) {
          assert.ok(text.startsWith(bare) && text.length > bare.length + 3, `"${text}" names its target`);
          assert.ok(!byHref.has(href) || byHref.get(href) === text, `one name for ${href}`);
          byHref.set(href, text);
        }
        const names = new Set(byHref.values());
        assert.equal(names.size, byHref.size, 'different targets, different names');
      } finally {
        await context.close();
      }
    });
  }
});
