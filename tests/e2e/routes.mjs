// The pages the browser tests visit, with the heading each must show.
// Dynamic routes come from the same content files the app uses, so a new
// partner or risk is tested without editing this list.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './harness.mjs';

const readContent = (file) =>
  JSON.parse(fs.readFileSync(path.join(repoRoot(), 'content', 'en', file), 'utf8'));

export const risks = readContent('risks.json');
export const partners = readContent('partners.json');
export const meeting = readContent('meeting.json');
export const guidance = readContent('guidance.json');
export const educators = readContent('educators.json');
export const together = readContent('together.json');

export const NOT_FOUND_HEADING = 'Page not found';

/** Every page of the site: [path, expected h1]. */
export const pages = [
  ['/', 'Helping children stay safe online'],
  ['/meeting', `Outcomes of the ${meeting.short_title}`],
  ['/risks', 'The four categories of online risk'],
  ['/partners', 'Partners and initiatives'],
  ...risks.map((r) => [`/risks/${r.id}`, r.name]),
  ...partners.map((p) => [`/partners/${p.id}`, p.name]),
  ['/guidance', 'Guidance for parents and educators'],
  ...guidance.age_groups.map((g) => [`/guidance/${g.band}`, `Guidance: ${g.title}`]),
  ['/plan', 'Family online plan'],
  ['/educators', 'For educators'],
  ...educators.sessions.map((s) => [`/educators/${s.id}`, s.title]),
  ...risks.map((r) => [`/classroom/${r.id}`, `Classroom mode: ${r.name}`]),
  ['/poster', educators.poster.title],
  ['/embed', 'Embed COP Explorer on your site'],
  ['/about', 'About COP Explorer'],
  ['/search?q=sango', 'Search'],
  ['/together', together.hub.title],
  ...Object.values(together.paths).map((p) => [`/together/${p.id}`, p.title]),
];

/**
 * The pages and widgets with an island that starts as soon as the page loads
 * (site routes, without a language prefix). Every other page loads no wasm.
 */
export const pagesWithIslands = [
  '/risks',
  ...risks.map((r) => `/risks/${r.id}`),
  '/meeting',
  '/partners',
  '/plan',
  ...risks.map((r) => `/classroom/${r.id}`),
  '/embed',
  '/search?q=sango',
  '/widget/grid',
  ...Object.keys(together.paths).map((band) => `/together/${band}`),
];

/** Paths that must show the helpful 404 page. */
export const notFoundPaths = [
  '/no-such-page',
  '/risks/cyber-bogeyman',
  '/partners/no-such-partner',
  '/guidance/age-99',
  '/meeting/extra/segments',
  '/educators/contact-99',
  '/classroom/cyber-bogeyman',
  '/together/age-99',
];

/** Every widget page (chrome-less, for iframes): [path, expected h1]. */
export const widgets = [
  ['/widget/grid', 'The 4Cs of online risk'],
  ['/widget/meeting', meeting.short_title],
  ...risks.map((r) => [`/widget/risk/${r.id}`, r.name]),
  ...risks.map((r) => [`/widget/starters/${r.id}`, `Conversation starters: ${r.name}`]),
  ...partners.map((p) => [`/widget/partner/${p.id}`, p.name]),
];

/**
 * Each widget's page in a fixed theme (src/shared/widgets.rs `themed_path`): the
 * address WordPress reads the oEmbed discovery link of.
 */
export const themedWidgets = widgets.flatMap(([route, h1]) => ['light', 'dark'].map((theme) => [`${route}/${theme}`, h1]));

/** Widget addresses that must show the "widget could not be found" card. */
export const badWidgets = ['/widget/risk/nope', '/widget/unknown', '/widget/partner/no-such-partner', '/widget/grid/extra', '/widget/grid?theme=purple', '/widget/risk/contact?colour=red'];
export const WIDGET_ERROR_HEADING = 'This widget could not be found';
