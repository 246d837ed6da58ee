/**
 * npm run bench: the cost model in figures. For generated reports of 10, 100 and 400 pages it
 * runs every Word operation of the add-in on the Word test double and prints sync counts,
 * operations queued, script time (median) and heap growth, beside the naive scan-and-fill that
 * Microsoft's basic samples write. Then: estimated wall time on Word on the web (50 ms a sync),
 * checked once against a run with that latency simulated; the task pane's first interactive tab
 * in headless Chromium; the gzip size of every chunk; snippet search per keystroke.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { createWordDouble } from "../src/word-double";
import { formatBytes, payloadSummary } from "../src/word-double/payload";
import { MAX_SYNC_BYTES } from "../src/word/payload";
import { genreCatalog } from "../src/core/genres";
import { buildSkeleton } from "../src/core/skeleton";
import { standardProfile } from "../src/core/format";
import { scanDocument, type ScannedDocument } from "../src/word/metricsScan";
import { fillPlaceholders } from "../src/word/metricsFill";
import { formatDocument } from "../src/word/format";
import { checkDraft } from "../src/word/checks";
import { renumberDocument } from "../src/word/renumber";
import { insertSkeletonBlock } from "../src/word/skeleton";
import { generateReport } from "./generate";
import { naiveScanAndFill } from "./naive";
import { measureBundle } from "./bundle";
import { benchSnippetSearch } from "./snippetSearch";
import { benchPathological } from "./pathological";
import { startupBench } from "./startup";
import { benchFigures } from "./figures";
import { benchBounds } from "./bounds";
import { printFormatUndoBench } from "./fmt";
import { printLabelMeasure } from "./labels";
import { benchDrafting } from "./drafting";
import { benchRelia } from "./relia";

const WEB_LATENCY_MS = 50;
const SIZES = [10, 100, 400];
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

interface Row {
  pages: number;
  paragraphs: number;
  operation: string;
  syncs: number;
  ops: number;
  medianMs: number;
  heapMB: number;
  /** Request bytes of the largest sync, and of all syncs (the double's payload accounting). */
  maxSyncBytes: number;
  totalBytes: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A value every placeholder kind accepts, so that fill writes all of them. */
function valueFor(kind: string, unit: string | undefined): string {
  if (kind === "year") return "2026";
  if (kind === "date") return unit === "月" ? "12" : "8";
  if (kind === "percent") return "5.5";
  if (kind === "number") return unit === "亿元" || unit === "万元" ? "1.25" : "12";
  return "某某";
}

type Operation = { name: string; prepare?: () => Promise<unknown>; run: (prepared: unknown) => Promise<unknown> };

const operations = (paragraphCount: number): Operation[] => [
  { name: "scan 扫描", run: () => scanDocument() },
  {
    name: "fill 填入 (all)",
    prepare: () => scanDocument(),
    run: (scan: unknown) => {
      const s = scan as ScannedDocument;
      const values = Object.fromEntries(s.placeholders.map((p) => [p.group, valueFor(p.kind, p.unit)]));
      return fillPlaceholders({ scan: s, values });
    },
  },
  { name: "format 一键排版", run: () => formatDocument(standardProfile) },
  { name: "check 检查", run: () => checkDraft() },
  { name: "renumber 重新编号", run: () => renumberDocument() },
  {
    name: "insert whole skeleton",
    prepare: async () => undefined,
    run: () => insertSkeletonBlock(buildSkeleton(genreCatalog[0]!)),
  },
  { name: `naive scan+fill (baseline)`, run: () => naiveScanAndFill() },
].map((op) => ({ ...op, name: op.name, paragraphCount }));

async function measure(pages: number, paragraphs: string[], op: Operation, runs: number): Promise<Row> {
  const times: number[] = [];
  let syncs = 0;
  let ops = 0;
  let heap = 0;
  let payload = { maxBytes: 0, totalBytes: 0 };
  for (let i = 0; i < runs; i++) {
    const double = createWordDouble({ paragraphs, profile: "windows" });
    const uninstall = double.install();
    try {
      double.model.setSelection(paragraphs.length - 1, 0);
      const prepared = op.prepare ? await op.prepare() : undefined;
      double.resetStats();
      gc();
      const heapBefore = process.memoryUsage().heapUsed;
      const t0 = performance.now();
      await op.run(prepared);
      times.push(performance.now() - t0);
      heap = Math.max(heap, process.memoryUsage().heapUsed - heapBefore);
      syncs = double.stats.syncs;
      ops = double.stats.ops;
      payload = payloadSummary(double.stats);
    } finally {
      uninstall();
    }
  }
  return { pages, paragraphs: paragraphs.length, operation: op.name, syncs, ops, medianMs: median(times), heapMB: heap / 2 ** 20, maxSyncBytes: payload.maxBytes, totalBytes: payload.totalBytes };
}

async function latencyCheck(paragraphs: string[]) {
  // Same scan + fill with 50 ms per sync actually simulated, to validate the estimate.
  const double = createWordDouble({ paragraphs, syncLatencyMs: WEB_LATENCY_MS });
  const uninstall = double.install();
  try {
    const t0 = performance.now();
    const scan = await scanDocument();
    await fillPlaceholders({ scan, values: Object.fromEntries(scan.placeholders.map((p) => [p.group, valueFor(p.kind, p.unit)])) });
    return { wallMs: performance.now() - t0, syncs: double.stats.syncs };
  } finally {
    uninstall();
  }
}

