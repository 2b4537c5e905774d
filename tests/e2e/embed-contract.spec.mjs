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
import { addPlaceholderBesideFirst } from './helpers/placeholders.mjs';

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
  // Start was pressed with the widget's top in view: nothing to scroll.

  // The reader has scrolled far down the (tall, journey-height) iframe, past its top.
  await page.evaluate(() => {
    const frame = document.querySelector('sciatica-check > iframe');
    window.scrollTo(0, frame.getBoundingClientRect().top + window.scrollY + 1500);
  });
  expect(await iframe.evaluate((frame) => frame.getBoundingClientRect().top)).toBeLessThan(-1000);
  // Clicked from inside, so that Playwright does not scroll anything itself.
  await widget.locator('[data-action=next]').first().evaluate((button) => button.click());
  await expect(widget.locator(`[data-step="${first}"]`)).toHaveCount(0);

  // The widget scrolls itself into view, which scrolls the host page: no message asks for it,
  // the height stays the only kind the widget posts (embed.md).
  await expect.poll(() => iframe.evaluate((frame) => Math.round(frame.getBoundingClientRect().top))).toBeGreaterThanOrEqual(-1);
  expect(await iframe.evaluate((frame) => frame.getBoundingClientRect().top)).toBeLessThanOrEqual(1);
  const kinds = new Set((await recorded()).messages.map((data) => data?.type));
  expect([...kinds]).toEqual(['sciatica-check:height']);
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

// ---------- embed.md, requirement by requirement (the audit of 2026-11-26; /tmp/embed-audit.md) ----------

const TITLES = { 'zh-CN': '坐骨神经痛自查', 'zh-Hant': '坐骨神經痛自我檢查', en: 'Sciatica self-check' };

/** Every contract field's values (assessment.md, contract v2): yes/no fields take `true`/`false`. */
const CONTRACT_VALUES = {
  age_band: ['under_20', '20_to_50', 'over_50'],
  situations: ['office', 'parent', 'postpartum', 'older_adult', 'pregnant'],
  calf_cramps: ['none', 'occasional', 'frequent'],
  pain_areas: ['low_back', 'buttock', 'back_of_thigh', 'back_of_calf', 'outer_calf', 'foot'],
  sides: ['left', 'right', 'both'],
  pain_trend: ['better', 'same', 'worse'],
  numbness_sides: ['left', 'right', 'both'],
  weakness_sides: ['left', 'right', 'both'],
};
/** The number fields and their contract maximum (each from 0). */
const CONTRACT_NUMBERS = { onset_days: 3650, treated_months: 120, pain_score: 10 };
/** The controls that are not contract fields but are part of the hooks. */
const HOOK_CHECKBOXES = ['remember', 'none_of_these', 'no_pain'];

/** Adds `[data-sciatica-check]` placeholders far below the fold (so they stay unloaded). */
async function addFarPlaceholders(page, settingsById) {
  await page.evaluate((entries) => {
    const spacer = document.createElement('div');
    spacer.style.height = '30000px';
    document.body.append(spacer);
    for (const [id, settings] of entries) {
      const box = document.createElement('div');
      box.id = id;
      box.setAttribute('data-sciatica-check', '');
      for (const [name, value] of Object.entries(settings)) box.setAttribute(`data-${name}`, value);
      document.body.append(box);
    }
  }, Object.entries(settingsById));
}

test('the loader names each iframe in its language (all three, any case) and starts it full width, borderless, unscrolled, 560 px tall', async ({ page }) => {
  await page.goto(`${HOSTS_URL}portal-en.html`);
  await expect(page.locator('[data-sciatica-check] > iframe')).toHaveCount(1);
  await addFarPlaceholders(page, { cn: { lang: 'zh-cn' }, hant: { lang: 'ZH-HANT' }, en: { lang: 'En' } });
  for (const [id, lang] of [['cn', 'zh-CN'], ['hant', 'zh-Hant'], ['en', 'en']]) {
    const iframe = page.locator(`#${id} > iframe`);
    await expect(iframe).toHaveAttribute('title', TITLES[lang]);
    await expect(iframe).toHaveAttribute('loading', 'lazy');
    await expect(iframe).toHaveAttribute('scrolling', 'no');
    const src = new URL(await iframe.getAttribute('src'));
    expect(`${src.origin}${src.pathname}`).toBe(WIDGET_URL);
    expect(src.searchParams.get('lang')).toBe(lang);
    const box = await iframe.evaluate((frame) => {
      const style = getComputedStyle(frame);
      return {
        width: frame.getBoundingClientRect().width,
        column: frame.parentElement.getBoundingClientRect().width,
        height: frame.getBoundingClientRect().height,
        borders: [style.borderTopWidth, style.borderRightWidth, style.borderBottomWidth, style.borderLeftWidth],
        // Chromium computes an iframe's `overflow: hidden` as `clip`: read what the loader set.
        overflow: frame.style.overflow,
      };
    });
    expect(box.width).toBe(box.column);
    expect(box.borders).toEqual(['0px', '0px', '0px', '0px']);
    expect(box.overflow).toBe('hidden');
    // Unloaded (lazy, far below): still at the starting height, close to the first screen's.
    expect(box.height).toBe(560);
  }
});

