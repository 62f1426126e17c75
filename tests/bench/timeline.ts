/**
 * Timeline benchmark: our Gantt against frappe-gantt with the same 5,000 projects, in headless
 * Chromium. Per page and run: time to the first painted rows, then a programmatic scroll through
 * all rows and a pan along the time axis, each recording frame intervals (requestAnimationFrame)
 * and long tasks (PerformanceObserver).
 *
 * Both pages fetch the portfolio as the app does: the JSON the timeline procedures send (the
 * column form of shared/timeline/wire.ts, gzip-compressed), preloaded in parallel with the
 * scripts (the app's HTML for /zeitplan announces its request: server/http/preload.ts), decoded
 * by the app's decodeTimeline. First render is split into navigation → script
 * start (HTML, bundle download and compile), script start → data ready (module evaluation, JSON
 * parse and decode) and data ready → first painted rows (layout, scene, React, paint).
 *
 *   npx tsx tests/bench/timeline.ts [--runs 5] [--rows-per-frame 3]
 *
 * Prints medians, p95 and ratios and writes bench-results/timeline.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { encodeTimeline } from '../../shared/timeline/wire';
import { generateTimelineModel } from './timeline-data';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = resolve(here, '../..');
const harnessRoot = join(here, 'timeline-harness');
const outDir = join(repoRoot, 'tests/.tmp/timeline-harness');
const resultFile = join(repoRoot, 'bench-results/timeline.json');

function numberArgument(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}
const RUNS = numberArgument('--runs', 5);
const VIEWPORT = { width: 1400, height: 900 };
/**
 * Rows scrolled per animation frame, the same for both charts: 3 rows (96 px here) per frame is
 * 180 rows per second, a fast mouse-wheel fling. `--rows-per-frame 10` is a stress test.
 */
const ROWS_PER_FRAME = numberArgument('--rows-per-frame', 3);
const OUR_ROW_HEIGHT = 32;
/** frappe-gantt: bar_height 30 + padding 18. */
const FRAPPE_ROW_HEIGHT = 48;

const TARGETS = { firstRenderMs: 300, longTaskMs: 50, frameIntervalMs: 17 };

interface PageRun {
  firstRenderMs: number;
  /** The same page opened again in the same browser: the scripts come from its cache. */
  firstRenderRepeatMs: number;
  firstRenderFromScriptMs: number;
  renderAfterDataMs: number;
  /** Scrolling through all rows. */
  scroll: ScrollRun;
  /** Panning across the time axis. */
  pan: ScrollRun;
}

async function buildHarness(): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await build({
    root: harnessRoot,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    resolve: {
      alias: {
        'frappe-gantt/dist/frappe-gantt.css': join(repoRoot, 'node_modules/frappe-gantt/dist/frappe-gantt.css'),
      },
    },
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: {
        input: {
          ours: join(harnessRoot, 'index.html'),
          frappe: join(harnessRoot, 'frappe.html'),
          plain: join(harnessRoot, 'plain.html'),
        },
      },
    },
  });
  // Both pages fetch the same portfolio as JSON in the form the timeline procedures send it
  // (shared/timeline/wire.ts), so that first render measures loading, decoding and rendering as
  // in the app, not the synthetic data generator.
  const timeline = encodeTimeline({ model: generateTimelineModel(), versions: { projects: {}, milestones: {} } });
  await writeFile(join(outDir, 'timeline-data.json'), JSON.stringify(timeline));
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * A tiny static server; compresses like a production web server would (gzip, cached) and sends the
 * app server's caching headers (server/app.ts): hashed chunks immutable, everything else no-cache.
 */
function serveStatic(root: string): Promise<Server> {
  const gzipped = new Map<string, Buffer>();
  // Compressed up front, so that no measured request waits for the compression.
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    gzipped.set(file, gzipSync(readFileSync(file)));
  }
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const headers: Record<string, string> = {
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        };
        if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
          let compressed = gzipped.get(file);
          if (!compressed) {
            compressed = gzipSync(body);
            gzipped.set(file, compressed);
          }
          headers['content-encoding'] = 'gzip';
          response.writeHead(200, headers);
          response.end(compressed);
          return;
        }
        response.writeHead(200, headers);
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

