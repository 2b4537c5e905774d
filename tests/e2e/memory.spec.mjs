// Device memory is opt-in and wiped in one step: nothing is stored unless the reader asks.
import { expect, test } from '@playwright/test';
import { MILD_ANSWERS, completeFlow } from './helpers/flow.mjs';

const storedItems = (page) => page.evaluate(() => Object.keys(localStorage).length);

test('a full flow stores nothing on the device unless the reader asks', async ({ page }) => {
  await page.goto('./?lang=en');
  await completeFlow(page, MILD_ANSWERS);
  expect(await storedItems(page)).toBe(0);
  expect(await page.context().cookies()).toEqual([]);
});

test('remembered answers come back after a reload, and one button deletes them', async ({ page }) => {
  await page.goto('./?lang=en');
  await completeFlow(page, { ...MILD_ANSWERS, onset_days: 9, situations: ['parent'] });
  await page.locator('input[name=remember]').check();
  await expect.poll(() => storedItems(page)).toBe(1);

  await page.reload();
  await expect(page.locator('[data-step=start]')).toBeVisible();
  const forget = page.locator('[data-action=forget]');
  await expect(forget).toBeVisible();
  // The kept answers are there to continue with; the red flags are asked again.
  await page.locator('[data-action=start]').click();
  await expect(page.locator('input[name=none_of_these]')).not.toBeChecked();
  await page.locator('input[name=none_of_these]').check();
  await page.locator('[data-action=next]').click();
  for (const area of MILD_ANSWERS.pain_areas) {
    await expect(page.locator(`input[name=pain_areas][value="${area}"]`)).toBeChecked();
  }

  await page.reload();
  await page.locator('[data-action=forget]').click();
  await expect.poll(() => storedItems(page)).toBe(0);
  await expect(page.locator('[data-action=forget]')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('[data-step=start]')).toBeVisible();
  await expect(page.locator('[data-action=forget]')).toHaveCount(0);
});

test('stored data that is not ours is discarded, not trusted', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.evaluate(() => localStorage.setItem('sciatica-check:answers', '{"bladder_bowel":"maybe"}'));
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.reload();
  await expect(page.locator('[data-step=start]')).toBeVisible();
  await expect.poll(() => storedItems(page)).toBe(0);
  expect(warnings.some((text) => text.includes('saved answers'))).toBe(true);
  await expect(page.locator('[data-action=forget]')).toHaveCount(0);
});
