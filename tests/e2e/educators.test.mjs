// For educators (issue 16): the session plans exist in every language and
// print on at most two A4 pages; classroom mode moves by keyboard, keeps its
// place in the address across a reload, reports a bad address, reads large
// on a projector, works offline once visited and without JavaScript; the
// poster prints on one page and its QR code decodes to the home page of its
// language; Arabic reads right to left on a phone and a desktop.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { formatViolations, openPage, runAxe } from './harness.mjs';
import { assertClean, useSite, waitForHydration, heading, DIST_ROOT } from './visit.mjs';
import { startServer } from './server.mjs';
import { builtLocales, content, localePath, strings } from './locale_routes.mjs';

const site = useSite();
const BUILT = builtLocales(DIST_ROOT);
const SITE_URL = process.env.SITE_URL ? process.env.SITE_URL.replace(/\/?$/, '/') : null;
const at = (route) => new URL(route.replace(/^\//, ''), site.server.url).href;
const ui = strings('en', 'educators');
const RISKS = ['content', 'contact', 'conduct', 'contract'];
const BANDS = ['under-9', '9-12', '13-18'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 800 };

/** The number of pages a PDF has. */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;

const decodeEntities = (text) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&');

async function expectNoAxeViolations(page, where) {
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, `${where}:\n${formatViolations(violations)}`);
}

/** Opens `route` with script at `viewport` and waits for its islands. */
async function open(route, viewport = DESKTOP, options = {}) {
  const opened = await openPage(site.browser, { origin: site.server.url, viewport, ...options });
  await opened.page.goto(at(route));
  await opened.page.locator('main h1').first().waitFor();
  await waitForHydration(opened.page);
  return opened;
}

/** The situation on screen: its number in its list and its text. */
async function onScreen(page) {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll('.deck [data-step]')].filter((el) => !el.hidden && el.closest('[data-band]:not([hidden])'));
    return shown.map((el) => `${el.closest('[data-band]').dataset.band}#${el.dataset.step}`);
  });
}
const pointsShown = (page) =>
  page.evaluate(() => [...document.querySelectorAll('.deck [data-points]')].filter((el) => el.offsetParent !== null).length);

