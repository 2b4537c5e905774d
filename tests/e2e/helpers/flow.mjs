// Drives a full flow through the embedding contract's automation hooks only (embed.md): buttons by
// `data-action`, steps by `data-step`, answers by the controls' `name`/`value`. It knows no step
// order and no step contents: on each step it answers whatever contract fields it finds there, so
// it works unchanged if steps are reordered, split or merged, and it is what a host's QA team
// would write. Works on a page or on a frame (`page.frameLocator('iframe')`).

/** The contract's defaults (assessment.md): what a field means when the answers leave it out. */
export const CONTRACT_DEFAULTS = Object.freeze({
  age_band: '20_to_50',
  situations: [],
  calf_cramps: 'none',
  pain_areas: [],
  sides: 'left',
  onset_days: 0,
  pain_trend: 'same',
  rest_relieves: true,
  worse_sitting: false,
  needle_like: false,
  numbness: false,
  numbness_sides: 'left',
  weakness: false,
  weakness_sides: 'left',
  muscle_wasting: false,
  bladder_bowel: false,
  saddle_numbness: false,
  sexual_dysfunction: false,
  sudden_worse: false,
  night_pain: false,
  fever: false,
  trauma: false,
  serious_accident: false,
  cancer_history: false,
  weight_loss: false,
  steroids: false,
  treated_months: 0,
  pain_score: 0,
});

const RED_FLAGS = ['bladder_bowel', 'saddle_numbness', 'sexual_dysfunction'];
/** The red-flag checklist's explicit "none of these" box (not a contract field). */
const NONE_OF_THESE = 'none_of_these';
/** The body map's explicit "nothing hurts right now" box (not a contract field). */
const NO_PAIN = 'no_pain';
/** More steps than any flow has: a flow that never ends is a bug, not a reason to hang. */
const MAX_STEPS = 20;

/** Mild answers that assess to self-care (pattern trunk, phase acute). */
export const MILD_ANSWERS = Object.freeze({
  ...CONTRACT_DEFAULTS,
  age_band: '20_to_50',
  situations: ['office'],
  calf_cramps: 'occasional',
  pain_areas: ['buttock'],
  sides: 'left',
  onset_days: 3,
  worse_sitting: true,
  pain_score: 4,
});

/** Clicks `[data-action=start]` and waits for the first question. Returns its step id. */
export async function startFlow(scope) {
  await scope.locator('[data-action=start]').click();
  const firstQuestion = scope.locator('[data-step]:not([data-step=start])').first();
  await firstQuestion.waitFor();
  return firstQuestion.getAttribute('data-step');
}

/**
 * Answers every step with `answers` (a contract Answers object; missing fields take the contract
 * defaults) until a screen with `data-level` appears: the result or the emergency screen.
 * Starts the flow first unless it is already past the start screen. Returns the screen's
 * { level, pattern, phase } and the step ids visited, in order.
 */
export async function completeFlow(scope, answers = MILD_ANSWERS) {
  const full = { ...CONTRACT_DEFAULTS, ...answers };
  const unknown = Object.keys(answers).filter((field) => !(field in CONTRACT_DEFAULTS));
  if (unknown.length) throw new Error(`not contract fields: ${unknown.join(', ')}`);

  // Wait for the first screen: before the app has drawn one, "not on the start card" means nothing.
  await scope.locator('[data-step]').first().waitFor();
  if (await scope.locator('[data-step=start]').count()) await startFlow(scope);
  const steps = [];
  const outcome = scope.locator('[data-level]');
  for (let count = 0; count < MAX_STEPS; count += 1) {
    const step = scope.locator('[data-step]').first();
    await step.waitFor();
    if (await outcome.count()) {
      return {
        level: await outcome.first().getAttribute('data-level'),
        pattern: await outcome.first().getAttribute('data-pattern'),
        phase: await outcome.first().getAttribute('data-phase'),
        steps,
      };
    }
    const stepId = await step.getAttribute('data-step');
    steps.push(stepId);
    await answerAndGoOn(scope, stepId, full);
  }
  throw new Error(`no [data-level] screen after ${MAX_STEPS} steps: ${steps.join(' > ')}`);
}

/**
 * Answers step `stepId` with `answers` (answerStep) and presses Next, waiting until that step has
 * gone. An answer that opens the emergency screen at once leaves no Next to press.
 */
