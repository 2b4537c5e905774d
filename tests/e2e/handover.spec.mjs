// Handing the result to a doctor (issue 15), through the automation hooks: the QR code on screen
// and on the printed page decodes (jsQR, a test-only dependency, reading a screenshot's pixels) to
// the summary in the reader's language; "Save for your doctor" downloads the FHIR
// QuestionnaireResponse; Share copies the summary (or hands text and file to the Web Share API);
// nothing is requested beyond the widget's own static files (the QR script comes with the full
// build, fetched for every reader at the first question, so the printed summary always has its code). The handover's weight before the first question is reported by `npm run bench`
// (README, "Benchmark"), not asserted here.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { collectConsoleProblems } from './helpers/console.mjs';
import { MILD_ANSWERS, completeFlow } from './helpers/flow.mjs';
import { WIDGET_ORIGIN } from './helpers/origins.mjs';
import { FULL_BUILD_FILE } from './helpers/full-build.mjs';

/** Numbness makes the level "prompt" and puts a red flag's "yes" on the summary. */
const ANSWERS = { ...MILD_ANSWERS, numbness: true, numbness_sides: 'left', onset_days: 12 };

const EXPECTED = {
  en: { level: 'See a doctor soon', yes: 'Yes: leg numbness (Left', days: '12 days since onset', footer: 'Not a diagnosis.' },
  'zh-CN': { level: '尽快就医', yes: '有：腿发麻', days: '起病 12 天', footer: '不是诊断。' },
  'zh-Hant': { level: '盡快就醫', yes: '有：腿發麻', days: '發病 12 天', footer: '不是診斷。' },
};

/** The reader's local date as the browser shows it (YYYY-MM-DD). */
const today = (page) =>
  page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });

/** Decodes the QR code in a screenshot of `locator`: the pixels are read on a blank page. */
async function decodeQr(context, locator) {
  const png = await locator.screenshot();
  const reader = await context.newPage();
  const { width, height, pixels } = await reader.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context2d = canvas.getContext('2d');
    context2d.drawImage(image, 0, 0);
    const data = context2d.getImageData(0, 0, canvas.width, canvas.height).data;
    return { width: canvas.width, height: canvas.height, pixels: Array.from(data) };
  }, png.toString('base64'));
  await reader.close();
  return jsQR(Uint8ClampedArray.from(pixels), width, height)?.data ?? null;
}

function recordRequests(context) {
  const requests = [];
  let phase = 'loading';
  context.on('request', (request) => {
    // The service worker filling its precache (every file of the build) carries nothing of the reader's.
    if (!request.serviceWorker()) requests.push({ url: request.url(), method: request.method(), phase });
  });
  return { requests, enterPhase: (next) => (phase = next) };
}

