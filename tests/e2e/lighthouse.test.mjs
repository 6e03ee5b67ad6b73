// Lighthouse (npm, run on Debian's Chromium) on the release build, served
// with the build's own _headers: accessibility, best practices and SEO must
// all score 100 on the home page, a risk page and a partner page.
// Performance is measured in scripts/bench.mjs, not asserted here.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness.mjs';
import { startServer } from './server.mjs';
import { DIST_ROOT } from './visit.mjs';
import { lighthouseReport, failingAudits } from './lighthouse.mjs';
import { partners, risks } from './routes.mjs';
import * as chromeLauncher from 'chrome-launcher';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'];
const ROUTES = ['', `risks/${risks[0].id}/`, `partners/${partners[0].id}/`];

describe('lighthouse', () => {
  let server;
  let chrome;
  before(async () => {
    server = await startServer({ dir: DIST_ROOT, headers: true });
    chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
  });
  after(async () => {
    await chrome?.kill();
    await server?.close();
  });

  for (const route of ROUTES) {
    it(`/${route} scores 100 for ${CATEGORIES.join(', ')}`, async () => {
      const lhr = await lighthouseReport(server.url + route, chrome.port, CATEGORIES);
      for (const category of CATEGORIES) {
        assert.equal(lhr.categories[category].score, 1, `${category} on /${route}:\n${failingAudits(lhr, category).join('\n')}`);
      }
    });
  }
});
