// The two builds (README "Two builds"): the questionnaire build hands the flow to the full build on
// the way past the first step; the full build is fetched once, at the first question; if it cannot be
// fetched, the reader is told, keeps every answer, and "Try again" gets there.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { collectConsoleProblems } from './helpers/console.mjs';
import { MILD_ANSWERS, CONTRACT_DEFAULTS, answerAndGoOn, completeFlow, startFlow } from './helpers/flow.mjs';
import { FULL_BUILD_STYLESHEET, fullBuildLoaded, fullBuildRulesMatching, isFullBuildFile } from './helpers/full-build.mjs';

test('the full build is fetched once, at the first question, and takes over on the same screen with focus', async ({ page }) => {
  const problems = collectConsoleProblems(page);
  const fullBuild = [];
  page.on('request', (request) => {
    if (isFullBuildFile(request.url())) fullBuild.push(new URL(request.url()).pathname);
  });
  await page.goto('./?lang=en');
  await expect(page.locator('[data-action=start]')).toBeVisible();
  expect(fullBuild, 'nothing of the full build before the first question').toEqual([]);
  await startFlow(page);
  // A choice the reader did not ask to keep goes across too.
  await page.locator('[data-action=text-size]').click();
  const outcome = await completeFlow(page, { ...MILD_ANSWERS, numbness: true });
  expect(outcome.level).toBe('prompt');
  await expect(page.locator('#screen-heading')).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  await expect(page.locator('[data-action=text-size]')).toHaveAttribute('aria-pressed', 'true');
  // Back returns to the last step with its answers: the flow came across whole.
  await page.locator('[data-screen=result] [data-action=back]').first().click();
  await expect(page.locator('[data-step=situation]')).toBeVisible();
  expect(fullBuild.filter((path) => path.includes('full-boot-'))).toHaveLength(1);
  expect(problems).toEqual([]);
});

test('the first load has one stylesheet; the full build brings its own, which styles none of the questionnaire build\'s screens and styles its own', async ({ page }) => {
  const problems = collectConsoleProblems(page);
  const stylesheets = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') stylesheets.push(new URL(request.url()).pathname);
  });
  await page.goto('./?lang=en');
  await expect(page.locator('[data-action=start]')).toBeVisible();
  expect(stylesheets, 'before the first question: styles/widget.css only').toEqual([expect.stringMatching(/^\/widget-[0-9a-f]{1,16}\.css$/)]);
  await startFlow(page);
  await fullBuildLoaded(page);
  expect(stylesheets).toHaveLength(2);
  expect(stylesheets[1]).toMatch(FULL_BUILD_STYLESHEET);

  // The questionnaire build's screens, with the full build's stylesheet on the page: not one of
  // its rules applies (so they look the same before it comes).
  expect(await fullBuildRulesMatching(page), 'the first question').toEqual([]);
  await page.locator('[data-action=next]').first().click();
  await expect(page.locator('.error-summary')).toBeVisible();
  expect(await fullBuildRulesMatching(page), 'the first question, unanswered').toEqual([]);
  await page.locator('[data-action=text-size]').click();
  const emergency = await completeFlow(page, { ...MILD_ANSWERS, saddle_numbness: true });
  expect(emergency.level).toBe('emergency');
  expect(await fullBuildRulesMatching(page), 'the emergency screen').toEqual([]);
  await page.locator('[data-action=restart]').click();
  await expect(page.locator('[data-screen=start]')).toBeVisible();
  expect(await fullBuildRulesMatching(page), 'the start card').toEqual([]);

  // The full build's screen has its style: the level card's border (full-build.css).
  const outcome = await completeFlow(page, { ...MILD_ANSWERS, numbness: true });
  expect(outcome.level).toBe('prompt');
  await expect(page.locator('[data-screen=result] .level-card')).toHaveCSS('border-top-width', '2px');
  expect(stylesheets, 'each stylesheet once').toHaveLength(2);
  expect(problems).toEqual([]);
});

/**
 * Answers every step with MILD_ANSWERS until the questionnaire build shows its loading screen (or,
 * had it not waited, the full build its first screen).
 */
async function answerUntilLoading(page) {
  const pastTheSteps = page.locator('[data-loading], [data-full-build-screen]');
  while (!(await pastTheSteps.count())) await answerStepOnScreen(page);
}

