// How a widget's height is measured, shared by the script that writes
// content/widget-heights.json and the test that holds the build to it.
import fs from 'node:fs';
import path from 'node:path';

/** The width of a typical column on a partner's page, in CSS px. */
export const COLUMN_WIDTH = 600;

/** Room added to a measured height, so that a font a little wider still fits. */
export const SPARE = 24;

/** The frame height for a measured content height: with room, up to 10 px. */
export const frameHeight = (measured) => Math.ceil((measured + SPARE) / 10) * 10;

/** The folders of a widget's copies in a fixed theme (src/shared/widgets.rs `themed_path`). */
const THEMES = ['light', 'dark'];

/** Every widget of a build, as the path after /widget/ ("grid", "risk/contact"). */
export function widgetPaths(dist) {
  const root = path.join(dist, 'widget');
  const paths = [];
  for (const kind of fs.readdirSync(root).sort()) {
    const dir = path.join(root, kind);
    if (fs.existsSync(path.join(dir, 'index.html'))) paths.push(kind);
    for (const id of fs.readdirSync(dir).sort()) {
      if (THEMES.includes(id)) continue;
      if (fs.existsSync(path.join(dir, id, 'index.html'))) paths.push(`${kind}/${id}`);
    }
  }
  return paths;
}

/**
 * The widget's content height on `page`, once settled. The viewport sets
 * the width; keep it short (100 px), so that nothing as tall as the
 * viewport counts as content.
 */
export async function measureWidget(page, origin, localePrefix, widget, compact, sandboxed = false) {
  const url = new URL(`${localePrefix.replace(/^\//, '')}${localePrefix ? '/' : ''}widget/${widget}/${compact ? '?compact=1' : ''}`, origin);
  await page.goto(url.href);
  // A widget with an island is measured once it is live (as visit.mjs waits).
  if (await page.locator('leptos-island').count()) await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  // In a sandboxed frame (WordPress's oEmbed) each link also shows its
  // address, as widget.js marks it there.
  if (sandboxed) {
    await page.evaluate(() => {
      document.documentElement.setAttribute('data-sandboxed', '');
      for (const a of document.querySelectorAll('a[href]')) a.setAttribute('data-address', a.href);
    });
  }
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
  return page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}
