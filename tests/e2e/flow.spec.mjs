// Full flows by keyboard only, one per level, in both languages: what a reader meets.
import { expect, test } from '@playwright/test';
import { collectConsoleProblems } from './helpers/console.mjs';
import { MILD_ANSWERS as MILD, answerStep, completeFlow } from './helpers/flow.mjs';
import { answerByKeyboard, choose, press, tick } from './helpers/keyboard.mjs';

const FLOWS = [
  { name: 'self-care', lang: 'en', answers: MILD, level: 'self_care', pattern: 'trunk', phase: 'acute' },
  { name: 'self-care', lang: 'zh-CN', answers: MILD, level: 'self_care', pattern: 'trunk', phase: 'acute' },
  {
    name: 'routine (first episode after 50, frequent cramps with leg pain, easing)',
    lang: 'zh-CN',
    answers: {
      ...MILD, age_band: 'over_50', calf_cramps: 'frequent', pain_areas: ['buttock', 'outer_calf'], onset_days: 30,
      pain_trend: 'better',
    },
    level: 'routine', pattern: 'root', phase: 'recovery',
  },
  {
    name: 'prompt (numbness in one leg, over two weeks without relief)',
    lang: 'en',
    answers: { ...MILD, numbness: true, numbness_sides: 'right', onset_days: 15, rest_relieves: false, treated_months: 3 },
    level: 'prompt', pattern: 'trunk', phase: 'chronic',
  },
  {
    name: 'urgent (new weakness of one foot)',
    lang: 'en',
    answers: { ...MILD, weakness: true, weakness_sides: 'left', pain_areas: ['low_back', 'foot'] },
    level: 'urgent', pattern: 'root', phase: 'acute',
  },
  {
    name: 'urgent (night pain and fever)',
    lang: 'zh-CN',
    answers: { ...MILD, night_pain: true, fever: true },
    level: 'urgent', pattern: 'trunk', phase: 'acute',
  },
  {
    name: 'self-care with cramps only, nothing hurting',
    lang: 'zh-Hant',
    answers: { ...MILD, pain_areas: [], worse_sitting: false, calf_cramps: 'frequent' },
    level: 'self_care', pattern: 'unclear', phase: 'acute',
  },
];