/** Answers the step on screen with MILD_ANSWERS and goes on, once that step has gone. */
async function answerStepOnScreen(page) {
  const step = page.locator('[data-screen=step]');
  await step.waitFor();
  await answerAndGoOn(page, await step.getAttribute('data-step'), { ...CONTRACT_DEFAULTS, ...MILD_ANSWERS });
}

test.describe('without a service worker (a sandboxed frame, or its precache not ready yet)', () => {
  // A service worker would serve the full build from its precache, out of the route's reach.
  test.use({ serviceWorkers: 'block' });

  test('the full build mounts only once its stylesheet has loaded', async ({ page }) => {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(FULL_BUILD_STYLESHEET, async (route) => {
      await held;
      await route.continue();
    });
    // The full build's first screen (the first screen after the questionnaire build's loading
    // screen, which has no data-screen), in the very task that draws it, before any frame: is the
    // stylesheet there? It is marked for the steps below.
    await page.addInitScript(() => {
      let loadingSeen = false;
      new MutationObserver((_, observer) => {
        loadingSeen ||= Boolean(document.querySelector('[data-loading]'));
        const screen = loadingSeen && document.querySelector('[data-screen]');
        if (!screen) return;
        observer.disconnect();
        globalThis.fullBuildAtMount = {
          stylesheet: Boolean(document.querySelector('link[data-full-build-styles]')?.sheet),
        };
        screen.setAttribute('data-full-build-screen', '');
      }).observe(document, { childList: true, subtree: true });
    });
    const wasm = page.waitForResponse((response) => /\/full-[0-9a-f]{16}_bg\.wasm$/.test(response.url()));
    await page.goto('./?lang=en');
    await startFlow(page);
    await (await wasm).finished();
    await answerUntilLoading(page);
    // Compiling the module once more in the page takes about as long as the loader's compile,
    // which began earlier: by then a start that did not wait would have drawn its screen.
    await page.evaluate(async () => {
      const url = performance.getEntriesByType('resource').map((entry) => entry.name).find((name) => /_bg\.wasm$/.test(name) && /\/full-/.test(name));
      await WebAssembly.compile(await (await fetch(url)).arrayBuffer());
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    await expect(page.locator('[data-screen]')).toHaveCount(0);
    release();
    await expect(page.locator('[data-full-build-screen]')).toBeVisible();
    expect(await page.evaluate(() => globalThis.fullBuildAtMount)).toEqual({ stylesheet: true });
  });

  test('a stylesheet that cannot be fetched does not keep the reader from the result', async ({ page }) => {
    const asked = [];
    await page.route(FULL_BUILD_STYLESHEET, (route) => {
      asked.push(route.request().url());
      return route.abort();
    });
    await page.goto('./?lang=en');
    const outcome = await completeFlow(page, { ...MILD_ANSWERS, numbness: true });
    expect(outcome.level).toBe('prompt');
    await expect(page.locator('[data-screen=result]')).toBeVisible();
    // Asked for with the module, and once more as the full build started.
    expect(asked).toHaveLength(2);
    await expect(page.locator('link[data-full-build-styles]')).toHaveCount(0);
  });

  test('a full build that cannot be fetched: the reader is told, keeps the answers, and Try again works', async ({ page }) => {
    await page.route(/\/full-boot-[0-9a-f]{16}\.js/, (route) => route.abort());
    await page.goto('./?lang=en');
    await startFlow(page);
    // The first step is the questionnaire build's own; the second needs the full build.
    await answerStepOnScreen(page);
    const loading = page.locator('[data-loading]');
    await expect(loading.locator('[role=alert]')).toBeVisible();
    await expect(page.locator('[data-screen]')).toHaveCount(0);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);

    await page.unroute(/\/full-boot-[0-9a-f]{16}\.js/);
    await loading.locator('[data-action=retry]').click();
    await expect(page.locator('[data-step=course]')).toBeVisible();
    // The first step's answer came across: Back shows it.
    await page.locator('[data-action=back]').first().click();
    await expect(page.locator('input[name=none_of_these]')).toBeChecked();
    await page.locator('[data-action=next]').first().click();
    for (let count = 1; count < 8; count += 1) await answerStepOnScreen(page);
    const result = page.locator('[data-screen=result]');
    await expect(result).toBeVisible();
    await expect(result).toHaveAttribute('data-level', 'self_care');
    await expect(result).toHaveAttribute('data-pattern', 'trunk');
  });
});
