/**
 * Pathological inputs for the checker and renumbering: each must finish in well under a second
 * and never throw (issue 13). Printed by `npm run bench`; runnable alone:
 * `node --expose-gc --import tsx bench/pathological.ts`.
 */
import { checkDocument, planFixes } from "../src/core/checks";
import { renumber } from "../src/core/outline";
import { MAX_STORED_CHARS, METRICS_NAMESPACE, parseStoredValues } from "../src/core/metrics/storage";
import { generateReport } from "./generate";

export interface PathologicalRow {
  input: string;
  operation: string;
  ms: number;
  /** Findings (check), changes (renumber) or edits + removals (fix all). */
  result: number;
}

const LIMIT_MS = 1000;

/** The inputs named in the issue. */
export function pathologicalInputs(): Array<{ name: string; paragraphs: string[] }> {
  return [
    { name: "100,000 ASCII digits in one paragraph", paragraphs: ["1".repeat(100_000)] },
    { name: "400,000 characters of ，一是", paragraphs: ["，一是".repeat(400_000 / 3)] },
    { name: "1,200 headings 一、", paragraphs: Array.from({ length: 1200 }, () => "一、标题") },
    { name: "150,000 placeholders in one paragraph", paragraphs: ["XX，".repeat(150_000)] },
    { name: "10,000-paragraph report", paragraphs: generateReport(Math.ceil(10_000 / 15)).slice(0, 10_000) },
  ];
}

/** A yardstick for a loaded machine: the cost of the bare allocation 100,000 findings need. */
function baselineMs(): number {
  return time(() => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ id: `rule:0:${i}-${i + 1}`, start: i, message: { zh: `甲${i}`, en: `a${i}` } }));
    return items.sort((a, b) => b.start - a.start).length;
  }).ms;
}

/** Collects garbage first when node runs with --expose-gc (npm run bench), as bench/run.ts does, so
 * that no row pays for the garbage of the rows before it. */
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function time<T>(run: () => T): { ms: number; value: T } {
  gc();
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

/** Runs check, renumber and fix-all planning on every input; returns the rows (and prints them). */
export function benchPathological(print = true): PathologicalRow[] {
  const rows: PathologicalRow[] = [];
  for (const { name, paragraphs } of pathologicalInputs()) {
    const check = time(() => checkDocument(paragraphs));
    rows.push({ input: name, operation: "检查 check", ms: check.ms, result: check.value.length });
    const numbering = time(() => renumber(paragraphs));
    rows.push({ input: name, operation: "重新编号 renumber", ms: numbering.ms, result: numbering.value.changes.length });
    const plan = time(() => planFixes(paragraphs, {}, check.value));
    rows.push({ input: name, operation: "全部修复 plan", ms: plan.ms, result: plan.value.edits.length + plan.value.removals.length });
  }
  // 数据's stored values: a tampered part at the size limit, made of entity references only.
  const body = "&amp;&#x4E2D;".repeat(Math.floor((MAX_STORED_CHARS - 200) / 13));
  const stored = time(() => parseStoredValues(`<metrics xmlns="${METRICS_NAMESPACE}"><value group="a">${body}</value></metrics>`));
  rows.push({ input: "stored values: 2 MB part of entity references", operation: "读取 parse", ms: stored.ms, result: stored.value?.values.a?.length ?? 0 });
  if (print) {
    console.log(`\nPathological inputs (each under ${LIMIT_MS} ms):\n`);
    console.log(`Machine baseline: ${baselineMs().toFixed(0)} ms to allocate and sort 100,000 finding-sized objects (about 30 ms on an idle laptop; scale the figures below by it).\n`);
    console.log("| input | operation | ms | findings / changes / edits | |\n|---|---|---:|---:|---|");
    for (const r of rows) {
      console.log(`| ${r.input} | ${r.operation} | ${r.ms.toFixed(0)} | ${r.result} | ${r.ms < LIMIT_MS ? "ok" : "OVER"} |`);
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = benchPathological();
  if (rows.some((r) => r.ms >= LIMIT_MS)) process.exitCode = 1;
}