test('the widget address is the folder the loader itself came from, wherever that is', async ({ page }) => {
  // The same host page with the loader self-hosted deeper, behind a query string.
  const folder = `${WIDGET_ORIGIN}/self-hosted/deep/folder/`;
  const loader = readFileSync(new URL('../../dist/embed.js', import.meta.url));
  await page.route(`${folder}embed.js?v=7`, (route) => route.fulfill({ body: loader, contentType: 'text/javascript' }));
  await page.route(`${HOSTS_URL}portal-en.html`, async (route) => {
    const html = await (await route.fetch()).text();
    const moved = html.replace(`${WIDGET_URL}embed.js`, `${folder}embed.js?v=7`);
    expect(moved).not.toBe(html);
    await route.fulfill({ body: moved, contentType: 'text/html' });
  });
  await page.goto(`${HOSTS_URL}portal-en.html`);
  const src = new URL(await page.locator('[data-sciatica-check] > iframe').getAttribute('src'));
  expect(`${src.origin}${src.pathname}`).toBe(folder);
  expect(src.searchParams.get('embed')).toBe('1');
});

test('bad query parameters: exactly one warning each through a whole flow (both builds), and the widget works', async ({ page }) => {
  const problems = collectConsoleProblems(page);
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  const bad = {
    lang: 'fr', theme: 'neon', accent: 'red', emergency: '1', region: 'UK',
    booking: 'http://example.org/book', compact: 'yes', size: 'huge',
  };
  await page.goto(`${WIDGET_URL}?embed=1&id=qa&${new URLSearchParams(bad)}`);
  const outcome = await completeFlow(page, { ...MILD_ANSWERS, numbness: true });
  expect(outcome.level).toBe('prompt');
  // The result is drawn by the full build, which read the same address again.
  await expect(page.locator('[data-screen=result]')).toBeVisible();
  await expect(page.locator('a[href^="http://example.org"]')).toHaveCount(0);
  for (const name of Object.keys(bad)) {
    expect(warnings.filter((warning) => warning.includes(`ignored ${name}=`)), `warnings about ${name}`).toHaveLength(1);
  }
  // And nothing else to warn about.
  expect(warnings).toHaveLength(Object.keys(bad).length);
  expect(problems).toEqual([]);
});

test('a data- value the loader passes but the widget refuses (region="UK") warns once, through a whole flow', async ({ page }) => {
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(`${HOSTS_URL}portal-en.html`);
  await expect(page.locator('[data-sciatica-check] > iframe')).toHaveCount(1);
  await addPlaceholderBesideFirst(page, 'uk', { lang: 'en', region: 'UK' }, 'before');
  const iframe = page.locator('#uk > iframe');
  await iframe.scrollIntoViewIfNeeded();
  const widget = iframe.contentFrame();
  const outcome = await completeFlow(widget, { ...MILD_ANSWERS, numbness: true });
  expect(outcome.level).toBe('prompt');
  await expect(widget.locator('[data-screen=result]')).toBeVisible();
  expect(warnings.filter((warning) => warning.includes('region')), 'warnings about region').toHaveLength(1);
  // The page's own widget says that it adjusts the portal's accent for the dark scheme; nothing else.
  expect(warnings.filter((warning) => !warning.includes('accent #0b5d4b')), 'no other warning').toHaveLength(1);
});

test('an accent adjusted for contrast is said once, not once per build, through a whole flow', async ({ page }) => {
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  // The portal's green: readable on light, lightened for the dark scheme.
  await page.goto(`${WIDGET_URL}?embed=1&lang=en&accent=${encodeURIComponent('#0b5d4b')}`);
  await completeFlow(page, { ...MILD_ANSWERS, numbness: true });
  await expect(page.locator('[data-screen=result]')).toBeVisible();
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('dark scheme');
});

