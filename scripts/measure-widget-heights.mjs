// Measures every widget's height in Chromium, in every built language, at
// the column width the plain iframe snippet is made for, and writes them to
// content/widget-heights.json. The plain iframe snippet and the oEmbed
// answer give a frame that height (src/shared/widgets.rs), so that the widget
// needs no inner scrolling there; tests/e2e/embed_heights.test.mjs fails
// when the content has grown past them or shrunk well below.
//
//   node scripts/measure-widget-heights.mjs [--dist dist]
//
// Run it after changing a widget's content or style, and commit the file.
import fs from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, repoRoot } from '../tests/e2e/harness.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { measureWidget, widgetPaths, COLUMN_WIDTH, frameHeight } from '../tests/e2e/widget_heights.mjs';
import { builtLocales, prefix } from '../tests/e2e/locale_routes.mjs';

const args = process.argv.slice(2);
const distArg = args.indexOf('--dist');
const dist = path.resolve(distArg >= 0 ? args[distArg + 1] : path.join(repoRoot(), 'dist'));
const out = path.join(repoRoot(), 'content', 'widget-heights.json');

const server = await startServer({ dir: dist });
const browser = await launchBrowser();
const heights = {};
try {
  const page = await (await browser.newContext({ viewport: { width: COLUMN_WIDTH, height: 100 } })).newPage();
  for (const code of builtLocales(dist)) {
    heights[code] = {};
    for (const widget of widgetPaths(dist)) {
      const sizes = [];
      for (const compact of [false, true]) {
        sizes.push(frameHeight(await measureWidget(page, server.url, prefix(code), widget, compact)));
      }
      // oEmbed's frame, which WordPress sandboxes: full, links with addresses.
      sizes.push(frameHeight(await measureWidget(page, server.url, prefix(code), widget, false, true)));
      heights[code][widget] = sizes;
    }
    console.log(`${code}: ${Object.keys(heights[code]).length} widgets`);
  }
} finally {
  await browser.close();
  await server.close();
}
const data = {
  about: 'Frame heights in px [full, compact, oEmbed (sandboxed: links show their addresses)] per language and widget, measured at a column width of ' +
    `${COLUMN_WIDTH} px by scripts/measure-widget-heights.mjs; read by src/shared/widgets.rs.`,
  width: COLUMN_WIDTH,
  heights,
};
await fs.writeFile(out, `${JSON.stringify(data, null, 1)}\n`);
console.log(`wrote ${path.relative(repoRoot(), out)}`);
