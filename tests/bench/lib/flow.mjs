// The scripted full flow for the per-answer timing: one reader who goes through every step to a
// result (no red flag, so no early exit), using only the embedding contract's automation hooks
// (embed.md): [data-action], [data-step], controls by contract name and value, [data-level].
// The end-to-end helper tests/e2e/helpers/flow.mjs (completeFlow) is used instead when present.

import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Answers that visit every step and end on a self-care result. */
export const FULL_FLOW_ANSWERS = Object.freeze({
  bladder_bowel: false,
  saddle_numbness: false,
  sexual_dysfunction: false,
  pain_areas: ['low_back', 'buttock', 'back_of_thigh'],
  sides: 'left',
  numbness: false,
  weakness: false,
  muscle_wasting: false,
  onset_days: 10,
  rest_relieves: true,
  sudden_worse: false,
  night_pain: false,
  worse_sitting: true,
  needle_like: false,
  calf_cramps: 'occasional',
  pain_score: 5,
  fever: false,
  trauma: false,
  cancer_history: false,
  weight_loss: false,
  steroids: false,
  age_band: '20_to_50',
  treated_months: 0,
  situations: ['office', 'parent'],
});

const RED_FLAGS = ['bladder_bowel', 'saddle_numbness', 'sexual_dysfunction'];
const MAX_STEPS = 20;
const SHARED_HELPER = fileURLToPath(new URL('../../e2e/helpers/flow.mjs', import.meta.url));

/** Sets one contract field on the current step to `value`, whatever control carries it. */
async function answer(step, field, value) {
  const controls = step.locator(`[name="${field}"]`);
  if ((await controls.count()) === 0) return false;
  const kind = await controls.first().evaluate((element) =>
    element instanceof HTMLInputElement ? element.type : element.tagName.toLowerCase(),
  );
  const wanted = Array.isArray(value) ? value.map(String) : [String(value)];
  if (kind === 'number' || kind === 'text' || kind === 'range') {
    await controls.first().fill(String(value));
  } else if (kind === 'radio') {
    await controls.and(step.locator(`[value="${wanted[0]}"]`)).check();
  } else if (kind === 'checkbox') {
    // A list field ticks each listed value; a yes/no checkbox (value "true") is ticked for true.
    const values = Array.isArray(value) ? wanted : value === true ? ['true'] : [];
    for (const item of values) await controls.and(step.locator(`[value="${item}"]`)).check();
  } else if (kind === 'button') {
    for (const item of wanted) {
      const button = controls.and(step.locator(`[value="${item}"]`));
      if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
    }
  } else if (kind === 'select') {
    await controls.first().selectOption(wanted);
  } else {
    throw new Error(`no way to answer ${field}: its control is a <${kind}>`);
  }
  return true;
}

/** Fallback driver: start, answer each step, press next until the result shows its level. */
async function driveFlow(page, answers) {
  await page.locator('[data-action=start]').click();
  for (let visited = 0; visited < MAX_STEPS; visited += 1) {
    const step = page.locator('[data-step]').first();
    await step.waitFor();
    const stepId = await step.getAttribute('data-step');
    for (const [field, value] of Object.entries(answers)) await answer(step, field, value);
    if (stepId === 'red_flags' && !RED_FLAGS.some((field) => answers[field] === true)) {
      await answer(step, 'none_of_these', true);
    }
    await page.locator('[data-action=next]').click();
    await page.waitForFunction(
      (previous) =>
        document.querySelector('[data-level]') !== null ||
        document.querySelector('[data-step]')?.getAttribute('data-step') !== previous,
      stepId,
    );
    if ((await page.locator('[data-level]').count()) > 0) return;
  }
  throw new Error(`no result after ${MAX_STEPS} steps: the flow is stuck`);
}

/**
 * Runs the full flow on `page` (the widget's start card showing). Returns which driver ran.
 */
export async function completeFullFlow(page, answers = FULL_FLOW_ANSWERS) {
  if (existsSync(SHARED_HELPER)) {
    const helper = await import(pathToFileURL(SHARED_HELPER).href);
    if (typeof helper.completeFlow === 'function') {
      await helper.completeFlow(page, answers);
      await page.locator('[data-level]').first().waitFor();
      return 'tests/e2e/helpers/flow.mjs';
    }
  }
  await driveFlow(page, answers);
  return 'tests/bench/lib/flow.mjs';
}