for (const flow of FLOWS) {
  test(`keyboard-only flow to ${flow.name} in ${flow.lang}`, async ({ page }) => {
    const problems = collectConsoleProblems(page);
    await page.goto(`./?lang=${flow.lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', flow.lang);
    await answerByKeyboard(page, flow.answers);
    if (flow.level === 'urgent') {
      // "Today" has its own words, and its reasons are in "Why this advice"; no booking link.
      await expect(page.locator('.level-urgent .level-icon')).toBeVisible();
    }

    const result = page.locator('[data-step=result]');
    await expect(result).toHaveAttribute('data-level', flow.level);
    await expect(result).toHaveAttribute('data-pattern', flow.pattern);
    await expect(result).toHaveAttribute('data-phase', flow.phase);
    // Focus lands on the result's heading, so a screen reader starts reading at the level.
    await expect(page.locator('#screen-heading')).toBeFocused();
    // The "why" panel names every rule behind the level.
    await expect(page.locator('[data-why] [data-rule]').first()).toBeAttached();
    // Tips for the reader's own situation come first; the others stay reachable.
    await expect(page.locator('[data-tips=office]')).toBeVisible();
    await expect(page.locator('[data-tips=parent]')).toBeAttached();
    expect(problems).toEqual([]);

    await press(page, '[data-action=restart]');
    await expect(page.locator('[data-step=start]')).toBeVisible();
  });
}

test('a red flag interrupts by keyboard at once, and review returns to the answers', async ({ page }) => {
  await page.goto('./?lang=en&emergency=999');
  await press(page, '[data-action=start]');
  await page.locator('[data-step=red_flags]').waitFor();
  await tick(page, 'saddle_numbness');

  const emergency = page.locator('[data-level=emergency]');
  await expect(emergency).toBeVisible();
  await expect(page.locator('#screen-heading')).toBeFocused();
  await expect(emergency.locator('a[href="tel:999"]')).toBeVisible();

  await press(page, '[data-action=review]');
  await expect(page.locator('[data-step=red_flags]')).toBeVisible();
  await expect(page.locator('input[name=saddle_numbness]')).toBeChecked();
});

test('both legs with leg pain interrupts on the body map', async ({ page }) => {
  await page.goto('./?lang=zh-CN&region=CN');
  await press(page, '[data-action=start]');
  await tick(page, 'none_of_these');
  await press(page, '[data-action=next]');
  await answerStep(page.locator('[data-step=course]'), { ...MILD, onset_days: 10 });
  await press(page, '[data-action=next]');
  await page.locator('[data-step=pain_map]').waitFor();
  // The figure itself works by keyboard: its regions are toggles.
  await page.locator('[data-region=back_of_thigh]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-region=back_of_thigh]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('input[name=pain_areas][value=back_of_thigh]')).toBeChecked();
  await page.locator('input[name=sides][value=both]').click();
  await expect(page.locator('[data-level=emergency]')).toBeVisible();
  await expect(page.locator('a[href="tel:120"]')).toBeVisible();
});

test('Next with a question left blank names it and keeps the reader on the step', async ({ page }) => {
  await page.goto('./?lang=en');
  await press(page, '[data-action=start]');
  await press(page, '[data-action=next]');
  await expect(page.locator('[data-step=red_flags]')).toBeVisible();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('#q-none_of_these')).toHaveAttribute('aria-invalid', 'true');
});

test('typing an impossible number keeps the text and explains, never stores it', async ({ page }) => {
  await page.goto('./?lang=en');
  await press(page, '[data-action=start]');
  await tick(page, 'none_of_these');
  await press(page, '[data-action=next]');
  const onset = page.locator('input[name=onset_days]');
  await onset.fill('5000');
  await expect(page.locator('#q-onset_days [role=alert]')).toBeVisible();
  await page.locator('[data-action=next]').click();
  await expect(page.locator('[data-step=course]')).toBeVisible();
  await onset.fill('14');
  await expect(page.locator('button[data-pick="14"]')).toHaveAttribute('aria-pressed', 'true');
  await onset.fill('28');
  await expect(page.locator('button[data-pick="28"]')).toHaveAttribute('aria-pressed', 'true');
});

for (const [symptom, lang] of [['weakness', 'en'], ['numbness', 'zh-CN']]) {
  test(`${symptom} in both legs interrupts on the nerve step (${lang})`, async ({ page }) => {
    await page.goto(`./?lang=${lang}&region=CN`);
    await press(page, '[data-action=start]');
    await tick(page, 'none_of_these');
    await press(page, '[data-action=next]');
    await answerStep(page.locator('[data-step=course]'), MILD);
    await press(page, '[data-action=next]');
    await answerStep(page.locator('[data-step=pain_map]'), MILD);
    await press(page, '[data-action=next]');
    await page.locator('[data-step=nerve]').waitFor();
    await choose(page, symptom, 'true');
    // Which leg is asked only now; one leg is not an emergency, both legs are.
    await choose(page, `${symptom}_sides`, 'both');
    const emergency = page.locator('[data-screen=emergency][data-level=emergency]');
    await expect(emergency).toBeVisible();
    await expect(emergency.locator(`[data-rule=both_legs_${symptom}]`)).toBeVisible();
    await expect(page.locator('a[href="tel:120"]')).toBeVisible();
  });
}

for (const [rule, answers] of [
  ['serious_accident', { ...MILD, serious_accident: true }],
  ['cancer_nerve_signs', { ...MILD, cancer_history: true, numbness: true }],
]) {
  test(`the emergency screen for ${rule} adds what to do while waiting`, async ({ page }) => {
    await page.goto('./?lang=en&emergency=999');
    const outcome = await completeFlow(page, answers);
    expect(outcome.level).toBe('emergency');
    await expect(page.locator(`[data-screen=emergency] [data-rule=${rule}]`)).toBeVisible();
    await expect(page.locator(`[data-note=${rule}]`)).toBeVisible();
  });
}

test('months of stable pain in both legs finish the questionnaire (routine), never the emergency screen', async ({ page }) => {
  await page.goto('./?lang=en');
  const outcome = await completeFlow(page, {
    ...MILD, pain_areas: ['buttock', 'back_of_thigh'], sides: 'both', onset_days: 120, pain_trend: 'same',
  });
  expect(outcome.level).toBe('routine');
  await expect(page.locator('[data-why] [data-rule=both_legs_review]')).toBeAttached();
});

test('on a touch phone the body map and the answers work by tapping', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('./?lang=zh-CN');
  await page.locator('[data-action=start]').tap();
  await page.locator('input[name=none_of_these]').tap();
  await page.locator('[data-action=next]').tap();
  await answerStep(page.locator('[data-step=course]'), MILD);
  await page.locator('[data-action=next]').tap();
  // A finger lands on a shape, here the right calf's.
  await page.locator('[data-region=outer_calf] .side-right').tap();
  await expect(page.locator('[data-region=outer_calf]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('input[name=pain_areas][value=outer_calf]')).toBeChecked();
  await page.locator('input[name=sides][value=right]').tap();
  await page.locator('[data-action=next]').tap();
  await expect(page.locator('[data-step=nerve]')).toBeVisible();
  await context.close();
});

test('the host booking link shows on prompt and routine results only, in a new tab', async ({ page }) => {
  const booking = 'https://portal.example.org/book?dept=rehab';
  const url = `./?lang=en&booking=${encodeURIComponent(booking)}`;
  await page.goto(url);
  const prompt = await completeFlow(page, { ...MILD, numbness: true });
  expect(prompt.level).toBe('prompt');
  const link = page.locator(`a[href="${booking}"]`);
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);

  await page.goto(url);
  const selfCare = await completeFlow(page, MILD);
  expect(selfCare.level).toBe('self_care');
  await expect(page.locator(`a[href="${booking}"]`)).toHaveCount(0);

  // "Today" means a same-day doctor or urgent care, not a booking page.
  await page.goto(url);
  const urgent = await completeFlow(page, { ...MILD, fever: true });
  expect(urgent.level).toBe('urgent');
  await expect(page.locator(`a[href="${booking}"]`)).toHaveCount(0);
});

for (const { browserLocale, query, expected } of [
  { browserLocale: 'en-GB', query: '', expected: 'en' },
  { browserLocale: 'zh-TW', query: '', expected: 'zh-Hant' },
  { browserLocale: 'zh-HK', query: '', expected: 'zh-Hant' },
  { browserLocale: 'zh-CN', query: '', expected: 'zh-CN' },
  { browserLocale: 'fr-FR', query: '', expected: 'en' },
  { browserLocale: 'en-US', query: '?lang=zh-Hant', expected: 'zh-Hant' },
  { browserLocale: 'en-US', query: '?lang=zh-CN', expected: 'zh-CN' },
]) {
  test(`language: browser ${browserLocale}, address "${query}" opens in ${expected}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto(`./${query}`);
    await expect(page.locator('[data-step=start]')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', expected);
    await expect(page.locator(`button[data-lang="${expected}"]`)).toHaveAttribute('aria-pressed', 'true');
    await context.close();
  });
}

// The emergency number by region (F73, F81): the host's region, else the browser's; with
// neither, the locale's number and "or your local emergency number".
for (const { browserLocale, query, number, orLocal } of [
  { browserLocale: 'en-US', query: '?region=HK', number: '999', orLocal: false },
  { browserLocale: 'zh-TW', query: '', number: '119', orLocal: false },
  { browserLocale: 'en-US', query: '', number: '911', orLocal: false },
  { browserLocale: 'zh-CN', query: '', number: '120', orLocal: false },
  { browserLocale: 'en', query: '', number: '112', orLocal: true },
]) {
  test(`emergency number: browser ${browserLocale}, address "${query}" shows ${number}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto(`./${query}`);
    await press(page, '[data-action=start]');
    await tick(page, 'bladder_bowel');
    await expect(page.locator(`[data-level=emergency] a[href="tel:${number}"]`)).toBeVisible();
    const call = page.locator('.emergency-call');
    await expect(call).toContainText(number);
    if (orLocal) await expect(call).toContainText('or your local emergency number');
    else await expect(call).not.toContainText('local emergency number');
    await context.close();
  });
}

test('printing shows the one-page summary for the doctor and nothing else', async ({ page }) => {
  await page.goto('./?lang=en');
  await completeFlow(page, { ...MILD, numbness: true });
  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('.print-summary');
  await expect(summary).toBeVisible();
  // Every question asked, and only those: which leg is weak was not asked (no weakness).
  await expect(summary.locator('tr')).toHaveCount(27);
  await expect(summary).toContainText('F61');
  await expect(page.locator('[data-action=restart]')).toBeHidden();
  await expect(page.locator('.level-card')).toBeHidden();
});
