// Accessibility and layout of every kind of screen: axe-core with the WCAG 2.2 AA rules,
// no horizontal scroll at 320 px, and screenshots at 360 px and 1280 px kept as artifacts.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { MILD_ANSWERS, answerStep, completeFlow } from './helpers/flow.mjs';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** Each screen: how to get there from a fresh page. */
const SCREENS = {
  start: async () => {},
  red_flags: async (page) => {
    await page.locator('[data-action=start]').click();
    await page.locator('[data-step=red_flags]').waitFor();
  },
  pain_map: async (page) => {
    await page.locator('[data-action=start]').click();
    await page.locator('input[name=none_of_these]').check();
    await page.locator('[data-action=next]').click();
    await answerStep(page.locator('[data-step=course]'), MILD_ANSWERS);
    await page.locator('[data-action=next]').click();
    await page.locator('input[name=pain_areas][value=buttock]').check();
    await page.locator('[data-step=pain_map]').waitFor();
  },
  errors: async (page) => {
    await page.locator('[data-action=start]').click();
    await page.locator('[data-action=next]').click();
    await page.locator('.error-summary').waitFor();
  },
  emergency: async (page) => {
    await page.locator('[data-action=start]').click();
    await page.locator('input[name=bladder_bowel]').click();
    await page.locator('[data-level=emergency]').waitFor();
  },
  result: async (page) => {
    await completeFlow(page, { ...MILD_ANSWERS, numbness: true, situations: ['office', 'parent'] });
    // Open every "more" panel so axe checks what is inside them too.
    for (const summary of await page.locator('[data-step=result] details > summary').all()) await summary.click();
  },
  urgent: async (page) => {
    await completeFlow(page, { ...MILD_ANSWERS, fever: true, situations: ['pregnant'] });
    await page.locator('[data-level=urgent]').waitFor();
    for (const summary of await page.locator('[data-step=result] details > summary').all()) await summary.click();
  },
};

const LANGS = ['zh-CN', 'zh-Hant', 'en'];

async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

for (const [name, reach] of Object.entries(SCREENS)) {
  for (const lang of LANGS) {
    for (const theme of ['light', 'dark']) {
      test(`axe finds nothing on the ${name} screen (${lang}, ${theme})`, async ({ page }) => {
        // Reduced motion: axe must judge colours at rest, not halfway through a transition.
        await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
        await page.goto(`./?lang=${lang}`);
        await reach(page);
        await page.mouse.move(0, 0);
        await expectNoAxeViolations(page);
      });
    }
  }

  test(`the ${name} screen fits 320 px without horizontal scroll`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('./?lang=en');
    await reach(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  for (const width of [360, 1280]) {
    test(`screenshot of the ${name} screen at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const lang of LANGS) {
        await page.goto(`./?lang=${lang}`);
        await reach(page);
        await page.screenshot({ path: `${SHOTS}/${name}-${lang}-${width}.png`, fullPage: true });
      }
      await expect(page.locator('[data-step]').first()).toBeVisible();
    });
  }
}

test('motion is off when the reader asks for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  const duration = await page.locator('[data-action=start]').evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(duration.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
});

test('text stays usable at 200% zoom (640 px at double scale)', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto('./?lang=en');
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  await page.locator('[data-action=start]').click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test('every body-map shape is a touch target of at least 24 px at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./?lang=en');
  await SCREENS.pain_map(page);
  const sizes = await page.locator('[data-region] .shape').evaluateAll((shapes) =>
    shapes.map((shape) => {
      const box = shape.getBoundingClientRect();
      return { region: shape.parentElement.dataset.region, width: box.width, height: box.height };
    }),
  );
  expect(sizes.length).toBeGreaterThanOrEqual(9);
  for (const size of sizes) {
    expect(Math.min(size.width, size.height), JSON.stringify(size)).toBeGreaterThanOrEqual(24);
  }
});
