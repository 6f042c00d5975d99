// Where the main thread's long tasks go on one link: `npx tsx bench/profile.ts <outDir> <port> '<link>'
// [runs]`. Serves a build (`vite build --outDir DIR --minify false` keeps function names), opens the
// link in headless Chromium with the bench's probe and a CPU profile of the page (CDP Profiler,
// 0.1 ms samples), and prints, per run, the long tasks and frame gaps between the first chart and
// Done, and the functions with the most self time inside those long tasks. A tool for tracing a
// regression of the bench's main-thread rows, not a benchmark row.

import { writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { startPreview } from '../scripts/previewServer';
import { CHROMIUM_ARGS, chromiumPath } from '../test/browser/chromiumPath';
import { PROBE_SCRIPT, type Probe } from './probe';
import { cpuOf, isTask, MARK_SCRIPT, mainThread, TRACE_CATEGORIES, type TraceEvent } from './trace';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  parent?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

async function main(): Promise<void> {
  const [outDir, port, link, runsText] = process.argv.slice(2);
  if (!outDir || !port || !link)
    throw new Error("usage: npx tsx bench/profile.ts <outDir> <port> '<link>' [runs]");
  const runs = Number(runsText ?? 1);
  /** The CPU profile (function names) costs main-thread time of its own: only when asked. */
  const sampling = process.env.PROFILE === '1';
  const server = await startPreview(outDir, Number(port));
  // Stopped with the tool (a server left on the port would answer for the next run's build).
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      server.kill();
      process.exit(1);
    });
  const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript({ content: `${PROBE_SCRIPT} ${MARK_SCRIPT}` });
      const cdp = await context.newCDPSession(page);
      if (sampling) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      await browser.startTracing(page, {
        categories: [
          ...TRACE_CATEGORIES,
          ...(process.env.INVALIDATIONS === '1'
            ? [
                'disabled-by-default-devtools.timeline.invalidationTracking',
                'disabled-by-default-devtools.timeline',
              ]
            : []),
        ],
      });
      await page.goto(`http://localhost:${port}/${link}`);
      await page.waitForFunction(
        () =>
          window.__probe !== undefined && (window.__probe.doneAt !== null || window.__probe.error !== null),
        null,
        { timeout: 120_000, polling: 50 },
      );
      await page.waitForTimeout(100);
      const probe = (await page.evaluate(() => window.__probe)) as Probe;
      const profile = sampling ? ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile : null;
      const traceText = (await browser.stopTracing()).toString('utf8');
      if (process.env.TRACE_FILE) await writeFile(`${process.env.TRACE_FILE}.${run + 1}.json`, traceText);
      const trace = JSON.parse(traceText) as { traceEvents: TraceEvent[] };
      await context.close();
      const first = probe.firstChartAt ?? 0;
      const done = probe.doneAt ?? Number.POSITIVE_INFINITY;
      const long = probe.tasks.filter((t) => t.start >= first && t.start <= done);
      const gaps = probe.gaps.filter((g) => g.at - g.gap >= first && g.at - g.gap <= done);
      process.stdout.write(
        `run ${run + 1}: first chart ${first.toFixed(0)} ms, done ${done.toFixed(0)} ms; long tasks ${long
          .map((t) => `${t.duration.toFixed(0)}@${t.start.toFixed(0)}`)
          .join(
            ' ',
          )}; gaps > 20 ms ${gaps.map((g) => `${g.gap.toFixed(0)}@${(g.at - g.gap).toFixed(0)}`).join(' ')}\n`,
      );
      if (profile) process.stdout.write(selfTimes(profile));
      process.stdout.write(longTaskKinds(trace.traceEvents));
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

/**
 * Self and total time by function inside the profile's long stretches of work: runs of samples
 * other than "(idle)" longer than 40 ms (the profile's clock is not the page's, so the probe's
 * long tasks are found again from the samples themselves).
 */
