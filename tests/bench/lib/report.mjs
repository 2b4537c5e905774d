// The short table the benchmark prints (and the README quotes), from the JSON results.

const kB = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} kB` : 'n/a');
const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a');
const MiB = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1048576).toFixed(2)} MiB` : 'n/a');

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  const line = (row) => `| ${row.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

const score = (value) => (Number.isFinite(value) ? String(value) : 'n/a');

/** Lighthouse (mobile) rows; "not run" when the bench skipped it, "n/a" where it failed. */
function lighthouseRows(lighthouse) {
  if (!lighthouse) return [['Lighthouse mobile', 'not run', 'not run', '']];
  const { widget, baseline } = lighthouse;
  return [
    [`Lighthouse ${lighthouse.version ?? ''} mobile performance score, median of ${widget.runs ?? 0} / ${baseline.runs ?? 0}`,
      score(widget.scoreMedian), score(baseline.scoreMedian), ''],
    ['Lighthouse largest contentful paint, median', ms(widget.lcpMsMedian), ms(baseline.lcpMsMedian),
      times(widget.lcpMsMedian / baseline.lcpMsMedian)],
    ['Lighthouse first contentful paint / total blocking time, median',
      `${ms(widget.fcpMsMedian)} / ${ms(widget.tbtMsMedian)}`, `${ms(baseline.fcpMsMedian)} / ${ms(baseline.tbtMsMedian)}`, ''],
  ];
}

/** Markdown table of the headline figures, widget against baseline. */
export function summaryTable(results) {
  const { firstQuestion: first, flows, host } = results;
  const interactions = (app, kind) => flows[app].interactions[kind].update;
  return table([
    ['figure', 'widget', 'baseline', 'widget / baseline'],
    ['files before first question', first.widget.files.length, first.baseline.files.length, ''],
    ['bytes to first question, raw', kB(first.widget.total.raw), kB(first.baseline.total.raw), times(first.ratios.raw)],
    ['bytes to first question, brotli', kB(first.widget.total.brotli), kB(first.baseline.total.brotli), times(first.ratios.brotli)],
    ['+ service worker precache before first question, median',
      kB(first.widget.serviceWorkerBeforeFirstQuestion.bytesMedian), kB(first.baseline.serviceWorkerBeforeFirstQuestion.bytesMedian), ''],
    [`time to first question, median of ${results.settings.loads} (4x CPU)`, ms(first.widget.timeMs.median), ms(first.baseline.timeMs.median), times(first.ratios.timeMedian)],
    ['update per answer (baseline: per click), median / p95, 4x CPU',
      `${ms(interactions('widget', 'answers').median)} / ${ms(interactions('widget', 'answers').p95)}`,
      `${ms(interactions('baseline', 'answers').median)} / ${ms(interactions('baseline', 'answers').p95)}`, ''],
    ['update per step change, median / p95, 4x CPU',
      `${ms(interactions('widget', 'stepChanges').median)} / ${ms(interactions('widget', 'stepChanges').p95)}`, '', ''],
    ['WASM memory at end', MiB(flows.widget.memoryAtEnd.wasmMemoryBytes), MiB(flows.baseline.memoryAtEnd.wasmMemoryBytes), times(flows.ratios.wasmMemory)],
    ['JS heap at end (after GC)', MiB(flows.widget.memoryAtEnd.jsHeapUsedBytes), MiB(flows.baseline.memoryAtEnd.jsHeapUsedBytes), times(flows.ratios.jsHeap)],
    ['host page long tasks, median: with / without embed', `${host.withEmbed.countMedian} / ${host.withoutEmbed.countMedian}`, '', ''],
    ['host long tasks blamed on the widget iframe, max', host.attributedToEmbedMax, '', ''],
    ...lighthouseRows(results.lighthouse),
  ]);
}

export function budgetTable(results) {
  // Three decimals for ratios: a verdict must never contradict the figure printed beside it.
  const show = (budget) =>
    budget.unit === 'B' ? kB(budget.value) : budget.unit === 'ms' ? ms(budget.value)
      : budget.unit === 'x' ? (Number.isFinite(budget.value) ? `${budget.value.toFixed(3)}x` : 'n/a')
        : budget.value === null ? 'n/a' : String(budget.value);
  const limit = (budget) =>
    budget.unit === 'score' ? `>= ${budget.limit}` : budget.unit === 'ms' && budget.limit === null ? 'the baseline\'s'
      : budget.unit === 'B' ? `<= ${kB(budget.limit)}` : budget.unit === 'ms' ? `<= ${ms(budget.limit)}` : budget.unit === 'x' ? `<= ${times(budget.limit)}` : `<= ${budget.limit}`;
  return table([
    ['budget', 'limit', 'measured', 'verdict'],
    ...results.budgets.map((budget) => [budget.name, limit(budget), show(budget), budget.pass === null ? 'not measured' : budget.pass ? 'pass' : 'FAIL']),
  ]);
}

export function printReport(results) {
  const { machine, firstQuestion: first, throttleCheck } = results;
  console.log(`\n${results.date} · ${machine.cpu} · ${machine.nproc} CPUs · Chromium ${machine.chromium} · ` +
    `1-min load average ${machine.loadAverageAtStart[0]} at start, ${machine.loadAverageAtEnd[0]} at end`);
  // The bench itself keeps about one core busy; much more than that means other work skewed it.
  if (Math.max(machine.loadAverageAtStart[0], machine.loadAverageAtEnd[0]) > machine.nproc) {
    console.log('WARNING: the machine was busy with other work during this run: timings are noisy, re-run when idle.');
  }
  console.log(`CPU throttling observed: ${times(throttleCheck.observedFactor)} (asked for ${results.settings.cpuThrottle}x)\n`);
  console.log(summaryTable(results));
  console.log('\nFiles before the first question (widget):');
  console.log(table([
    ['file', 'raw', 'brotli', 'transfer (browser)'],
    ...first.widget.files.map((file) => [file.file, kB(file.raw), kB(file.brotli), kB(file.transfer)]),
  ]));
  const timeline = first.widget.medianTimelineMs;
  console.log(`\nWidget timeline (median): document ${ms(timeline.document)}, wasm fetched ${ms(timeline.wasmLoaded)}, ` +
    `app started ${ms(timeline.appStarted)}, start button clickable ${ms(timeline.clickable)}, shown ${ms(timeline.frameShown)}`);
  if (results.lighthouse?.widget?.lcpElement) {
    console.log(`Lighthouse LCP element: widget ${results.lighthouse.widget.lcpElement}, baseline ${results.lighthouse.baseline.lcpElement}`);
  }
  console.log(`\n${budgetTable(results)}`);
}

/** The README's "Benchmark" results block: the run's date and machine, then both tables. */
export function markdownReport(results) {
  const { machine } = results;
  return [
    `Run on ${results.date.slice(0, 10)}: ${machine.cpu}, ${machine.nproc} CPUs (\`nproc\`), ` +
      `Chromium ${machine.chromium}, Node ${machine.node}; CPU throttled ${results.settings.cpuThrottle}x ` +
      `(observed ${results.throttleCheck.observedFactor?.toFixed(1) ?? 'n/a'}x); ` +
      `1-minute load average ${machine.loadAverageAtStart[0]} at start, ${machine.loadAverageAtEnd[0]} at end.`,
    '',
    summaryTable(results),
    '',
    budgetTable(results),
  ].join('\n');
}

// `node tests/bench/lib/report.mjs bench-results/bench.json` prints the block for the README.
if (process.argv[1] && (await import('node:url')).pathToFileURL(process.argv[1]).href === import.meta.url) {
  const { readFileSync } = await import('node:fs');
  const path = process.argv[2] ?? 'bench-results/bench.json';
  try {
    console.log(markdownReport(JSON.parse(readFileSync(path, 'utf8'))));
  } catch (error) {
    console.error(`report: cannot read ${path}: ${error.message} (run the benchmark first)`);
    process.exit(1);
  }
}