/**
 * Runs in the page: scrolls the chart along one axis to its end, one step per animation frame
 * (at most `maxFrames` frames or `maxMs`), recording frame intervals and long tasks. Vertically through the rows
 * from the top; horizontally (the pan) from the left edge, as dragging the scrollbar does.
 * A string, because a transpiled function may reference helpers that do not exist in the page.
 */
const SCROLL_THROUGH = `async ({ selector, axis, step, maxFrames, maxMs }) => {
  const scroller = document.querySelector(selector);
  const position = axis === 'x' ? 'scrollLeft' : 'scrollTop';
  if (scroller[position] !== 0) {
    scroller[position] = 0;
    await new Promise((done) => setTimeout(done, 300));
  }
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const frameIntervals = [];
  await new Promise((done) => requestAnimationFrame(() => done()));
  await new Promise((done) => {
    let last = -1;
    const started = performance.now();
    const frame = (time) => {
      if (last >= 0) frameIntervals.push(time - last);
      last = time;
      const before = scroller[position];
      scroller[position] = before + step;
      // At the end the position stops moving (it may stop a fraction short of the end).
      if (scroller[position] <= before || frameIntervals.length >= maxFrames || time - started >= maxMs) {
        done();
        return;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  // Long-task entries are delivered asynchronously: give the last ones time to arrive.
  await new Promise((done) => setTimeout(done, 300));
  observer.disconnect();
  return { frameIntervals, longTasks, distance: scroller[position] };
}`;

interface ScrollRun {
  frameIntervals: number[];
  longTasks: number[];
}

const READ_MARKS = `(() => {
  const time = (name) => performance.getEntriesByName(name)[0]?.startTime ?? 0;
  const rendered = time('bench:first-render');
  return {
    firstRenderMs: rendered,
    firstRenderFromScriptMs: rendered - time('bench:script-start'),
    renderAfterDataMs: rendered - time('bench:data-ready'),
  };
})()`;

/**
 * Pan speed, the same for both charts: 24 px per frame (1,440 px per second) from the start of
 * the time axis to its end, for at most 900 frames or 15 s (frappe-gantt takes far longer per
 * frame, and the axes differ in length).
 */
const PAN_STEP_PX = 24;
const PAN_LIMITS = { maxFrames: 900, maxMs: 15_000 };

/** `step` 0: first render only (the plain baseline has nothing to scroll through). */
async function measure(browser: Browser, url: string, step: number): Promise<PageRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.waitForFunction('window.benchReady === true', undefined, { timeout: 300_000 });
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    const marks = (await page.evaluate(READ_MARKS)) as Pick<
      PageRun,
      'firstRenderMs' | 'firstRenderFromScriptMs' | 'renderAfterDataMs'
    >;
    const none: ScrollRun = { frameIntervals: [], longTasks: [] };
    const repeatVisit = async () => {
      await page.goto(url);
      await page.waitForFunction('window.benchReady === true', undefined, { timeout: 300_000 });
      return ((await page.evaluate(READ_MARKS)) as { firstRenderMs: number }).firstRenderMs;
    };
    if (step === 0) return { ...marks, firstRenderRepeatMs: await repeatVisit(), scroll: none, pan: none };
    const scrollThrough = async (options: { axis: 'x' | 'y'; step: number; maxFrames: number; maxMs: number }) => {
      const selector = await page.evaluate(options.axis === 'x' ? 'window.benchPanSelector' : 'window.benchScrollerSelector');
      const { distance, ...run } = (await page.evaluate(
        `(${SCROLL_THROUGH})(${JSON.stringify({ selector, ...options })})`,
      )) as ScrollRun & { distance: number };
      // A chart that does not follow its scrollbar (as the pan once did) must not pass as smooth.
      if (run.frameIntervals.length < 20 || distance < options.step * run.frameIntervals.length * 0.9) {
        throw new Error(`${url}: the ${options.axis} scroll got ${distance} px far in ${run.frameIntervals.length} frames`);
      }
      return run;
    };
    // Through all 5,000 rows: 1,667 frames at 3 rows per frame.
    const scroll = await scrollThrough({ axis: 'y', step, maxFrames: 100_000, maxMs: 600_000 });
    const pan = await scrollThrough({ axis: 'x', step: PAN_STEP_PX, ...PAN_LIMITS });
    return { ...marks, firstRenderRepeatMs: await repeatVisit(), scroll, pan };
  } finally {
    await context.close();
  }
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (rank - low);
}