export async function answerAndGoOn(scope, stepId, answers) {
  const stillOnStep = await answerStep(scope.locator(`[data-step="${stepId}"]`), answers);
  if (!stillOnStep) return;
  await scope.locator('[data-action=next]').first().click();
  try {
    await scope.locator(`[data-step="${stepId}"]`).waitFor({ state: 'detached' });
  } catch (error) {
    throw new Error(`step ${stepId} did not advance after [data-action=next]: ${error.message}`);
  }
}

/**
 * Sets every contract field whose controls are on this step, including questions that appear
 * only after an answer (which leg is numb, once numbness is ticked). Returns false if an answer
 * took the reader off the step (a red flag opens the emergency screen at once), true otherwise.
 * Waits for the step first: the steps after the first come with the full build, which takes over
 * a moment after Next (README "Two builds").
 */
export async function answerStep(step, answers) {
  await step.waitFor({ state: 'attached' });
  const done = new Set();
  for (;;) {
    const controls = await step
      .locator('input[name], select[name], textarea[name], button[name][aria-pressed]')
      .evaluateAll((elements) =>
        elements.map((element) => ({
          tag: element.tagName.toLowerCase(),
          type: (element.getAttribute('type') || '').toLowerCase(),
          name: element.getAttribute('name'),
          value: element.getAttribute('value'),
        })),
      );
    const fresh = [...new Set(controls.map((control) => control.name))].filter((name) => !done.has(name));
    if (!fresh.length) return true;
    for (const name of fresh) {
      done.add(name);
      const ofName = controls.filter((control) => control.name === name);
      if (name === NONE_OF_THESE) {
        const noRedFlag = RED_FLAGS.every((flag) => !answers[flag]);
        await setCheckbox(step.locator(`input[name="${name}"]`), noRedFlag);
      } else if (name === NO_PAIN) {
        if (!answers.pain_areas.length) await setCheckbox(step.locator(`input[name="${name}"]`), true);
      } else if (name in answers) {
        await setField(step, name, answers[name], ofName);
      }
      if (!(await step.count())) return false;
    }
  }
}

async function setField(step, name, answer, controls) {
  const byName = `[name="${name}"]`;
  const inputs = controls.filter((control) => control.tag === 'input');
  const kinds = new Set(inputs.map((control) => control.type));
  if (kinds.has('number') || kinds.has('text') || kinds.has('range') || controls.some((c) => c.tag === 'select')) {
    await setNumberOrChoice(step, byName, answer, kinds);
  } else if (kinds.has('radio')) {
    const radio = step.locator(`input[type=radio]${byName}[value="${String(answer)}"]`);
    if (!(await radio.isChecked())) await radio.click();
  } else if (kinds.has('checkbox')) {
    // A list field (pain_areas, situations) has one box per value; a yes/no field one box "true".
    const values = Array.isArray(answer) ? answer.map(String) : answer ? ['true'] : [];
    for (const control of inputs) {
      if (!(await step.count())) return;
      await setCheckbox(step.locator(`input[type=checkbox]${byName}[value="${control.value}"]`), values.includes(control.value));
    }
  } else {
    // Only toggle buttons carry this name (no native control): press exactly the wanted values.
    const values = Array.isArray(answer) ? answer.map(String) : [String(answer)];
    for (const control of controls) {
      const button = step.locator(`button${byName}[value="${control.value}"]`);
      const pressed = (await button.getAttribute('aria-pressed')) === 'true';
      if (pressed !== values.includes(control.value)) await button.click();
    }
  }
}

async function setNumberOrChoice(step, byName, answer, kinds) {
  const select = step.locator(`select${byName}`);
  if (await select.count()) {
    await select.first().selectOption(String(answer));
  } else if (kinds.has('number') || kinds.has('text')) {
    await step.locator(`input:is([type=number], [type=text])${byName}`).first().fill(String(answer));
  } else {
    // A range cannot be typed into: set it the way a slider drag ends, with input + change events.
    await step.locator(`input[type=range]${byName}`).first().evaluate((input, value) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, String(answer));
  }
}

// A click, not setChecked: the box may leave the page with its step (a red flag), and
// setChecked would then fail checking the new state.
async function setCheckbox(locator, checked) {
  if ((await locator.isChecked()) !== checked) await locator.click();
}
