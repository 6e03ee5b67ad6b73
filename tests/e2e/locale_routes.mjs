// The pages of every locale, with the heading each must show, for
// locales.test.mjs. English lives at the site root, every other locale in
// its own folder (/ar/, /zh/risks/contact, ...) with the same routes.
//
// Headings come from the same files the app compiles in: content names
// (risks, partners, age groups) from content/<code>/*.json, and the fixed
// headings from the interface strings in locales/<code>/<area>.json, under
// the key each page passes to <PageHeading> (see src/site/pages/*.rs):
//
//   /                    pages.home_heading
//   /meeting             meeting.heading, {{ title }} = content meeting.short_title
//   /risks               risks.risks_title
//   /risks/<id>          content risks[].name
//   /partners            partners.heading
//   /partners/<id>       content partners[].name
//   /guidance            guidance.title
//   /guidance/<band>     guidance.band_title_prefix + content age_groups[].title
//   /plan                plan.page_title
//   /educators           educators.page_title
//   /educators/<id>      content educators sessions[].title
//   /classroom/<risk>    educators.classroom_title, {{ risk }} = content risks[].name
//   /poster              content educators poster.title
//   /embed               embed.page_title
//   /about               pages.about_title
//   /search?q=sango      pages.search_title
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './harness.mjs';

/** The published locales, in the switcher's order: locales/languages.json,
 * the one list (code, name, dir, intl). */
export const LOCALES = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'locales', 'languages.json'), 'utf8'));

/** Where the language switcher stores the visitor's choice. */
export const STORAGE_KEY = 'cop-explorer-locale';

/** The locale record for `code` (throws for an unknown code). */
export function locale(code) {
  const found = LOCALES.find((l) => l.code === code);
  if (!found) throw new Error(`unknown locale: ${code}`);
  return found;
}

/**
 * The locales present in the build folder `dir`: English (the root) always,
 * then every other locale whose `dir/<code>/index.html` exists, in LOCALES order.
 * @param {string} dir a build folder (DIST_ROOT or DIST_SUBPATH)
 * @returns {string[]} locale codes, "en" first
 */
export function builtLocales(dir) {
  return LOCALES.map((l) => l.code).filter(
    (code) => code === 'en' || fs.existsSync(path.join(dir, code, 'index.html')),
  );
}

/** The path prefix of a locale: "" for English, "/fr" for French. */
export function prefix(code) {
  return code === 'en' ? '' : `/${code}`;
}

/**
 * A site route ("/", "/risks/contact", "/search?q=x") in locale `code`:
 * "/", "/fr/", "/fr/risks/contact", "/fr/search?q=x".
 */
export function localePath(code, route) {
  if (code === 'en') return route;
  return route === '/' ? `/${code}/` : `/${code}${route}`;
}

/**
 * The folder form of a route in a locale, as the language switcher and the
 * hreflang links write it (no query): "/", "/fr/", "/fr/risks/contact/".
 */
export function folderPath(code, route) {
  const bare = route.split(/[?#]/)[0];
  const address = `${prefix(code)}${bare}`;
  return address.endsWith('/') ? address : `${address}/`;
}

const readJson = (...parts) => JSON.parse(fs.readFileSync(path.join(repoRoot(), ...parts), 'utf8'));

/** Interface strings of a locale: locales/<code>/<area>.json. */
export function strings(code, area) {
  return readJson('locales', code, `${area}.json`);
}

/** Content of a locale: content/<code>/<file>. */
export function content(code, file) {
  return readJson('content', code, file);
}

/** A UI string with its {{ name }} placeholders filled in. */
function fill(text, values) {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** The site's routes with their headings in locale `code`, without prefix. */
export function routesIn(code) {
  const ui = (area, key) => {
    const value = strings(code, area)[key];
    if (typeof value !== 'string' || !value) throw new Error(`locales/${code}/${area}.json has no "${key}"`);
    return value;
  };
  const risks = content(code, 'risks.json');
  const partners = content(code, 'partners.json');
  const meeting = content(code, 'meeting.json');
  const guidance = content(code, 'guidance.json');
  const educators = content(code, 'educators.json');
  const together = content(code, 'together.json');
  return [
    ['/', ui('pages', 'home_heading')],
    ['/meeting', fill(ui('meeting', 'heading'), { title: meeting.short_title })],
    ['/risks', ui('risks', 'risks_title')],
    ['/partners', ui('partners', 'heading')],
    ...risks.map((r) => [`/risks/${r.id}`, r.name]),
    ...partners.map((p) => [`/partners/${p.id}`, p.name]),
    ['/guidance', ui('guidance', 'title')],
    ...guidance.age_groups.map((g) => [`/guidance/${g.band}`, `${ui('guidance', 'band_title_prefix')}${g.title}`]),
    ['/plan', ui('plan', 'page_title')],
    ['/educators', ui('educators', 'page_title')],
    ...educators.sessions.map((s) => [`/educators/${s.id}`, s.title]),
    ...risks.map((r) => [`/classroom/${r.id}`, fill(ui('educators', 'classroom_title'), { risk: r.name })]),
    ['/poster', educators.poster.title],
    ['/embed', ui('embed', 'page_title')],
    ['/about', ui('pages', 'about_title')],
    ['/search?q=sango', ui('pages', 'search_title')],
    ['/together', together.hub.title],
    ...Object.values(together.paths).map((p) => [`/together/${p.id}`, p.title]),
  ];
}

/**
 * Every page of the site in locale `code`: [path with the locale prefix, expected h1].
 * For English this is the same list as routes.mjs `pages`.
 */
export function localePages(code) {
  locale(code);
  return routesIn(code).map(([route, heading]) => [localePath(code, route), heading]);
}

/**
 * The least number of characters a text in `code` should have where an
 * English one needs `english`: Chinese says as much in far fewer.
 */
export function minLength(code, english) {
  return code === 'zh' ? Math.round(english * 0.4) : english;
}
