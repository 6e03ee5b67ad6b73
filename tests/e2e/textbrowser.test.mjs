// Pages as a text browser reads them: w3m (Debian) ignores CSS and script,
// so anything that only makes sense with script must not be in the HTML at
// all (islands create it once live), and everything else must read well.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startServer } from './server.mjs';
import { DIST_ROOT } from './visit.mjs';
import { NOT_FOUND_HEADING, pages } from './routes.mjs';

const run = promisify(execFile);
let server;
before(async () => {
  server = await startServer({ dir: DIST_ROOT });
});
after(async () => server?.close());

/** The page at `route` as w3m shows it. */
async function dump(route) {
  const url = new URL(route.replace(/^\//, ''), server.url).href;
  const { stdout } = await run('w3m', ['-dump', '-cols', '120', '-o', 'accept_encoding=identity', url], { timeout: 20000 });
  return stdout;
}

/** Text that exists only for script: it must never reach a text browser. */
const SCRIPT_ONLY = [
  'A new version of COP Explorer is available', // the update prompt
  'Kind of item', // the meeting filters
  'Search names and descriptions', // the directory filters
  'Forget my answers', // the self-check
  'Copy code', // the embed builder
];

describe('pages in a text browser (w3m)', () => {
  for (const [route, expected] of [...pages, ['/no-such-page', NOT_FOUND_HEADING]]) {
    it(`${route} reads as text, without script-only parts`, async () => {
      const text = await dump(route);
      assert.ok(text.includes(expected), `${route} shows "${expected}"`);
      for (const phrase of SCRIPT_ONLY) assert.ok(!text.includes(phrase), `${route} shows "${phrase}"`);
      // The phone menu is a native disclosure: its links follow "Menu".
      const menu = text.indexOf('Menu');
      assert.ok(menu >= 0 && text.indexOf('Guidance', menu) > menu, `${route}: the navigation follows "Menu"`);
    });
  }

  it('the 4Cs grid lists every explanation', async () => {
    const text = await dump('/risks');
    const examples = text.split('Examples (our own words').length - 1;
    assert.ok(examples >= 15, `${examples} explanations with examples (12 cells, 3 cross-cutting)`);
  });

  it('a risk guide says that its self-check needs script', async () => {
    const text = await dump('/risks/contact');
    assert.ok(text.includes('The self-check needs JavaScript'), text.slice(-2000));
  });
});
