// Hostile and unusual hosts (issue 17): a sandboxed iframe, a cross-origin-isolated host, accents
// chosen to break contrast, and booking links the loader must judge exactly as the widget does.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { collectConsoleProblems } from './helpers/console.mjs';
import { MILD_ANSWERS, completeFlow } from './helpers/flow.mjs';
import { HOSTS_URL, WIDGET_URL } from './helpers/origins.mjs';
import { addPlaceholderBesideFirst } from './helpers/placeholders.mjs';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BOOKING_CASES = JSON.parse(readFileSync(new URL('../cases/booking.json', import.meta.url), 'utf8')).cases;
const padded = (testCase) => (testCase.padTo ? testCase.value + 'x'.repeat(testCase.padTo - testCase.value.length) : testCase.value);

test('in <iframe sandbox="allow-scripts"> the widget works, without memory, and says so', async ({ page }) => {
  const problems = collectConsoleProblems(page);
  await page.goto(`${HOSTS_URL}sandboxed.html`);
  const widget = page.frameLocator('iframe[sandbox]');
  await expect(widget.locator('[data-step=start]')).toBeVisible();
  // The stylesheet applied: the start button has the widget's own look, not the browser's.
  const radius = await widget.locator('[data-action=start]').evaluate((element) => getComputedStyle(element).borderRadius);
  expect(radius).not.toBe('0px');
  const outcome = await completeFlow(widget, MILD_ANSWERS);
  expect(outcome.level).toBe('self_care');
  await expect(widget.locator('input[name=remember]')).toHaveCount(0);
  await expect(widget.locator('[data-memory-problem="memory.unavailable"]')).toBeVisible();
  expect(problems).toEqual([]);
});

test('a cross-origin-isolated host (COEP require-corp) loads embed.js and the widget', async ({ page }) => {
  const problems = collectConsoleProblems(page);
  await page.goto(`${HOSTS_URL}isolated.html`);
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  const iframe = page.locator('[data-sciatica-check] > iframe');
  await expect(iframe).toHaveCount(1);
  await iframe.scrollIntoViewIfNeeded();
  await expect(iframe.contentFrame().locator('[data-step=start]')).toBeVisible();
  expect(problems).toEqual([]);
});

for (const theme of ['light', 'dark']) {
  for (const accent of ['#0b5d4b', '#ffffff', '#000000', '#ffff00']) {
    test(`axe passes on the ${theme} scheme with the hostile accent ${accent}`, async ({ page }) => {
      const warnings = [];
      page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
      const query = new URLSearchParams({ embed: '1', id: 'accent', lang: 'en', theme, accent });
      await page.goto(`${WIDGET_URL}?${query}`);
      await expect(page.locator('[data-step=start]')).toBeVisible();
      // The start screen, a question with a chosen option and the result: every use of the accent.
      const results = [];
      const scan = async () => results.push(...(await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations);
      await scan();
      await page.locator('[data-action=start]').click();
      await page.locator('input[name=none_of_these]').check();
      await scan();
      await completeFlow(page, { ...MILD_ANSWERS, numbness: true });
      await scan();
      expect(results.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      // An accent that had to change in the scheme shown says so.
      if (accent !== '#0b5d4b' || theme === 'dark') {
        expect(warnings.some((warning) => warning.includes('accent') && warning.includes('contrast'))).toBe(true);
      }
    });
  }
}

test('the loader judges every shared booking case as the widget does, with one short warning each refusal', async ({ page }) => {
  await page.goto(`${HOSTS_URL}portal-en.html`);
  await expect(page.locator('[data-sciatica-check] > iframe')).toHaveCount(1);
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  const passed = await page.evaluate((values) => {
    const holders = values.map((value) => {
      const holder = document.createElement('div');
      holder.setAttribute('data-sciatica-check', '');
      holder.setAttribute('data-booking', value);
      document.body.append(holder);
      return holder;
    });
    return new Promise((resolve) => {
      requestAnimationFrame(() =>
        resolve(holders.map((holder) => new URL(holder.querySelector('iframe').src).searchParams.get('booking'))),
      );
    });
  }, BOOKING_CASES.map(padded));
  BOOKING_CASES.forEach((testCase, index) => {
    const value = padded(testCase).trim();
    expect(passed[index], `${value.slice(0, 60)} (${testCase.why ?? ''})`).toBe(testCase.ok ? value : null);
  });
  const refused = BOOKING_CASES.filter((testCase) => !testCase.ok).length;
  await expect.poll(() => warnings.filter((warning) => warning.includes('data-booking')).length).toBe(refused);
  for (const warning of warnings) expect(warning.length, 'a warning stays short').toBeLessThan(400);
});

test('the 100 kB booking attribute is ignored with one warning and the widget opens', async ({ page }) => {
  const problems = collectConsoleProblems(page);
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(`${HOSTS_URL}portal-en.html`);
  await expect(page.locator('[data-sciatica-check] > iframe')).toHaveCount(1);
  const booking = `https://portal.example.org/${'x'.repeat(100 * 1024)}`;
  await addPlaceholderBesideFirst(page, 'huge', { lang: 'en', booking }, 'after');
  const iframe = page.locator('#huge > iframe');
  await expect(iframe).toHaveCount(1);
  expect(new URL(await iframe.getAttribute('src')).searchParams.has('booking')).toBe(false);
  await iframe.scrollIntoViewIfNeeded();
  await expect(iframe.contentFrame().locator('[data-step=start]')).toBeVisible();
  expect(warnings.filter((warning) => warning.includes('data-booking'))).toHaveLength(1);
  expect(problems).toEqual([]);
});
