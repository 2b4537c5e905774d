// Device memory is opt-in and wiped in one step: nothing is stored unless the reader asks.
import { expect, test } from '@playwright/test';
import { MILD_ANSWERS, answerStep, completeFlow } from './helpers/flow.mjs';

const storedItems = (page) => page.evaluate(() => Object.keys(localStorage).length);
const keptLine = (page) => page.evaluate(() => localStorage.getItem('sciatica-check:answers'));

/** On 1 March 2026 (the page's clock from then on), a mild flow with 10 days of pain, kept on the
 * device; returns the kept line. */
async function keepMildAnswersOnFirstOfMarch(page) {
  await page.clock.install({ time: new Date('2026-03-01T10:00:00') });
  await page.goto('./?lang=en');
  await completeFlow(page, { ...MILD_ANSWERS, onset_days: 10 });
  await page.locator('input[name=remember]').check();
  await expect.poll(() => keptLine(page)).toMatch(/^v\d+\|2026-03-01\|/);
  return keptLine(page);
}

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
  // How long it has lasted comes back for the reader to check; how it is going is asked again.
  await expect(page.locator('input[name=onset_days]')).toHaveValue('9');
  await expect(page.locator('input[name=pain_trend]:checked')).toHaveCount(0);

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

test('kept answers age: 20 days later the days have grown, every step is asked again, the level follows', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-01T10:00:00') });
  await page.goto('./?lang=en');
  const answers = { ...MILD_ANSWERS, onset_days: 10, pain_trend: 'same' };
  const first = await completeFlow(page, answers);
  expect(first.level).toBe('self_care');
  await page.locator('input[name=remember]').check();
  await expect.poll(() => storedItems(page)).toBe(1);

  await page.clock.setSystemTime(new Date('2026-03-21T09:00:00'));
  await page.reload();
  await expect(page.locator('.notice-returning')).toContainText('20');
  await page.locator('[data-action=start]').click();
  // Today's warning signs are asked afresh: nothing is ticked, "Next" alone does not pass.
  await expect(page.locator('input[name=none_of_these]')).not.toBeChecked();
  await page.locator('[data-action=next]').click();
  await expect(page.locator('[data-step=red_flags]')).toBeVisible();
  await answerStep(page.locator('[data-step=red_flags]'), answers);
  await page.locator('[data-action=next]').click();
  await expect(page.locator('input[name=onset_days]')).toHaveValue('30');
  const second = await completeFlow(page, { ...answers, onset_days: 30 });
  // Every step was shown again before the result, and 30 days without getting better needs a doctor.
  expect(second.steps).toEqual(['course', 'pain_map', 'nerve', 'feel', 'health', 'treatment', 'situation']);
  expect(second.level).toBe('routine');
  await expect(page.locator('[data-why] [data-rule=not_improving]')).toBeAttached();
});

test('opening the widget is not a confirmation: kept answers keep their date until the reader changes one', async ({ page }) => {
  const kept = () => keptLine(page);
  const confirmed = await keepMildAnswersOnFirstOfMarch(page);

  // Opened 20 days on and left without an answer: what is kept does not change.
  await page.clock.setSystemTime(new Date('2026-03-21T09:00:00'));
  await page.reload();
  await expect(page.locator('.notice-returning')).toContainText('20');
  expect(await kept()).toBe(confirmed);

  // 25 days on, the notice counts from the confirmation, and the days are counted once.
  await page.clock.setSystemTime(new Date('2026-03-26T09:00:00'));
  await page.reload();
  await expect(page.locator('.notice-returning')).toContainText('25');
  expect(await kept()).toBe(confirmed);
  await page.locator('[data-action=start]').click();
  await answerStep(page.locator('[data-step=red_flags]'), MILD_ANSWERS);
  await page.locator('[data-action=next]').click();
  await expect(page.locator('input[name=onset_days]')).toHaveValue('35');
  expect(await kept()).toBe(confirmed);
  // The reader's first change keeps the answers, the aged days among them, with today's date:
  // the next visit counts from today, so no day is counted twice.
  await page.locator('[data-step=course] input[name=pain_trend][value=same]').check();
  await expect.poll(kept).toMatch(/^v\d+\|2026-03-26\|.*\bonset_days=35\b/);
});

test('opening the exercises from the start card is not a confirmation either: what is kept stays as it was', async ({ page }) => {
  const kept = () => keptLine(page);
  const confirmed = await keepMildAnswersOnFirstOfMarch(page);

  await page.clock.setSystemTime(new Date('2026-03-21T09:00:00'));
  await page.reload();
  await expect(page.locator('.notice-returning')).toContainText('20');
  // The exercises come with the full build, which takes the returning reader's flow over.
  await page.locator('[data-action=exercises]').click();
  await expect(page.locator('[data-screen=exercises]')).toBeVisible();
  expect(await kept()).toBe(confirmed);
});

test('"Start again" with memory on keeps nothing as answered, and a kept "both legs" never fires on the red flags', async ({ page }) => {
  await page.goto('./?lang=en');
  await completeFlow(page, { ...MILD_ANSWERS, pain_areas: ['buttock', 'back_of_thigh'], sides: 'both', onset_days: 200 });
  await page.locator('input[name=remember]').check();
  await expect.poll(() => storedItems(page)).toBe(1);
  await page.reload();
  await page.locator('[data-action=start]').click();
  await page.locator('input[name=none_of_these]').check();
  await page.locator('[data-action=next]').click();
  await expect(page.locator('[data-step=course]')).toBeVisible();
  await expect(page.locator('[data-level=emergency]')).toHaveCount(0);

  // "Start again" keeps memory on but nothing as answered: the next visit asks everything.
  await completeFlow(page, { ...MILD_ANSWERS, onset_days: 12 });
  await page.locator('[data-action=restart]').click();
  await page.reload();
  await page.locator('[data-action=start]').click();
  await page.locator('input[name=none_of_these]').check();
  await page.locator('[data-action=next]').click();
  await expect(page.locator('input[name=onset_days]')).toHaveValue('');
  await page.locator('[data-action=next]').click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('[data-step=course]')).toBeVisible();
});
