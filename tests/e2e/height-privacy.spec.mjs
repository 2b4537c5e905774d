// The iframe's height tells the host page nothing about answers or results (README, "Privacy"):
// across a matrix of answers (every level, every situation), the heights the widget tells its host
// during a journey are the same set, so no script on the host page can separate one level from
// another by watching the iframe. Answers are driven by field name through the automation hooks
// (helpers/flow.mjs), so the matrix follows the questionnaire's fields, not its layout.
import { expect, test } from '@playwright/test';
import { MILD_ANSWERS, completeFlow, startFlow } from './helpers/flow.mjs';
import { HOSTS_URL, WIDGET_ORIGIN } from './helpers/origins.mjs';

/** One scenario per level (contract v2) and one per situation; the expected level is not asserted
 * here (the engine's tests do that): the point is that whatever the result, the height is alike. */
const SCENARIOS = [
  ['self_care', MILD_ANSWERS],
  ['routine (age)', { ...MILD_ANSWERS, age_band: 'over_50' }],
  ['prompt (numbness)', { ...MILD_ANSWERS, numbness: true }],
  ['urgent (fever)', { ...MILD_ANSWERS, fever: true }],
  ['urgent (weakness)', { ...MILD_ANSWERS, weakness: true }],
  ['emergency (red flag)', { ...MILD_ANSWERS, bladder_bowel: true }],
  ['emergency (both legs weak)', { ...MILD_ANSWERS, weakness: true, weakness_sides: 'both' }],
  ['self_care (cramps only)', { ...MILD_ANSWERS, pain_areas: [], calf_cramps: 'frequent' }],
  ...['office', 'parent', 'postpartum', 'older_adult', 'pregnant'].map((situation) => [
    `situation ${situation}`,
    { ...MILD_ANSWERS, situations: [situation] },
  ]),
  ['many situations, both sides, long pain', {
    ...MILD_ANSWERS,
    situations: ['office', 'parent', 'postpartum', 'older_adult', 'pregnant'],
    sides: 'both',
    onset_days: 200,
    pain_areas: ['low_back', 'buttock', 'back_of_thigh', 'back_of_calf', 'outer_calf', 'foot'],
  }],
];

test('the heights told during a journey are the same for every level and situation', async ({ page }) => {
  test.setTimeout(240_000);
  // What any script on the host page can see: every height message the widget sends, from the
  // page's first moment (the start card's height may be told after its Start button shows).
  await page.addInitScript((origin) => {
    window.toldHeights = [];
    window.addEventListener('message', (event) => {
      if (event.origin === origin && event.data?.type === 'sciatica-check:height') window.toldHeights.push(event.data.height);
    });
  }, WIDGET_ORIGIN);
  await page.goto(`${HOSTS_URL}portal-en.html`);
  const iframe = page.locator('[data-sciatica-check] > iframe').first();
  await iframe.scrollIntoViewIfNeeded();
  const widget = iframe.contentFrame();
  await expect(widget.locator('[data-step=start]')).toBeVisible();
  // The start card's height is told before the first journey is counted.
  await expect.poll(() => page.evaluate(() => window.toldHeights.at(-1) ?? 4000)).toBeLessThan(4000);
  const frame = await (await iframe.elementHandle()).contentFrame();
  const fits = () => frame.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight);

  const seen = [];
  for (const [name, answers] of SCENARIOS) {
    const before = await page.evaluate(() => window.toldHeights.length);
    await startFlow(widget);
    const outcome = await completeFlow(widget, answers);
    await expect.poll(fits, { message: `${name}: no inner scroll bar` }).toBe(true);
    const told = await page.evaluate((from) => window.toldHeights.slice(from), before);
    seen.push({ name, level: outcome.level, heights: [...new Set(told)].sort((a, b) => a - b) });
    await widget.locator('[data-action=restart]').first().click();
    await expect(widget.locator('[data-step=start]')).toBeVisible();
    // The journey's end is told (the start card's height) before the next journey is counted.
    await expect.poll(() => page.evaluate(() => window.toldHeights.at(-1))).toBeLessThan(4000);
  }

  const levels = new Set(seen.map((scenario) => scenario.level));
  expect(levels.size, `the matrix reached several levels: ${[...levels]}`).toBeGreaterThanOrEqual(5);
  const first = seen[0];
  for (const scenario of seen) {
    expect(scenario.heights, `${scenario.name} (${scenario.level}) vs ${first.name}: ${JSON.stringify(seen)}`)
      .toEqual(first.heights);
  }
  // A journey tells one height, at once, and never another until it ends.
  expect(first.heights).toHaveLength(1);
});
