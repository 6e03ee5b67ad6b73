// The translator's workflow (scripts/translations.sh, issue 27): in a copy
// of the repository's text files, an export followed by an import changes
// no file; the PO files parse with GNU gettext's msgfmt; changing one
// English string makes exactly that string stale in the five other
// languages, marked fuzzy in their PO files; and importing its new
// translation makes it current again.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OTHERS = JSON.parse(fs.readFileSync(path.join(ROOT, 'locales', 'languages.json'), 'utf8'))
  .map((l) => l.code)
  .filter((c) => c !== 'en');
let copy;

const run = (...args) => execFileSync('bash', ['scripts/translations.sh', ...args], { cwd: copy, encoding: 'utf8' });

/** Every file under the copy's text folders, with a hash of its bytes. */
function snapshot() {
  const out = {};
  for (const dir of ['content', 'locales', 'translations']) {
    for (const file of fs.readdirSync(path.join(copy, dir), { recursive: true })) {
      const full = path.join(copy, dir, file);
      if (fs.statSync(full).isFile()) out[`${dir}/${file}`] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
    }
  }
  return out;
}

/** The status lines of one language: { file: { translated, missing, stale } }. */
function status(code) {
  const rows = {};
  for (const line of run('status', code).split('\n').slice(1)) {
    const [lang, file, translated, missing, stale] = line.trim().split(/\s{2,}|\s(?=\d)/).filter(Boolean);
    if (lang === code) rows[file] = { translated: +translated, missing: +missing, stale: +stale };
  }
  return rows;
}

describe('translations.sh', () => {
  before(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'cop-translations-'));
    for (const dir of ['content', 'locales', 'translations', 'scripts']) fs.cpSync(path.join(ROOT, dir), path.join(copy, dir), { recursive: true });
    fs.mkdirSync(path.join(copy, 'src/shared/content'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'src/shared/content/mod.rs'), path.join(copy, 'src/shared/content/mod.rs'));
  });
  after(() => fs.rmSync(copy, { recursive: true, force: true }));

  it(`knows the five other languages (${OTHERS.join(', ')}) and finds nothing missing or stale today`, () => {
    assert.equal(OTHERS.length, 5);
    for (const code of OTHERS) {
      const all = status(code)['(all files)'];
      assert.ok(all.translated > 2000, `${code}: ${all.translated} strings`);
      assert.equal(all.stale, 0, `${code}: stale`);
    }
  });

  it('an export followed by an import changes no file, and msgfmt reads every PO file', () => {
    const before = snapshot();
    for (const code of OTHERS) {
      const po = path.join(copy, `${code}.po`);
      run('export', code, po);
      execFileSync('msgfmt', ['--check', '-o', '/dev/null', po]);
      const text = fs.readFileSync(po, 'utf8');
      assert.match(text, /msgctxt "locales\/common.json:nav_home"\nmsgid "Home"\nmsgstr "[^"]+"/, `${code}: a context per file and key`);
      assert.doesNotMatch(text, /#, fuzzy\nmsgctxt/, `${code}: nothing fuzzy yet`);
      run('import', code, po);
    }
    assert.deepEqual(snapshot(), before);
  });

  it('changing one English string makes exactly that string stale in the five other languages, until its translation comes back', () => {
    const file = path.join(copy, 'content/en/risks.json');
    const risks = JSON.parse(fs.readFileSync(file, 'utf8'));
    risks.find((r) => r.id === 'contact').summary += ' Ask them who they talk to.';
    fs.writeFileSync(file, `${JSON.stringify(risks, null, 2)}\n`);
    for (const code of OTHERS) {
      const rows = status(code);
      assert.equal(rows['(all files)'].stale, 1, `${code}: one stale string`);
      assert.equal(rows['risks.json'].stale, 1, `${code}: in risks.json`);
      const po = path.join(copy, `${code}.po`);
      run('export', code, po);
      const fuzzy = fs.readFileSync(po, 'utf8').match(/#, fuzzy\nmsgctxt "([^"]+)"/g) || [];
      assert.deepEqual(fuzzy, ['#, fuzzy\nmsgctxt "risks.json:[contact].summary"'], `${code}: one fuzzy entry`);
    }
    // A translator reviews the French one and clears the flag.
    const po = path.join(copy, 'fr.po');
    const reviewed = fs.readFileSync(po, 'utf8').replace(/#, fuzzy\n(msgctxt "risks.json:\[contact\].summary"\nmsgid "[^"]*"\nmsgstr ")([^"]*)"/, '$1$2 Demandez-lui avec qui il parle."');
    fs.writeFileSync(po, reviewed);
    run('import', 'fr', po);
    assert.equal(status('fr')['(all files)'].stale, 0, 'fr: current again');
    const fr = JSON.parse(fs.readFileSync(path.join(copy, 'content/fr/risks.json'), 'utf8'));
    assert.match(fr.find((r) => r.id === 'contact').summary, /Demandez-lui avec qui il parle\.$/);
    assert.equal(status('ar')['(all files)'].stale, 1, 'ar: still stale');
  });
});