test('every message from an embed is ours, carries the id from its address and a whole height in 100..10000', async ({ page }) => {
  const recorded = await recordHostSide(page);
  const { iframe, widget } = await openElementHost(page);
  const id = new URL(await iframe.getAttribute('src')).searchParams.get('id');
  await completeFlow(widget, { ...MILD_ANSWERS, numbness: true });
  await widget.locator('[data-action=restart]').click();
  await expect(widget.locator('[data-screen=start]')).toBeVisible();
  const { messages } = await recorded();
  const heights = messages.filter((data) => data?.type === 'sciatica-check:height');
  expect(heights.length).toBeGreaterThanOrEqual(2);
  for (const data of messages) {
    // Exactly one kind of message (embed.md): the height.
    expect(data?.type).toBe('sciatica-check:height');
    expect(data.id).toBe(id);
    expect(Number.isInteger(data.height)).toBe(true);
    expect(data.height).toBeGreaterThanOrEqual(100);
    expect(data.height).toBeLessThanOrEqual(10000);
  }
});

test('every answer control is a native control named and valued as in the contract; numbers type in exactly', async ({ page }) => {
  await page.goto('./?lang=en');
  // Answers that open every follow-up question (which leg is numb, which is weak).
  const answers = { ...CONTRACT_DEFAULTS, ...MILD_ANSWERS, numbness: true, weakness: true, pain_areas: ['buttock', 'back_of_thigh'] };
  await startFlow(page);
  const seen = new Set();
  for (let count = 0; count < 20 && !(await page.locator('[data-level]').count()); count += 1) {
    const stepId = await page.locator('[data-step]').first().getAttribute('data-step');
    const step = page.locator(`[data-step="${stepId}"]`);
    await answerStep(step, answers);
    const controls = await step.locator('[name], [aria-pressed]').evaluateAll((elements) => elements
      .filter((element) => !element.matches('.pick, [data-action]'))
      .map((element) => ({
        tag: element.localName, type: element.getAttribute('type'), name: element.getAttribute('name'),
        value: element.getAttribute('value'), region: element.getAttribute('data-region'),
      })));
    for (const control of controls) {
      // The body map's shapes are aria-pressed toggles for the same choice as the pain_areas boxes.
      if (control.region) {
        expect(CONTRACT_VALUES.pain_areas).toContain(control.region);
        continue;
      }
      const { name, type, value } = control;
      seen.add(name);
      expect(control.tag, name).toBe('input');
      if (name in CONTRACT_NUMBERS) {
        expect(type, name).toBe('number');
      } else if (HOOK_CHECKBOXES.includes(name)) {
        expect([type, value], name).toEqual(['checkbox', 'true']);
      } else if (name in CONTRACT_VALUES) {
        expect(['radio', 'checkbox'], name).toContain(type);
        expect(CONTRACT_VALUES[name], name).toContain(value);
      } else {
        // A yes/no field: a checkbox "true", or radios "true" and "false".
        expect(name in CONTRACT_DEFAULTS, `${name} is a contract field`).toBe(true);
        expect(type === 'checkbox' ? ['true'] : ['true', 'false'], name).toContain(value);
        expect(['radio', 'checkbox'], name).toContain(type);
      }
    }
    for (const [name, max] of Object.entries(CONTRACT_NUMBERS)) {
      const input = step.locator(`input[name="${name}"]`);
      if (!(await input.count())) continue;
      await expect(input).toHaveCount(1);
      for (const exact of [String(max), '1', String(answers[name])]) {
        await input.fill(exact);
        await expect(input).toHaveValue(exact);
        await expect(step.locator('.field-error')).toHaveCount(0);
      }
    }
    await page.locator('[data-action=next]').click();
    await step.waitFor({ state: 'detached' });
  }
  expect(await page.locator('[data-level]').getAttribute('data-level')).toBe('urgent');
  for (const field of [...Object.keys(CONTRACT_DEFAULTS), 'none_of_these', 'no_pain']) expect(seen.has(field), `${field} was asked`).toBe(true);
  await expect(page.locator('input[type=checkbox][name=remember]')).toHaveCount(1);
});

test('"nothing hurts right now" empties pain_areas, and ticking an area (box or body map) unticks it', async ({ page }) => {
  await page.goto('./?lang=en');
  await startFlow(page);
  for (let count = 0; count < 20 && !(await page.locator('input[name=no_pain]').count()); count += 1) {
    const stepId = await page.locator('[data-step]').first().getAttribute('data-step');
    await answerStep(page.locator(`[data-step="${stepId}"]`), { ...CONTRACT_DEFAULTS, ...MILD_ANSWERS });
    await page.locator('[data-action=next]').click();
    await page.locator(`[data-step="${stepId}"]`).waitFor({ state: 'detached' });
  }
  const noPain = page.locator('input[name=no_pain]');
  const area = (value) => page.locator(`input[name=pain_areas][value="${value}"]`);
  const pressedShapes = page.locator('[data-region][aria-pressed=true]');
  await area('buttock').check();
  await area('foot').check();
  await expect(pressedShapes).toHaveCount(2);
  await noPain.check();
  await expect(page.locator('input[name=pain_areas]:checked')).toHaveCount(0);
  await expect(pressedShapes).toHaveCount(0);
  await page.locator('[data-region=low_back]').click();
  await expect(noPain).not.toBeChecked();
  await expect(area('low_back')).toBeChecked();
  await noPain.check();
  await expect(area('low_back')).not.toBeChecked();
  await area('foot').check();
  await expect(noPain).not.toBeChecked();
  // "Nothing hurts" is an answer: Next moves on with pain_areas empty.
  await area('foot').uncheck();
  await noPain.check();
  const stepId = await page.locator('[data-step]').first().getAttribute('data-step');
  await page.locator('[data-action=next]').click();
  await page.locator(`[data-step="${stepId}"]`).waitFor({ state: 'detached' });
  const outcome = await completeFlow(page, { ...MILD_ANSWERS, pain_areas: [] });
  expect(['self_care', 'routine', 'prompt']).toContain(outcome.level);
});