const round = (value: number): number => Math.round(value * 100) / 100;

function summariseScrolling(prefix: string, runs: ScrollRun[]): Record<string, number> {
  const intervals = runs.flatMap((run) => run.frameIntervals);
  const longTasks = runs.flatMap((run) => run.longTasks);
  return {
    [`${prefix}_frame_interval_median_ms`]: round(percentile(intervals, 50)),
    [`${prefix}_frame_interval_p95_ms`]: round(percentile(intervals, 95)),
    [`${prefix}_frames_measured`]: intervals.length,
    [`${prefix}_long_task_max_ms`]: round(longTasks.length > 0 ? Math.max(...longTasks) : 0),
    [`${prefix}_long_tasks_over_50ms`]: longTasks.filter((duration) => duration > 50).length,
  };
}

function summarise(prefix: string, runs: PageRun[]): Record<string, number> {
  const firstRender = runs.map((run) => run.firstRenderMs);
  const repeat = runs.map((run) => run.firstRenderRepeatMs);
  const fromScript = runs.map((run) => run.firstRenderFromScriptMs);
  const afterData = runs.map((run) => run.renderAfterDataMs);
  return {
    [`${prefix}_first_render_median_ms`]: round(percentile(firstRender, 50)),
    [`${prefix}_first_render_p95_ms`]: round(percentile(firstRender, 95)),
    [`${prefix}_first_render_repeat_visit_median_ms`]: round(percentile(repeat, 50)),
    [`${prefix}_first_render_repeat_visit_p95_ms`]: round(percentile(repeat, 95)),
    [`${prefix}_first_render_from_script_median_ms`]: round(percentile(fromScript, 50)),
    [`${prefix}_render_after_data_median_ms`]: round(percentile(afterData, 50)),
    [`${prefix}_render_after_data_p95_ms`]: round(percentile(afterData, 95)),
    ...summariseScrolling(prefix, runs.map((run) => run.scroll)),
    ...summariseScrolling(`${prefix}_pan`, runs.map((run) => run.pan)),
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadStart = loadavg()[0] as number;
  await buildHarness();
  const server = await serveStatic(outDir);
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const ours: PageRun[] = [];
  const frappe: PageRun[] = [];
  const plain: PageRun[] = [];
  try {
    for (let run = 1; run <= RUNS; run += 1) {
      // Alternate the pages so that machine load drifts affect both alike.
      ours.push(await measure(browser, `${base}/index.html`, ROWS_PER_FRAME * OUR_ROW_HEIGHT));
      frappe.push(await measure(browser, `${base}/frappe.html`, ROWS_PER_FRAME * FRAPPE_ROW_HEIGHT));
      plain.push(await measure(browser, `${base}/plain.html`, 0));
      process.stdout.write(
        `run ${run}/${RUNS}: ours ${round(ours[run - 1]?.firstRenderMs ?? 0)} ms, frappe ${round(frappe[run - 1]?.firstRenderMs ?? 0)} ms, ` +
          `plain list ${round(plain[run - 1]?.firstRenderMs ?? 0)} ms to first render\n`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }

  const results: Record<string, number> = {
    runs: RUNS,
    rows: 5000,
    rows_per_frame: ROWS_PER_FRAME,
    ...summarise('ours', ours),
    ...summarise('frappe', frappe),
  };
  const ratio = (name: string) => round((results[`ours_${name}`] as number) / (results[`frappe_${name}`] as number));
  results.first_render_ratio_ours_to_frappe = ratio('first_render_median_ms');
  results.render_after_data_ratio_ours_to_frappe = ratio('render_after_data_median_ms');
  // The floor: the same page with the first rows as plain text instead of the chart.
  const plainSummary = summarise('plain', plain);
  for (const key of [
    'first_render_median_ms',
    'first_render_p95_ms',
    'first_render_repeat_visit_median_ms',
    'render_after_data_median_ms',
  ]) {
    results[`plain_${key}`] = plainSummary[`plain_${key}`] as number;
  }
  results.first_render_ratio_ours_to_plain = round(
    (results.ours_first_render_median_ms as number) / (results.plain_first_render_median_ms as number),
  );
  results.ours_chart_cost_over_plain_median_ms = round(
    (results.ours_first_render_median_ms as number) - (results.plain_first_render_median_ms as number),
  );
  results.frame_interval_median_ratio_ours_to_frappe = ratio('frame_interval_median_ms');
  results.frame_interval_p95_ratio_ours_to_frappe = ratio('frame_interval_p95_ms');
  results.pan_frame_interval_median_ratio_ours_to_frappe = ratio('pan_frame_interval_median_ms');
  results.pan_frame_interval_p95_ratio_ours_to_frappe = ratio('pan_frame_interval_p95_ms');
  const met = {
    firstRenderAfterData: (results.ours_render_after_data_median_ms as number) <= TARGETS.firstRenderMs,
    firstRenderFromNavigation: (results.ours_first_render_median_ms as number) <= TARGETS.firstRenderMs,
    firstRenderRepeatVisit: (results.ours_first_render_repeat_visit_median_ms as number) <= TARGETS.firstRenderMs,
    longTasks: (results.ours_long_tasks_over_50ms as number) === 0,
    frameInterval: (results.ours_frame_interval_median_ms as number) <= TARGETS.frameIntervalMs,
    panLongTasks: (results.ours_pan_long_tasks_over_50ms as number) === 0,
    panFrameInterval: (results.ours_pan_frame_interval_median_ms as number) <= TARGETS.frameIntervalMs,
  };
  results.target_first_render_after_data_met = met.firstRenderAfterData ? 1 : 0;
  results.target_first_render_from_navigation_met = met.firstRenderFromNavigation ? 1 : 0;
  results.target_first_render_repeat_visit_met = met.firstRenderRepeatVisit ? 1 : 0;
  results.target_no_long_task_met = met.longTasks ? 1 : 0;
  results.target_frame_interval_met = met.frameInterval ? 1 : 0;
  results.pan_no_long_task_met = met.panLongTasks ? 1 : 0;
  results.pan_frame_interval_met = met.panFrameInterval ? 1 : 0;
  // Wall-clock figures depend on what else the machine does: record it beside them.
  results.machine_cpus = cpus().length;
  results.machine_load_avg_start = round(loadStart);
  results.machine_load_avg_end = round(loadavg()[0] as number);

  await mkdir(join(repoRoot, 'bench-results'), { recursive: true });
  await writeFile(resultFile, `${JSON.stringify(results, null, 2)}\n`);

  const row = (label: string, key: string, unit = 'ms') =>
    `${label.padEnd(44)} ${String(results[`ours_${key}`]).padStart(10)} ${String(results[`frappe_${key}`]).padStart(10)} ${unit}`;
  console.log(
    `\nTimeline benchmark: ${RUNS} runs, 5,000 projects, scrolling ${ROWS_PER_FRAME} rows per frame ` +
      `(${Math.round((Date.now() - started) / 1000)} s)`,
  );
  console.log(`${''.padEnd(44)} ${'ours'.padStart(10)} ${'frappe'.padStart(10)}`);
  console.log(row('first render from navigation start, median', 'first_render_median_ms'));
  console.log(row('first render from navigation start, p95', 'first_render_p95_ms'));
  console.log(row('the same, repeat visit (scripts cached), median', 'first_render_repeat_visit_median_ms'));
  console.log(row('the same, repeat visit, p95', 'first_render_repeat_visit_p95_ms'));
  console.log(row('first render from script start, median', 'first_render_from_script_median_ms'));
  console.log(row('render after data is parsed+decoded, median', 'render_after_data_median_ms'));
  console.log(row('render after data is parsed+decoded, p95', 'render_after_data_p95_ms'));
  console.log(row('frame interval while scrolling, median', 'frame_interval_median_ms'));
  console.log(row('frame interval while scrolling, p95', 'frame_interval_p95_ms'));
  console.log(row('longest long task while scrolling', 'long_task_max_ms'));
  console.log(row('long tasks > 50 ms while scrolling', 'long_tasks_over_50ms', '(all runs)'));
  console.log(row(`frame interval while panning ${PAN_STEP_PX} px/frame, median`, 'pan_frame_interval_median_ms'));
  console.log(row('frame interval while panning, p95', 'pan_frame_interval_p95_ms'));
  console.log(row('frames measured while panning', 'pan_frames_measured', '(all runs)'));
  console.log(row('longest long task while panning', 'pan_long_task_max_ms'));
  console.log(row('long tasks > 50 ms while panning', 'pan_long_tasks_over_50ms', '(all runs)'));
  console.log(
    `plain baseline (same page, first 30 rows as text, no chart): first render from navigation start ` +
      `${results.plain_first_render_median_ms} ms median (p95 ${results.plain_first_render_p95_ms}), ` +
      `${results.plain_first_render_repeat_visit_median_ms} ms on a repeat visit; ` +
      `ours/plain ${results.first_render_ratio_ours_to_plain}, the chart adds ${results.ours_chart_cost_over_plain_median_ms} ms`,
  );
  console.log(`ratio ours/frappe: first render ${results.first_render_ratio_ours_to_frappe}, ` +
    `render after data ${results.render_after_data_ratio_ours_to_frappe}, ` +
    `frame interval median ${results.frame_interval_median_ratio_ours_to_frappe}, p95 ${results.frame_interval_p95_ratio_ours_to_frappe}; ` +
    `panning median ${results.pan_frame_interval_median_ratio_ours_to_frappe}, p95 ${results.pan_frame_interval_p95_ratio_ours_to_frappe}`);
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log('targets (ours):');
  console.log(
    `  first render ≤ ${TARGETS.firstRenderMs} ms: after the data has arrived ${results.ours_render_after_data_median_ms} ms ` +
      `${verdict(met.firstRenderAfterData)}; from navigation start ${results.ours_first_render_median_ms} ms ` +
      `${verdict(met.firstRenderFromNavigation)}; from navigation start on a repeat visit ` +
      `${results.ours_first_render_repeat_visit_median_ms} ms ${verdict(met.firstRenderRepeatVisit)}`,
  );
  console.log(
    `  no long task > ${TARGETS.longTaskMs} ms while scrolling: ${results.ours_long_tasks_over_50ms} ` +
      `(longest ${results.ours_long_task_max_ms} ms) ${verdict(met.longTasks)}`,
  );
  console.log(
    `  median frame interval ≤ ${TARGETS.frameIntervalMs} ms: ${results.ours_frame_interval_median_ms} ms ${verdict(met.frameInterval)}`,
  );
  console.log(
    `  the same for the pan: ${results.ours_pan_long_tasks_over_50ms} long tasks > ${TARGETS.longTaskMs} ms ` +
      `${verdict(met.panLongTasks)}, median frame interval ${results.ours_pan_frame_interval_median_ms} ms ${verdict(met.panFrameInterval)}`,
  );
  console.log(
    `machine: ${results.machine_cpus} CPUs, load average ${results.machine_load_avg_start} at start, ` +
      `${results.machine_load_avg_end} at end`,
  );
  console.log(`written: ${resultFile}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
