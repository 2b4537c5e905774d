// The embedding contract (embed.md, README "Embed it"), tested the way a host uses it: the demo
// host pages on their own origin, each with a strict CSP, load embed.js from the widget's origin.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { collectConsoleProblems } from './helpers/console.mjs';
import { MILD_ANSWERS, completeFlow, startFlow } from './helpers/flow.mjs';
import { fullBuildLoaded } from './helpers/full-build.mjs';
import { HOSTS_URL, WIDGET_ORIGIN, WIDGET_URL } from './helpers/origins.mjs';
import { shipLoader } from '../../src/web/postbuild.mjs';

const HEIGHT_MESSAGE = 'sciatica-check:height';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const DEMO_PAGES = [
  {
    file: 'news-zh.html',
    lang: 'zh-CN',
    title: '坐骨神经痛自查',
    settings: { lang: 'zh-CN', emergency: '120', compact: '1' },
  },
  {
    file: 'portal-en.html',
    lang: 'en',
    title: 'Sciatica self-check',
    settings: {
      lang: 'en',
      theme: 'light',
      accent: '#0b5d4b',
      emergency: '112',
      booking: 'https://example.org/appointments/spine',
    },
  },
];

/** Opens a demo page, scrolls to the (lazy) widget and waits for its start screen. */
async function openDemo(page, file) {
  await page.goto(`${HOSTS_URL}${file}`);
  await expect(page.locator('[data-sciatica-check] > iframe')).toHaveCount(1);
  // The page's own widget, also once tests add more placeholders after it.
  const iframe = page.locator('[data-sciatica-check] > iframe').first();
  await iframe.scrollIntoViewIfNeeded();
  const widget = iframe.contentFrame();
  await expect(widget.locator('[data-step=start]')).toBeVisible();
  const frame = await (await iframe.elementHandle()).contentFrame();
  return { iframe, widget, frame };
}

/** The iframe's height on the host page and the scroll extent of the document inside it. */
async function measure(iframe, frame) {
  const height = await iframe.evaluate((element) => Math.round(element.getBoundingClientRect().height));
  const inside = await frame.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
  }));
  return { height, ...inside, fits: inside.scrollHeight <= inside.clientHeight };
}

/** Waits until the iframe holds all of its content with no inner scrolling; returns its height. */
async function settledHeight(iframe, frame) {
  await expect.poll(async () => (await measure(iframe, frame)).fits, { message: 'no inner scroll bar' }).toBe(true);
  return (await measure(iframe, frame)).height;
}

