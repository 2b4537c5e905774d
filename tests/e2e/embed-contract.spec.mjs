// The wider embedding contract (README "Embed it", CHANGELOG.md), tested the way hosts use it:
// the <sciatica-check> element on a dark cross-origin host with a strict CSP, a plain iframe pasted
// into a CMS (AMP and Embedly resize messages), "bring my top into view", larger text, the
// installable app, and the SRI-pinned versioned loader.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../tools/chromium.mjs';
import { collectConsoleProblems } from './helpers/console.mjs';
import { CONTRACT_DEFAULTS, MILD_ANSWERS, answerStep, completeFlow, startFlow } from './helpers/flow.mjs';
import { HOSTS_URL, WIDGET_ORIGIN, WIDGET_URL } from './helpers/origins.mjs';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LOADER_VERSION = '1.0.0';
const HEIGHT_STEP = 400;

/** Records, from before the page's own scripts run, every message and every element event. */
async function recordHostSide(page) {
  await page.addInitScript(() => {
    window.recorded = { messages: [], events: [] };
    window.addEventListener('message', (event) => window.recorded.messages.push(event.data));
    for (const name of ['ready', 'size']) {
      // Capture: the events do not bubble, but an ancestor's capture listener still sees them.
      document.addEventListener(name, (event) => {
        if (event.target.localName === 'sciatica-check') window.recorded.events.push({ name, detail: event.detail });
      }, true);
    }
  });
  return () => page.evaluate(() => window.recorded);
}

/** Every field of a message or event, so a test can say nothing else rides along. */
const fieldsOf = (value) => (typeof value === 'string' ? Object.keys(JSON.parse(value)) : Object.keys(value)).sort();

async function openElementHost(page) {
  await page.goto(`${HOSTS_URL}element-dark.html`);
  const iframe = page.locator('sciatica-check > iframe');
  await expect(iframe).toHaveCount(1);
  await iframe.scrollIntoViewIfNeeded();
  const widget = iframe.contentFrame();
  await expect(widget.locator('[data-step=start]')).toBeVisible();
  return { iframe, widget };
}

test('<sciatica-check> on a dark cross-origin host: settings, theme from the host, events with a coarse height only', async ({ page }) => {
  const problems = collectConsoleProblems(page);
  const recorded = await recordHostSide(page);
  const { iframe, widget } = await openElementHost(page);

  const src = new URL(await iframe.getAttribute('src'));
  expect(src.origin).toBe(WIDGET_ORIGIN);
  expect(Object.fromEntries([...src.searchParams].filter(([name]) => name !== 'id'))).toEqual({
    embed: '1', lang: 'en', theme: 'dark', region: 'HK', size: 'large',
  });
  await expect(iframe).toHaveAttribute('title', 'Sciatica self-check');
  await expect(widget.locator('.widget')).toHaveAttribute('data-theme', 'dark');
  await expect(widget.locator('html')).toHaveAttribute('data-text-size', 'large');
  await expect(widget.locator('[data-action=text-size]')).toHaveAttribute('aria-pressed', 'true');
  // Hong Kong's emergency number, from region=HK.
  await expect(widget.locator('body')).toContainText('999');

  await expect.poll(async () => (await recorded()).events.map((event) => event.name)).toContain('ready');
  const outcome = await completeFlow(widget, { ...MILD_ANSWERS, numbness: true });
  expect(outcome.level).toBe('prompt');

  const { events, messages } = await recorded();
  expect(events.length).toBeGreaterThanOrEqual(2);
  for (const event of events) {
    expect(fieldsOf(event.detail)).toEqual(['height']);
    expect(event.detail.height % HEIGHT_STEP).toBe(0);
  }
  const ours = messages.filter((data) => data && typeof data.type === 'string' && data.type.startsWith('sciatica-check:'));
  for (const data of ours) {
    expect(fieldsOf(data)).toEqual(['height', 'id', 'type', 'v']);
    expect(data.v).toBe(1);
    expect(data.height % HEIGHT_STEP).toBe(0);
  }
  // With an id, only our own messages go out: no AMP or Embedly copies.
  expect(messages.length).toBe(ours.length);
  expect(problems).toEqual([]);
});

