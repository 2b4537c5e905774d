// The scripted full flow for the per-answer timing: one reader who goes through every step to a
// result (no red flag, so no early exit). Driven by the end-to-end QA helper, which uses only the
// embedding contract's automation hooks (embed.md), so the bench never depends on step layout.

import { completeFlow } from '../../e2e/helpers/flow.mjs';

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

/** Runs the full flow on `page` (start card showing); resolves to the result's data-level. */
export async function completeFullFlow(page, answers = FULL_FLOW_ANSWERS) {
  const { level } = await completeFlow(page, answers);
  return level;
}
