#!/usr/bin/env node
// The size and speed benchmark (issue 7). Serves the release widget and the baseline counter from
// loopback servers and measures both in headless Chromium with the CPU throttled 4x:
//   1. bytes on the wire before the first question is clickable, and the time to get there
//      (median of cold loads, each in a fresh browser context: empty cache, no service worker);
//   2. per-interaction update time during a scripted full flow, and memory at the end of it;
//   3. long tasks on a host article page with the embed, against the same page without it;
//   4. Lighthouse 12, mobile (its default: simulated slow 4G and 4x CPU), both apps served with
//      brotli: performance score and largest contentful paint (lib/lighthouse.mjs; optional:
//      a Lighthouse that fails is reported as not measured).
// Writes every figure to a JSON file, prints a table and the budget verdicts. A failed budget is
// reported, not fatal: the exit status is non-zero only when something could not be measured.
//
//   node tests/bench/bench.mjs --widget DIST --baseline DIST [--out bench-results/bench.json]
//        [--loads 9] [--flows 3] [--host-runs 7] [--host PAGE.html] [--lighthouse-runs 3 (0: skip)]

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../tools/chromium.mjs';
import { completeFullFlow } from './lib/flow.mjs';
import { calibrationLoop, interactionProbe, longTaskProbe, readinessProbe } from './lib/probes.mjs';
import { measureLighthouse } from './lib/lighthouse.mjs';
import { printReport } from './lib/report.mjs';
import { startBenchServer } from './lib/server.mjs';
import { fileSizes } from './lib/sizes.mjs';
import { median, ratio, summarize } from './lib/stats.mjs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CPU_THROTTLE = 4;
/** A mid-range phone's CSS viewport and pixel density. */
const CONTEXT_OPTIONS = { viewport: { width: 412, height: 915 }, deviceScaleFactor: 2, locale: 'zh-CN' };
const TIMEOUT_MS = 60_000;
/** After the embedded widget is ready, how long the host page is still watched for long tasks. */
const HOST_SETTLE_MS = 1_000;
const BASELINE_CLICKS = 24;

export const APPS = {
  widget: { firstQuestion: '[data-action=start]' },
  baseline: { firstQuestion: '[data-action=count]' },
};

export const BUDGETS = {
  firstQuestionBrotliBytes: 100_000,
  firstQuestionTimeRatio: 1.5,
  answerUpdateP95Ms: 8,
  hostLongTasksAdded: 0,
  lighthousePerformanceScore: 100,
};

function parseArguments(argv) {
  const options = { out: 'bench-results/bench.json', loads: 9, flows: 3, hostRuns: 7, host: null, lighthouseRuns: 3 };
  const numeric = { '--loads': 'loads', '--flows': 'flows', '--host-runs': 'hostRuns', '--lighthouse-runs': 'lighthouseRuns' };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--widget') options.widget = resolve(value);
    else if (flag === '--baseline') options.baseline = resolve(value);
    else if (flag === '--out') options.out = resolve(value);
    else if (flag === '--host') options.host = resolve(value);
    else if (numeric[flag]) {
      const count = Number.parseInt(value, 10);
      const least = flag === '--lighthouse-runs' ? 0 : 1;
      if (!Number.isInteger(count) || count < least || count > 100) throw new Error(`${flag} must be ${least} to 100`);
      options[numeric[flag]] = count;
    } else throw new Error(`unknown option ${flag}`);
  }
  for (const app of ['widget', 'baseline']) {
    if (!options[app]) throw new Error(`--${app} DIST is required`);
    if (!existsSync(join(options[app], 'index.html'))) throw new Error(`${options[app]} has no index.html: build it first`);
  }
  if (options.loads < 7) console.warn(`bench: ${options.loads} loads is fewer than the 7 the budget calls for`);
  return options;
}

/** A fresh context (empty cache, no service worker, no storage) with the CPU throttled. */
async function openThrottledPage(browser) {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  return { context, page, cdp };
}

