// Drives the widget by keyboard alone, the way a reader without a mouse would: Tab until the
// wanted control has focus, then Space, Enter, arrows or typing. A control that Tab cannot
// reach fails the test, which is the point.

const MAX_TABS = 80;

/** Presses Tab until the focused element matches `selector` (in page order, wrapping once). */
export async function tabTo(page, selector) {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    const matches = await page.evaluate(
      (wanted) => document.activeElement?.matches(wanted) ?? false,
      selector,
    );
    if (matches) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Activates a button (Enter), e.g. `[data-action=next]`. */
export async function press(page, selector) {
  await tabTo(page, selector);
  await page.keyboard.press('Enter');
}

/** Ticks a checkbox with Space. */
export async function tick(page, name, value = 'true') {
  await tabTo(page, `input[type=checkbox][name="${name}"][value="${value}"]`);
  await page.keyboard.press('Space');
}

/** Chooses a radio: Tab enters the group, arrows move to the wanted value and select it. */
export async function choose(page, name, value) {
  await tabTo(page, `input[type=radio][name="${name}"]`);
  for (let step = 0; step < 8; step += 1) {
    const state = await page.evaluate(() => ({
      value: document.activeElement?.value,
      checked: document.activeElement?.checked,
    }));
    if (state.value === value) {
      if (!state.checked) await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`arrows never reached ${name}=${value}`);
}

/** Types an exact number into the input with that name. */
export async function typeNumber(page, name, number) {
  await tabTo(page, `input[name="${name}"]`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(number));
}

/** Answers every question of a full flow by keyboard; `answers` uses the contract's names. */
export async function answerByKeyboard(page, answers) {
  const yesNo = (field) => choose(page, field, answers[field] ? 'true' : 'false');
  const next = async (fromStep) => {
    await press(page, '[data-action=next]');
    await page.locator(`[data-step="${fromStep}"]`).waitFor({ state: 'detached' });
  };

  await press(page, '[data-action=start]');
  await page.locator('[data-step=red_flags]').waitFor();
  await tick(page, 'none_of_these');
  await next('red_flags');

  for (const area of answers.pain_areas) await tick(page, 'pain_areas', area);
  await choose(page, 'sides', answers.sides);
  await next('pain_map');

  for (const field of ['numbness', 'weakness', 'muscle_wasting']) await yesNo(field);
  await next('nerve');

  await typeNumber(page, 'onset_days', answers.onset_days);
  for (const field of ['rest_relieves', 'sudden_worse', 'night_pain']) await yesNo(field);
  await next('course');

  for (const field of ['worse_sitting', 'needle_like']) await yesNo(field);
  await choose(page, 'calf_cramps', answers.calf_cramps);
  await typeNumber(page, 'pain_score', answers.pain_score);
  await next('feel');

  for (const field of ['fever', 'trauma', 'cancer_history', 'weight_loss', 'steroids']) await yesNo(field);
  await choose(page, 'age_band', answers.age_band);
  await next('health');

  await typeNumber(page, 'treated_months', answers.treated_months);
  await next('treatment');

  for (const situation of answers.situations) await tick(page, 'situations', situation);
  await press(page, '[data-action=next]');
  await page.locator('[data-step=result]').waitFor();
}

/** Mild answers that assess to self-care; spread in overrides for other levels. */
export const MILD = Object.freeze({
  age_band: '20_to_50',
  situations: ['office'],
  calf_cramps: 'occasional',
  pain_areas: ['low_back', 'buttock'],
  sides: 'left',
  onset_days: 3,
  rest_relieves: true,
  worse_sitting: true,
  needle_like: false,
  numbness: false,
  weakness: false,
  muscle_wasting: false,
  sudden_worse: false,
  night_pain: false,
  fever: false,
  trauma: false,
  cancer_history: false,
  weight_loss: false,
  steroids: false,
  treated_months: 0,
  pain_score: 4,
});

/** The same full flow with direct clicks: for tests about what the screens look like. */
export async function answerDirectly(page, answers) {
  const yesNo = (field) => page.locator(`input[name=${field}][value="${answers[field] ? 'true' : 'false'}"]`).check();
  const next = async (fromStep) => {
    await page.locator('[data-action=next]').click();
    await page.locator(`[data-step="${fromStep}"]`).waitFor({ state: 'detached' });
  };
  await page.locator('[data-action=start]').click();
  await page.locator('input[name=none_of_these]').check();
  await next('red_flags');
  for (const area of answers.pain_areas) await page.locator(`input[name=pain_areas][value="${area}"]`).check();
  await page.locator(`input[name=sides][value="${answers.sides}"]`).check();
  await next('pain_map');
  for (const field of ['numbness', 'weakness', 'muscle_wasting']) await yesNo(field);
  await next('nerve');
  await page.locator('input[name=onset_days]').fill(String(answers.onset_days));
  for (const field of ['rest_relieves', 'sudden_worse', 'night_pain']) await yesNo(field);
  await next('course');
  for (const field of ['worse_sitting', 'needle_like']) await yesNo(field);
  await page.locator(`input[name=calf_cramps][value="${answers.calf_cramps}"]`).check();
  await page.locator('input[name=pain_score]').fill(String(answers.pain_score));
  await next('feel');
  for (const field of ['fever', 'trauma', 'cancer_history', 'weight_loss', 'steroids']) await yesNo(field);
  await page.locator(`input[name=age_band][value="${answers.age_band}"]`).check();
  await next('health');
  await page.locator('input[name=treated_months]').fill(String(answers.treated_months));
  await next('treatment');
  for (const situation of answers.situations) await page.locator(`input[name=situations][value="${situation}"]`).check();
  await page.locator('[data-action=next]').click();
  await page.locator('[data-step=result]').waitFor();
}
