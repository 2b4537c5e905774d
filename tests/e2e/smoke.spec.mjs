import { expect, test } from '@playwright/test';
import { collectConsoleProblems } from './helpers/console.mjs';

test('the release build loads and shows the start step without console errors', async ({ page }) => {
  const problems = collectConsoleProblems(page);
  const response = await page.goto('./');
  expect(response?.status()).toBe(200);
  await expect(page.locator('[data-step="start"]')).toBeVisible();
  await expect(page.locator('[data-action="start"]')).toBeEnabled();
  expect(problems).toEqual([]);
});