test('a plain iframe with no id tells AMP and Embedly hosts its coarse height', async ({ page }) => {
  const recorded = await recordHostSide(page);
  await page.goto(`${HOSTS_URL}plain-cms.html`);
  const widget = page.locator('iframe').contentFrame();
  await expect(widget.locator('[data-step=start]')).toBeVisible();
  await expect.poll(async () => (await recorded()).messages.length).toBeGreaterThanOrEqual(3);
  await startFlow(widget);
  await expect.poll(async () => (await recorded()).messages.length).toBeGreaterThanOrEqual(6);

  const { messages } = await recorded();
  const amp = messages.filter((data) => data && data.sentinel === 'amp');
  const embedly = messages.filter((data) => typeof data === 'string').map((data) => JSON.parse(data));
  const ours = messages.filter((data) => data && data.type === 'sciatica-check:height');
  expect(amp.length).toBeGreaterThanOrEqual(2);
  expect(amp.map((data) => data.height)).toEqual(ours.map((data) => data.height));
  expect(embedly.map((data) => data.height)).toEqual(ours.map((data) => data.height));
  for (const data of amp) expect(fieldsOf(data)).toEqual(['height', 'sentinel', 'type']);
  for (const data of amp) expect(data.type).toBe('embed-size');
  for (const data of embedly) expect(fieldsOf(data)).toEqual(['context', 'height']);
  for (const data of embedly) expect(data.context).toBe('iframe.resize');
  for (const data of [...amp, ...embedly]) expect(data.height % HEIGHT_STEP).toBe(0);
});

test('moving to another screen brings the widget top back into view', async ({ page }) => {
  const recorded = await recordHostSide(page);
  const { iframe, widget } = await openElementHost(page);
  const first = await startFlow(widget);
  const full = { ...CONTRACT_DEFAULTS, ...MILD_ANSWERS };
  await answerStep(widget.locator(`[data-step="${first}"]`), full);
  // Start was pressed with the widget's top in view: nothing to ask.
  expect((await recorded()).messages.filter((data) => data?.type === 'sciatica-check:scroll-top')).toEqual([]);

  // The reader has scrolled far down the (tall, journey-height) iframe, past its top.
  await page.evaluate(() => {
    const frame = document.querySelector('sciatica-check > iframe');
    window.scrollTo(0, frame.getBoundingClientRect().top + window.scrollY + 1500);
  });
  expect(await iframe.evaluate((frame) => frame.getBoundingClientRect().top)).toBeLessThan(-1000);
  // Clicked from inside, so that Playwright does not scroll anything itself.
  await widget.locator('[data-action=next]').first().evaluate((button) => button.click());
  await expect(widget.locator(`[data-step="${first}"]`)).toHaveCount(0);

  await expect.poll(async () => (await recorded()).messages.some((data) => data?.type === 'sciatica-check:scroll-top')).toBe(true);
  await expect.poll(() => iframe.evaluate((frame) => Math.round(frame.getBoundingClientRect().top))).toBeGreaterThanOrEqual(-1);
  const request = (await recorded()).messages.find((data) => data?.type === 'sciatica-check:scroll-top');
  expect(fieldsOf(request)).toEqual(['height', 'id', 'type', 'v']);
  expect(request.height % HEIGHT_STEP).toBe(0);
});

