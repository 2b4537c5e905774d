// Lighthouse 12 (npm devDependency) in its default mobile setting, against an app the bench
// serves with brotli: the performance score and the largest contentful paint (issue 12 item 5).
// Run as a child process with the system Chromium (never a downloaded browser), so a crash or a
// hang of Lighthouse is reported as "not measured" and never takes the bench down with it.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_LAUNCH } from '../../tools/chromium.mjs';
import { median } from './stats.mjs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const LIGHTHOUSE_CLI = join(REPO_ROOT, 'node_modules/lighthouse/cli/index.js');
const RUN_TIMEOUT_MS = 120_000;

/** One Lighthouse run: { score (0-100), lcpMs, fcpMs, tbtMs, cls, lcpElement } or throws. */
export async function lighthouseOnce(url) {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const report = join(outDir, 'report.json');
  const chromeFlags = ['--headless=new', ...CHROMIUM_LAUNCH.args].join(' ');
  try {
    await new Promise((done, fail) => {
      execFile(
        process.execPath,
        [LIGHTHOUSE_CLI, url, '--only-categories=performance', '--output=json', `--output-path=${report}`,
          `--chrome-flags=${chromeFlags}`, '--quiet', '--max-wait-for-load=60000'],
        { env: { ...process.env, CHROME_PATH: CHROMIUM_LAUNCH.executablePath }, timeout: RUN_TIMEOUT_MS },
        (error, _stdout, stderr) => (error ? fail(new Error(`${error.message.split('\n')[0]} ${stderr.slice(-400)}`)) : done()),
      );
    });
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const audit = (id) => lhr.audits[id]?.numericValue ?? null;
    const score = lhr.categories.performance.score;
    // The unthrottled load Lighthouse observed, from which it simulates the mobile one: a request
    // that ended before the observed LCP counts towards the simulated LCP.
    const observed = lhr.audits.metrics?.details?.items?.[0] ?? {};
    const wasm = lhr.audits['network-requests']?.details?.items?.find((item) => /\.wasm$/.test(item.url));
    return {
      score: score === null ? null : Math.round(score * 100),
      lcpMs: audit('largest-contentful-paint'),
      fcpMs: audit('first-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
      observed: {
        fcpMs: observed.observedFirstContentfulPaint ?? null,
        lcpMs: observed.observedLargestContentfulPaint ?? null,
        wasmEndMs: wasm?.networkEndTime ?? null,
      },
      lighthouseVersion: lhr.lighthouseVersion,
      formFactor: lhr.configSettings?.formFactor ?? null,
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * `runs` Lighthouse runs of each app (interleaved), medians of score and LCP. Failures are
 * collected, not thrown: { widget, baseline, errors } with null figures where nothing ran.
 */
export async function measureLighthouse(origins, runs) {
  const samples = { widget: [], baseline: [] };
  const errors = [];
  for (let i = 0; i < runs; i += 1) {
    for (const app of ['baseline', 'widget']) {
      try {
        samples[app].push(await lighthouseOnce(`${origins[app]}/`));
        process.stdout.write('.');
      } catch (error) {
        errors.push(`${app}: ${error.message}`);
        process.stdout.write('x');
      }
    }
  }
  process.stdout.write('\n');
  const summary = (list) => ({
    runs: list.length,
    scoreMedian: list.length ? median(list.map((run) => run.score)) : null,
    lcpMsMedian: list.length ? median(list.map((run) => run.lcpMs)) : null,
    fcpMsMedian: list.length ? median(list.map((run) => run.fcpMs)) : null,
    tbtMsMedian: list.length ? median(list.map((run) => run.tbtMs)) : null,
    clsMax: list.length ? Math.max(...list.map((run) => run.cls ?? 0)) : null,
    lcpElement: list[0]?.lcpElement ?? null,
    samples: list,
  });
  return {
    version: samples.widget[0]?.lighthouseVersion ?? samples.baseline[0]?.lighthouseVersion ?? null,
    formFactor: samples.widget[0]?.formFactor ?? null,
    widget: summary(samples.widget),
    baseline: summary(samples.baseline),
    errors,
  };
}
