/**
 * 撤销排版 on a formatted 100-page report: syncs, largest request and time (issue 21: ≤ 3 syncs
 * below the payload limit). Run directly: `node --import tsx bench/fmt.ts`; bench/run.ts calls it.
 */
import { createWordDouble } from "../src/word-double";
import { formatBytes, payloadSummary } from "../src/word-double/payload";
import { MAX_SYNC_BYTES } from "../src/word/payload";
import { standardProfile } from "../src/core/format";
import { formatDocument } from "../src/word/format";
import { undoFormat } from "../src/word/formatUndo";
import { generateReport } from "./generate";

export interface UndoFigures {
  pages: number;
  paragraphs: number;
  syncs: number;
  maxSyncBytes: number;
  ms: number;
  restored: number;
}

export async function benchFormatUndo(pages = 100): Promise<UndoFigures> {
  const paragraphs = generateReport(pages);
  const d = createWordDouble({ profile: "windows", styleLocale: "zh", paragraphs });
  const uninstall = d.install();
  try {
    await formatDocument(standardProfile);
    d.resetStats();
    const started = performance.now();
    const report = await undoFormat();
    const ms = performance.now() - started;
    return { pages, paragraphs: paragraphs.length, syncs: d.stats.syncs, maxSyncBytes: payloadSummary(d.stats).maxBytes, ms, restored: report.restored };
  } finally {
    uninstall();
  }
}

/** Prints the 撤销排版 row. */
export async function printFormatUndoBench(): Promise<void> {
  const f = await benchFormatUndo();
  console.log("\n## 撤销排版 (undo format), formatted report\n");
  console.log(`| pages | paragraphs | syncs | largest sync | ms | restored |\n| --- | --- | --- | --- | --- | --- |`);
  console.log(`| ${f.pages} | ${f.paragraphs} | ${f.syncs} | ${formatBytes(f.maxSyncBytes)} (limit ${formatBytes(MAX_SYNC_BYTES)}) | ${f.ms.toFixed(0)} | ${f.restored} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) await printFormatUndoBench();
