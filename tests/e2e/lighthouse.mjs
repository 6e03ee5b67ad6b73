// Runs Lighthouse against a Chromium started by chrome-launcher; shared by
// tests/e2e/lighthouse.test.mjs and scripts/bench.mjs.
import lighthouse from 'lighthouse';

/** The Lighthouse result (lhr) for `url`, mobile emulation (the default). */
export async function lighthouseReport(url, port, categories) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories });
  if (result.lhr.runtimeError) throw new Error(`lighthouse: ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

/** "audit-id: title" for every scored audit in `category` below 100. */
export function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
    .map((audit) => `${audit.id}: ${audit.title}`);
}