/** Navigates and resolves once the probe reports the frame that shows the first question. */
/** Resolves to Date.now() at the moment the page reported it (node's clock). */
async function loadUntilFirstQuestion(page, url, selector) {
  let timer;
  let reportReady;
  const ready = new Promise((resolvePromise, reject) => {
    reportReady = resolvePromise;
    timer = setTimeout(
      () => reject(new Error(`${url}: ${selector} did not become clickable within ${TIMEOUT_MS / 1000} s`)),
      TIMEOUT_MS,
    );
  });
  try {
    // A binding, not polling: a polling wait would itself run script in the throttled page.
    await page.exposeFunction('__benchReady', () => reportReady(Date.now()));
    await page.addInitScript(readinessProbe, selector);
    await page.goto(url, { waitUntil: 'commit' });
    return await ready;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Records what the page's service worker downloads (the page's own Resource Timing cannot see
 * it): a worker that precaches while the page is still loading puts those bytes on the wire
 * before the first question too.
 */
function watchServiceWorkerFetches(context) {
  const fetches = [];
  context.on('requestfinished', (request) => {
    if (!request.serviceWorker()) return;
    const finishedAt = Date.now();
    fetches.push(
      request.sizes().then(
        (sizes) => ({ url: request.url(), finishedAt, bytes: sizes.responseBodySize }),
        () => ({ url: request.url(), finishedAt, bytes: null }),
      ),
    );
  });
  return () => Promise.all(fetches);
}

/** One cold load: timings, the files fetched before the first question, wasm memory then. */
async function coldLoad(browser, url, selector) {
  const { context, page } = await openThrottledPage(browser);
  const serviceWorkerFetches = watchServiceWorkerFetches(context);
  try {
    const readyAt = await loadUntilFirstQuestion(page, url, selector);
    const { elapsed: throttledLoopMs } = await page.evaluate(calibrationLoop);
    const measured = await page.evaluate(() => {
      const state = window.__bench;
      const navigation = performance.getEntriesByType('navigation')[0];
      const entry = (timing) => ({
        url: timing.name,
        responseEnd: timing.responseEnd,
        transfer: timing.transferSize,
        encoded: timing.encodedBodySize,
        decoded: timing.decodedBodySize,
      });
      const fetched = [navigation, ...performance.getEntriesByType('resource')]
        .filter((timing) => timing.responseEnd <= state.clickableAt)
        .map(entry);
      const wasm = fetched.find((file) => file.url.endsWith('.wasm'));
      return {
        firstQuestionMs: state.frameAt,
        clickableMs: state.clickableAt,
        documentMs: navigation.responseEnd,
        wasmLoadedMs: wasm?.responseEnd ?? null,
        appStartedMs: state.appStartedAt,
        wasmMemoryBytes: state.memory?.buffer.byteLength ?? null,
        fetched,
      };
    });
    const workerFetched = (await serviceWorkerFetches()).filter((fetch) => fetch.finishedAt <= readyAt);
    return { ...measured, throttledLoopMs, workerFetched };
  } finally {
    await context.close();
  }
}

/** The same calibration loop without throttling: observed factor = throttled / this. */
async function unthrottledLoopMs(browser, url) {
  const samples = [];
  for (let i = 0; i < 3; i += 1) {
    const context = await browser.newContext(CONTEXT_OPTIONS);
    const page = await context.newPage();
    await page.goto(url);
    samples.push(await page.evaluate(calibrationLoop).then((result) => result.elapsed));
    await context.close();
  }
  return median(samples);
}

/** Maps a fetched URL to its file in the build, with raw and brotli sizes computed from disk. */
function describeFetched(distDir, fetched) {
  return fetched.map((file) => {
    const { pathname } = new URL(file.url);
    const relativePath = decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html';
    const path = join(distDir, relativePath.endsWith('/') ? `${relativePath}index.html` : relativePath);
    const sizes = existsSync(path) && statSync(path).isFile() ? fileSizes(path) : { raw: null, brotli: null };
    return { file: relative(distDir, path), ...sizes, transfer: file.transfer };
  });
}

function sumOf(files, key) {
  return files.every((file) => Number.isFinite(file[key])) ? files.reduce((sum, file) => sum + file[key], 0) : null;
}

async function measureFirstQuestion(browser, origins, options) {
  const runs = { widget: [], baseline: [] };
  // One unmeasured load each warms the OS file cache and Chromium's own start-up paths.
  for (const app of ['baseline', 'widget']) await coldLoad(browser, `${origins[app]}/`, APPS[app].firstQuestion);
  // Interleaved, so that any drift of the machine's load hits both apps alike.
  for (let i = 0; i < options.loads; i += 1) {
    for (const app of ['baseline', 'widget']) {
      runs[app].push(await coldLoad(browser, `${origins[app]}/`, APPS[app].firstQuestion));
      process.stdout.write('.');
    }
  }
  process.stdout.write('\n');

  const result = {};
  for (const app of ['widget', 'baseline']) {
    const files = describeFetched(options[app], runs[app][0].fetched);
    const fileSets = new Set(runs[app].map((run) => run.fetched.map((file) => file.url).sort().join(' ')));
    const timeline = (key) => median(runs[app].map((run) => run[key]));
    const workerBytes = runs[app].map((run) => run.workerFetched.reduce((sum, fetch) => sum + (fetch.bytes ?? 0), 0));
    const brotliTotal = sumOf(files, 'brotli');
    result[app] = {
      files,
      total: { raw: sumOf(files, 'raw'), brotli: brotliTotal, transfer: sumOf(files, 'transfer') },
      serviceWorkerBeforeFirstQuestion: {
        bytesMedian: median(workerBytes),
        loadsWithWorkerFetches: workerBytes.filter((bytes) => bytes > 0).length,
        filesInFirstLoad: runs[app][0].workerFetched.map((fetch) => ({ file: new URL(fetch.url).pathname, bytes: fetch.bytes })),
      },
      // Everything on the wire before the first question: the page's files and the worker's.
      wireBrotliWithServiceWorker: brotliTotal === null ? null : brotliTotal + median(workerBytes),
      filesSameInEveryLoad: fileSets.size === 1,
      timeMs: { ...summarize(runs[app].map((run) => run.firstQuestionMs)), samples: runs[app].map((run) => run.firstQuestionMs) },
      medianTimelineMs: {
        document: timeline('documentMs'),
        wasmLoaded: timeline('wasmLoadedMs'),
        appStarted: timeline('appStartedMs'),
        clickable: timeline('clickableMs'),
        frameShown: timeline('firstQuestionMs'),
      },
      wasmMemoryAtFirstQuestionBytes: median(runs[app].map((run) => run.wasmMemoryBytes)),
      throttledLoopMs: median(runs[app].map((run) => run.throttledLoopMs)),
    };
  }
  result.ratios = {
    raw: ratio(result.widget.total.raw, result.baseline.total.raw),
    brotli: ratio(result.widget.total.brotli, result.baseline.total.brotli),
    timeMedian: ratio(result.widget.timeMs.median, result.baseline.timeMs.median),
  };
  return result;
}

/** Waits for two frames, so the last interaction's frame has been recorded. */
const settleFrames = (page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

async function memoryAtEnd(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasmMemoryBytes = await page.evaluate(() => window.__bench.memory?.buffer.byteLength ?? null);
  return { jsHeapUsedBytes: heap.usedSize, jsHeapTotalBytes: heap.totalSize, wasmMemoryBytes };
}

async function flowRun(browser, url, app) {
  const { context, page, cdp } = await openThrottledPage(browser);
  try {
    await page.addInitScript(interactionProbe);
    await loadUntilFirstQuestion(page, url, APPS[app].firstQuestion);
    let level = null;
    if (app === 'widget') level = await completeFullFlow(page);
    else for (let i = 0; i < BASELINE_CLICKS; i += 1) await page.locator(APPS.baseline.firstQuestion).click();
    await settleFrames(page);
    const interactions = await page.evaluate(() => window.__benchInteractions);
    return { level, interactions, memory: await memoryAtEnd(page, cdp) };
  } finally {
    await context.close();
  }
}

function summarizeInteractions(records) {
  const byKind = (filter) => {
    const chosen = records.filter(filter);
    return {
      update: summarize(chosen.map((record) => record.update)),
      handlers: summarize(chosen.map((record) => record.handlers)),
      frame: summarize(chosen.map((record) => record.frame)),
      toFrame: summarize(chosen.map((record) => record.toFrame)),
    };
  };
  return {
    answers: byKind((record) => record.kind === 'answer'),
    stepChanges: byKind((record) => record.kind !== 'answer'),
    all: byKind(() => true),
  };
}

async function measureFlows(browser, origins, options) {
  const result = {};
  for (const app of ['widget', 'baseline']) {
    const runs = [];
    for (let i = 0; i < options.flows; i += 1) {
      runs.push(await flowRun(browser, `${origins[app]}/`, app));
      process.stdout.write('.');
    }
    const records = runs.flatMap((run) => run.interactions);
    result[app] = {
      flows: runs.length,
      resultLevel: runs[0].level,
      interactionsPerFlow: runs.map((run) => run.interactions.length),
      interactions: summarizeInteractions(records),
      slowestAnswers: records.filter((record) => record.kind === 'answer').sort((a, b) => b.update - a.update).slice(0, 8),
      slowestStepChanges: records.filter((record) => record.kind !== 'answer').sort((a, b) => b.update - a.update).slice(0, 5),
      memoryAtEnd: {
        jsHeapUsedBytes: median(runs.map((run) => run.memory.jsHeapUsedBytes)),
        wasmMemoryBytes: median(runs.map((run) => run.memory.wasmMemoryBytes)),
      },
    };
  }
  process.stdout.write('\n');
  result.ratios = {
    jsHeap: ratio(result.widget.memoryAtEnd.jsHeapUsedBytes, result.baseline.memoryAtEnd.jsHeapUsedBytes),
    wasmMemory: ratio(result.widget.memoryAtEnd.wasmMemoryBytes, result.baseline.memoryAtEnd.wasmMemoryBytes),
  };
  return result;
}

/** The host article: the harness's demo page when the repository has one, else the bench's own. */
function hostPagePath(options) {
  if (options.host) return options.host;
  const demo = join(REPO_ROOT, 'tests/e2e/hosts/news-zh.html');
  return existsSync(demo) ? demo : join(REPO_ROOT, 'tests/bench/hosts/article.html');
}

const EMBED_SCRIPT = /<script\b[^>]*\bsrc\s*=\s*["']([^"']*embed\.js)["'][^>]*>\s*<\/script>/gi;
const EMBED_SLOT = /<div\b([^>]*\bdata-sciatica-check\b[^>]*)>\s*<\/div>/gi;

/**
 * The host page in two variants: with the embed (its loader pointed at the bench's widget server,
 * and every mention of the loader's original origin, as in a CSP, rewritten alike) and without it
 * (no loader script; each slot an empty div, so the article's layout and scroll target stay).
 */
export function hostVariants(html, widgetOrigin) {
  const sources = [...html.matchAll(EMBED_SCRIPT)].map((match) => match[1]);
  if (sources.length === 0 || !EMBED_SLOT.test(html)) {
    throw new Error('the host page has no embed.js script or no [data-sciatica-check] slot');
  }
  EMBED_SLOT.lastIndex = 0;
  let withEmbed = html;
  for (const source of new Set(sources)) {
    const original = /^https?:\/\//i.test(source) ? new URL(source).origin : null;
    if (original) withEmbed = withEmbed.split(original).join(widgetOrigin);
  }
  withEmbed = withEmbed.replace(EMBED_SCRIPT, (tag, source) =>
    tag.replace(source, `${widgetOrigin}/embed.js`),
  );
  const withoutEmbed = html.replace(EMBED_SCRIPT, '').replace(EMBED_SLOT, '<div data-bench-slot></div>');
  return { withEmbed, withoutEmbed };
}

async function hostRun(browser, url, { embed, windowMs }) {
  const { context, page, cdp } = await openThrottledPage(browser);
  try {
    await page.addInitScript(longTaskProbe);
    await page.goto(url, { waitUntil: 'load' });
    // The iframe is lazy: a reader scrolls to it. Both variants scroll to the same place.
    await page.locator('[data-sciatica-check], [data-bench-slot]').first().scrollIntoViewIfNeeded();
    let readyMs = null;
    let outOfProcess = null;
    if (embed) {
      await page.frameLocator('[data-sciatica-check] iframe').first().locator(APPS.widget.firstQuestion).waitFor();
      readyMs = await page.evaluate(() => performance.now());
      const { targetInfos } = await cdp.send('Target.getTargets');
      outOfProcess = targetInfos.some((target) => target.type === 'iframe');
    }
    const endMs = embed ? readyMs + HOST_SETTLE_MS : windowMs;
    await page.evaluate((end) => new Promise((done) => setTimeout(done, Math.max(0, end - performance.now()))), endMs);
    const hostTasks = await page.evaluate(() => window.__benchLongTasks);
    const widgetFrame = page.frames().find((frame) => frame !== page.mainFrame() && frame.url().startsWith('http'));
    const frameTasks = widgetFrame ? await widgetFrame.evaluate(() => window.__benchLongTasks ?? []) : [];
    return { readyMs, windowMs: endMs, outOfProcess, hostTasks, frameTasks };
  } finally {
    await context.close();
  }
}

const isFromIframe = (task) => task.container === 'iframe' || /descendant/.test(task.name);

async function measureHostLongTasks(browser, widgetOrigin, options) {
  const pagePath = hostPagePath(options);
  const { withEmbed, withoutEmbed } = hostVariants(readFileSync(pagePath, 'utf8'), widgetOrigin);
  const server = await startBenchServer({
    root: dirname(pagePath),
    pages: { '/with-embed.html': () => withEmbed, '/without-embed.html': () => withoutEmbed },
  });
  try {
    const embedded = [];
    for (let i = 0; i < options.hostRuns; i += 1) {
      embedded.push(await hostRun(browser, `${server.origin}/with-embed.html`, { embed: true }));
      process.stdout.write('.');
    }
    // The page without the embed is watched exactly as long as the embedded runs were, median.
    const windowMs = median(embedded.map((run) => run.windowMs));
    const plain = [];
    for (let i = 0; i < options.hostRuns; i += 1) {
      plain.push(await hostRun(browser, `${server.origin}/without-embed.html`, { embed: false, windowMs }));
      process.stdout.write('.');
    }
    process.stdout.write('\n');
    const describe = (runs, key) => ({
      countMedian: median(runs.map((run) => run[key].length)),
      countMax: Math.max(...runs.map((run) => run[key].length)),
      totalMsMedian: median(runs.map((run) => run[key].reduce((sum, task) => sum + task.duration, 0))),
      longestMs: Math.max(0, ...runs.flatMap((run) => run[key].map((task) => task.duration))),
      tasks: runs.map((run) => run[key]),
    });
    const withStats = describe(embedded, 'hostTasks');
    const withoutStats = describe(plain, 'hostTasks');
    return {
      page: relative(REPO_ROOT, pagePath),
      runs: options.hostRuns,
      windowMs,
      widgetReadyMsMedian: median(embedded.map((run) => run.readyMs)),
      iframeOutOfProcess: embedded.some((run) => run.outOfProcess),
      withEmbed: withStats,
      withoutEmbed: withoutStats,
      insideWidgetFrame: describe(embedded, 'frameTasks'),
      // Tasks the host page's observer blames on the widget's iframe (it shares the main thread).
      attributedToEmbedMax: Math.max(...embedded.map((run) => run.hostTasks.filter(isFromIframe).length)),
      added: withStats.countMedian - withoutStats.countMedian,
    };
  } finally {
    await server.close();
  }
}

function allFiles(distDir) {
  return readdirSync(distDir, { recursive: true })
    .map((name) => join(distDir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ file: relative(distDir, path), ...fileSizes(path) }))
    .sort((a, b) => b.raw - a.raw);
}

function lockedVersion(lockPath, crate) {
  const lock = existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : '';
  return new RegExp(`name = "${crate}"\\nversion = "([^"]+)"`).exec(lock)?.[1] ?? null;
}

const roundedLoadAverage = () => loadavg().map((load) => Math.round(load * 100) / 100);
const LOAD_AT_START = roundedLoadAverage();

function machine(browserVersion) {
  const cpuModel = /^model name\s*:\s*(.+)$/m.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1]
    ?? cpus()[0]?.model ?? 'unknown';
  let nproc = cpus().length;
  try {
    nproc = Number.parseInt(execFileSync('nproc', { encoding: 'utf8' }), 10) || nproc;
  } catch {
    // nproc is coreutils; os.cpus() is a fine fallback.
  }
  return {
    nproc,
    cpu: cpuModel.trim(),
    kernel: release(),
    node: process.version,
    chromium: browserVersion,
    // Other work on the machine skews timings; a reader of the figures should know how busy it was.
    loadAverageAtStart: LOAD_AT_START,
    loadAverageAtEnd: roundedLoadAverage(),
  };
}

