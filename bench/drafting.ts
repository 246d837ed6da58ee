/**
 * 起草助手 in figures: time to first token through the streaming client (loopback test server,
 * so the figure is the client's and the protocol's own cost, not a model's), and the cost of
 * rendering the streamed answer in the real pane at 320 px in headless Chromium.
 *
 * The pane coalesces deltas to one update per animation frame (src/taskpane/drafting/
 * streamBuffer.ts), so a "render" is a frame's worth of chunks. Three measures, per stream:
 *   - render cost per frame: from the frame publishing its deltas to their text laid out (React's
 *     render and commit, style and layout, forced in a layout effect), budget 16 ms;
 *   - latency per frame: from the oldest delta's arrival to the same point (includes waiting for
 *     the frame, and the machine's load);
 *   - main-thread time per chunk: Chromium's own counters (CDP Performance.getMetrics: script,
 *     style, layout, all tasks, and the main thread's CPU time, ThreadTime) over the stream,
 *     divided by the chunks received: everything the page did per chunk, network reading and SSE
 *     parsing included. The first two are wall-clock and grow with the machine's load (the
 *     thread waits for a core); the CPU time does not.
 * The server streams as fast as it can (a 3-character token every ≈ 2 ms, faster than any model),
 * the worst case for rendering. Three streams are run in one page and pooled.
 */
import { loadavg } from "node:os";
import { join } from "node:path";
import { launchBrowser, serveStatic } from "../tests/e2e/harness";
import { startOpenAiServer } from "../tests/support/openaiServer";
import { streamChat } from "../src/taskpane/drafting/client";
import { buildMessages } from "../src/core/drafting";

const FRAME_MS = 16;
const STREAMS = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;
const ms = (n: number) => n.toFixed(2);

/** A long original (≈ 1,800 characters), so the answer streams in ≈ 700 chunks. */
const ORIGINAL = Array.from({ length: 30 }, (_, i) => `第${i + 1}项工作扎实推进，全年完成投资${(i + 1) * 12}万元，服务群众${(i + 1) * 300}人次。`).join("");

interface Frame {
  cost: number;
  latency: number;
  deltas: number;
}
interface StreamRun {
  frames: Frame[];
  /** Chromium's main-thread seconds over the stream, by kind. */
  metrics: Record<"TaskDuration" | "ScriptDuration" | "LayoutDuration" | "RecalcStyleDuration" | "ThreadTime", number>;
}

export async function benchDrafting(previewDir: string): Promise<void> {
  const llm = await startOpenAiServer();
  try {
    const firstTokens: number[] = [];
    for (let i = 0; i < 10; i++) {
      const result = await streamChat({ endpoint: llm.endpoint("ok"), model: "qwen3-32b", messages: buildMessages({ action: "polish", text: ORIGINAL }) });
      firstTokens.push(result.firstTokenMs ?? NaN);
    }
    console.log(`\nTime to first token (client + SSE parsing, loopback server): median ${median(firstTokens).toFixed(1)} ms over ${firstTokens.length} requests.`);

    const load = loadavg()[0]!.toFixed(1);
    const runs = await renderRuns(previewDir, llm.endpoint("ok"));
    const frames = runs.flatMap((r) => r.frames);
    const costs = frames.map((f) => f.cost);
    const latencies = frames.map((f) => f.latency);
    const chunks = frames.reduce((n, f) => n + f.deltas, 0);
    const over = costs.filter((c) => c > FRAME_MS).length;
    console.log(
      `Rendering the streamed answer in the pane at 320 px (${STREAMS} streams, ${chunks} chunks in ${frames.length} frames, load ${load}): ` +
        `cost per frame median ${ms(median(costs))} ms, p95 ${ms(percentile(costs, 0.95))} ms, max ${ms(Math.max(...costs))} ms, ${over} over ${FRAME_MS} ms; ` +
        `chunk arrival to laid out median ${ms(median(latencies))} ms, p95 ${ms(percentile(latencies, 0.95))} ms.`,
    );
    const perChunk = (key: keyof StreamRun["metrics"]) => ms((runs.reduce((t, r) => t + r.metrics[key], 0) * 1000) / chunks);
    console.log(
      `Chromium main thread per streamed chunk (all work from 开始起草 to the review shown, reading, parsing and the final checks included): ${perChunk("TaskDuration")} ms ` +
        `(script ${perChunk("ScriptDuration")}, style ${perChunk("RecalcStyleDuration")}, layout ${perChunk("LayoutDuration")}); ` +
        `its CPU time, which the machine's load does not inflate: ${perChunk("ThreadTime")} ms.`,
    );
  } finally {
    await llm.close();
  }
}

async function renderRuns(previewDir: string, endpoint: string): Promise<StreamRun[]> {
  const { server, baseUrl } = await serveStatic(previewDir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript((settings: string) => {
      localStorage.setItem("report-composer:drafting:v1", settings);
      (globalThis as { __draftingBench?: unknown }).__draftingBench = { frames: [] };
    }, JSON.stringify({ enabled: true, endpoint, model: "qwen3-32b", apiKey: "", confirmedEndpoint: endpoint }));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const metrics = async () => {
      const { metrics: list } = await cdp.send("Performance.getMetrics");
      const get = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
      return { TaskDuration: get("TaskDuration"), ScriptDuration: get("ScriptDuration"), LayoutDuration: get("LayoutDuration"), RecalcStyleDuration: get("RecalcStyleDuration"), ThreadTime: get("ThreadTime") };
    };
    await page.goto(`${baseUrl}preview.html?width=320&sample=blank`);
    await page.getByRole("tablist").waitFor();
    await page.evaluate((text) => (window as unknown as { __preview: { load(t: string): void } }).__preview.load(text), `一、工作情况\n${ORIGINAL}`);
    await page.evaluate(() => (window as unknown as { __preview: { double: { model: { setSelection(p: number, o: number): void } } } }).__preview.double.model.setSelection(1, 0));
    await page.getByRole("button", { name: "起草", exact: true }).click();
    const runs: StreamRun[] = [];
    for (let i = 0; i < STREAMS; i++) {
      await page.evaluate(() => ((globalThis as unknown as { __draftingBench: { frames: unknown[] } }).__draftingBench.frames = []));
      const before = await metrics();
      await page.getByRole("button", { name: "开始起草", exact: true }).click();
      await page.locator('[data-testid="drafting-edit"]').waitFor({ timeout: 60_000 });
      const after = await metrics();
      const frames = await page.evaluate(() => (globalThis as unknown as { __draftingBench: { frames: Frame[] } }).__draftingBench.frames);
      runs.push({
        frames,
        metrics: {
          TaskDuration: after.TaskDuration - before.TaskDuration,
          ScriptDuration: after.ScriptDuration - before.ScriptDuration,
          LayoutDuration: after.LayoutDuration - before.LayoutDuration,
          RecalcStyleDuration: after.RecalcStyleDuration - before.RecalcStyleDuration,
          ThreadTime: after.ThreadTime - before.ThreadTime,
        },
      });
      await page.getByRole("button", { name: "放弃", exact: true }).click();
      await page.locator('[data-testid="drafting-edit"]').waitFor({ state: "detached" });
    }
    return runs;
  } finally {
    await browser.close();
    server.close();
  }
}

// Run alone: node --import tsx bench/drafting.ts (after building the preview into .test-output/preview).
if (import.meta.url === `file://${process.argv[1]}`) await benchDrafting(join(import.meta.dirname, "../.test-output/preview"));
