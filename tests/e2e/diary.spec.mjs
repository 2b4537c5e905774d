// The recovery diary (issue 13): opt-in, check-ins on simulated days (fake clock), the chart and
// the "what changed" message, export (JSON, CSV, calendar, FHIR for a doctor), wipe and import
// back, blocked storage, axe and keyboard.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { MILD_ANSWERS, completeFlow } from './helpers/flow.mjs';
import { choose, press, tabTo, tick } from './helpers/keyboard.mjs';

const KEY = 'sciatica-check:diary';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const storedKeys = (page) => page.evaluate(() => Object.keys(localStorage));
const storedDiary = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);
/** Local noon on 2026-11-`day` (days past 30 roll into December). */
const onDay = (day) => new Date(2026, 10, day, 12, 0, 0);

/** Questionnaire (onset 3 days ago) -> result -> diary screen, not yet opted in. */
async function openDiary(page) {
  await page.clock.install({ time: onDay(1) });
  await page.goto('./?lang=en');
  await completeFlow(page, { ...MILD_ANSWERS, onset_days: 3, pain_score: 5 });
  await page.locator('[data-action=diary]').click();
  await expect(page.locator('[data-screen=diary]')).toBeVisible();
}

async function checkIn(page, { pain, trend, note = '' }) {
  await page.locator('[data-action=check-in]').click();
  const screen = page.locator('[data-screen=check-in]');
  await expect(screen).toBeVisible();
  await screen.locator('input[name=none_of_these]').check();
  await screen.locator(`button[data-pick="${pain}"]`).click();
  await screen.locator(`input[name=pain_trend][value=${trend}]`).check();
  if (note) await screen.locator('textarea[name=note]').fill(note);
  await screen.locator('[data-action=save-check-in]').click();
  const change = page.locator('[data-change]');
  await expect(change).toBeVisible();
  return change;
}

async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

test('opt in, check in over four weeks, see the chart and why the advice changed; export, wipe, import', async ({ page, context }) => {
  await openDiary(page);
  // Nothing is stored before the reader starts the diary.
  expect(await storedKeys(page)).toEqual([]);
  const requests = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('blob:') && !request.serviceWorker()) requests.push(url);
  });

  await page.locator('[data-action=start-diary]').click();
  await expect.poll(() => storedKeys(page)).toEqual([KEY]);
  await expect(page.locator('.diary-table tbody tr')).toHaveCount(1);

  await page.clock.setSystemTime(onDay(5));
  const first = await checkIn(page, { pain: 4, trend: 'same', note: 'walked | 20 min' });
  await expect(first).toHaveAttribute('data-level', 'self_care');
  await page.locator('[data-action=back]').click();

  await page.clock.setSystemTime(onDay(26)); // day 28: not yet "more than 4 weeks"
  await checkIn(page, { pain: 4, trend: 'same' });
  await page.locator('[data-action=back]').click();

  await page.clock.setSystemTime(onDay(27)); // day 29 and not better
  const change = await checkIn(page, { pain: 5, trend: 'same' });
  await expect(change).toHaveAttribute('data-level', 'routine');
  await expect(change.locator('[data-newly-fired] [data-rule=not_improving]')).toContainText('F76');
  await expect(change.locator('.change-headline')).toContainText('Day 29');
  await expect(change.locator('.change-headline')).toContainText('Book an appointment');
  await page.locator('[data-action=back]').click();

  // The chart: one focusable point per check-in in the last 30 days, a summary and a table.
  const diary = page.locator('[data-screen=diary]');
  await expect(diary.locator('circle.chart-point')).toHaveCount(4);
  await expect(diary.locator('[data-summary]')).toContainText('4 check-ins');
  await expect(diary.locator('.diary-table tbody tr')).toHaveCount(4);
  await diary.locator('[data-range="7"]').click();
  await expect(diary.locator('circle.chart-point')).toHaveCount(2);

  // Export as JSON and CSV, made in the browser.
  const [jsonFile] = await Promise.all([page.waitForEvent('download'), diary.locator('[data-action=export-json]').click()]);
  const json = readFileSync(await jsonFile.path(), 'utf8');
  expect(JSON.parse(json).entries).toHaveLength(4);
  const [csvFile] = await Promise.all([page.waitForEvent('download'), diary.locator('[data-action=export-csv]').click()]);
  expect(readFileSync(await csvFile.path(), 'utf8')).toContain('date,day,pain,trend');
  const [icsFile] = await Promise.all([page.waitForEvent('download'), diary.locator('[data-action=reminder]').click()]);
  expect(readFileSync(await icsFile.path(), 'utf8')).toContain('RRULE:FREQ=DAILY');

  // For a doctor: a FHIR R4 Bundle with the starting answers' QuestionnaireResponse and one pain
  // Observation (LOINC 72514-3) per check-in, dated that day, with the advice given as a component.
  const [fhirFile] = await Promise.all([page.waitForEvent('download'), diary.locator('[data-action=export-fhir]').click()]);
  expect(fhirFile.suggestedFilename()).toBe('sciatica-diary-2026-11-27.fhir.json');
  const bundle = JSON.parse(readFileSync(await fhirFile.path(), 'utf8'));
  expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
  const [response, ...observations] = bundle.entry.map((entry) => entry.resource);
  expect(response).toMatchObject({ resourceType: 'QuestionnaireResponse', status: 'completed', authored: '2026-11-01' });
  expect(observations.map((obs) => [obs.effectiveDateTime, obs.valueInteger])).toEqual([
    ['2026-11-01', 5], ['2026-11-05', 4], ['2026-11-26', 4], ['2026-11-27', 5],
  ]);
  for (const obs of observations) {
    expect(obs).toMatchObject({ resourceType: 'Observation', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] } });
  }
  expect(observations[1].note).toEqual([{ text: 'walked | 20 min' }]);
  const advice = (obs) => obs.component.find((part) => part.code.coding[0].code === 'level').valueCodeableConcept.coding[0].code;
  expect(observations.map(advice)).toEqual(['self_care', 'self_care', 'self_care', 'routine']);
  const before = await storedDiary(page);

  // One step deletes everything.
  await diary.locator('[data-action=delete-diary]').click();
  await expect.poll(() => storedKeys(page)).toEqual([]);
  await expect(page.locator('[data-action=start-diary]')).toBeVisible();

  // A foreign file is refused with what is wrong, and changes nothing.
  await page.locator('input[data-action=import]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') });
  await expect(page.locator('[data-import-error]')).toContainText('not a diary');
  expect(await storedKeys(page)).toEqual([]);

  // Import gives the same diary back.
  await page.locator('input[data-action=import]').setInputFiles({ name: 'diary.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(page.locator('[role=status]').filter({ hasText: '4 check-ins' })).toBeVisible();
  expect(await storedDiary(page)).toBe(before);
  await expect(diary.locator('.diary-table tbody tr')).toHaveCount(4);

  expect(requests).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);

  // A returning reader reaches the diary from the start card, and Back leads back there.
  await page.reload();
  await page.locator('[data-screen=start] [data-action=diary]').click();
  await expect(page.locator('[data-screen=diary] .diary-table tbody tr')).toHaveCount(4);
  await page.locator('[data-action=check-in]').click();
  await page.locator('[data-action=back]').click();
  await page.locator('[data-screen=diary] [data-action=back]').click();
  await expect(page.locator('[data-screen=start]')).toBeVisible();
});