for (const lang of Object.keys(EXPECTED)) {
  test(`the QR code on screen and in print holds the ${lang} summary; the file downloads`, async ({ page, context }) => {
    const problems = collectConsoleProblems(page);
    const { requests, enterPhase } = recordRequests(context);
    await page.goto(`./?lang=${lang}`);
    enterPhase('answering');
    const outcome = await completeFlow(page, ANSWERS);
    expect(outcome.level).toBe('prompt');
    const date = await today(page);
    const expected = EXPECTED[lang];

    // The printed page carries the code before anyone asked to see it on screen.
    await page.emulateMedia({ media: 'print' });
    const printedFirst = page.locator('.handover-print [data-qr-print]');
    await expect(printedFirst).toBeVisible();
    const printedSummary = await decodeQr(context, printedFirst);
    expect(printedSummary, 'the printed QR code decodes without a tap').not.toBeNull();
    await page.emulateMedia({ media: 'screen' });

    // Before the tap, no QR code on screen; after it, a code with an accessible name.
    await expect(page.locator('.handover [data-qr]')).toHaveCount(0);
    await page.locator('[data-action=show-qr]').click();
    const qr = page.locator('.handover [data-qr]');
    await expect(qr).toBeVisible();
    // Exactly one element is the QR code of the automation hooks, whatever the print copy.
    await expect(page.locator('[data-qr]')).toHaveCount(1);
    await expect(qr).toHaveAttribute('role', 'img');
    const label = await qr.getAttribute('aria-label');
    expect(label).toContain(expected.level);
    expect(label).toContain(date);

    const summary = await decodeQr(context, qr);
    expect(summary, 'the QR code on screen decodes').not.toBeNull();
    expect(summary.split('\n')[0]).toBe(label);
    for (const part of [expected.yes, expected.days, expected.footer]) expect(summary).toContain(part);
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(600);

    // The printed page carries the same code.
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.handover-print [data-qr-print]');
    await expect(printed).toBeVisible();
    expect(await decodeQr(context, printed), 'the printed QR code decodes').toBe(summary);
    expect(printedSummary).toBe(summary);
    await page.emulateMedia({ media: 'screen' });

    // The FHIR file, made in the browser.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=save-fhir]').click()]);
    expect(download.suggestedFilename()).toBe(`sciatica-check-${date}.json`);
    const response = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(response).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      language: lang,
      questionnaire: 'urn:sciatica-check:fhir:Questionnaire:self-check|2',
      authored: date,
    });
    const questionnaire = JSON.parse(readFileSync('dist/questionnaire.json', 'utf8'));
    const linkIds = new Set();
    const collect = (items) => items?.forEach((item) => (linkIds.add(item.linkId), collect(item.item)));
    collect(questionnaire.item);
    const answered = new Map();
    const walk = (items) => items?.forEach((item) => (answered.set(item.linkId, item), walk(item.item)));
    walk(response.item);
    for (const linkId of answered.keys()) expect(linkIds.has(linkId), `${linkId} is in the Questionnaire`).toBe(true);
    expect(answered.get('numbness').answer).toEqual([{ valueBoolean: true }]);
    expect(answered.get('numbness_sides').answer[0].valueCoding.code).toBe('left');
    expect(answered.get('onset_days').answer).toEqual([{ valueInteger: 12 }]);
    expect(answered.get('bladder_bowel').answer).toEqual([{ valueBoolean: false }]);
    expect(answered.get('level').answer[0].valueCoding).toMatchObject({ code: 'prompt', display: expected.level });
    expect(answered.get('reasons').answer.map((answer) => answer.valueCoding.code)).toContain('numbness');
    await expect(page.locator('.handover-status')).toContainText(`sciatica-check-${date}.json`);

    // Nothing but the widget's own static files, and after the first question only the full build
    // and the QR script (both fetched at the first question for every reader).
    expect(requests.filter((request) => !request.url.startsWith(`${WIDGET_ORIGIN}/`))).toEqual([]);
    expect(requests.filter((request) => request.method !== 'GET')).toEqual([]);
    const later = requests
      .filter((request) => request.phase === 'answering')
      .map((request) => new URL(request.url).pathname)
      .filter((path) => !/\/(sw\.js|manifest\.webmanifest|icon(-maskable|-[0-9a-f]{16})?\.svg)$/.test(path))
      .filter((path) => !FULL_BUILD_FILE.test(path));
    for (const path of later) expect(path).toMatch(/^\/qr-[0-9a-f]{16}\.js$/);
    expect(problems).toEqual([]);
  });
}

test('Share copies the summary where the Web Share API is missing, and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: WIDGET_ORIGIN });
  await page.addInitScript(() => {
    delete Navigator.prototype.share;
    delete Navigator.prototype.canShare;
  });
  await page.goto('./?lang=en');
  await completeFlow(page, ANSWERS);
  await page.locator('[data-action=share]').click();
  await expect(page.locator('.handover-status')).toContainText('Summary copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('.handover-print').getAttribute('data-qr-text'));
});

test('Share hands the text and the file to the Web Share API only on the tap', async ({ page }) => {
  await page.addInitScript(() => {
    window.__shared = [];
    Navigator.prototype.canShare = () => true;
    Navigator.prototype.share = (data) => {
      window.__shared.push({ text: data.text, files: (data.files || []).map((file) => file.name) });
      return Promise.resolve();
    };
  });
  await page.goto('./?lang=zh-CN');
  await completeFlow(page, ANSWERS);
  expect(await page.evaluate(() => window.__shared.length)).toBe(0);
  await page.locator('[data-action=share]').click();
  const shared = await page.evaluate(() => window.__shared);
  expect(shared).toHaveLength(1);
  expect(shared[0].text).toContain('不是诊断。');
  expect(shared[0].files[0]).toMatch(/^sciatica-check-\d{4}-\d{2}-\d{2}\.json$/);
});
