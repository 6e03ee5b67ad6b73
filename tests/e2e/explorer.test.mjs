// Browser tests for the interactive parts: the 4Cs grid, the risk guides and
// their self-check, the partner directory, and site search.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatViolations, runAxe } from './harness.mjs';
import { assertClean, heading, useSite, visitOn, waitForHydration } from './visit.mjs';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 740 };

const site = useSite();
const visit = (route, options = {}) => visitOn(site.browser, site.server, route, options);

/** The number of A4 pages the page prints on. */
async function printedPages(page) {
  const pdf = await page.pdf({ format: 'A4' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
}

async function expectNoAxeViolations(page, where) {
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, `${where}: ${formatViolations(violations)}`);
}

describe('the 4Cs grid', () => {
  // The grid is server-rendered: a table whose cells link to explanations,
  // which are disclosures. The GridExplorer island keeps one open at a time.
  it('in the grid widget, keeps the open cell to itself: the address never changes', async () => {
    const opened = await visit('/widget/grid', { viewport: DESKTOP });
    const { page, context } = opened;
    try {
      const cell = page.locator('#cell-contact-sexual');
      assert.equal(await cell.getAttribute('aria-expanded'), 'false');
      await cell.click();
      await page.locator('#grid-detail details[open]').waitFor();
      assert.equal(await cell.getAttribute('aria-expanded'), 'true');
      assert.match(page.url(), /\/widget\/grid\/?$/, 'the address is as it was loaded');
      await page.locator('#cell-conduct-values').click();
      assert.equal(await page.locator('#cell-conduct-values').getAttribute('aria-expanded'), 'true');
      assert.equal(await cell.getAttribute('aria-expanded'), 'false', 'one open at a time');
      assert.match(page.url(), /\/widget\/grid\/?$/, 'still the address it was loaded with');
      assertClean(opened, 'grid widget');
    } finally {
      await context.close();
    }
  });

  it('opens a cell by mouse, puts it in the URL, and closes it again', async () => {
    const opened = await visit('/risks', { viewport: DESKTOP });
    const { page, context } = opened;
    try {
      const table = page.locator('.grid4c__table');
      assert.equal(await table.isVisible(), true, 'the table shows on a wide screen');
      assert.equal(await page.locator('#grid-detail details:visible').count(), 0, 'no explanation open yet');
      const cell = page.locator('#cell-contact-sexual');
      assert.equal(await cell.getAttribute('aria-expanded'), 'false');
      await cell.click();
      await page.waitForURL(/\/risks\/?\?cell=contact-sexual$/);
      assert.equal(await cell.getAttribute('aria-expanded'), 'true');
      const detail = page.locator('#grid-detail details[open]');
      await detail.getByText('Examples (our own words').waitFor();
      assert.match(await detail.innerText(), /Contact risks/);
      assert.equal(await page.locator('#grid-detail details:visible').count(), 1, 'only the open one shows');
      await expectNoAxeViolations(page, 'grid with a cell open');

      await page.reload();
      await waitForHydration(page);
      await page.locator('#grid-detail details[open]').waitFor();
      assert.equal(await page.locator('#cell-contact-sexual').getAttribute('aria-expanded'), 'true', 'open after reload');

      await page.locator('#cell-contact-sexual').click();
      await page.waitForURL(/\/risks\/?$/);
      assert.equal(await page.locator('#grid-detail details[open]').count(), 0);

      await page.getByRole('button', { name: 'Privacy' }).click();
      await page.waitForURL(/\?cell=privacy$/);
      assert.match(await page.locator('#grid-detail').innerText(), /Privacy/);
      assertClean(opened, 'grid by mouse');
    } finally {
      await context.close();
    }
  });

  it('works by keyboard alone: Tab in, arrows to move, Enter to open', async () => {
    const { page, context } = await visit('/risks', { viewport: DESKTOP });
    try {
      const first = page.locator('#cell-content-aggressive');
      // Tab from the element before the grid until the first cell has focus.
      await page.locator('#grid-heading').evaluate((h) => { h.tabIndex = -1; h.focus(); });
      for (let i = 0; i < 20; i += 1) {
        if (await first.evaluate((el) => el === document.activeElement)) break;
        await page.keyboard.press('Tab');
      }
      assert.equal(await first.evaluate((el) => el === document.activeElement), true, 'Tab reaches the grid');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      const focused = await page.evaluate(() => document.activeElement.id);
      assert.equal(focused, 'cell-contact-sexual');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp'); // stays in the top row
      assert.equal(await page.evaluate(() => document.activeElement.id), 'cell-contact-aggressive');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\?cell=contact-aggressive$/);
      assert.equal(await page.locator('#cell-contact-aggressive').getAttribute('aria-expanded'), 'true');
      await page.keyboard.press('Space');
      await page.waitForURL(/\/risks\/?$/);
    } finally {
      await context.close();
    }
  });

  it('becomes an accordion on a phone, with nothing scrolling sideways', async () => {
    const opened = await visit('/risks', { viewport: PHONE });
    const { page, context } = opened;
    try {
      assert.equal(await page.locator('.grid4c__table').isVisible(), false);
      const item = page.locator('#detail-contact-sexual');
      const summary = item.locator('summary');
      assert.match(await summary.innerText(), /^Sexual risks: Grooming/);
      assert.equal(await item.evaluate((d) => d.open), false);
      await summary.click();
      await page.waitForURL(/\?cell=contact-sexual$/);
      assert.equal(await item.evaluate((d) => d.open), true);
      await item.getByText('Examples (our own words').waitFor();
      // One open at a time: opening another closes this one.
      await page.locator('#detail-privacy summary').click();
      await page.waitForURL(/\?cell=privacy$/);
      assert.equal(await item.evaluate((d) => d.open), false);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `overflows by ${overflow}px`);
      await expectNoAxeViolations(page, 'accordion open on a phone');
      assertClean(opened, 'accordion');
    } finally {
      await context.close();
    }
  });

  // A shared link to a cell shows its explanation, which on a phone is far
  // down the accordion and on a desktop under the table.
  for (const viewport of [PHONE, DESKTOP]) {
    it(`brings the cell named in the address into view at ${viewport.width} px, and scrolls for nothing else`, async () => {
      const opened = await visit('/risks?cell=contract-values', { viewport });
      const { page, context } = opened;
      try {
        await page.waitForFunction(() => {
          const item = document.querySelector('#detail-contract-values');
          const box = item?.getBoundingClientRect();
          return item?.open && box.height > 0 && box.top >= 0 && box.top < window.innerHeight;
        }, null, { timeout: 5000 });
        // It was below the first screen: the page had to scroll to it.
        assert.ok(await page.evaluate(() => window.scrollY) > 0, 'the page scrolled to the explanation');
        await page.goto(new URL('risks/', site.server.url).href);
        await waitForHydration(page);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        assert.equal(await page.evaluate(() => window.scrollY), 0, 'without a cell in the address the page stays at its top');
        assertClean(opened, 'cell from the address');
      } finally {
        await context.close();
      }
    });
  }

  it('says so when the URL names an unknown cell', async () => {
    const opened = await visit('/risks?cell=contact-spooky');
    try {
      await opened.page.getByText("The link asked for a grid cell we don't know").waitFor();
      assertClean(opened, 'bad cell');
    } finally {
      await opened.context.close();
    }
  });
});

