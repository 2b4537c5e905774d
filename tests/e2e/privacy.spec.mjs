// Zero egress, enforced: during a full flow the widget talks to nobody but its own origin, and no
// request depends on an answer. When the first question shows, the page fetches the full build (the
// result and the journeys: README "Two builds", with its stylesheet, the QR code script and the rest
// of the reader's catalog), the same six static files for every reader of that language, before any
// answer; from then on, answering makes no request at all. The only other exception is the service
// worker filling its precache (and the browser fetching sw.js), which carries no answer. Switching language fetches
// the other language's catalog files (catalog-<locale>-<hash>.txt and, once the questionnaire has
// started, catalog-<locale>-more-<hash>.txt, named in the page's <meta name="sciatica-catalogs">):
// the same static files every reader can get, chosen by the reader's tap, never by an answer.
import { expect, test } from '@playwright/test';
import { collectConsoleProblems } from './helpers/console.mjs';
import { MILD_ANSWERS, completeFlow, startFlow } from './helpers/flow.mjs';
import { isBrowserAppFile } from './helpers/browser-app-files.mjs';
import { fullBuildLoaded, isFullBuildFile } from './helpers/full-build.mjs';
import { WIDGET_ORIGIN } from './helpers/origins.mjs';

function recordRequests(context) {
  const requests = [];
  let phase = 'loading';
  context.on('request', (request) => {
    requests.push({
      url: request.url(),
      method: request.method(),
      phase,
      byServiceWorker: Boolean(request.serviceWorker()),
    });
  });
  return { requests, enterPhase: (next) => (phase = next) };
}

// The browser's own fetch of the web app manifest and its icons (for installing) carries nothing
// of the reader's either.
const isServiceWorkerTraffic = (request) =>
  request.byServiceWorker ||
  new URL(request.url).pathname.endsWith('/sw.js') ||
  isBrowserAppFile(request.url);

for (const lang of ['zh-CN', 'zh-Hant', 'en']) {
  test(`a full flow in ${lang} sends nothing anywhere`, async ({ page, context }) => {
    const problems = collectConsoleProblems(page);
    const { requests, enterPhase } = recordRequests(context);

    await page.goto(`./?lang=${lang}`);
    await expect(page.locator('[data-step=start]')).toBeVisible();
    enterPhase('first question');
    await startFlow(page);
    await fullBuildLoaded(page);
    enterPhase('answering');
    const outcome = await completeFlow(page, { ...MILD_ANSWERS, numbness: true });
    expect(outcome.level).toBe('prompt');
    await page.locator('[data-action=restart]').click();
    await expect(page.locator('[data-step=start]')).toBeVisible();

    expect(requests.length, 'the page loaded something').toBeGreaterThan(0);
    const elsewhere = requests.filter((request) => !request.url.startsWith(`${WIDGET_ORIGIN}/`));
    expect(elsewhere, 'requests to another origin').toEqual([]);
    const afterFirstQuestion = requests.filter(
      (request) => request.phase === 'answering' && !isServiceWorkerTraffic(request),
    );
    expect(afterFirstQuestion, 'requests while answering').toEqual([]);
    const atFirstQuestion = requests.filter(
      (request) => request.phase === 'first question' && !isServiceWorkerTraffic(request),
    );
    // The full build: five files and the rest of this language's catalog (README "Two builds").
    const restOfCatalog = (url) => new RegExp(`/catalog-${lang}-more-[0-9a-f]{16}\\.txt$`).test(url);
    expect(atFirstQuestion.map((request) => isFullBuildFile(request.url)), 'only the full build at the first question')
      .toEqual([true, true, true, true, true, true]);
    expect(atFirstQuestion.filter((request) => restOfCatalog(request.url))).toHaveLength(1);
    expect(requests.filter((request) => request.method !== 'GET'), 'non-GET requests').toEqual([]);
    expect(await context.cookies(), 'cookies').toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('an emergency answer shows the emergency screen without any request', async ({ page, context }) => {
  const { requests, enterPhase } = recordRequests(context);
  await page.goto('./?lang=en');
  await startFlow(page);
  await fullBuildLoaded(page);
  enterPhase('answering');
  const outcome = await completeFlow(page, { ...MILD_ANSWERS, saddle_numbness: true });
  expect(outcome.level).toBe('emergency');
  expect(requests.filter((request) => request.phase === 'answering' && !isServiceWorkerTraffic(request))).toEqual([]);
});

test('switching language mid-flow asks only for that language\'s catalog, the file every reader gets', async ({ page, context }) => {
  const { requests, enterPhase } = recordRequests(context);
  await page.goto('./?lang=en');
  await startFlow(page);
  await fullBuildLoaded(page);
  enterPhase('answering');
  const listed = await page.locator('meta[name="sciatica-catalogs"]').getAttribute('content');
  const zhHantFile = new URL(/(?:^|\s)zh-Hant=(\S+)/.exec(listed)[1], page.url()).href;
  const zhHantRest = new URL(/(?:^|\s)zh-Hant-more=(\S+)/.exec(listed)[1], page.url()).href;
  await page.locator('button[data-lang="zh-Hant"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await completeFlow(page, { ...MILD_ANSWERS, numbness: true });
  const afterFirstQuestion = requests.filter(
    (request) => request.phase === 'answering' && !isServiceWorkerTraffic(request),
  );
  // Its first file at once, and (the questionnaire having started) the rest for the full build.
  expect(afterFirstQuestion.map(({ url, method }) => ({ url, method })).sort((a, b) => a.url.localeCompare(b.url))).toEqual(
    [{ url: zhHantFile, method: 'GET' }, { url: zhHantRest, method: 'GET' }].sort((a, b) => a.url.localeCompare(b.url)),
  );
});
