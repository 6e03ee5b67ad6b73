// "Together" (issue 28): activities a child does with a parent or teacher.
// Every path in every built language, with and without JavaScript; the
// under-9 story and the card sort by keyboard alone; drag and drop; the
// chat and myths; progress kept in this browser and "Start again"; a
// corrupt stored value; reading aloud only with a voice; Arabic right to
// left at 375 and 1280 px; offline after one visit; each path printed on at
// most four A4 pages with every answer; and no request leaves the site.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatViolations, openPage, runAxe } from './harness.mjs';
import { assertClean, useSite, waitForHydration, heading, DIST_ROOT } from './visit.mjs';
import { startServer } from './server.mjs';
import { builtLocales, content, localePath, strings } from './locale_routes.mjs';
import { togetherReadability } from '../../scripts/readability.mjs';

const site = useSite();
const BUILT = builtLocales(DIST_ROOT);
const BANDS = ['under-9', '9-12', '13-18'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 800 };
const at = (route) => new URL(route.replace(/^\//, ''), site.server.url).href;
const fill = (text, values) => text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => String(values[name]));
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
const STORAGE = (band) => `cop-explorer:together:${band}`;

async function open(route, { viewport = DESKTOP, javaScriptEnabled = true, init } = {}) {
  const opened = await openPage(site.browser, { origin: site.server.url, viewport, javaScriptEnabled });
  if (init) await opened.page.addInitScript(init);
  await opened.page.goto(at(route));
  await opened.page.locator('main h1').first().waitFor();
  if (javaScriptEnabled) await waitForHydration(opened.page);
  return opened;
}

async function expectNoAxeViolations(page, where) {
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, `${where}:\n${formatViolations(violations)}`);
}

/** How many answers a path holds, from its content. */
function answersIn(code, band) {
  const t = content(code, 'together.json').paths[band];
  if (band === 'under-9') return t.story.scenes.reduce((n, s) => n + s.choices.length, 0);
  if (band === '9-12') return t.sort.cards.length + t.chat.messages.length;
  return t.scenarios.items.reduce((n, s) => n + s.choices.length, 0) + t.myths.items.length;
}

/** Presses Tab until the focused element matches `selector` (at most 80 times). */
async function tabTo(page, selector) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

const shownStep = (page, deck) =>
  page.evaluate((d) => [...document.querySelectorAll(`[data-deck="${d}"] > [data-step]`)].findIndex((el) => !el.hidden), deck);