for (const demo of DEMO_PAGES) {
  test(`${demo.file}: one titled lazy iframe with the host's settings, sized to its content`, async ({ page, context }) => {
    const problems = collectConsoleProblems(page);
    const { iframe, widget, frame } = await openDemo(page, demo.file);

    await expect(iframe).toHaveAttribute('title', demo.title);
    await expect(iframe).toHaveAttribute('loading', 'lazy');
    const src = new URL(await iframe.getAttribute('src'));
    expect(`${src.origin}${src.pathname}`).toBe(WIDGET_URL);
    const { embed, id, ...settings } = Object.fromEntries(src.searchParams);
    expect(embed).toBe('1');
    expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(settings).toEqual(demo.settings);
    await expect(widget.locator('html')).toHaveAttribute('lang', demo.lang);
    const width = await iframe.evaluate((element) => element.getBoundingClientRect().width);
    const column = await iframe.evaluate((element) => element.parentElement.getBoundingClientRect().width);
    expect(width).toBe(column);

    const startHeight = await settledHeight(iframe, frame);

    // The host talks to the widget: the widget must ignore all of it.
    await iframe.evaluate((element, type) => {
      const target = element.contentWindow;
      target.postMessage({ type, id: 'x', height: 9999 }, '*');
      target.postMessage({ type: 'sciatica-check:answers', answers: { bladder_bowel: true } }, '*');
      target.postMessage('restart', '*');
    }, HEIGHT_MESSAGE);

    const requests = [];
    context.on('request', (request) => {
      if (!request.serviceWorker() && !request.url().endsWith('/sw.js')) requests.push(request.url());
    });
    await startFlow(widget);
    // The full build, fetched for every reader when the first question shows (README "Two builds").
    await fullBuildLoaded(frame);
    requests.length = 0;
    const outcome = await completeFlow(widget, MILD_ANSWERS);
    expect(outcome).toMatchObject({ level: 'self_care', pattern: 'trunk', phase: 'acute' });
    expect(requests, 'requests while answering inside the embed').toEqual([]);

    await expect.poll(async () => (await measure(iframe, frame)).height, { message: 'grows on the result' })
      .toBeGreaterThan(startHeight + 100);
    await settledHeight(iframe, frame);

    await widget.locator('[data-action=restart]').click();
    await expect(widget.locator('[data-step=start]')).toBeVisible();
    await expect.poll(async () => (await measure(iframe, frame)).height, { message: 'shrinks back on restart' })
      .toBe(startHeight);
    expect((await measure(iframe, frame)).fits).toBe(true);

    expect(problems).toEqual([]);
  });

  test(`${demo.file}: axe finds nothing on the page or in the widget`, async ({ page }) => {
    const { iframe, frame } = await openDemo(page, demo.file);
    await settledHeight(iframe, frame);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const violations = results.violations.map((violation) => ({
      rule: violation.id,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
    expect(violations).toEqual([]);
  });
}

test('the loader takes heights only from its own iframe, on the widget origin, with its id, 100..10000', async ({ page }) => {
  const { iframe, frame } = await openDemo(page, 'portal-en.html');
  const settled = `${await settledHeight(iframe, frame)}px`;
  const id = new URL(await iframe.getAttribute('src')).searchParams.get('id');

  // Counts messages after the loader's own listener (registered earlier, so it runs first).
  await page.evaluate(() => {
    window.seenMessages = 0;
    window.addEventListener('message', () => {
      window.seenMessages += 1;
    });
  });
  const delivered = (count) => page.waitForFunction((n) => window.seenMessages >= n, count);
  const iframeHeight = () => iframe.evaluate((element) => element.style.height);

  // Right window and origin (the widget's own frame), wrong content.
  const sentFromWidget = await frame.evaluate(
    ({ type, id }) => {
      const hostile = [
        { type: 'sciatica-check:other', id, height: 300 },
        { type, id: 'someone-else', height: 300 },
        { type, height: 300 },
        { type, id, height: Number.NaN },
        { type, id, height: Number.POSITIVE_INFINITY },
        { type, id, height: 50 },
        { type, id, height: 99.5 },
        { type, id, height: 1e9 },
        { type, id, height: 10001 },
        { type, id, height: '300' },
        { type, id, height: null },
        { type, id },
        `${type}:300`,
        null,
        [type, id, 300],
      ];
      for (const message of hostile) window.parent.postMessage(message, '*');
      return hostile.length;
    },
    { type: HEIGHT_MESSAGE, id },
  );
  // Right content, wrong window and origin: the host page itself, and a frame of the host's origin.
  await page.evaluate(({ type, id }) => window.postMessage({ type, id, height: 300 }, '*'), { type: HEIGHT_MESSAGE, id });
  await delivered(sentFromWidget + 1);
  expect(await iframeHeight()).toBe(settled);

  // The positive control: the same channel with a valid message does move the iframe.
  await frame.evaluate(({ type, id }) => window.parent.postMessage({ type, id, height: 777 }, '*'), { type: HEIGHT_MESSAGE, id });
  await expect.poll(iframeHeight).toBe('777px');

  // Same window object, but navigated to a page of the host's origin: the origin check must hold.
  await iframe.evaluate((element) => {
    element.src = 'about:blank';
  });
  await expect.poll(async () => (await (await iframe.elementHandle()).contentFrame()).url()).toBe('about:blank');
  const impostor = await (await iframe.elementHandle()).contentFrame();
  const before = await page.evaluate(() => window.seenMessages);
  await impostor.evaluate(({ type, id }) => window.parent.postMessage({ type, id, height: 640 }, '*'), {
    type: HEIGHT_MESSAGE,
    id,
  });
  await delivered(before + 1);
  expect(await iframeHeight()).toBe('777px');
});

test('bad data- values are ignored with one warning each, and the widget still works', async ({ page }) => {
  const problems = collectConsoleProblems(page);
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().includes('sciatica-check')) warnings.push(message.text());
  });
  const { iframe, widget, frame } = await openDemo(page, 'qa-bad-settings.html');

  const ignored = warnings.map((warning) => /data-([a-z]+)=/.exec(warning)?.[1]).sort();
  expect(ignored).toEqual(['accent', 'booking', 'compact', 'emergency', 'lang', 'theme']);
  const src = new URL(await iframe.getAttribute('src'));
  expect([...src.searchParams.keys()].sort()).toEqual(['embed', 'id']);
  await expect(iframe).toHaveAttribute('title', '坐骨神经痛自查 · Sciatica self-check');

  await settledHeight(iframe, frame);
  const outcome = await completeFlow(widget, { ...MILD_ANSWERS, numbness: true });
  expect(outcome.level).toBe('prompt');
  expect(warnings).toHaveLength(6);
  expect(problems).toEqual([]);
});