function budgets(firstQuestion, flows, host, lighthouse) {
  const check = (name, limit, value, unit, passes) => ({ name, limit, value, unit, pass: value === null ? null : passes });
  const timeRatio = firstQuestion.ratios.timeMedian;
  const answerP95 = flows.widget.interactions.answers.update.p95;
  return [
    check('brotli bytes to first question (page + service worker)', BUDGETS.firstQuestionBrotliBytes,
      firstQuestion.widget.wireBrotliWithServiceWorker, 'B',
      firstQuestion.widget.wireBrotliWithServiceWorker <= BUDGETS.firstQuestionBrotliBytes),
    check('time to first question / baseline', BUDGETS.firstQuestionTimeRatio, timeRatio, 'x',
      timeRatio <= BUDGETS.firstQuestionTimeRatio),
    check('per-answer update p95 (4x CPU)', BUDGETS.answerUpdateP95Ms, answerP95, 'ms', answerP95 <= BUDGETS.answerUpdateP95Ms),
    // Both must hold: no more long tasks than the bare page (median), none blamed on the iframe.
    check('long tasks the embed adds to the host', BUDGETS.hostLongTasksAdded,
      Math.max(host.added, host.attributedToEmbedMax), '',
      host.added <= BUDGETS.hostLongTasksAdded && host.attributedToEmbedMax <= BUDGETS.hostLongTasksAdded),
    check('Lighthouse mobile performance score, median', BUDGETS.lighthousePerformanceScore,
      lighthouse?.widget.scoreMedian ?? null, 'score',
      lighthouse?.widget.scoreMedian >= BUDGETS.lighthousePerformanceScore),
    // The limit is the baseline's own LCP in the same run.
    check('Lighthouse mobile LCP, median (limit: the baseline\'s)', lighthouse?.baseline.lcpMsMedian ?? null,
      lighthouse?.baseline.lcpMsMedian == null ? null : lighthouse.widget.lcpMsMedian ?? null, 'ms',
      lighthouse?.widget.lcpMsMedian <= lighthouse?.baseline.lcpMsMedian),
  ];
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const browser = await chromium.launch({ ...CHROMIUM_LAUNCH });
  const servers = {};
  try {
    for (const app of ['widget', 'baseline']) servers[app] = await startBenchServer({ root: options[app] });
    const origins = { widget: servers.widget.origin, baseline: servers.baseline.origin };

    console.log(`bench: first question, ${options.loads} cold loads per app at ${CPU_THROTTLE}x CPU throttling`);
    const firstQuestion = await measureFirstQuestion(browser, origins, options);
    const unthrottled = await unthrottledLoopMs(browser, `${origins.baseline}/`);
    console.log(`bench: full flow x${options.flows} (widget) and ${BASELINE_CLICKS} clicks x${options.flows} (baseline)`);
    const flows = await measureFlows(browser, origins, options);
    console.log(`bench: host page long tasks, ${options.hostRuns} runs with and without the embed`);
    const host = await measureHostLongTasks(browser, origins.widget, options);
    let lighthouse = null;
    if (options.lighthouseRuns > 0) {
      console.log(`bench: Lighthouse (mobile), ${options.lighthouseRuns} runs per app`);
      try {
        lighthouse = await measureLighthouse(origins, options.lighthouseRuns);
      } catch (error) {
        lighthouse = { widget: {}, baseline: {}, errors: [error.message] };
      }
      for (const error of lighthouse.errors) console.log(`bench: Lighthouse failed: ${error}`);
    }

    const results = {
      schema: 1,
      date: new Date().toISOString(),
      machine: machine(browser.version()),
      settings: {
        cpuThrottle: CPU_THROTTLE,
        loads: options.loads,
        flows: options.flows,
        hostRuns: options.hostRuns,
        lighthouseRuns: options.lighthouseRuns,
        viewport: CONTEXT_OPTIONS.viewport,
        deviceScaleFactor: CONTEXT_OPTIONS.deviceScaleFactor,
        brotliQuality: 11,
        kilobyte: 1000,
      },
      throttleCheck: {
        unthrottledLoopMs: unthrottled,
        throttledLoopMs: firstQuestion.widget.throttledLoopMs,
        observedFactor: ratio(firstQuestion.widget.throttledLoopMs, unthrottled),
      },
      builds: {
        widget: { dir: relative(REPO_ROOT, options.widget), files: allFiles(options.widget) },
        baseline: { dir: relative(REPO_ROOT, options.baseline), files: allFiles(options.baseline) },
        versions: Object.fromEntries(
          ['yew', 'wasm-bindgen', 'web-sys'].map((crate) => [crate, {
            widget: lockedVersion(join(REPO_ROOT, 'Cargo.lock'), crate),
            baseline: lockedVersion(join(REPO_ROOT, 'tests/bench/baseline/Cargo.lock'), crate),
          }]),
        ),
      },
      firstQuestion,
      flows,
      host,
      lighthouse,
    };
    results.budgets = budgets(firstQuestion, flows, host, lighthouse);
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
    printReport(results);
    console.log(`\nbench: figures written to ${relative(process.cwd(), options.out) || basename(options.out)}`);
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.close()));
    await browser.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`bench: could not measure: ${error.stack ?? error.message}`);
    process.exit(1);
  });
}
