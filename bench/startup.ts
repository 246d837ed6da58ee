/**
 * Start-up of the task pane beside a bare Fluent pane (bench/baseline), built by the same webpack
 * configuration and timed by the same harness, run by run interleaved: plain, with Chromium's CPU
 * throttled 4× (an office PC), and with the bundled office.js really loaded instead of a stub.
 * Then a performance trace of our first tab: where its time goes.
 *
 *   node --import tsx bench/startup.ts [--runs 9]      (also part of npm run bench)
 *
 * STARTUP_BEFORE=<dir> adds an older build of ours to every comparison, interleaved with the
 * other two, for before/after figures from one run: <dir> holds ours-stub and ours-bundled as this
 * bench leaves them in .test-output/bench-startup (copy them aside before changing the code).
 */
import { spawnSync } from "node:child_process";
import type { Server } from "node:http";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, serveStatic } from "../tests/e2e/harness";
import { measureBundle } from "./bundle";

const ROOT = join(import.meta.dirname, "..");
const OUT = join(ROOT, ".test-output/bench-startup");

type Pane = "ours" | "baseline" | "before";
type OfficeJs = "stub" | "bundled";

interface Build {
  pane: Pane;
  officeJs: OfficeJs;
  dir: string;
}

/** Builds one variant with the production configuration (webpack.config.js). */
function build(pane: Pane, officeJs: OfficeJs): Build {
  if (process.env.STARTUP_SKIP_BUILD === "1") return { pane, officeJs, dir: join(OUT, `${pane}-${officeJs}`) };
  const dir = join(OUT, `${pane}-${officeJs}`);
  const args = ["node_modules/webpack/bin/webpack.js", "--mode", "production", "--env", "preview", "--env", `outDir=${dir}`];
  if (pane === "baseline") args.push("--env", "baseline");
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, OFFICE_JS: officeJs === "bundled" ? "bundled" : "cdn" },
  });
  if (result.status !== 0) throw new Error(`build of ${pane} (${officeJs}) failed`);
  return { pane, officeJs, dir };
}

/** A static server on loopback for one build folder. */
async function serve(dir: string): Promise<{ server: Server; base: string }> {
  const { server, baseUrl } = await serveStatic(dir, "taskpane.html");
  return { server, base: baseUrl };
}

/** office.js stand-in: onReady at once, Word 1.3 and up, Chinese UI (the figure is then our bundle's own cost). */
const OFFICE_STUB = `window.Office={onReady:(cb)=>{const i={host:"Word",platform:"PC"};cb&&cb(i);return Promise.resolve(i)},context:{displayLanguage:"zh-CN",requirements:{isSetSupported:()=>true}}};`;

/**
 * Appended to the real office.js: it has been downloaded, parsed and run; its handshake with Word
 * cannot happen outside Office (its onReady never settles there), so onReady answers as Word 1.3+.
 */
const OFFICE_HOST_SHIM = `
;(function () {
  var info = { host: "Word", platform: "PC" };
  var ctx = Office.context || (Office.context = {});
  try { Object.defineProperty(ctx, "requirements", { value: { isSetSupported: function () { return true; } }, configurable: true }); } catch (e) {}
  try { Object.defineProperty(ctx, "displayLanguage", { value: "zh-CN", configurable: true }); } catch (e) {}
  Office.onReady = function (cb) {
    if (cb) cb(info);
    return Promise.resolve(info);
  };
})();`;

/** What "interactive" means for each pane: its first action button rendered and enabled. */
const READY: Record<Pane, string> = { ours: "插入完整骨架", baseline: "插入", before: "插入完整骨架" };

interface InteractiveProbe {
  __interactiveAt?: number;
}

/**
 * Runs in the page from its first moment: every animation frame until the button named `name` is
 * rendered and enabled, then keeps the time (ms from navigation). textContent, not innerText: the
 * search forces no layout, only the found button's size does. A string, not a function: the
 * TypeScript loader would put its own helpers into a function's source.
 */
