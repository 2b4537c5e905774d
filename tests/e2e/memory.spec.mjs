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

test('storage that refuses to write is reported, and "remember" is unticked again', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('./?lang=en');
  await completeFlow(page, MILD_ANSWERS);
  await page.locator('input[name=remember]').check({ force: true }).catch(() => {});
  await expect(page.locator('[data-memory-problem="memory.not_kept"]')).toBeVisible();
  await expect(page.locator('[data-memory-problem="memory.not_kept"]')).toHaveAttribute('role', 'alert');
  await expect(page.locator('input[name=remember]')).not.toBeChecked();
  expect(await storedItems(page)).toBe(0);
});

test('storage that refuses to delete is reported, and the kept answers are still offered', async ({ page }) => {
  await page.goto('./?lang=en');
  await completeFlow(page, MILD_ANSWERS);
  await page.locator('input[name=remember]').check();
  await expect.poll(() => storedItems(page)).toBe(1);
  await page.addInitScript(() => {
    Storage.prototype.removeItem = () => {
      throw new DOMException('The storage is locked.', 'SecurityError');
    };
  });
  await page.reload();
  await page.locator('[data-action=forget]').click();
  await expect(page.locator('[data-memory-problem="memory.not_deleted"]')).toBeVisible();
  await expect(page.locator('[data-action=forget]')).toBeVisible();
  expect(await storedItems(page)).toBe(1);
});

test('answers saved by a newer version are left alone, not deleted', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.evaluate(() => localStorage.setItem('sciatica-check:answers', 'v99|a_field_we_do_not_know=1'));
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.reload();
  await expect(page.locator('[data-step=start]')).toBeVisible();
  await expect.poll(() => warnings.some((text) => text.includes('newer version'))).toBe(true);
  expect(await page.evaluate(() => localStorage.getItem('sciatica-check:answers'))).toBe('v99|a_field_we_do_not_know=1');
  await expect(page.locator('[data-action=forget]')).toHaveCount(0);
});