test('every screen and flow button carries its hook: data-screen, data-action, data-step, data-level/pattern/phase, data-qr', async ({ page }) => {
  await page.addInitScript(() => {
    window.printed = 0;
    window.print = () => { window.printed += 1; };
  });
  await page.goto('./?lang=en');
  await expect(page.locator('[data-screen=start][data-step=start] [data-action=start]')).toBeVisible();

  // The emergency screen: data-level="emergency", review and restart.
  await completeFlow(page, { ...MILD_ANSWERS, bladder_bowel: true });
  const emergency = page.locator('[data-screen=emergency]');
  await expect(emergency).toHaveAttribute('data-level', 'emergency');
  await emergency.locator('[data-action=review]').click();
  await expect(page.locator('[data-screen=step][data-step] [data-action=next]')).toBeVisible();
  await expect(page.locator('[data-screen=step] [data-action=back]')).toBeVisible();
  await page.goto('./?lang=en');

  // The result: level, pattern and phase, and every button the contract names.
  await completeFlow(page, { ...MILD_ANSWERS, numbness: true });
  const result = page.locator('[data-screen=result]');
  await expect(result).toHaveAttribute('data-level', 'prompt');
  await expect(result).toHaveAttribute('data-pattern', /^(root|trunk|unclear)$/);
  await expect(result).toHaveAttribute('data-phase', /^(acute|recovery|chronic)$/);
  for (const action of ['back', 'restart', 'print', 'diary', 'exercises', 'save-fhir', 'show-qr']) {
    await expect(result.locator(`[data-action="${action}"]`), action).toHaveCount(1);
  }
  await result.locator('[data-action=print]').click();
  expect(await page.evaluate(() => window.printed)).toBe(1);
  await result.locator('[data-action=show-qr]').click();
  const qr = page.locator('[data-qr]');
  await expect(qr).toHaveCount(1);
  expect(['svg', 'canvas', 'img']).toContain(await qr.evaluate((element) => element.localName));
  await expect(qr).toHaveAccessibleName(/\S/);

  await result.locator('[data-action=exercises]').click();
  await page.locator('[data-screen=exercises] [data-action=open-exercise]').first().click();
  await expect(page.locator('[data-screen=exercise]')).toBeVisible();
  await page.locator('[data-screen=exercise] [data-action=back]').click();
  await page.locator('[data-screen=exercises] [data-action=back]').click();

  await page.locator('[data-screen=result] [data-action=diary]').click();
  await page.locator('[data-screen=diary] [data-action=start-diary]').click();
  await page.locator('[data-screen=diary] [data-action=check-in]').click();
  await expect(page.locator('[data-screen=check-in]')).toBeVisible();
});

test('the booking link: on prompt and routine results, in a new tab; never on urgent, emergency or self-care', async ({ page }) => {
  const booking = 'https://clinic.example.org/book?from=embed';
  const open = () => page.goto(`./?lang=en&embed=1&booking=${encodeURIComponent(booking)}`);
  const link = page.locator(`a[href="${booking}"]`);
  for (const [answers, level, shown] of [
    [{ ...MILD_ANSWERS, age_band: 'over_50' }, 'routine', true],
    [{ ...MILD_ANSWERS, numbness: true }, 'prompt', true],
    [{ ...MILD_ANSWERS, fever: true }, 'urgent', false],
    [{ ...MILD_ANSWERS, saddle_numbness: true }, 'emergency', false],
    [MILD_ANSWERS, 'self_care', false],
  ]) {
    await open();
    expect((await completeFlow(page, answers)).level).toBe(level);
    if (shown) {
      await expect(link, level).toHaveCount(1);
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', /noopener/);
    } else {
      await expect(link, level).toHaveCount(0);
    }
  }
});
