// What the reader sees before the wasm runs (issue 12 item 4): the static start card in their
// language, a Start tap that is never lost, and the minified wasm-bindgen glue.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { glueNamesIn, minifyGlue } from '../../src/web/minify.mjs';
import { collectConsoleProblems } from './helpers/console.mjs';

const DIST = new URL('../../dist/', import.meta.url);
const STARTUP_SOURCE = readFileSync(new URL('../../src/web/startup.js', import.meta.url), 'utf8');
const LOCALE_CASES = JSON.parse(readFileSync(new URL('../cases/locale.json', import.meta.url), 'utf8')).cases;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** Holds every request for the wasm until `release()`: the page shows what it has without it. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await page.route('**/*_bg.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const CATALOG_NAMES = { 'zh-CN': 'a.txt', 'zh-Hant': 'b.txt', en: 'c.txt' };

/**
 * Runs startup.js in a bare stand-in for the page: which card it showed, which catalog file it
 * requested and which language it told the app (`sciaticaCatalog.locale`).
 */
function startupChoices({ search, languages }, paintApis = {}) {
  const root = { lang: '', attributes: {}, setAttribute(name, value) { this.attributes[name] = value; } };
  const cards = ['zh-CN', 'zh-Hant', 'en'].map((tag) => ({
    tag,
    hidden: true,
    removed: false,
    getAttribute: () => tag,
    setAttribute() {},
    remove() { this.removed = true; },
    classList: { add() {} },
    querySelector: () => null,
  }));
  const requested = [];
  const listed = Object.entries(CATALOG_NAMES).map(([tag, name]) => `${tag}=${name}`).join(' ');
  const page = {
    location: { search },
    navigator: { languages },
    URLSearchParams,
    localStorage: { getItem: () => null },
    document: {
      readyState: 'interactive',
      documentElement: root,
      querySelectorAll: () => cards,
      querySelector: (selector) => (selector === 'meta[name="sciatica-catalogs"]' ? { content: listed } : null),
      addEventListener() {},
    },
    fetch: (url) => {
      requested.push(url);
      return new Promise(() => {});
    },
    addEventListener() {},
    ...paintApis,
  };
  runInNewContext(STARTUP_SOURCE, page);
  const shown = cards.filter((card) => !card.hidden && !card.removed);
  expect(shown.length, 'exactly one card shown').toBe(1);
  expect(root.lang).toBe(shown[0].tag);
  return { card: shown[0].tag, requested, told: page.sciaticaCatalog.locale, painted: page.sciaticaCatalog.painted };
}

test('startup.js decides the language the app opens in, for every shared case (tests/cases/locale.json)', () => {
  for (const testCase of LOCALE_CASES) {
    // One decision for the card, the catalog fetched before the wasm and what the app is told.
    const { card, requested, told } = startupChoices(testCase);
    expect({ card, requested, told }, JSON.stringify(testCase)).toEqual({
      card: testCase.locale,
      requested: [CATALOG_NAMES[testCase.locale]],
      told: testCase.locale,
    });
  }
});

test('startup.js requests the catalog, and lets the wasm load, only once the card\'s paint is recorded', async () => {
  let recordPaint = null;
  class PerformanceObserver {
    static supportedEntryTypes = ['largest-contentful-paint'];
    constructor(callback) {
      this.callback = callback;
    }
    observe() {
      recordPaint = () => this.callback({}, this);
    }
    disconnect() {}
  }
  const timers = [];
  const { requested, painted } = startupChoices(
    { search: '?lang=en', languages: [] },
    { PerformanceObserver, setTimeout: (callback) => timers.push(callback) },
  );
  let paintedYet = false;
  painted.then(() => {
    paintedYet = true;
  });
  await Promise.resolve();
  expect(requested, 'nothing requested before the card is painted').toEqual([]);
  expect(paintedYet).toBe(false);
  recordPaint();
  await Promise.resolve();
  expect(requested).toEqual([CATALOG_NAMES.en]);
  expect(paintedYet).toBe(true);
  // The 250 ms fallback that follows asks for nothing more.
  timers.forEach((callback) => callback());
  expect(requested).toEqual([CATALOG_NAMES.en]);
});

test('minifyGlue renames the glue by its new content and updates every reference and integrity', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'glue-'));
  // Trunk writes its hash without leading zeros: 14 digits here, as in a real build that failed.
  const glue = 'widget-155ba0a97b2011.js';
  const source = '// a comment\nexport function greet(name) {\n  const greeting = "hello " + name;\n  return greeting;\n}\nexport default greet;\n';
  const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
  writeFileSync(join(dir, glue), source);
  writeFileSync(
    join(dir, 'index.html'),
    `<script type=module>import init from './${glue}';</script><link rel=modulepreload href="./${glue}" integrity="${sri(source)}" crossorigin>`,
  );
  expect(glueNamesIn(readFileSync(join(dir, 'index.html'), 'utf8'))).toEqual([glue]);
  const result = await minifyGlue(dir, glue);
  expect(result.to).toMatch(/^widget-[0-9a-f]{16}\.js$/);
  expect(result.to).not.toBe(glue);
  expect(existsSync(join(dir, glue))).toBe(false);
  const minified = readFileSync(join(dir, result.to), 'utf8');
  expect(minified.length).toBeLessThan(source.length);
  expect(minified).not.toContain('comment');
  const module = await import(`data:text/javascript,${encodeURIComponent(minified)}`);
  expect(module.default('you')).toBe('hello you');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  expect(html).not.toContain(glue);
  expect(html).toContain(`import init from './${result.to}'`);
  expect(html).toContain(`integrity="${sri(minified)}"`);
});