const pollForInteractive = (name: string) => `(() => {
  const poll = () => {
    const button = Array.from(document.querySelectorAll("button")).find((b) => b.textContent.trim() === ${JSON.stringify(name)});
    if (button && !button.disabled && button.getBoundingClientRect().height > 0) window.__interactiveAt = performance.mark("interactive").startTime;
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

/** One cold start in a fresh browser context; returns ms from navigation to interactive. */
async function coldStart(
  browser: Browser,
  target: Build,
  base: string,
  throttle: number,
  hooks: { before?: (page: Page) => Promise<void>; after?: (page: Page) => Promise<void> } = {},
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
  try {
    const page = await context.newPage();
    if (target.officeJs === "stub") {
      await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }));
    }
    if (target.officeJs === "bundled") {
      // The real office.js of the intranet build is downloaded, parsed and initialised; outside
      // Office it would report no host, so its onReady is wrapped to answer as Word would.
      const real = await readFile(join(target.dir, "office-js/office.js"), "utf8");
      await page.route("**/office-js/office.js", (route) => route.fulfill({ contentType: "text/javascript", body: real + OFFICE_HOST_SHIM }));
    }
    if (throttle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    }
    // The poll starts with the document, before any of its scripts: page.goto resolves only at the
    // load event, and a poll begun then would time Playwright's round trip after load (for the bare
    // pane, whose load event comes before its first render ends, that was most of its figure).
    await page.addInitScript({ content: pollForInteractive(READY[target.pane]) });
    if (hooks.before) await hooks.before(page);
    await page.goto(`${base}taskpane.html`);
    const handle = await page.waitForFunction(() => (window as unknown as InteractiveProbe).__interactiveAt ?? false, undefined, { polling: 100, timeout: 120_000 }).catch(async (error: unknown) => {
      const seen = await page.evaluate(() => `${location.href}\n${document.body.innerText.slice(0, 300)}`).catch(() => "(page gone)");
      throw new Error(`${target.pane} (${target.officeJs}) never became interactive: ${String(error)}\n${seen}`);
    });
    const ms = (await handle.jsonValue()) as number;
    if (hooks.after) await hooks.after(page);
    return ms;
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Comparison {
  label: string;
  ours: number[];
  baseline: number[];
  before: number[];
}

/** Interleaves the builds run by run, alternating their order (so the machine's load falls on all alike). */
async function compare(browser: Browser, label: string, builds: Build[], throttle: number, runs: number): Promise<Comparison> {
  const servers = await Promise.all(builds.map((b) => serve(b.dir)));
  const out: Comparison = { label, ours: [], baseline: [], before: [] };
  try {
    // One warm-up of each (the browser's own first start), not counted.
    for (const [i, b] of builds.entries()) await coldStart(browser, b, servers[i]!.base, throttle);
    for (let run = 0; run < runs; run++) {
      const order = builds.map((_, i) => i);
      if (run % 2) order.reverse();
      for (const i of order) out[builds[i]!.pane].push(await coldStart(browser, builds[i]!, servers[i]!.base, throttle));
    }
  } finally {
    for (const { server } of servers) server.close();
  }
  return out;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

/** Main-thread milliseconds of one cold start, by where they went (a row label → ms). */
type Breakdown = Map<string, number>;

/** Where one cold start's main-thread time goes, from a Chromium trace, until interactive. */
async function traceOnce(browser: Browser, target: Build): Promise<Breakdown> {
  const { server, base } = await serve(target.dir);
  let trace: Buffer | undefined;
  try {
    await coldStart(browser, target, base, 1, {
      before: (page) => browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink.user_timing"] }),
      after: async () => {
        trace = await browser.stopTracing();
      },
    });
  } finally {
    server.close();
  }
  const events = (JSON.parse(trace!.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain");
  // Until the page's "interactive" mark (pollForInteractive): the trace runs on a little while Node notices.
  const interactive = events.find((e) => e.name === "interactive" && main && e.pid === main.pid)?.ts ?? Infinity;
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur !== undefined && e.ts < interactive);
  // Chunk names without their content hash, so runs (and builds) line up.
  const chunkOf = (url?: string) => (url ? url.split("/").pop()!.split("?")[0]!.replace(/\.[0-9a-f]{8}\.js$/, ".js") : "(inline)");
  const sum = (list: TraceEvent[]) => list.reduce((n, e) => n + (e.dur ?? 0), 0) / 1000;
  const out: Breakdown = new Map();
  const add = (label: string, ms: number) => out.set(label, (out.get(label) ?? 0) + ms);
  for (const e of onMain) {
    const url = e.args?.data?.url;
    if (e.name === "EvaluateScript") add(`script ${chunkOf(url)}: evaluate`, (e.dur ?? 0) / 1000);
    else if (e.name === "FunctionCall" && url) add(`script ${chunkOf(url)}: later calls (React's work among them)`, (e.dur ?? 0) / 1000);
  }
  const named = (name: string) => sum(onMain.filter((e) => e.name === name));
  add("timers, microtasks and animation frames (React's render and effects)", named("TimerFire") + named("RunMicrotasks") + named("FireAnimationFrame"));
  add("style recalculation", named("UpdateLayoutTree"));
  add("layout", named("Layout"));
  add("paint and compositing", named("Paint") + named("PrePaint") + named("Layerize") + named("UpdateLayer"));
  add("HTML parsing", named("ParseHTML"));
  add("web fonts loaded (count)", events.filter((e) => e.name === "ResourceSendRequest" && /\.(woff2?|ttf|otf)(\?|$)/.test(e.args?.data?.url ?? "")).length);
  return out;
}

/**
 * Where the start-up goes, ours beside the bare pane: the median of `runs` traced cold starts each
 * (office.js stubbed), so the gap can be read category by category.
 */