test('the plain iframe address with bad settings still opens the widget, with a warning', async ({ page }) => {
  const problems = collectConsoleProblems(page);
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(`${WIDGET_URL}?embed=1&id=plain&lang=fr&accent=red&booking=javascript:alert(1)`);
  await expect(page.locator('[data-step=start]')).toBeVisible();
  for (const setting of ['lang', 'accent', 'booking']) {
    expect(warnings.some((warning) => warning.includes(setting)), `a warning about ${setting}`).toBe(true);
  }
  expect(problems).toEqual([]);
});

test('placeholders added later are embedded, a second copy of the loader adds nothing, far ones load lazily', async ({ page, context }) => {
  const { iframe } = await openDemo(page, 'portal-en.html');
  const requestedUrls = [];
  context.on('request', (request) => requestedUrls.push(request.url()));

  await page.evaluate(async (loaderUrl) => {
    const script = document.createElement('script');
    script.src = loaderUrl;
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    document.body.append(script);
    await loaded;
  }, `${WIDGET_URL}embed.js`);
  await expect(page.locator('[data-sciatica-check] > iframe')).toHaveCount(1);

  // One placeholder far below the fold, then one in view, both added after the page loaded.
  await page.evaluate(() => {
    const spacer = document.createElement('div');
    spacer.style.height = '30000px';
    const far = document.createElement('div');
    far.id = 'far';
    far.setAttribute('data-sciatica-check', '');
    far.setAttribute('data-lang', 'en');
    const near = document.createElement('div');
    near.id = 'near';
    near.setAttribute('data-sciatica-check', '');
    near.setAttribute('data-lang', 'zh-CN');
    document.querySelector('[data-sciatica-check]').after(near);
    document.body.append(spacer, far);
  });
  const near = page.locator('#near > iframe');
  const far = page.locator('#far > iframe');
  await expect(near).toHaveAttribute('title', '坐骨神经痛自查');
  await expect(far).toHaveAttribute('loading', 'lazy');
  const ids = await Promise.all([iframe, near, far].map(async (frame) => new URL(await frame.getAttribute('src')).searchParams.get('id')));
  expect(new Set(ids).size).toBe(3);

  // By the time the near widget has started, an eager far one would have been requested too.
  await expect(near.contentFrame().locator('[data-step=start]')).toBeVisible();
  const farId = ids[2];
  expect(requestedUrls.filter((url) => url.includes(`id=${farId}`)), 'far widget requested before scrolling').toEqual([]);

  await far.scrollIntoViewIfNeeded();
  await expect(far.contentFrame().locator('[data-step=start]')).toBeVisible();
  expect(requestedUrls.some((url) => url.startsWith(WIDGET_ORIGIN) && url.includes(`id=${farId}`))).toBe(true);
});

test('embed.js ships unhashed, as written less its comments, and under 2 KB with brotli', () => {
  const shipped = readFileSync(new URL('../../dist/embed.js', import.meta.url));
  const source = readFileSync(new URL('../../src/web/embed.js', import.meta.url), 'utf8');
  expect(shipped.toString('utf8')).toBe(shipLoader(source));
  const compressed = brotliCompressSync(shipped, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } });
  expect(compressed.length).toBeLessThan(2048);
});