test('the shipped glue is minified, and the page preloads it with a matching integrity', async ({ page }) => {
  const html = readFileSync(new URL('index.html', DIST), 'utf8');
  const [glue] = glueNamesIn(html);
  expect(glue).toBeTruthy();
  const code = readFileSync(new URL(glue, DIST));
  // The glue as wasm-bindgen writes it is about 1 100 indented lines.
  expect(code.toString().split('\n').length).toBeLessThan(20);
  const problems = collectConsoleProblems(page);
  await page.goto('./');
  await expect(page.locator('[data-action="start"]')).toBeEnabled();
  expect(problems).toEqual([]);
});

for (const [contextLocale, expected, title] of [
  ['zh-CN', 'zh-CN', '坐骨神经痛自查'],
  ['zh-TW', 'zh-Hant', '坐骨神經痛自我檢查'],
  ['en-GB', 'en', 'Sciatica self-check'],
]) {
  test.describe(`browser language ${contextLocale}`, () => {
    test.use({ locale: contextLocale });
    test(`before the wasm runs, the static card shows in ${expected} only; the app then replaces it`, async ({ page }) => {
      const release = await holdWasm(page);
      await page.goto('./');
      const card = page.locator(`[data-static-card="${expected}"]`);
      await expect(card).toBeVisible();
      await expect(page.locator('[data-static-card]')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', expected);
      await expect(card.locator('.widget-title')).toHaveText(title);
      // The automation hook is the app's alone (embed.md; the bench's first question).
      await expect(page.locator('[data-action="start"]')).toHaveCount(0);
      // The emergency line names no number before the app knows where the reader is.
      await expect(card.locator('.notice-emergency')).not.toContainText(/\d/);
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: `${SHOTS}/static-card-${expected}-${width}.png`, fullPage: true });
      }
      release();
      await expect(page.locator('[data-action="start"]')).toBeEnabled();
      await expect(page.locator('[data-static-card]')).toHaveCount(0);
      await expect(page.locator('h1')).toHaveCount(1);
    });
  });
}

test('a tap on the static Start before the app is ready opens the first question once it is', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./?lang=en');
  await page.locator('[data-static-start]').click();
  await expect(page.locator('html')).toHaveAttribute('data-start-requested', '');
  release();
  await expect(page.locator('[data-step="red_flags"]')).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-start-requested', /.*/);
  // Focus went where a tap on the app's own Start puts it: the question's heading.
  await expect(page.locator('#screen-heading')).toBeFocused();
});

test('without a tap the app opens on its start card, and the layout does not move', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const release = await holdWasm(page);
  await page.goto('./?lang=zh-CN');
  const staticButton = await page.locator('[data-static-start]').boundingBox();
  const staticHeading = await page.locator('[data-static-card] .screen-title').boundingBox();
  release();
  await expect(page.locator('[data-step="start"]')).toBeVisible();
  const appButton = await page.locator('[data-action="start"]').boundingBox();
  const appHeading = await page.locator('[data-step="start"] .screen-title').boundingBox();
  expect(appHeading).toEqual(staticHeading);
  // The emergency line may wrap differently once it names the number: within one line.
  expect(Math.abs(appButton.y - staticButton.y)).toBeLessThanOrEqual(30);
  expect(appButton.x).toBeCloseTo(staticButton.x, 0);
});

test('the static card follows the host settings (theme, compact, embed) and passes axe, light and dark, at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await holdWasm(page);
  for (const query of ['?lang=zh-Hant&compact=1', '?lang=en&theme=dark&embed=1']) {
    await page.goto(`./${query}`);
    const card = page.locator('[data-static-card]');
    await expect(card).toBeVisible();
    if (query.includes('dark')) {
      await expect(card).toHaveAttribute('data-theme', 'dark');
      await expect(card).toHaveAttribute('data-embedded', '');
    } else {
      await expect(card).toHaveAttribute('data-compact', '');
    }
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(320);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  }
});

test('if the app cannot start, the static card gives way to the retry message', async ({ page }) => {
  await page.route('**/*_bg.wasm', (route) => route.abort());
  await page.goto('./?lang=en');
  await expect(page.locator('[data-startup-problem]')).toBeVisible();
  await expect(page.locator('[data-static-card]')).toHaveCount(0);
});