describe('session plans', () => {
  it(`exist in every built language (${BUILT.join(', ')}): 4 risks x 3 age groups, each with its title`, async () => {
    for (const code of BUILT) {
      const sessions = content(code, 'educators.json').sessions;
      const ids = sessions.map((s) => s.id).sort();
      const expected = RISKS.flatMap((r) => BANDS.map((b) => `${r}-${b}`)).sort();
      assert.deepEqual(ids, expected, `${code}: one plan per risk and age group`);
      for (const session of sessions) {
        const response = await fetch(at(`${localePath(code, `/educators/${session.id}`)}/`));
        assert.equal(response.status, 200, `${code} ${session.id}`);
        const html = await response.text();
        assert.match(html, new RegExp(`<html[^>]* lang="${code}"`), `${code} ${session.id} is in its language`);
        const h1 = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/);
        assert.ok(h1, `${code} ${session.id} has a heading`);
        assert.equal(decodeEntities(h1[1].replace(/<[^>]+>/g, '')).trim(), session.title, `${code} ${session.id}`);
        for (const needle of ['session-facts', 'scenario-list', 'question-list', 'disclosure', 'home-note', 'class="cite']) {
          assert.ok(html.includes(needle), `${code} ${session.id} has its ${needle}`);
        }
      }
    }
  });

  it('are linked from the home page, /guidance and /educators', async () => {
    for (const route of ['/', '/guidance']) {
      const html = await (await fetch(at(route))).text();
      assert.match(html, /href="[^"]*\/educators\/"/, `${route} links to /educators`);
    }
    const html = await (await fetch(at('/educators/'))).text();
    for (const r of RISKS) {
      for (const b of BANDS) assert.ok(html.includes(`/educators/${r}-${b}/"`), `/educators links to ${r}-${b}`);
      assert.ok(html.includes(`/classroom/${r}/"`), `/educators links to classroom mode for ${r}`);
    }
    assert.ok(html.includes('/poster/"'), '/educators links to the poster');
  });

  // Issue 25: links to this site are dead references on paper unless their
  // address is printed; the sheet's footer gives the site's own address.
  for (const [code, route] of [['ru', '/educators/contact-9-12'], ['ar', '/educators/conduct-13-18'], ['zh', '/risks/conduct'], ['es', '/guidance/9-12'], ['en', '/educators/content-under-9']]) {
    it(`printed, ${localePath(code, route)}/ shows the address of each link to this site, one material a line`, { skip: !BUILT.includes(code) && `${code} not built` }, async () => {
      const opened = await openPage(site.browser, { origin: site.server.url });
      const { page, context } = opened;
      try {
        await page.emulateMedia({ media: 'print' });
        await page.goto(at(`${localePath(code, route)}/`));
        const links = await page.evaluate(() =>
          [...document.querySelectorAll('main a[href^="/"]')]
            .filter((a) => a.getClientRects().length > 0 && !a.classList.contains('button') && !a.classList.contains('public-address'))
            .map((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content })),
        );
        assert.ok(links.length > 0, 'the printed page has links to this site');
        for (const link of links) assert.ok(link.after.includes(link.href), `${link.href} is printed after its link (${link.after})`);
        const materials = await page.evaluate(() => [...document.querySelectorAll('.materials li')].map((li) => Math.round(li.getBoundingClientRect().top)));
        assert.equal(new Set(materials).size, materials.length, `one material a line: ${materials}`);
        assertClean(opened, `printed ${localePath(code, route)}/`);
      } finally {
        await context.close();
      }
    });
  }

  it(`print on at most two A4 pages in every built language, without the site's navigation`, async () => {
    const opened = await openPage(site.browser, { origin: site.server.url });
    const { page, context } = opened;
    try {
      await page.emulateMedia({ media: 'print' });
      for (const code of BUILT) {
        for (const session of content(code, 'educators.json').sessions) {
          await page.goto(at(`${localePath(code, `/educators/${session.id}`)}/`));
          assert.equal(await page.locator('.site-header').isVisible(), false, 'no header on paper');
          const pages = pdfPages(await page.pdf({ format: 'A4' }));
          assert.ok(pages >= 1 && pages <= 2, `${code} ${session.id} printed on ${pages} A4 pages`);
        }
      }
      assertClean(opened, 'printed session plans');
    } finally {
      await context.close();
    }
  });
});

