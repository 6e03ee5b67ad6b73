// Adding a language (scripts/add-language.sh, issue 27), in a temporary copy
// of the repository: Portuguese (left to right) and Persian (right to
// left) are registered and get English's files with every text empty;
// `scripts/build.sh --locales "en pt fa"` then builds /pt/ and /fa/ with
// `lang` and `dir` set, the language switcher names them, and content
// shown in English carries the fallback notice; the native tests that loop
// over languages include them.
//
// The copy builds in its own cargo target folder, target/add-language/
// (kept between runs, so only the first run compiles the dependencies):
// cargo names a workspace's outputs by its path relative to the workspace,
// so a shared folder would hand the repository's own builds the copy's
// languages. When COP_WASM_FROM names an earlier build (the test command
// passes target/dist-e2e), the copy takes that build's other islands.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TARGET = path.join(ROOT, 'target', 'add-language');
const english = (area) => JSON.parse(fs.readFileSync(path.join(ROOT, 'locales', 'en', `${area}.json`), 'utf8'));
let copy;

const run = (script, ...args) => spawnSync('bash', [script, ...args], { cwd: copy, encoding: 'utf8' });
const languages = () => JSON.parse(fs.readFileSync(path.join(copy, 'locales', 'languages.json'), 'utf8'));
const page = (...parts) => fs.readFileSync(path.join(copy, 'dist', ...parts, 'index.html'), 'utf8');

describe('scripts/add-language.sh', { timeout: 40 * 60 * 1000 }, () => {
  before(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'cop-add-language-'));
    // The repository as it stands: tracked and new files, no build output.
    const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
    for (const file of listed.split('\0').filter(Boolean)) {
      if (!fs.existsSync(path.join(ROOT, file))) continue; // deleted, not yet committed
      fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      fs.copyFileSync(path.join(ROOT, file), path.join(copy, file));
    }
    // The project's installed tools (wasm-opt, the wasm fallback marker).
    for (const dir of ['node_modules', '.tools']) {
      if (fs.existsSync(path.join(ROOT, dir))) fs.symlinkSync(path.join(ROOT, dir), path.join(copy, dir));
    }
  });
  after(() => fs.rmSync(copy, { recursive: true, force: true }));

  it('registers Portuguese and writes its files from English, every text untranslated', () => {
    const added = run('scripts/add-language.sh', 'pt', 'Português', 'ltr');
    assert.equal(added.status, 0, added.stderr);
    assert.deepEqual(languages().at(-1), { code: 'pt', name: 'Português', dir: 'ltr', intl: 'pt' });
    const common = JSON.parse(fs.readFileSync(path.join(copy, 'locales', 'pt', 'common.json'), 'utf8'));
    assert.deepEqual(Object.keys(common), Object.keys(english('common')), 'every key of English');
    assert.ok(Object.values(common).every((text) => text === ''), 'no text yet');
    const risks = JSON.parse(fs.readFileSync(path.join(copy, 'content', 'pt', 'risks.json'), 'utf8'));
    assert.deepEqual(risks.map((r) => r.id), ['content', 'contact', 'conduct', 'contract'], 'identifiers kept');
    assert.equal(risks[0].name, '');
    const status = execFileSync('bash', ['scripts/translations.sh', 'status', 'pt'], { cwd: copy, encoding: 'utf8' });
    const total = status.split('\n').find((line) => line.includes('(all files)'));
    const [translated, missing, stale] = total.trim().split(/\s+/).slice(-3).map(Number);
    assert.deepEqual([translated, stale], [0, 0], total);
    assert.ok(missing > 1000, total);
  });

  it('registers Persian, right to left, and refuses a language twice or a bad direction', () => {
    assert.equal(run('scripts/add-language.sh', 'fa', 'فارسی', 'rtl').status, 0);
    assert.equal(languages().at(-1).dir, 'rtl');
    const before = fs.readFileSync(path.join(copy, 'locales', 'languages.json'), 'utf8');
    const twice = run('scripts/add-language.sh', 'pt', 'Português', 'ltr');
    assert.notEqual(twice.status, 0);
    assert.match(twice.stderr, /already/);
    const sideways = run('scripts/add-language.sh', 'sw', 'Kiswahili', 'up');
    assert.notEqual(sideways.status, 0);
    assert.match(sideways.stderr, /ltr or rtl/);
    assert.equal(fs.readFileSync(path.join(copy, 'locales', 'languages.json'), 'utf8'), before, 'nothing changed');
    assert.ok(!fs.existsSync(path.join(copy, 'locales', 'sw')));
  });

  it('the native tests that loop over languages include them, and pass', () => {
    const tested = spawnSync('cargo', ['test', '--features', 'ssr', '--test', 'locales', '--test', 'ui_strings', '--', '--nocapture', '--test-threads=1'], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, CARGO_TARGET_DIR: TARGET },
    });
    assert.equal(tested.status, 0, tested.stdout + tested.stderr);
    assert.match(tested.stdout, /^pt: \d+ content item\(s\) shown in English/m);
    assert.match(tested.stdout, /^fa: \d+ content item\(s\) shown in English/m);
  });

  it('scripts/build.sh --locales "en pt fa" builds /pt/ and /fa/ with lang and dir, shown in English and marked', () => {
    const args = ['scripts/build.sh', '--locales', 'en pt fa', '--dist', 'dist', '--site-url', 'https://cop-explorer.test/'];
    if (process.env.COP_WASM_FROM) args.push('--wasm-from', path.resolve(ROOT, process.env.COP_WASM_FROM));
    const built = spawnSync('bash', args, {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, CARGO_TARGET_DIR: TARGET },
    });
    assert.equal(built.status, 0, built.stderr.slice(-4000));

    const home = { pt: page('pt'), fa: page('fa') };
    assert.match(home.pt, /<html[^>]* lang="pt"[^>]* dir="ltr"|<html[^>]* dir="ltr"[^>]* lang="pt"/);
    assert.match(home.fa, /<html[^>]* lang="fa"[^>]* dir="rtl"|<html[^>]* dir="rtl"[^>]* lang="fa"/);
    for (const html of Object.values(home)) {
      assert.ok(html.includes('Português') && html.includes('فارسی'), 'the switcher names both');
    }
    // Untranslated interface words are English.
    assert.ok(home.pt.includes(`>${english('common').nav_home}<`), 'the English "Home"');
    // Content shown in English says so, in the page's language (English too, for now).
    const partner = page('pt', 'partners', 'itu');
    assert.ok(partner.includes(english('common').fallback_english), 'the fallback notice');
    assert.match(partner, /lang="en"/, 'the English content is marked as English');
    // Every route exists in both languages, and the root knows them.
    for (const route of [['risks', 'contact'], ['together', 'under-9'], ['guidance', '9-12']]) {
      assert.ok(page('pt', ...route).includes('lang="pt"'), route.join('/'));
      assert.ok(page('fa', ...route).includes('dir="rtl"'), route.join('/'));
    }
    const boot = fs.readdirSync(path.join(copy, 'dist')).filter((f) => /^boot-.*\.js$/.test(f))
      .map((f) => fs.readFileSync(path.join(copy, 'dist', f), 'utf8'))
      .find((code) => code.includes('const published'));
    assert.ok(boot, 'the root page chooses a language');
    assert.ok(boot.includes("const published = ['en', 'pt', 'fa'];"), boot.slice(0, 800));
  });
});
