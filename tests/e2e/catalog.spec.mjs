// The catalogs outside the wasm (src/content/data_file.rs, fetched by src/web/startup.js): the
// page fetches only the reader's language before the first question (the language startup.js
// decides is the app's: shared cases in tests/cases/locale.json, tests/e2e/first-paint.spec.mjs),
// switching language works offline through the service worker's precache and keeps the answers,
// and a catalog that will not load shows the start-up message, never a blank widget.
import { cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { addCatalogs, CATALOG_FILES } from '../../src/web/postbuild.mjs';
import { startStaticServer } from '../tools/static-server.mjs';
import { collectConsoleProblems } from './helpers/console.mjs';
import { MILD_ANSWERS, answerStep, startFlow } from './helpers/flow.mjs';

const CATALOG_FILE = /\/catalog-(zh-CN|zh-Hant|en)-[0-9a-f]{16}\.txt$/;
const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

test('the build ships every catalog content-hashed, names it in the page and precaches it', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const listed = /<meta name="sciatica-catalogs" content="([^"]*)">/.exec(html)?.[1];
  expect(listed, 'the page names its catalogs').toBeTruthy();
  const files = Object.fromEntries(listed.split(' ').map((pair) => pair.split('=')));
  // Each language's two files: what the questionnaire reads, and the rest ("-more", README "Two builds").
  expect(Object.keys(files)).toEqual(CATALOG_FILES.map((file) => file.name));
  const serviceWorker = readFileSync(join(DIST, 'sw.js'), 'utf8');
  for (const { name: tag, locale } of CATALOG_FILES) {
    const name = files[tag].replace(/^\.\//, '');
    expect(name).toMatch(new RegExp(`^catalog-${tag}-[0-9a-f]{16}\\.txt$`));
    expect(readFileSync(join(DIST, name), 'utf8').startsWith(`sciatica-catalog 1 ${locale}\n`)).toBe(true);
    expect(serviceWorker, `sw.js precaches ${name}`).toContain(`"${name}"`);
  }
  // startup.js (deferred) runs before the wasm loader (a module script, deferred too: document
  // order), so the catalog request starts first; it is the page's one loader of catalogs.
  expect(html).toMatch(/<script[^>]*\sdefer\s[^>]*src="\.\/startup-[0-9a-f]{16}\.js"[^>]*\sintegrity="sha384-/);
  expect(html.search(/startup-[0-9a-f]{16}\.js/)).toBeLessThan(html.search(/boot-[0-9a-f]{1,16}\.js/));
  expect(html).not.toMatch(/catalog-loader/);
  expect(readdirSync(DIST).filter((name) => /^catalog-loader-/.test(name))).toEqual([]);
  expect(() => addCatalogs(html, './', { 'zh-CN': 'x', 'zh-CN-more': 'x', en: 'y' })).toThrow(/no catalog file zh-CN-more|no catalog file zh-Hant/);
});

for (const lang of ['zh-CN', 'zh-Hant', 'en']) {
  test(`opening in ${lang} fetches that catalog only, the one startup.js decided on`, async ({ page }) => {
    const problems = collectConsoleProblems(page);
    const catalogs = [];
    page.on('request', (request) => {
      if (CATALOG_FILE.test(new URL(request.url()).pathname)) catalogs.push(request);
    });
    await page.goto(`./?lang=${lang}`);
    await expect(page.locator('[data-step=start]')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    expect(catalogs.map((request) => CATALOG_FILE.exec(new URL(request.url()).pathname)[1])).toEqual([lang]);
    expect(await page.evaluate(() => globalThis.sciaticaCatalog.locale)).toBe(lang);
    expect(problems).toEqual([]);
  });
}

test('switching language offline loads the other catalog from the precache and keeps the answers', async ({ page, context }) => {
  const problems = collectConsoleProblems(page);
  await page.goto('./?lang=en');
  await expect(page.locator('[data-step=start]')).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('[data-step=start]')).toBeVisible();
  const stepId = await startFlow(page);
  const step = page.locator(`[data-step="${stepId}"]`);
  await answerStep(step, { ...MILD_ANSWERS });
  const answered = () =>
    step.locator('input[name]').evaluateAll((inputs) => inputs.map((input) => `${input.name}=${input.value}:${input.checked}`));
  const before = await answered();
  const heading = await page.locator('h1').first().textContent();

  await page.locator('button[data-lang="zh-Hant"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('button[data-lang="zh-Hant"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('h1').first()).not.toHaveText(heading);
  await expect(page.locator(`[data-step="${stepId}"]`)).toBeVisible();
  expect(await answered()).toEqual(before);

  // And back: the first language is still loaded, nothing more to fetch.
  await page.locator('button[data-lang="en"]').click();
  await expect(page.locator('h1').first()).toHaveText(heading);
  await context.setOffline(false);
  expect(problems).toEqual([]);
});

test('a catalog that cannot be loaded shows the start-up message with a retry, not a blank widget', async ({ page }, testInfo) => {
  const buildDir = testInfo.outputPath('dist-without-en');
  cpSync(DIST, buildDir, { recursive: true });
  for (const name of readdirSync(buildDir).filter((file) => /^catalog-en-[0-9a-f]{16}\.txt$/.test(file))) {
    rmSync(join(buildDir, name));
  }
  const server = await startStaticServer({ root: buildDir });
  try {
    await page.goto(`${server.url}?lang=en`);
    const problem = page.locator('[data-startup-problem]');
    await expect(problem).toBeVisible();
    await expect(problem).toHaveAttribute('lang', 'en');
    await expect(problem.locator('[data-action=retry]')).toBeVisible();
    await expect(page.locator('[data-step]')).toHaveCount(0);
  } finally {
    await server.close();
  }
});