describe('Together', () => {
  it('reads easily in English: Flesch reading ease 80 or more for under 9, 70 or more for the others', () => {
    const scores = togetherReadability();
    assert.equal(scores.length, 3);
    for (const { path, score, target, words } of scores) {
      assert.ok(words > 500, `${path}: ${words} words scored`);
      assert.ok(score >= target, `${path}: ${score} < ${target}`);
    }
  });

  it(`every path, in every built language (${BUILT.join(', ')}), with JavaScript: its heading, its tools live, axe clean, nothing foreign`, async () => {
    for (const code of BUILT) {
      const t = content(code, 'together.json');
      for (const [route, title] of [['/together', t.hub.title], ...BANDS.map((b) => [`/together/${b}`, t.paths[b].title])]) {
        const opened = await open(localePath(code, route));
        const { page, context } = opened;
        try {
          assert.equal(await heading(page), title, `${code} ${route}`);
          if (route === '/together') {
            const islands = await page.evaluate(() => [...document.querySelectorAll('leptos-island')].map((el) => el.dataset.component));
            assert.ok(islands.every((c) => /^(SearchBox|UpdatePrompt)_/.test(c)), `${code}: the hub has no island of its own: ${islands}`);
            const links = await page.locator('.together-cards a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
            assert.deepEqual(links, BANDS.map((b) => `${localePath(code, `/together/${b}`)}/`), `${code}: the three paths`);
          } else {
            assert.equal(await page.locator('.together--live').count(), 1, `${code} ${route}: live`);
            assert.equal(await page.locator('[data-restart]').isVisible(), true, `${code} ${route}: Start again`);
            assert.equal(await page.locator('#help a[href="https://childhelplineinternational.org"]').count(), 1, `${code} ${route}: help`);
            assert.equal(await page.locator('#help a[href="https://www.inhope.org"]').count(), 1, `${code} ${route}: INHOPE`);
          }
          await expectNoAxeViolations(page, `${code} ${route}`);
          assertClean(opened, `${code} ${route}`);
        } finally {
          await context.close();
        }
      }
    }
  });

  it('every path, in every built language, without JavaScript: each answer is in a disclosure under its question', async () => {
    for (const code of BUILT) {
      for (const band of BANDS) {
        const { page, context } = await open(localePath(code, `/together/${band}`), { javaScriptEnabled: false });
        try {
          const answers = await page.locator('.together details').count();
          assert.equal(answers, answersIn(code, band), `${code} ${band}: one disclosure per answer`);
          assert.equal(await page.locator('[data-live-only]:visible').count(), 0, `${code} ${band}: no dead buttons`);
          // Every step shows: the story and the cards read as one page.
          assert.equal(await page.locator('[data-step]:visible').count(), await page.locator('[data-step]').count(), `${code} ${band}: all steps`);
          const first = page.locator('.together details').first();
          await first.locator('summary').click();
          assert.equal(await first.locator('p').first().isVisible(), true, `${code} ${band}: an answer opens`);
        } finally {
          await context.close();
        }
      }
    }
  });

  it('is linked from the home page, /guidance and each age group\'s guide, in every built language', async () => {
    for (const code of BUILT) {
      const { page, context } = await open(localePath(code, '/guidance'), { javaScriptEnabled: false });
      try {
        const hrefs = async () => page.locator('main a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
        for (const band of BANDS) assert.ok((await hrefs()).includes(`${localePath(code, `/together/${band}`)}/`), `${code} /guidance -> ${band}`);
        for (const band of BANDS) {
          await page.goto(at(localePath(code, `/guidance/${band}`)));
          assert.ok((await hrefs()).includes(`${localePath(code, `/together/${band}`)}/`), `${code} /guidance/${band}`);
        }
        await page.goto(at(localePath(code, '/')));
        assert.ok((await hrefs()).includes(`${localePath(code, '/together')}/`), `${code}: home`);
        assert.ok(await page.locator('#site-nav a', { hasText: strings(code, 'together').nav_together }).count(), `${code}: main navigation`);
      } finally {
        await context.close();
      }
    }
  });

  for (const code of ['en', 'ar'].filter((c) => BUILT.includes(c))) {
    it(`${code}: the under-9 story, by keyboard alone, from the first scene to its end`, async () => {
      const t = content(code, 'together.json').paths['under-9'].story;
      const ui = strings(code, 'together');
      const opened = await open(localePath(code, '/together/under-9'), { viewport: PHONE });
      const { page, context } = opened;
      try {
        await page.evaluate((k) => localStorage.removeItem(k), STORAGE('under-9'));
        for (const [n, scene] of t.scenes.entries()) {
          assert.equal(await shownStep(page, 'story'), n, `scene ${n + 1} shows`);
          const choice = scene.choices[n % 2];
          await tabTo(page, `#scene-${scene.id} details[data-choice="${choice.id}"] > summary`);
          await page.keyboard.press('Enter');
          const details = page.locator(`#scene-${scene.id} details[data-choice="${choice.id}"]`);
          assert.equal(await details.getAttribute('open'), '', `${scene.id}: the answer opens`);
          assert.equal((await details.locator('.together-choice__answer').innerText()).includes(scene.ending), true, `${scene.id}: ends with "${t.ending_line}"`);
          await tabTo(page, '[data-deck-nav="story"] [data-go="next"]');
          await page.keyboard.press('Enter');
          await page.waitForFunction((i) => [...document.querySelectorAll('[data-deck="story"] > [data-step]')].findIndex((el) => !el.hidden) === i, n + 1);
          // Focus follows to the next step (moved after its first paint).
          const next = n + 1 < t.scenes.length ? `scene-${t.scenes[n + 1].id}` : 'story-end';
          await page.waitForFunction((id) => document.activeElement?.closest('[data-step]')?.id === id, next, { timeout: 5000 });
        }
        assert.equal(await page.locator('#story-end h3').innerText(), ui.story_end);
        assert.equal(await page.locator('[data-deck-nav="story"] [data-go="next"]').isDisabled(), true, 'the end');
        // Touch targets: the choices and buttons are at least 44 px high.
        await page.locator('[data-go="prev"]').click();
        for (const el of await page.locator('.scene:not([hidden]) summary, .together-tools button:visible, .deck-nav button').all()) {
          const box = await el.boundingBox();
          assert.ok(box && box.height >= 44, `a target ${box?.height} px high`);
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${code}: nothing scrolls sideways at 375 px (${overflow} px)`);
        assertClean(opened, `${code} under-9 by keyboard`);
      } finally {
        await context.close();
      }
    });
  }

  for (const code of ['en', 'zh'].filter((c) => BUILT.includes(c))) {
    it(`${code}: the card sort by keyboard alone, with the right box and the wrong one explained`, async () => {
      const sort = content(code, 'together.json').paths['9-12'].sort;
      const ui = strings(code, 'together');
      const opened = await open(localePath(code, '/together/9-12'));
      const { page, context } = opened;
      try {
        for (const [n, card] of sort.cards.entries()) {
          const wrong = sort.categories.find((c) => c.id !== card.category).id;
          const pick = n === 0 ? wrong : card.category;
          await tabTo(page, `[data-question="${card.id}"] [data-pick="${pick}"]`);
          await page.keyboard.press('Enter');
          const name = sort.categories.find((c) => c.id === card.category).name;
          const feedback = page.locator(`[data-question="${card.id}"] [data-feedback]:visible`);
          assert.equal(await feedback.innerText(), fill(n === 0 ? ui.sort_other : ui.sort_same, { category: name }), `${card.id}`);
          assert.equal(await page.locator(`[data-question="${card.id}"] .reveal`).isVisible(), true, `${card.id}: why`);
          if (n + 1 < sort.cards.length) {
            await tabTo(page, '[data-deck-nav="cards"] [data-go="next"]');
            await page.keyboard.press('Enter');
          }
        }
        const done = await page.locator('#sort-the-cards [data-progress]').innerText();
        assert.ok(done.length > 0 && !/\b0\b/.test(done.replace(/\d+$/, '')), `progress: ${done}`);
        assertClean(opened, `${code} card sort`);
      } finally {
        await context.close();
      }
    });
  }

  it('a card dragged onto a box is placed there', async () => {
    const sort = content('en', 'together.json').paths['9-12'].sort;
    const opened = await open('/together/9-12');
    const { page, context } = opened;
    try {
      const card = sort.cards[0];
      await page.locator(`[data-question="${card.id}"]`).dragTo(page.locator(`[data-drop="${card.category}"]`));
      assert.equal(await page.locator(`[data-question="${card.id}"]`).getAttribute('data-picked'), card.category);
      assert.equal(await page.locator(`[data-question="${card.id}"] [data-feedback="right"]`).isVisible(), true);
      assertClean(opened, 'drag and drop');
    } finally {
      await context.close();
    }
  });

  it('the chat and the myths answer a pick, keep it across a reload, and start again', async () => {
    const t = content('en', 'together.json').paths;
    const ui = strings('en', 'together');
    const opened = await open('/together/9-12');
    const { page, context } = opened;
    try {
      const warning = t['9-12'].chat.messages.find((m) => m.warning);
      const msg = page.locator(`[data-question="${warning.id}"]`);
      assert.equal(await msg.locator('.reveal').isVisible(), false, 'no answer before a pick');
      await msg.locator('[data-pick="warning"]').click();
      assert.equal(await msg.locator('.reveal').isVisible(), true);
      assert.ok((await msg.locator('.reveal').innerText()).includes(warning.explanation));
      assert.equal(await msg.locator('[data-pick="warning"]').getAttribute('aria-pressed'), 'true');
      const total = t['9-12'].chat.messages.length;
      assert.equal(await page.locator('#spot-the-warning-signs [data-progress]').innerText(), fill(ui.chat_progress, { done: 1, total }));
      const item = t['9-12'].checklist.items[0];
      await page.locator(`#tick-${item.id}`).check();
      await page.reload();
      await waitForHydration(page);
      await page.locator('.together--live').waitFor();
      assert.equal(await msg.getAttribute('data-picked'), 'warning', 'kept after a reload');
      assert.equal(await page.locator(`#tick-${item.id}`).isChecked(), true, 'the tick too');
      const stored = await page.evaluate((k) => localStorage.getItem(k), STORAGE('9-12'));
      assert.ok(!/[A-Z ]{2}|@|http/.test(stored.replace(/^[pts] /gm, '')), `only ids are stored: ${stored}`);
      await page.locator('[data-restart]').click();
      assert.equal(await msg.getAttribute('data-picked'), null, 'Start again forgets the pick');
      assert.equal(await page.locator(`#tick-${item.id}`).isChecked(), false, 'and the tick');
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE('9-12')), '', 'and stores nothing of it');

      await page.goto(at('/together/13-18'));
      await waitForHydration(page);
      const myth = t['13-18'].myths.items[0];
      const other = myth.verdict === 'myth' ? 'fact' : 'myth';
      await page.locator(`[data-question="${myth.id}"] [data-pick="${other}"]`).click();
      const reveal = page.locator(`[data-question="${myth.id}"] .reveal`);
      assert.ok((await reveal.innerText()).includes(ui[myth.verdict]), 'the right verdict shows after a wrong pick');
      const scenario = t['13-18'].scenarios.items[0];
      await page.locator(`[data-question="${scenario.id}"] details[data-choice="${scenario.choices[0].id}"] > summary`).click();
      await page.locator(`[data-question="${scenario.id}"] details[data-choice="${scenario.choices[1].id}"] > summary`).click();
      assert.equal(await page.locator(`[data-question="${scenario.id}"] details[open]`).count(), 1, 'one consequence open at a time');
      assertClean(opened, 'picks and progress');
    } finally {
      await context.close();
    }
  });

  it('a corrupt stored progress is ignored: the path starts afresh, with no error', async () => {
    const init = `try { localStorage.setItem(${JSON.stringify(STORAGE('under-9'))}, '{"broken": [\\u0000 p x <b>\\np Bad Id\\ns story 999999999999999999999'); } catch (_) {}`;
    const opened = await open('/together/under-9', { init });
    const { page, context } = opened;
    try {
      await page.locator('.together--live').waitFor();
      assert.equal(await page.locator('[data-deck="story"] > [data-step]:visible').count(), 1, 'one step shows');
      assert.equal(await page.locator('details[open]').count(), 0, 'nothing picked');
      assertClean(opened, 'corrupt storage');
    } finally {
      await context.close();
    }
  });

  it('"Read aloud" shows only with a voice for the page\'s language, and reads the scene in it', async () => {
    const plain = await open('/together/under-9');
    try {
      assert.equal(await plain.page.locator('[data-read-aloud]').isVisible(), false, 'no voice here: no button');
    } finally {
      await plain.context.close();
    }
    if (!BUILT.includes('ar')) return;
    // A browser with one Arabic voice (the test's stand-in for the system's).
    const init = () => {
      const spoken = [];
      window.__spoken = spoken;
      const fake = {
        speaking: false,
        getVoices: () => [{ lang: 'ar-SA', name: 'Arabic', default: true, localService: true, voiceURI: 'ar' }],
        speak(u) { spoken.push({ text: u.text, lang: u.lang }); },
        cancel() {},
        addEventListener() {},
      };
      Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    };
    const opened = await open('/ar/together/under-9', { init });
    const { page, context } = opened;
    try {
      const button = page.locator('[data-read-aloud]');
      await button.waitFor({ state: 'visible' });
      await button.click();
      const spoken = await page.evaluate(() => window.__spoken);
      const scene = content('ar', 'together.json').paths['under-9'].story.scenes[0];
      assert.equal(spoken.length, 1);
      assert.equal(spoken[0].lang, 'ar');
      assert.ok(spoken[0].text.includes(scene.story), `reads the scene: ${spoken[0].text}`);
      assert.ok(spoken[0].text.includes(scene.choices[0].text), 'and its choices');
      assertClean(opened, 'read aloud');
    } finally {
      await context.close();
    }
  });

  for (const viewport of [PHONE, DESKTOP]) {
    it(`ar: every path reads right to left at ${viewport.width} px, with nothing scrolling sideways`, { skip: !BUILT.includes('ar') && 'ar not built' }, async () => {
      for (const route of ['/together', ...BANDS.map((b) => `/together/${b}`)]) {
        const opened = await open(`/ar${route}`, { viewport });
        const { page, context } = opened;
        try {
          assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `${route}: ${overflow} px sideways`);
          if (route === '/together/9-12') {
            // The child's messages sit on the other side from the other player's.
            const [other, child] = await Promise.all(['.chat-msg--other', '.chat-msg--child'].map((s) => page.locator(s).first().boundingBox()));
            assert.ok(other.x + other.width > child.x + child.width, 'the other player starts on the right in Arabic');
          }
          await expectNoAxeViolations(page, `ar ${route} at ${viewport.width}`);
          assertClean(opened, `ar ${route}`);
        } finally {
          await context.close();
        }
      }
    });
  }

  it('each path prints on at most four A4 pages, every answer on paper and no buttons', async () => {
    for (const code of BUILT) {
      for (const band of BANDS) {
        const { page, context } = await open(localePath(code, `/together/${band}`));
        try {
          await page.emulateMedia({ media: 'print' });
          const hiddenAnswers = await page.evaluate(() =>
            [...document.querySelectorAll('.together details > :not(summary, .cite)')].filter((el) => !el.checkVisibility()).length,
          );
          assert.equal(hiddenAnswers, 0, `${code} ${band}: every answer prints`);
          assert.equal(await page.locator('.together button:visible, .site-header:visible').count(), 0, `${code} ${band}: no buttons or header`);
          assert.equal(await page.locator('[data-step]:visible').count(), await page.locator('[data-step]').count(), `${code} ${band}: every step`);
          const pages = pdfPages(await page.pdf({ format: 'A4' }));
          assert.ok(pages >= 1 && pages <= 4, `${code} ${band}: ${pages} A4 pages`);
        } finally {
          await context.close();
        }
      }
    }
  });

  it('works offline once visited', async () => {
    const server = await startServer({ dir: DIST_ROOT, headers: true });
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(new URL('together/13-18/', server.url).href);
      await waitForHydration(page);
      await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
      await page.reload();
      await waitForHydration(page);
      await page.waitForFunction(
        (address) => caches.match(address, { ignoreSearch: true }).then((hit) => Boolean(hit)),
        new URL('together/13-18/', server.url).href,
        { timeout: 10000 },
      );
      await context.setOffline(true);
      await page.reload();
      await waitForHydration(page);
      await page.locator('.together--live').waitFor();
      const myth = content('en', 'together.json').paths['13-18'].myths.items[0];
      await page.locator(`[data-question="${myth.id}"] [data-pick="${myth.verdict}"]`).click();
      assert.equal(await page.locator(`[data-question="${myth.id}"] .reveal`).isVisible(), true, 'offline and still answering');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