test.describe('larger text', () => {
  test('the toggle enlarges the text, writes nothing while memory is off, and axe finds nothing', async ({ page }) => {
    await page.goto('./?lang=en');
    const toggle = page.locator('[data-action=text-size]');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await size();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await size()).toBeGreaterThan(normal);
    // Memory is off: nothing is written.
    expect(await page.evaluate(() => localStorage.getItem('sciatica-check:text-size'))).toBeNull();
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations).toEqual([]);
  });

  test('with memory on the choice is kept, comes back after a reload, and goes with "forget"', async ({ page }) => {
    await page.goto('./?lang=en');
    await completeFlow(page, MILD_ANSWERS);
    await page.locator('input[name=remember]').check();
    await page.locator('[data-action=text-size]').click();
    const kept = () => page.evaluate(() => localStorage.getItem('sciatica-check:text-size'));
    await expect.poll(kept).toBe('large');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
    await expect(page.locator('[data-action=text-size]')).toHaveAttribute('aria-pressed', 'true');
    await page.locator('[data-action=forget]').click();
    await expect.poll(kept).toBeNull();
  });

  for (const screen of ['start', 'step']) {
    test(`size=large: the ${screen} screen passes axe and fits 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto('./?lang=en&size=large');
      if (screen === 'step') await startFlow(page);
      await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('size=large at 200% zoom (640 px at double scale) and with prefers-contrast: more', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 640, height: 800 }, deviceScaleFactor: 2, contrast: 'more' });
    const page = await context.newPage();
    await page.goto('./?lang=en&size=large');
    await page.evaluate(() => { document.documentElement.style.fontSize = '250%'; });
    await startFlow(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // More contrast: secondary text is drawn in the main text colour.
    const colours = await page.evaluate(() => {
      const widget = document.querySelector('.widget');
      const style = getComputedStyle(widget);
      return [style.getPropertyValue('--muted').trim(), style.getPropertyValue('--text').trim()];
    });
    expect(colours[0]).toBe(colours[1]);
    await context.close();
  });
});

// Installability needs a profile on disk: Playwright's usual contexts are incognito, which
// Chromium reports as "in-incognito".
test('the app is installable (no installability errors) and its start URL opens offline', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'sciatica-install-'));
  const context = await chromium.launchPersistentContext(profile, { ...CHROMIUM_LAUNCH });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${WIDGET_URL}?lang=en`);
    await expect(page.locator('[data-step=start]')).toBeVisible();
    await page.evaluate(() => navigator.serviceWorker.ready);
    const manifestUrl = await page.locator('link[rel=manifest]').evaluate((link) => link.href);
    const manifest = await (await page.request.get(manifestUrl)).json();
    expect(manifest.start_url).toBe('./');
    expect(manifest.scope).toBe('./');
    const cdp = await context.newCDPSession(page);
    await expect.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
    // The worker holds the whole build, the manifest and icons too.
    await expect.poll(() => page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((name) => name.startsWith('sciatica-check:')));
      return (await cache.keys()).map((request) => new URL(request.url).pathname);
    })).toEqual(expect.arrayContaining(['/manifest.webmanifest', '/icon.svg', '/icon-maskable.svg']));

    await context.setOffline(true);
    await page.goto(new URL(manifest.start_url, manifestUrl).href);
    await expect(page.locator('[data-step=start]')).toBeVisible();
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('oEmbed: the page links a rich oembed.json whose html is the iframe snippet', async ({ page }) => {
  await page.goto('./');
  const href = await page.locator('link[rel=alternate][type="application/json+oembed"]').evaluate((link) => link.href);
  const oembed = await (await page.request.get(href)).json();
  expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
  expect(oembed.html).toMatch(/^<iframe src="[^"]*\?embed=1" title="[^"]+"/);
});

test(`the versioned loader embed-${LOADER_VERSION}.js is the shipped loader, immutable, with the README's SRI hash`, async ({ request }) => {
  const pinned = readFileSync(new URL(`../../dist/embed-${LOADER_VERSION}.js`, import.meta.url));
  expect(pinned.equals(readFileSync(new URL('../../dist/embed.js', import.meta.url)))).toBe(true);
  const integrity = `sha384-${createHash('sha384').update(pinned).digest('base64')}`;
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const snippet = readme.match(new RegExp(`<script src="[^"]*/embed-${LOADER_VERSION.replace(/\./g, '\\.')}\\.js"\\s+integrity="([^"]+)"`));
  expect(snippet, 'the README shows the pinned snippet').not.toBeNull();
  expect(snippet[1]).toBe(integrity);
  const response = await request.get(`${WIDGET_URL}embed-${LOADER_VERSION}.js`);
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});
