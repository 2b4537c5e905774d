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

/**
 * Chooses a radio: Tab enters the group, arrows move to the wanted value and select it. Arrows
 * select as they move, so a value on the way may open the emergency screen: then focus has left
 * the group and there is nothing more to choose.
 */
export async function choose(page, name, value) {
  await tabTo(page, `input[type=radio][name="${name}"]`);
  for (let step = 0; step < 8; step += 1) {
    const state = await page.evaluate((group) => ({
      inGroup: document.activeElement?.matches(`input[type=radio][name="${group}"]`) ?? false,
      value: document.activeElement?.value,
      checked: document.activeElement?.checked,
    }), name);
    if (!state.inGroup && step > 0) return;
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

  await typeNumber(page, 'onset_days', answers.onset_days);
  await choose(page, 'pain_trend', answers.pain_trend ?? 'same');
  for (const field of ['rest_relieves', 'sudden_worse', 'night_pain']) await yesNo(field);
  await next('course');

  if (answers.pain_areas.length === 0) await tick(page, 'no_pain');
  for (const area of answers.pain_areas) await tick(page, 'pain_areas', area);
  // Which leg is asked only when something hurts in the buttock or the leg.
  if (answers.pain_areas.some((area) => area !== 'low_back')) await choose(page, 'sides', answers.sides);
  await next('pain_map');

  await yesNo('numbness');
  if (answers.numbness) await choose(page, 'numbness_sides', answers.numbness_sides ?? 'left');
  await yesNo('weakness');
  if (answers.weakness) await choose(page, 'weakness_sides', answers.weakness_sides ?? 'left');
  await yesNo('muscle_wasting');
  await next('nerve');

  for (const field of ['worse_sitting', 'needle_like']) await yesNo(field);
  await choose(page, 'calf_cramps', answers.calf_cramps);
  await typeNumber(page, 'pain_score', answers.pain_score);
  await next('feel');

  for (const field of ['fever', 'trauma', 'serious_accident', 'cancer_history', 'weight_loss', 'steroids']) {
    await yesNo(field);
  }
  await choose(page, 'age_band', answers.age_band);
  await next('health');

  await typeNumber(page, 'treated_months', answers.treated_months);
  await next('treatment');

  for (const situation of answers.situations) await tick(page, 'situations', situation);
  await press(page, '[data-action=next]');
  await page.locator('[data-step=result]').waitFor();
}
