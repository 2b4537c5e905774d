// The two builds (README "Two builds"): the questionnaire build hands the flow to the full build on
// the way past the first step; the full build is fetched once, at the first question; if it cannot be
// fetched, the reader is told, keeps every answer, and "Try again" gets there.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { collectConsoleProblems } from './helpers/console.mjs';
import { MILD_ANSWERS, CONTRACT_DEFAULTS, answerStep, completeFlow, startFlow } from './helpers/flow.mjs';
import { isFullBuildFile } from './helpers/full-build.mjs';

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

test.describe('without a service worker (a sandboxed frame, or its precache not ready yet)', () => {
  // A service worker would serve the full build from its precache, out of the route's reach.
  test.use({ serviceWorkers: 'block' });

  test('a full build that cannot be fetched: the reader is told, keeps the answers, and Try again works', async ({ page }) => {
    await page.route(/\/full-boot-[0-9a-f]{16}\.js/, (route) => route.abort());
    await page.goto('./?lang=en');
    await startFlow(page);
    const answers = { ...CONTRACT_DEFAULTS, ...MILD_ANSWERS };
    const answerAndGoOn = async () => {
      const step = page.locator('[data-screen=step]');
      await step.waitFor();
      const id = await step.getAttribute('data-step');
      await answerStep(page.locator(`[data-step="${id}"]`), answers);
      await page.locator('[data-action=next]').first().click();
      await page.locator(`[data-step="${id}"]`).waitFor({ state: 'detached' });
    };
    // The first step is the questionnaire build's own; the second needs the full build.
    await answerAndGoOn();
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
    for (let count = 1; count < 8; count += 1) await answerAndGoOn();
    const result = page.locator('[data-screen=result]');
    await expect(result).toBeVisible();
    await expect(result).toHaveAttribute('data-level', 'self_care');
    await expect(result).toHaveAttribute('data-pattern', 'trunk');
  });
});