describe('a risk category page', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`shows every section of the guide at ${viewport.width} px`, async () => {
      const { page, context } = await visit('/risks/contact', { viewport });
      try {
        const sections = ['Three things to do now', 'At different ages', 'Warning signs', 'If something has happened',
          'Making it less likely', 'Conversation starters', 'Where to get help', 'Who works on this', 'Self-check'];
        const h2s = await page.locator('main h2').allInnerTexts();
        for (const s of sections) assert.ok(h2s.includes(s), `section "${s}" in ${h2s.join(' | ')}`);
        for (const band of ['Under 9', '9 to 12', '13 to 18']) {
          assert.equal(await page.locator('#ages h3', { hasText: band }).count(), 1, band);
        }
        assert.ok(await page.locator('#partners a[href^="/partners/"]').count() > 0, 'partner links');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `overflows by ${overflow}px`);
      } finally {
        await context.close();
      }
    });
  }

  it('prints as a tip sheet: no navigation, no quiz, source and address at the foot', async () => {
    const { page, context } = await visit('/risks/conduct');
    try {
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['header.site-header', 'nav[aria-label="Main"]', '.quiz', 'footer.site-footer', '.breadcrumbs']) {
        assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} hidden in print`);
      }
      const foot = page.locator('.print-footer');
      assert.equal(await foot.isVisible(), true);
      assert.match(await foot.innerText(), /risks\/conduct/);
      assert.match(await foot.innerText(), /CO:RE/);
      assert.equal(await page.locator('#tips').isVisible(), true, 'the tips print');
      const pages = await printedPages(page);
      assert.ok(pages >= 1 && pages <= 2, `printed on ${pages} A4 pages`);
    } finally {
      await context.close();
    }
  });
});

describe('printable guidance', () => {
  for (const band of ['under-9', '9-12', '13-18']) {
    it(`/guidance/${band} prints on one A4 page`, async () => {
      const { page, context } = await visit(`/guidance/${band}`);
      try {
        assert.equal(await printedPages(page), 1);
      } finally {
        await context.close();
      }
    });
  }
});

describe('the self-check', () => {
  const KEY = 'cop-explorer.quiz.contact';

  it('records answers, explains them, keeps them on reload, and forgets them', async () => {
    const opened = await visit('/risks/contact');
    const { page, context } = opened;
    try {
      const quiz = page.locator('.quiz');
      const first = quiz.locator('.quiz__item').first();
      await first.locator('input[type=radio]').first().check();
      await first.locator('.quiz__feedback').waitFor();
      assert.match(await quiz.locator('.quiz__progress').innerText(), /1 of \d+ answered/);
      await expectNoAxeViolations(page, 'quiz in progress');

      const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
      assert.equal(stored.v, 1);
      assert.equal(Object.keys(stored.answers).length, 1);

      await page.reload();
      await waitForHydration(page);
      assert.match(await page.locator('.quiz__progress').innerText(), /1 of \d+ answered/);
      assert.equal(await page.locator('.quiz__item').first().locator('input[type=radio]').first().isChecked(), true);

      await page.getByRole('button', { name: 'Forget my answers' }).click();
      assert.doesNotMatch(await page.locator('.quiz__progress').innerText(), /answered/);
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
      assert.equal(await page.getByRole('button', { name: 'Forget my answers' }).isDisabled(), true);
      assertClean(opened, 'quiz');
    } finally {
      await context.close();
    }
  });

  it('answers every question and shows a summary', async () => {
    const { page, context } = await visit('/risks/contract');
    try {
      const items = page.locator('.quiz__item');
      const n = await items.count();
      assert.ok(n >= 5 && n <= 8, `${n} questions`);
      for (let i = 0; i < n; i += 1) await items.nth(i).locator('input[type=radio]').last().check();
      assert.match(await page.locator('.quiz__progress').innerText(), new RegExp(`^Done: .* of ${n} questions`));
    } finally {
      await context.close();
    }
  });

  it('ignores corrupt stored answers without an error', async () => {
    const opened = await visit('/');
    const { page, context } = opened;
    try {
      for (const junk of ['{not json', '{"v":1,"answers":{"contact-q1":999}}', '{"v":99,"answers":{}}', '[]']) {
        await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, junk]);
        await page.goto(new URL('risks/contact', site.server.url).href);
        await waitForHydration(page);
        assert.doesNotMatch(await page.locator('.quiz__progress').innerText(), /answered/, junk);
      }
      assertClean(opened, 'corrupt storage');
    } finally {
      await context.close();
    }
  });
});

describe('the partner directory', () => {
  it('filters by kind, risk, audience and text, through the URL', async () => {
    const opened = await visit('/partners');
    const { page, context } = opened;
    try {
      // Filtered-out cards stay in the page, hidden.
      const cards = page.locator('.directory > li:visible');
      const total = await cards.count();
      assert.ok(total > 30, `${total} entries`);

      await page.getByLabel('Kind').selectOption('alliance');
      await page.waitForURL(/\/partners\/?\?kind=alliance$/);
      const alliances = await cards.count();
      assert.ok(alliances > 0 && alliances < total);

      await page.getByLabel('Kind').selectOption('');
      await page.getByLabel('Risk addressed').selectOption('contact');
      await page.getByLabel('Audience').selectOption('parents');
      await page.waitForURL(/\?risk=contact&audience=parents$/);

      await page.goto(new URL('partners?kind=ngo&q=safer', site.server.url).href);
      await waitForHydration(page);
      assert.equal(await page.getByLabel('Kind').inputValue(), 'ngo');
      assert.equal(await page.getByLabel('Search names and descriptions').inputValue(), 'safer');
      const names = await page.locator('.directory > li:visible h3').allInnerTexts();
      assert.ok(names.includes('UK Safer Internet Centre'), names.join(' | '));
      assert.ok(!names.includes('WePROTECT Global Alliance'));

      await page.getByLabel('Search names and descriptions').fill('zzzz nothing');
      await page.waitForURL(/q=zzzz\+nothing/);
      await page.getByRole('heading', { name: 'Nothing matches these filters' }).waitFor();
      await page.getByRole('button', { name: 'Clear all filters' }).click();
      await page.waitForURL(/\/partners\/?$/);
      assert.equal(await cards.count(), total);
      assertClean(opened, 'directory');
    } finally {
      await context.close();
    }
  });

  it('ignores unknown filter values with a notice', async () => {
    const opened = await visit('/partners?kind=spaceship&risk=contact');
    try {
      await opened.page.getByText("This link had a filter we don't recognise (kind)").waitFor();
      assert.equal(await opened.page.getByLabel('Risk addressed').inputValue(), 'contact');
      assertClean(opened, 'bad directory query');
    } finally {
      await opened.context.close();
    }
  });

  it('a partner page links to its initiatives and its meeting items, and they link back', async () => {
    const { page, context } = await visit('/partners/parent-zone');
    try {
      await page.locator('#digital-resilience-framework').waitFor();
      await page.locator('main').getByRole('link', { name: /^§5\.14/ }).click();
      await page.waitForURL(/\/meeting\/?#p5-14$/);
      await page.locator('#p5-14').getByRole('link', { name: 'Parent Zone', exact: true }).click();
      await page.waitForURL(/\/partners\/parent-zone\/?$/);
      assert.equal(await heading(page), 'Parent Zone');
    } finally {
      await context.close();
    }
  });
});

describe('site search', () => {
  it('is keyboard-operable: type, arrow down, Enter', async () => {
    const opened = await visit('/');
    const { page, context } = opened;
    try {
      const input = page.getByRole('combobox', { name: 'Search the site' });
      await input.focus();
      await page.keyboard.type('grooming');
      const list = page.getByRole('listbox', { name: 'Suggestions' });
      await list.waitFor();
      assert.equal(await input.getAttribute('aria-expanded'), 'true');
      await expectNoAxeViolations(page, 'search suggestions open');
      await page.keyboard.press('ArrowDown');
      const active = await input.getAttribute('aria-activedescendant');
      assert.equal(await page.locator(`#${active}`).getAttribute('aria-selected'), 'true');
      assert.match(await page.locator(`#${active}`).innerText(), /Contact risks/);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/risks\/contact\/?$/);
      assert.equal(await heading(page), 'Contact risks');
      assertClean(opened, 'search');
    } finally {
      await context.close();
    }
  });

  it('Escape closes the suggestions; Enter without a choice opens the results page', async () => {
    const { page, context } = await visit('/meeting');
    try {
      const input = page.getByRole('combobox', { name: 'Search the site' });
      await input.focus();
      await page.keyboard.type('Sango');
      await page.getByRole('listbox', { name: 'Suggestions' }).waitFor();
      await page.keyboard.press('Escape');
      assert.equal(await input.getAttribute('aria-expanded'), 'false');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/?\?q=Sango$/);
      await page.getByRole('status').filter({ hasText: /results? for “Sango”/ }).waitFor();
      assert.ok(await page.locator('.search-results li').count() >= 1);
    } finally {
      await context.close();
    }
  });

  it('says so when nothing matches', async () => {
    const { page, context } = await visit('/search?q=zzqqxx');
    try {
      await page.getByText('No results for “zzqqxx”.').waitFor();
    } finally {
      await context.close();
    }
  });
});
