/**
 * 数据核对 (issue 22): recall and false alarms over the written cases, and timing — a 400-page
 * report (the generated one with its blanks filled, and one dense with figures) under 300 ms,
 * 1 MB paragraphs of digits and of figures under 1 s. `node --import tsx bench/figures.ts` alone.
 */
import { findFigureIssues, type FigureOptions } from "../src/core/figures";
import { checkDocument } from "../src/core/checks";
import { FIGURE_CASES, type FigureCase } from "../tests/core/figures/cases";
import { generateReport } from "./generate";

const REPORT_LIMIT_MS = 300;
const PARAGRAPH_LIMIT_MS = 1000;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function time<T>(run: () => T): { ms: number; value: T } {
  gc();
  const t0 = performance.now();
  const value = run();
  return { ms: performance.now() - t0, value };
}

/** The median of five runs (the first warms the regular expressions). */
function median<T>(run: () => T): { ms: number; value: T } {
  const runs = Array.from({ length: 5 }, () => time(run));
  runs.sort((a, b) => a.ms - b.ms);
  return runs[2]!;
}

const optionsOf = (c: FigureCase): FigureOptions => ({ year: c.year ?? 2025, ...(c.form ? { form: c.form } : {}) });

/** A 400-page report written full of figures: each paragraph states indicators, growth, parts. */
function figureDenseReport(pages: number): string[] {
  const lines = [
    "全市地区生产总值达到386.5亿元，同比增长5.6%；一般公共预算收入完成28.3亿元，其中税收收入21.2亿元。",
    "社会消费品零售总额由120.0亿元增长到135.6亿元，增长13.0%，城镇新增就业1.2万人。",
    "共有党员130名，其中男党员78名、女党员52名；新签合同额45.0亿元，其中海外合同18.0亿元，占比40.0%。",
    "近三年累计完成固定资产投资596亿元，其中2023年185亿元、2024年201亿元、2025年210亿元。",
    "生活垃圾无害化处理率达到100%，森林覆盖率62.3%，常住人口城镇化率由60.3%提高到61.5%，提高1.2个百分点。",
  ];
  const out = ["某市2025年政府工作报告"];
  for (let i = 0; out.length < pages * 15; i++) out.push(lines[i % lines.length]!);
  return out;
}

export interface FiguresBench {
  recall: number;
  falseAlarmRate: number;
  rows: Array<{ input: string; ms: number; findings: number; limit: number }>;
}

export function benchFigures(print = true): FiguresBench {
  const found = FIGURE_CASES.wrong.filter((c) => findFigureIssues(c.paragraphs, optionsOf(c)).some((i) => i.rule === c.rule)).length;
  const alarms = FIGURE_CASES.right.filter((c) => findFigureIssues(c.paragraphs, optionsOf(c)).length > 0).length;
  const recall = found / FIGURE_CASES.wrong.length;
  const falseAlarmRate = alarms / FIGURE_CASES.right.length;

  const filled = generateReport(400).map((p) => p.replace(/XX\.X|X+|×××|○○|＿+/g, (m) => (m.includes(".") ? "12.5" : m.startsWith("X") ? "12" : "某某")));
  const dense = figureDenseReport(400);
  const digits = ["某市2025年政府工作报告", "1234567890".repeat(100_000)];
  const oneParagraph = ["某市2025年政府工作报告", "地区生产总值386.5亿元，比上年增长5.6%，其中第一产业增加值20.1亿元、".repeat(Math.ceil(1_000_000 / 40)).slice(0, 1_000_000)];
  const rows = [
    { input: "400 pages, generated report filled", paragraphs: filled, limit: REPORT_LIMIT_MS },
    { input: "400 pages, dense with figures", paragraphs: dense, limit: REPORT_LIMIT_MS },
    { input: "1 MB paragraph of digits", paragraphs: digits, limit: PARAGRAPH_LIMIT_MS },
    { input: "1 MB paragraph of figures", paragraphs: oneParagraph, limit: PARAGRAPH_LIMIT_MS },
  ].map(({ input, paragraphs, limit }) => {
    const run = median(() => findFigureIssues(paragraphs));
    return { input, ms: run.ms, findings: run.value.length, limit };
  });
  const whole = median(() => checkDocument(dense));

  if (print) {
    console.log("\n## 数据核对 (figures)\n");
    console.log(`Cases: ${FIGURE_CASES.wrong.length} with a disagreement, ${FIGURE_CASES.right.length} correct but suspicious.`);
    console.log(`Recall ${(recall * 100).toFixed(1)}% (goal ≥ 90%), false alarms ${(falseAlarmRate * 100).toFixed(1)}% (goal 0).\n`);
    console.log("| input | ms | findings | limit ms | |\n|---|---:|---:|---:|---|");
    for (const r of rows) console.log(`| ${r.input} | ${r.ms.toFixed(0)} | ${r.findings} | ${r.limit} | ${r.ms < r.limit ? "ok" : "OVER"} |`);
    console.log(`\nWhole 检查 (every rule, 数据核对 included) of the 400-page figure-dense report: ${whole.ms.toFixed(0)} ms.`);
  }
  return { recall, falseAlarmRate, rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = benchFigures();
  if (result.recall < 0.9 || result.falseAlarmRate > 0 || result.rows.some((r) => r.ms >= r.limit)) process.exitCode = 1;
}