function selfTimes(profile: Profile): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) byId.get(c)!.parent = n.id;
  const name = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}`;
  // Stretches: [first sample, last sample] of consecutive non-idle samples.
  const idle = (i: number) => byId.get(profile.samples[i])?.callFrame.functionName === '(idle)';
  const times: number[] = [];
  let t = 0;
  for (const d of profile.timeDeltas) times.push((t += d) / 1000);
  const stretches: [number, number][] = [];
  for (let i = 0; i < profile.samples.length; ) {
    if (idle(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < profile.samples.length && !idle(j + 1)) j++;
    if (times[j] - times[i] > 40) stretches.push([i, j]);
    i = j + 1;
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [a, b] of stretches)
    for (let i = a; i <= b; i++) {
      const dt = (profile.timeDeltas[i + 1] ?? 0.1) / 1000;
      let n = byId.get(profile.samples[i]);
      if (!n) continue;
      self.set(name(n), (self.get(name(n)) ?? 0) + dt);
      const seen = new Set<string>();
      while (n) {
        const k = name(n);
        if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + dt);
        seen.add(k);
        n = n.parent === undefined ? undefined : byId.get(n.parent);
      }
    }
  const top = (m: Map<string, number>, k: number) =>
    [...m.entries()]
      .sort((x, y) => y[1] - x[1])
      .slice(0, k)
      .map(([f, ms]) => `    ${ms.toFixed(1).padStart(7)} ms  ${f}`)
      .join('\n');
  const lengths = stretches.map(([a, b]) => (times[b] - times[a]).toFixed(0)).join(' ');
  return `  stretches of work > 40 ms (whole page, ms): ${lengths}\n  self time in them:\n${top(self, 25)}\n  total time in them:\n${top(total, 45)}\n`;
}

/**
 * The renderer main thread's tasks over 50 ms of wall time, with their CPU time (the trace's thread
 * time: on a loaded machine a task's wall time is mostly waiting for a core) and the CPU time of
 * each kind of event inside (FunctionCall, Layout, UpdateLayoutTree = style, Paint, …): native
 * rendering shows up in the CPU profile only as "(program)".
 */
function longTaskKinds(events: TraceEvent[]): string {
  const m = mainThread(events);
  if (!m) return '  no renderer main thread in the trace\n';
  const { events: onMain, during, from, to } = m;
  const tasks = onMain.filter(isTask);
  const maxOf = (f: (e: TraceEvent) => number) => Math.max(0, ...during.map(f)) / 1000;
  const cpuSum = during.reduce((a, t) => a + cpuOf(t), 0) / 1000;
  const lines: string[] = [];
  const sums = new Map<string, number>();
  const longest = [...tasks].sort((a, b) => cpuOf(b) - cpuOf(a)).slice(0, 8);
  for (const task of tasks.filter((t) => t.dur! > 50_000 || longest.includes(t))) {
    const end = task.ts + task.dur!;
    const inner = onMain.filter((e) => e !== task && !isTask(e) && e.ts >= task.ts && e.ts + e.dur! <= end);
    // Self CPU of each event: its thread time less its direct children's.
    const kinds = new Map<string, number>();
    const stack: TraceEvent[] = [];
    const selfOf = new Map<TraceEvent, number>();
    for (const e of inner) {
      while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur! <= e.ts) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) selfOf.set(parent, (selfOf.get(parent) ?? cpuOf(parent)) - cpuOf(e));
      selfOf.set(e, selfOf.get(e) ?? cpuOf(e));
      stack.push(e);
    }
    for (const [e, us] of selfOf) {
      kinds.set(e.name, (kinds.get(e.name) ?? 0) + us);
      sums.set(e.name, (sums.get(e.name) ?? 0) + us);
    }
    const parts = [...kinds.entries()]
      .filter(([, us]) => us > 2000)
      .sort((a, b) => b[1] - a[1])
      .map(([k, us]) => `${k} ${(us / 1000).toFixed(0)}`)
      .join(', ');
    lines.push(
      `    task at ${((task.ts - tasks[0].ts) / 1000).toFixed(0)}: ${(task.dur! / 1000).toFixed(0)} ms wall, ${(cpuOf(task) / 1000).toFixed(0)} ms CPU: ${parts}`,
    );
  }
  const total = [...sums.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([k, us]) => `${k} ${(us / 1000).toFixed(0)}`)
    .join(', ');
  const summaryLine = `  first chart → Done: ${((to - from) / 1000).toFixed(0)} ms, ${during.length} tasks, longest ${maxOf((t) => t.dur!).toFixed(0)} ms wall / ${maxOf((t) => t.tdur ?? t.dur!).toFixed(0)} ms CPU, main-thread CPU ${cpuSum.toFixed(0)} ms\n`;
  return `${summaryLine}  main-thread tasks over 50 ms wall or among the 8 longest in CPU (self CPU ms by event):\n${lines.join('\n')}\n  over them: ${total}\n`;
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
