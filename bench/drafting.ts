/**
 * 起草助手 in figures: time to first token through the streaming client (loopback test server,
 * so the figure is the client's and the protocol's own cost, not a model's), and the cost of
 * rendering each streamed chunk in the real pane at 320 px in headless Chromium (from the chunk's
 * arrival to its text laid out; budget 16 ms, one frame).
 */
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { launchBrowser } from "../tests/e2e/harness";
import { startOpenAiServer } from "../tests/support/openaiServer";
import { streamChat } from "../src/taskpane/drafting/client";
import { buildMessages } from "../src/core/drafting";

const FRAME_MS = 16;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;

/** A long original (≈ 1,800 characters), so the answer streams in ≈ 700 chunks. */
const ORIGINAL = Array.from({ length: 30 }, (_, i) => `第${i + 1}项工作扎实推进，全年完成投资${(i + 1) * 12}万元，服务群众${(i + 1) * 300}人次。`).join("");

export async function benchDrafting(previewDir: string): Promise<void> {
  const llm = await startOpenAiServer();
  try {
    const firstTokens: number[] = [];
    for (let i = 0; i < 10; i++) {
      const result = await streamChat({ endpoint: llm.endpoint("ok"), model: "qwen3-32b", messages: buildMessages({ action: "polish", text: ORIGINAL }) });
      firstTokens.push(result.firstTokenMs ?? NaN);
    }
    console.log(`\nTime to first token (client + SSE parsing, loopback server): median ${median(firstTokens).toFixed(1)} ms over ${firstTokens.length} requests.`);

    const costs = await renderCosts(previewDir, llm.endpoint("ok"));
    const over = costs.filter((c) => c > FRAME_MS).length;
    console.log(
      `Rendering each streamed chunk in the pane at 320 px (${costs.length} commits): median ${median(costs).toFixed(2)} ms, p95 ${percentile(costs, 0.95).toFixed(2)} ms, max ${Math.max(...costs).toFixed(2)} ms; ${over} over ${FRAME_MS} ms.`,
    );
  } finally {
    await llm.close();
  }
}

async function renderCosts(previewDir: string, endpoint: string): Promise<number[]> {
  const server = createServer(async (req, res) => {
    const path = (req.url ?? "/").split("?")[0]!.replace(/^\/+/, "") || "preview.html";
    try {
      const body = await readFile(join(previewDir, path));
      res.writeHead(200, { "content-type": path.endsWith(".html") ? "text/html; charset=utf-8" : path.endsWith(".js") ? "text/javascript" : "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript((settings: string) => {
      localStorage.setItem("report-composer:drafting:v1", settings);
      (globalThis as { __draftingBench?: unknown }).__draftingBench = { renderCosts: [], pendingSince: null };
    }, JSON.stringify({ enabled: true, endpoint, model: "qwen3-32b", apiKey: "", confirmedEndpoint: endpoint }));
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/preview.html?width=320&sample=blank`);
    await page.getByRole("tablist").waitFor();
    await page.evaluate((text) => (window as unknown as { __preview: { load(t: string): void } }).__preview.load(text), `一、工作情况\n${ORIGINAL}`);
    await page.evaluate(() => (window as unknown as { __preview: { double: { model: { setSelection(p: number, o: number): void } } } }).__preview.double.model.setSelection(1, 0));
    await page.getByRole("button", { name: "起草", exact: true }).click();
    await page.getByRole("button", { name: "开始起草", exact: true }).click();
    await page.locator('[data-testid="drafting-edit"]').waitFor({ timeout: 60_000 });
    return await page.evaluate(() => (globalThis as unknown as { __draftingBench: { renderCosts: number[] } }).__draftingBench.renderCosts);
  } finally {
    await browser.close();
    server.close();
  }
}

// Run alone: node --import tsx bench/drafting.ts (after building the preview into .test-output/preview).
if (import.meta.url === `file://${process.argv[1]}`) await benchDrafting(join(import.meta.dirname, "../.test-output/preview"));