describe('classroom mode', () => {
  it('moves by keyboard and buttons, shows the points on demand, and keeps its place across a reload', async () => {
    const opened = await open('/classroom/contact');
    const { page, context } = opened;
    try {
      // No age group in the address: the deck asks for one.
      await page.getByRole('heading', { name: ui.choose_age }).waitFor();
      assert.deepEqual(await onScreen(page), [], 'no situation before an age group is chosen');
      await expectNoAxeViolations(page, 'choosing an age group');
      await page.getByRole('button', { name: strings('en', 'common').age_9_to_12 }).click();
      assert.deepEqual(await onScreen(page), ['9-12#1']);
      assert.match(page.url(), /\?age=9-12&step=1$/);
      assert.equal(await pointsShown(page), 0, 'the points wait until asked for');
      // Keyboard: focus on the page body, not on a button.
      await page.locator('main h1').click();
      await page.keyboard.press('ArrowRight');
      assert.deepEqual(await onScreen(page), ['9-12#2']);
      await page.keyboard.press('Space');
      assert.deepEqual(await onScreen(page), ['9-12#3']);
      await page.keyboard.press('ArrowRight');
      assert.deepEqual(await onScreen(page), ['9-12#3'], 'the last situation is the end');
      await page.keyboard.press('ArrowLeft');
      assert.deepEqual(await onScreen(page), ['9-12#2']);
      await page.keyboard.press('p');
      assert.equal(await pointsShown(page), 1, 'P shows the points');
      await expectNoAxeViolations(page, 'a situation with its points');
      const status = page.locator('.deck-controls__position');
      assert.equal((await status.innerText()).trim(), ui.position.replace('{{ number }}', '2').replace('{{ total }}', '3'));
      assert.match(page.url(), /\?age=9-12&step=2$/);
      // The buttons do the same, and Space on a button presses it (no double move).
      await page.getByRole('button', { name: ui.next }).focus();
      await page.keyboard.press('Space');
      assert.deepEqual(await onScreen(page), ['9-12#3']);
      assert.equal(await pointsShown(page), 0, 'a new situation starts without its points');
      await page.getByRole('button', { name: ui.previous }).click();
      assert.deepEqual(await onScreen(page), ['9-12#2']);
      // A reload comes back to the same situation.
      await page.reload();
      await waitForHydration(page);
      await page.locator('.deck-controls').waitFor();
      assert.deepEqual(await onScreen(page), ['9-12#2'], 'the address keeps the place');
      assertClean(opened, '/classroom/contact');
    } finally {
      await context.close();
    }
  });

  it('reads large on a projector: at 1280 px the situation and its points are 32 px or more', async () => {
    const opened = await open('/classroom/content?age=13-18&step=1');
    const { page, context } = opened;
    try {
      await page.locator('.deck--live').waitFor();
      await page.getByRole('button', { name: ui.show_points }).click();
      const sizes = await page.evaluate(() =>
        ['.situation:not([hidden]) .situation__text', '.situation:not([hidden]) .situation__points li'].map((s) =>
          parseFloat(getComputedStyle(document.querySelector(s)).fontSize),
        ),
      );
      for (const size of sizes) assert.ok(size >= 32, `text is ${size}px`);
      assert.equal(await page.getByRole('button', { name: ui.fullscreen }).count(), 1, 'a full-screen button where the browser allows it');
      assertClean(opened, '/classroom/content');
    } finally {
      await context.close();
    }
  });

  it('says so when the address asks for what the page does not have, and never goes blank', async () => {
    for (const [query, notice, expected] of [
      ['?age=toddlers', ui.bad_age, []],
      ['?age=under-9&step=7', ui.bad_step, ['under-9#1']],
      ['?age=under-9&step=%E2%9C%93', ui.bad_step, ['under-9#1']],
    ]) {
      const opened = await open(`/classroom/conduct${query}`);
      const { page, context } = opened;
      try {
        await page.locator('.deck-slot .notice').waitFor();
        assert.equal((await page.locator('.deck-slot .notice').innerText()).trim(), notice, query);
        assert.deepEqual(await onScreen(page), expected, query);
        if (!expected.length) assert.equal(await page.locator('.deck-choose button').count(), 3, 'the age groups to choose from');
        assertClean(opened, `/classroom/conduct${query}`);
      } finally {
        await context.close();
      }
    }
  });

  it('without JavaScript lists every situation with its points', async () => {
    const opened = await openPage(site.browser, { origin: site.server.url, javaScriptEnabled: false });
    const { page, context } = opened;
    try {
      const sessions = content('en', 'educators.json').sessions.filter((s) => s.risk === 'contract');
      await page.goto(at('/classroom/contract/'));
      const situations = page.locator('.situation');
      assert.equal(await situations.count(), sessions.reduce((n, s) => n + s.scenarios.length, 0));
      const first = sessions[0].scenarios[0];
      assert.equal(await page.getByText(first.points[0], { exact: true }).isVisible(), true, 'the points are readable');
      assert.equal(await page.locator('.deck-controls').count(), 0, 'no buttons that need script');
    } finally {
      await context.close();
    }
  });

  it('shows the whole list if the wasm fails to load', async () => {
    // With script, the list is hidden until the island is live (no layout
    // shift); a failed download must not leave the page without it.
    const opened = await openPage(site.browser, { origin: site.server.url });
    const { page, context } = opened;
    try {
      // (Held back a moment first, as on a slow link, then refused.)
      await page.route('**/*.wasm', (route) => new Promise((done) => setTimeout(done, 1500)).then(() => route.abort('failed')));
      await page.goto(at('/classroom/contract/'));
      const first = page.locator('.situation').first();
      assert.equal(await first.isVisible(), false, 'hidden while the island may still come');
      // The start-up script gives up on the wasm and says so: the list shows at once.
      await page.locator('html[data-static]').waitFor({ state: 'attached' });
      await first.waitFor({ state: 'visible', timeout: 1000 });
      assert.equal(await page.locator('.situation:visible').count(), await page.locator('.situation').count());
      assert.equal(await page.locator('html[data-hydrated]').count(), 0, 'nothing came alive');
    } finally {
      await context.close();
    }
  });

  it('works offline once visited', async () => {
    const server = await startServer({ dir: DIST_ROOT, headers: true });
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const route = new URL('classroom/contract/?age=under-9&step=2', server.url).href;
      await page.goto(route);
      await waitForHydration(page);
      await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
      // Seen once under the worker's control, so that it saves the page.
      await page.reload();
      await waitForHydration(page);
      await page.waitForFunction(
        (address) => caches.match(address, { ignoreSearch: true }).then((hit) => Boolean(hit)),
        new URL('classroom/contract/', server.url).href,
        { timeout: 10000 },
      );
      await context.setOffline(true);
      await page.reload();
      await waitForHydration(page);
      await page.locator('.deck-controls').waitFor();
      assert.deepEqual(await onScreen(page), ['under-9#2'], 'offline, in the same place');
      await page.keyboard.press('ArrowRight');
      assert.deepEqual(await onScreen(page), ['under-9#3'], 'and still moving');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      await server.close();
    }
  });

  // Issue 25: the keys follow the physical key (KeyboardEvent.code), as a
  // Russian or Arabic layout types another letter on the P key.
  for (const [lang, letter] of [['ru', 'з'], ['ar', 'ح']]) {
    it(`in ${lang}, the P key shows the points with the ${lang} layout ("${letter}"), Shift+Space goes back, and Space still moves after "full screen"`, { skip: !BUILT.includes(lang) && `${lang} not built` }, async () => {
      const ui = strings(lang, 'educators');
      const opened = await open(`/${lang}/classroom/contact?age=13-18&step=1`);
      const { page, context } = opened;
      try {
        await page.locator('.deck--live').waitFor();
        const cdp = await context.newCDPSession(page);
        const press = async (key, code, { text = key, modifiers = 0, keyCode } = {}) => {
          for (const type of ['keyDown', 'keyUp']) {
            await cdp.send('Input.dispatchKeyEvent', {
              type,
              key,
              code,
              modifiers,
              windowsVirtualKeyCode: keyCode,
              ...(type === 'keyDown' ? { text, unmodifiedText: text } : {}),
            });
          }
        };
        await page.locator('main h1').click();
        await press(letter, 'KeyP', { keyCode: 80 });
        assert.equal(await pointsShown(page), 1, `"${letter}" on the P key shows the points`);
        assert.ok([letter, letter.toUpperCase()].some((l) => ui.keys_hint.includes(l)), 'the hint names the letter of this layout');
        await press(' ', 'Space', { keyCode: 32 });
        assert.deepEqual(await onScreen(page), ['13-18#2']);
        await press(' ', 'Space', { keyCode: 32, modifiers: 8 });
        assert.deepEqual(await onScreen(page), ['13-18#1'], 'Shift+Space goes back');
        const fullscreen = page.getByRole('button', { name: ui.fullscreen });
        if (await fullscreen.count()) {
          await fullscreen.click();
          assert.equal(await page.evaluate(() => document.activeElement.classList.contains('deck')), true, 'focus moved to the deck');
          await press(' ', 'Space', { keyCode: 32 });
          assert.deepEqual(await onScreen(page), ['13-18#2'], 'Space moves on after "full screen"');
          await page.evaluate(() => document.fullscreenElement && document.exitFullscreen());
        }
        assertClean(opened, `/${lang}/classroom/contact`);
      } finally {
        await context.close();
      }
    });
  }

  // Issue 25: on a 1280x720 projector the page's chrome steps aside and
  // every situation, with its points shown, fits the screen: in the page
  // and in full screen, in the languages with the longest and the
  // right-to-left text.
  const PROJECTOR = { width: 1280, height: 720 };
  for (const lang of ['en', 'ru', 'fr', 'ar'].filter((c) => BUILT.includes(c))) {
    it(`in ${lang} at 1280x720, every situation with its points fits the screen, also in full screen`, async () => {
      const opened = await openPage(site.browser, { origin: site.server.url, viewport: PROJECTOR });
      const { page, context } = opened;
      const box = () =>
        page.evaluate(() => {
          const shown = [...document.querySelectorAll('.deck [data-step]')].find((el) => !el.hidden && el.closest('[data-band]:not([hidden])'));
          const deck = document.querySelector('.deck').getBoundingClientRect();
          const situation = shown.getBoundingClientRect();
          return { deckTop: deck.top, top: situation.top, bottom: situation.bottom, height: innerHeight };
        });
      try {
        const sessions = content(lang, 'educators.json').sessions;
        for (const risk of RISKS) {
          for (const band of BANDS) {
            const count = sessions.find((s) => s.risk === risk && s.band === band).scenarios.length;
            await page.goto(at(`${lang === 'en' ? '' : `/${lang}`}/classroom/${risk}?age=${band}&step=1`));
            await page.locator('.deck--live').waitFor();
            await page.waitForFunction(() => Math.abs(document.querySelector('.deck').getBoundingClientRect().top) < 2, null, { timeout: 5000 });
            for (let step = 1; step <= count; step++) {
              await page.getByRole('button', { name: strings(lang, 'educators').show_points }).click();
              const b = await box();
              const where = `${lang} ${risk} ${band} #${step}`;
              assert.ok(Math.abs(b.deckTop) < 2, `${where}: the deck is at the top of the screen (${b.deckTop})`);
              assert.ok(b.top >= 0 && b.bottom <= b.height, `${where}: the situation and its points (${Math.round(b.top)}-${Math.round(b.bottom)}) fit in ${b.height}px`);
              if (step < count) await page.getByRole('button', { name: strings(lang, 'educators').next }).click();
            }
            if (risk === 'contact' && band === '13-18') {
              const fullscreen = page.getByRole('button', { name: strings(lang, 'educators').fullscreen });
              await fullscreen.click();
              await page.waitForFunction(() => document.fullscreenElement?.classList.contains('deck'));
              const fits = await page.evaluate(() => {
                const deck = document.fullscreenElement;
                return { scroll: deck.scrollHeight, client: deck.clientHeight };
              });
              assert.ok(fits.scroll <= fits.client, `${lang}: in full screen the deck needs no scrolling (${fits.scroll} in ${fits.client})`);
              await page.evaluate(() => document.exitFullscreen());
            }
          }
        }
        assertClean(opened, `/${lang}/classroom at 1280x720`);
      } finally {
        await context.close();
      }
    });
  }

  for (const viewport of [DESKTOP, PHONE]) {
    it(`in Arabic at ${viewport.width} px reads right to left, fits the screen and passes axe`, { skip: !BUILT.includes('ar') && 'Arabic not built' }, async () => {
      const ar = strings('ar', 'educators');
      const opened = await open('/ar/classroom/contact?age=13-18&step=1', viewport);
      const { page, context } = opened;
      try {
        await page.locator('.deck--live').waitFor();
        assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
        // The position in the browser's digits for Arabic, as every count on
        // the site (Chromium 156 writes Latin digits for plain "ar").
        const digits = await page.evaluate(() => [1, 3].map((n) => n.toLocaleString('ar')));
        assert.equal(
          (await page.locator('.deck-controls__position').innerText()).trim(),
          ar.position.replace('{{ number }}', digits[0]).replace('{{ total }}', digits[1]),
        );
        await page.getByRole('button', { name: ar.show_points }).click();
        assert.equal(await pointsShown(page), 1);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${overflow}px of sideways scrolling`);
        // In right to left, "next" sits to the left of "previous".
        const next = await page.getByRole('button', { name: ar.next }).boundingBox();
        const previous = await page.getByRole('button', { name: ar.previous }).boundingBox();
        if (next.y === previous.y) assert.ok(next.x < previous.x, 'next is on the left');
        await expectNoAxeViolations(page, `/ar/classroom/contact at ${viewport.width}`);
        if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/classroom-ar-${viewport.width}.png` });
        // The left arrow goes forward in right-to-left, as the Next button does.
        await page.locator('main h1').click();
        await page.keyboard.press('ArrowLeft');
        assert.deepEqual(await onScreen(page), ['13-18#2']);
        assertClean(opened, `/ar/classroom/contact at ${viewport.width}`);
      } finally {
        await context.close();
      }
    });
  }

  it('in Arabic, a session plan at 375 px has no sideways scrolling', { skip: !BUILT.includes('ar') && 'Arabic not built' }, async () => {
    const opened = await open('/ar/educators/contact-9-12', PHONE);
    const { page, context } = opened;
    try {
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${overflow}px of sideways scrolling`);
      assertClean(opened, '/ar/educators/contact-9-12');
    } finally {
      await context.close();
    }
  });
});

describe('the 4Cs poster', () => {
  /** Reads the QR code on the page as a camera would: from pixels. */
  async function decodeQr(page) {
    const png = PNG.sync.read(await page.locator('.poster-qr svg').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    return code && code.data;
  }

  it(`prints on one A4 page and one A3 page in every built language, with a QR code to that language's home page`, async () => {
    const opened = await openPage(site.browser, { origin: site.server.url, viewport: DESKTOP });
    const { page, context } = opened;
    try {
      for (const code of BUILT) {
        await page.emulateMedia({ media: 'screen' });
        await page.goto(at(`${localePath(code, '/poster')}/`));
        assert.equal(await heading(page), content(code, 'educators.json').poster.title);
        if (SITE_URL) {
          const home = code === 'en' ? SITE_URL : `${SITE_URL}${code}/`;
          assert.equal(await decodeQr(page), home, `${code}: the QR code opens ${home}`);
          assert.equal((await page.locator('.poster-address .public-address').innerText()).trim(), home);
        } else {
          assert.equal(await page.locator('.poster-qr').count(), 0, 'no site URL, no QR code');
        }
        await page.emulateMedia({ media: 'print' });
        // Issue 25: read from the seats (16 pt is 21.3 px), and every help
        // line that names a service prints its address.
        const sizes = await page.evaluate(() =>
          [...document.querySelectorAll('.poster-risk p, .poster-help li, .poster-address p')].map((el) => parseFloat(getComputedStyle(el).fontSize)),
        );
        assert.ok(sizes.length > 8 && sizes.every((px) => px >= 21.3), `${code}: body text of 16 pt or more (${sizes.join(', ')})`);
        const help = content(code, 'educators.json').poster.help;
        const addresses = await page.locator('.poster-help__address').evaluateAll((as) => as.map((a) => a.textContent.trim()));
        assert.deepEqual(addresses, help.filter((h) => h.url).map((h) => h.url.replace(/^https:\/\//, '').replace(/\/$/, '')));
        assert.ok(await page.locator('.poster-help__address').first().isVisible(), `${code}: the address prints`);
        assert.equal(pdfPages(await page.pdf({ format: 'A4' })), 1, `${code}: one A4 page`);
        assert.equal(pdfPages(await page.pdf({ format: 'A3' })), 1, `${code}: one A3 page`);
      }
      assertClean(opened, 'the posters');
    } finally {
      await context.close();
    }
  });

  it('costs no wasm and passes axe', async () => {
    const opened = await open('/poster');
    const { page, context } = opened;
    const wasm = [];
    page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
    try {
      await page.reload();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(wasm, []);
      await expectNoAxeViolations(page, '/poster');
    } finally {
      await context.close();
    }
  });
});

