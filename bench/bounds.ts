/**
 * Outside inputs at their limits (issue 28, reliability review 2 finding 7): 提法 lists checked
 * against a 400-page report, and the 数据 table import on hostile cells and line endings. Each
 * must finish under a second and never throw. Printed by `npm run bench` beside the pathological
 * inputs; runnable alone: `node --expose-gc --import tsx bench/bounds.ts`.
 */
import { checkDocument } from "../src/core/checks";
import { matchImportedValues, readValueTable } from "../src/core/metrics";
import { hostileTifaList, TIFA_107K, TIFA_500K, utf8Bytes } from "../tests/support/hostileInputs";
import { generateReport } from "./generate";

const LIMIT_MS = 1000;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

export interface BoundsRow {
  input: string;
  operation: string;
  ms: number;
  /** Process CPU time: on a loaded machine wall time says more about the neighbours. */
  cpuMs: number;
  result: string;
}

function time(run: () => string): { ms: number; cpuMs: number; result: string } {
  gc();
  const cpu = process.cpuUsage().user;
  const started = performance.now();
  let result: string;
  try {
    result = run();
  } catch (error) {
    result = `THREW ${String(error)}`;
  }
  return { ms: performance.now() - started, cpuMs: (process.cpuUsage().user - cpu) / 1000, result };
}

export function benchBounds(print = true): BoundsRow[] {
  const rows: BoundsRow[] = [];
  const report = generateReport(400);
  for (const shape of [TIFA_107K, TIFA_500K]) {
    const list = hostileTifaList(shape);
    const kb = Math.round(utf8Bytes(list) / 1024);
    // The first check builds the list's matcher; later checks reuse it.
    const first = time(() => `${checkDocument(report, { tifa: list, year: 2026 }).length} findings`);
    rows.push({ input: `提法 list ${kb} KB × 400-page report`, operation: "检查 check (first, builds)", ...first });
    const again = time(() => `${checkDocument(report, { tifa: list, year: 2026 }).length} findings`);
    rows.push({ input: `提法 list ${kb} KB × 400-page report`, operation: "检查 check (again)", ...again });
  }
  const fields = Array.from({ length: 300 }, (_, i) => ({ group: `g${i}`, label: `指标${i}` }));
  const importRow = (name: string, text: string) => {
    const result = time(() => {
      const table = readValueTable(text);
      if (!table.ok) return `refused: ${table.error.en}`;
      const matched = matchImportedValues(table.rows, fields);
      return `${table.rows.length} rows, ${matched.matched.length} matched`;
    });
    rows.push({ input: name, operation: "导入 import (read + match)", ...result });
  };
  importRow("80,000 “(” in a name cell", `${"(".repeat(80_000)}\t1\n指标1\t2`);
  importRow("5 MB name cell", `${"(指标".repeat(Math.floor((5 * 1024 * 1024 - 10) / 3))},1`);
  importRow("100,000 rows ended by \\r only", "指标1,1\r".repeat(100_000));
  if (print) {
    console.log(`\nOutside inputs at their limits (each under ${LIMIT_MS} ms):\n`);
    console.log("| input | operation | ms | CPU ms | result | |\n|---|---|---:|---:|---|---|");
    for (const r of rows) console.log(`| ${r.input} | ${r.operation} | ${r.ms.toFixed(0)} | ${r.cpuMs.toFixed(0)} | ${r.result.slice(0, 120)} | ${r.ms < LIMIT_MS && !r.result.startsWith("THREW") ? "ok" : "OVER"} |`);
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = benchBounds();
  if (rows.some((r) => r.ms >= LIMIT_MS || r.result.startsWith("THREW"))) process.exitCode = 1;
}