function table(headers: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

async function main() {
  console.log(`# npm run bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.arch}\n`);
  const rows: Row[] = [];
  for (const pages of SIZES) {
    const paragraphs = generateReport(pages);
    for (const op of operations(paragraphs.length)) {
      const runs = op.name.startsWith("naive") ? (pages >= 400 ? 1 : 3) : pages >= 400 ? 3 : 5;
      rows.push(await measure(pages, paragraphs, op, runs));
      process.stderr.write(".");
    }
  }
  process.stderr.write("\n");

  console.log("## Word operations on the test double (profile: Word for Windows)\n");
  console.log(
    table(
      ["pages", "paragraphs", "operation", "syncs", "ops queued", "largest sync", "all syncs", "script ms (median)", "heap Δ MB", `est. web ms (${WEB_LATENCY_MS} ms/sync)`],
      rows.map((r) => [r.pages, r.paragraphs, r.operation, r.syncs, r.ops, formatBytes(r.maxSyncBytes), formatBytes(r.totalBytes), r.medianMs.toFixed(1), r.heapMB.toFixed(1), (r.medianMs + r.syncs * WEB_LATENCY_MS).toFixed(0)]),
    ),
  );

  const at100 = rows.filter((r) => r.pages === 100);
  const ours = at100.find((r) => r.operation.startsWith("scan"))!.syncs + at100.find((r) => r.operation.startsWith("fill"))!.syncs;
  const naive = at100.find((r) => r.operation.startsWith("naive"))!.syncs;
  console.log(`\nScan + fill at 100 pages: ${ours} syncs against the naive ${naive}: ${(naive / ours).toFixed(0)}× fewer round trips.`);
  const scan400 = rows.find((r) => r.pages === 400 && r.operation.startsWith("scan"))!;
  console.log(`Scan of 400 pages: ${scan400.medianMs.toFixed(0)} ms script time.`);
  const maxSyncs = Math.max(...rows.filter((r) => !r.operation.startsWith("naive")).map((r) => r.syncs));
  console.log(`Largest sync count of any add-in operation at any size: ${maxSyncs}.`);
  const ourRows = rows.filter((r) => !r.operation.startsWith("naive"));
  const heaviest = ourRows.reduce((a, b) => (b.maxSyncBytes > a.maxSyncBytes ? b : a));
  console.log(
    `Largest single sync of any add-in operation: ${formatBytes(heaviest.maxSyncBytes)} (${heaviest.operation}, ${heaviest.pages} pages); limit ${formatBytes(MAX_SYNC_BYTES)}: ${heaviest.maxSyncBytes <= MAX_SYNC_BYTES * 1.05 ? "kept" : "EXCEEDED"}.`,
  );
  console.log(`Most syncs of any add-in operation at 100 pages: ${Math.max(...ourRows.filter((r) => r.pages === 100).map((r) => r.syncs))} (goal ≤ 3).`);

  const small = generateReport(10);
  const check = await latencyCheck(small);
  const estimate = rows.filter((r) => r.pages === 10 && (r.operation.startsWith("scan") || r.operation.startsWith("fill")));
  const estimated = estimate.reduce((sum, r) => sum + r.medianMs + r.syncs * WEB_LATENCY_MS, 0);
  console.log(
    `\nLatency check (10 pages, scan + fill, ${WEB_LATENCY_MS} ms simulated per sync): measured ${check.wallMs.toFixed(0)} ms over ${check.syncs} syncs; the table's estimate ${estimated.toFixed(0)} ms.`,
  );

  console.log("\n## Snippet search (per keystroke, after the one-time index build)\n");
  const search = await benchSnippetSearch();
  console.log(
    table(
      ["library", "snippets", "median ms", "worst ms", "index build ms"],
      [
        ["built-in", search.builtIn.count, search.builtIn.medianMs.toFixed(2), search.builtIn.worstMs.toFixed(2), search.builtIn.indexBuildMs.toFixed(0)],
        ["generated", search.generated10k.count, search.generated10k.medianMs.toFixed(2), search.generated10k.worstMs.toFixed(2), search.generated10k.indexBuildMs.toFixed(0)],
      ],
    ),
  );

  benchPathological();
  benchFigures();
  benchBounds();

  await printFormatUndoBench();
  printLabelMeasure();
  benchRelia();

  console.log("\n## Task pane bundle (production build, gzip -9)\n");
  const previewDir = join(import.meta.dirname, "../.test-output/bench");
  const build = spawnSync(
    process.execPath,
    ["node_modules/webpack/bin/webpack.js", "--mode", "production", "--env", "preview", "--env", "outDir=.test-output/bench"],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  if (build.status !== 0 || !existsSync(join(previewDir, "taskpane.html"))) throw new Error("build failed");
  const sizes = measureBundle(previewDir);
  const preloaded = new Set(sizes.preloaded.map((p) => p.file));
  console.log(table(["chunk", "gzip KB", "loaded"], sizes.chunks.map((c) => [c.file, c.gzipKB, c.initial ? "initial" : preloaded.has(c.file) ? "preloaded (first tab)" : "on demand"])));
  console.log(`\nInitial JavaScript: ${sizes.initialGzipKB} KB gzip (budget in bench/budget.json).`);
  console.log(`With the first tab's preloaded chunks, all the JavaScript run before the first tab is interactive: ${sizes.firstTabGzipKB} KB gzip.`);

  // Start-up beside a bare Fluent pane (bench/startup.ts): plain, CPU 4× slower, bundled office.js.
  console.log("\n" + (await startupBench(9)));
  // npm start: from the command to the preview answering (scripts/start-time.mjs).
  const start = spawnSync(process.execPath, [join(import.meta.dirname, "../scripts/start-time.mjs")], { encoding: "utf8" });
  console.log(`\n${(start.stdout || start.stderr).trim()}`);

  console.log("\n## 起草助手 (streaming)\n");
  await benchDrafting(previewDir);
}

await main();