test('the start card offers no diary until there is one', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.locator('[data-screen=start]')).toBeVisible();
  await expect(page.locator('[data-action=diary]')).toHaveCount(0);
});

test('a red flag at a check-in shows the emergency screen at once', async ({ page }) => {
  await openDiary(page);
  await page.locator('[data-action=start-diary]').click();
  await page.locator('[data-action=check-in]').click();
  // The box is replaced by the emergency screen at once, so it is clicked, not `check()`ed.
  await page.locator('input[name=saddle_numbness]').click();
  await expect(page.locator('[data-screen=emergency]')).toBeVisible();
  await expect(page.locator('[data-screen=emergency] h2')).toBeFocused();
});

test('storage that refuses to write is reported, and the entry is kept with the export offered', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openDiary(page);
  await page.locator('[data-action=start-diary]').click();
  await expect(page.locator('[data-storage-problem]')).toBeVisible();
  await page.clock.setSystemTime(onDay(3));
  await checkIn(page, { pain: 3, trend: 'better' });
  await expect(page.locator('[data-storage-problem]')).toBeVisible();
  await page.locator('[data-action=back]').click();
  await expect(page.locator('.diary-table tbody tr')).toHaveCount(2);
  await expect(page.locator('[data-action=export-json]')).toBeVisible();
});

test('a browser that blocks storage altogether gets a diary for this page and the export', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await openDiary(page);
  await page.locator('[data-action=start-diary]').click();
  await expect(page.locator('[data-storage-problem]')).toContainText('only until you close this page');
  await expect(page.locator('.diary-table tbody tr')).toHaveCount(1);
  await expect(page.locator('[data-action=export-json]')).toBeVisible();
});

test('a stored diary this version cannot read is left as it is', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, 'sciatica-diary v9\nwhatever'), KEY);
  await openDiary(page);
  await expect(page.locator('[data-storage-problem]')).toContainText('newer version');
  expect(await storedDiary(page)).toBe('sciatica-diary v9\nwhatever');
  // A new diary would overwrite it: the reader deletes it first, on purpose.
  await expect(page.locator('[data-action=start-diary]')).toHaveCount(0);
  await page.locator('[data-action=delete-diary]').click();
  await expect.poll(() => storedDiary(page)).toBe(null);
  await expect(page.locator('[data-action=start-diary]')).toBeVisible();
});

for (const theme of ['light', 'dark']) {
  test(`axe finds nothing on the diary and check-in screens (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await openDiary(page);
    await expectNoAxeViolations(page);
    await page.locator('[data-action=start-diary]').click();
    await page.clock.setSystemTime(onDay(4));
    await checkIn(page, { pain: 6, trend: 'worse' });
    await expectNoAxeViolations(page);
    await page.locator('[data-action=back]').click();
    await expect(page.locator('circle.chart-point')).toHaveCount(2);
    await expectNoAxeViolations(page);
    await page.locator('[data-action=check-in]').click();
    await page.locator('[data-action=save-check-in]').click();
    await expectNoAxeViolations(page);
  });
}

test('a check-in works by keyboard alone, and chart points take focus', async ({ page }) => {
  await openDiary(page);
  await press(page, '[data-action=start-diary]');
  await page.clock.setSystemTime(onDay(2));
  await press(page, '[data-action=check-in]');
  await expect(page.locator('[data-screen=check-in]')).toBeVisible();
  await tick(page, 'none_of_these');
  await press(page, 'button[data-pick="3"]');
  await choose(page, 'pain_trend', 'better');
  await press(page, '[data-action=save-check-in]');
  await expect(page.locator('[data-change]')).toBeVisible();
  await press(page, '[data-action=back]');
  await tabTo(page, 'circle.chart-point');
  expect(await page.evaluate(() => document.activeElement.getAttribute('aria-label'))).toContain('pain');
});