async function traceBreakdown(browser: Browser, ours: Build, bare: Build, runs = 3): Promise<string> {
  const samples: Record<"ours" | "bare", Breakdown[]> = { ours: [], bare: [] };
  for (let run = 0; run < runs; run++) {
    samples.ours.push(await traceOnce(browser, ours));
    samples.bare.push(await traceOnce(browser, bare));
  }
  const medianOf = (list: Breakdown[], label: string) => median(list.map((b) => b.get(label) ?? 0));
  const labels = [...new Set([...samples.ours, ...samples.bare].flatMap((b) => [...b.keys()]))];
  const scripts = labels.filter((l) => l.startsWith("script ")).sort();
  const rest = labels.filter((l) => !l.startsWith("script "));
  const cell = (v: number, label: string) => (label.endsWith("(count)") ? v.toFixed(0) : v.toFixed(1));
  const row = (label: string) => {
    const [o, b] = [medianOf(samples.ours, label), medianOf(samples.bare, label)];
    return `| ${label} | ${cell(o, label)} | ${cell(b, label)} | ${label.endsWith("(count)") ? "" : (o - b).toFixed(1)} |`;
  };
  return [
    "| where | ours ms | bare pane ms | difference |",
    "| --- | ---: | ---: | ---: |",
    ...scripts.filter((l) => Math.max(medianOf(samples.ours, l), medianOf(samples.bare, l)) >= 0.5).map(row),
    ...rest.map(row),
  ].join("\n");
}

export async function startupBench(runs = 9): Promise<string> {
  const builds = {
    oursStub: build("ours", "stub"),
    baselineStub: build("baseline", "stub"),
    oursBundled: build("ours", "bundled"),
    baselineBundled: build("baseline", "bundled"),
  };
  const beforeDir = process.env.STARTUP_BEFORE;
  const before = (officeJs: OfficeJs): Build[] => (beforeDir ? [{ pane: "before", officeJs, dir: join(beforeDir, `ours-${officeJs}`) }] : []);
  const stub = [builds.oursStub, builds.baselineStub, ...before("stub")];
  const bundled = [builds.oursBundled, builds.baselineBundled, ...before("bundled")];
  const browser = await launchBrowser();
  const rows: Comparison[] = [];
  let breakdown = "";
  try {
    rows.push(await compare(browser, "office.js stubbed", stub, 1, runs));
    rows.push(await compare(browser, "office.js stubbed, CPU 4× slower", stub, 4, runs));
    rows.push(await compare(browser, "bundled office.js loaded and run", bundled, 1, runs));
    rows.push(await compare(browser, "bundled office.js loaded and run, CPU 4× slower", bundled, 4, runs));
    breakdown = await traceBreakdown(browser, builds.oursStub, builds.baselineStub);
  } finally {
    await browser.close();
  }
  const runsOf = (values: number[]) => values.map((v) => v.toFixed(0)).join(", ");
  const table = [
    `| condition | ours median ms | baseline median ms | ratio |${beforeDir ? " before median ms | before ratio |" : ""} ours runs | baseline runs |`,
    `| --- | ---: | ---: | ---: |${beforeDir ? " ---: | ---: |" : ""} --- | --- |`,
    ...rows.map((r) => {
      const [o, b] = [median(r.ours), median(r.baseline)];
      const old = beforeDir ? ` ${median(r.before).toFixed(0)} | ${(median(r.before) / b).toFixed(2)} |` : "";
      return `| ${r.label} | ${o.toFixed(0)} | ${b.toFixed(0)} | ${(o / b).toFixed(2)} |${old} ${runsOf(r.ours)} | ${runsOf(r.baseline)} |`;
    }),
  ].join("\n");
  const [ours, bare] = [measureBundle(builds.oursStub.dir), measureBundle(builds.baselineStub.dir)];
  return [
    `#### Start-up: ours beside a bare Fluent pane (${runs} interleaved cold starts each; 350 px; goal ratio ≤ 1.25)`,
    "",
    "Interactive: the first tab's action button rendered and enabled (ours: 插入完整骨架; the baseline: its one Button). Same webpack configuration, same harness, loopback server.",
    "",
    table,
    "",
    `JavaScript run before interactive (gzip): ours ${ours.firstTabGzipKB} KB (entry ${ours.initialGzipKB} KB + the first tab's preloaded chunks ${(ours.firstTabGzipKB - ours.initialGzipKB).toFixed(1)} KB), the bare pane ${bare.firstTabGzipKB} KB.`,
    "",
    "Where the start-up goes, ours beside the bare pane (main thread until interactive, Chromium trace, office.js stubbed; median of 3 cold starts each). Both panes' entry is taskpane.js; a script's later calls hold React's render, which runs from the entry:",
    "",
    breakdown,
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf("--runs");
  const runs = at > 0 ? Number(process.argv[at + 1]) : 9;
  console.log(await startupBench(runs));
}
