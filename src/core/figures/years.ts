/** Years: a completed-tense sentence about a year after the report's; multi-year sums (近三年, “十四五”期间). */
import type { Mention } from "./extract";
import { figuresMessages } from "./messages";
import { show } from "./numbers";
import type { FigureIssue } from "./types";

const SENTENCE = /[^。；！？\n]+[。；！？]?/g;
/** A year opening the sentence, about the whole year (2026年1月 may be when the report was written). */
const LEADING_YEAR = /^[\s（(一二三四五六七八九十、．.0-9]*?((?:19|20)\d{2})\s*年(?![\s]*[—－\-~～至到]|度?以来|度?\s*[0-9一二三四五六七八九十]{1,2}\s*月|初|春|一季度|第一季度|上半年)/;
const DONE = /(?:已经|已)(?:完成|实现|建成|达到|落地|投产)|完成了|实现了|建成了|取得了|达到了/;
const PLANNED = /将|力争|计划|预计|预期|争取|确保|要|目标|打算|拟|预测|有望|届时|到(?:19|20)\d{2}年|规划|展望|力求|努力|推动|着力|谋划|部署|安排|重点|继续|持续|进一步|开展|实施|推进|加快|启动|筹备|准备/;

/** Sentences that speak of a year after the report's as already done. */
export function completedFuture(paragraphs: readonly string[], reportYear: number | undefined): FigureIssue[] {
  if (reportYear === undefined) return [];
  const out: FigureIssue[] = [];
  paragraphs.forEach((text, paragraph) => {
    if (!text.includes("年")) return;
    SENTENCE.lastIndex = 0;
    let s: RegExpExecArray | null;
    while ((s = SENTENCE.exec(text)) !== null) {
      const sentence = s[0];
      const year = LEADING_YEAR.exec(sentence);
      if (!year || Number(year[1]) <= reportYear) continue;
      const done = DONE.exec(sentence);
      if (!done || PLANNED.test(sentence)) continue;
      const start = s.index + done.index;
      out.push({
        rule: "figures.year",
        places: [{ paragraph, start, end: start + done[0].length }],
        message: figuresMessages.doneInFuture(paragraph + 1, year[1]!, reportYear, done[0]),
        key: `figures.year|${year[1]}|${sentence.slice(0, 40)}`,
      });
    }
  });
  return out;
}

const SPAN = /近([两二三四五]|[2-5])年|([三五])年来|过去([三五])年|十四五”?\s*(?:期间|以来|时期)|十三五”?\s*(?:期间|以来|时期)/;
/** Yearly figures are looked for among this many figures on each side of the total. */
const WINDOW = 12;

/** The figures of the same paragraph within WINDOW of mentions[i], the sentence before to the one after. */
function near(mentions: readonly Mention[], i: number): Mention[] {
  const total = mentions[i]!;
  const out: Mention[] = [];
  for (let j = Math.max(0, i - WINDOW); j <= Math.min(mentions.length - 1, i + WINDOW); j++) {
    const m = mentions[j]!;
    if (m.paragraph === total.paragraph && Math.abs(m.sentence - total.sentence) <= 1) out.push(m);
  }
  return out;
}

const NUMERAL: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };
const SUM_WORD = /累计|共|合计|总计|总额/;

/** 近三年累计X, with each year's figure given beside it: they must add up. */
export function periodSums(mentions: readonly Mention[], paragraphs: readonly string[], reportYear: number | undefined): FigureIssue[] {
  const out: FigureIssue[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const total = mentions[i]!;
    if (!total.period || total.change || total.approx || total.target || total.dimension === "percent" || total.dimension === "points") continue;
    const text = paragraphs[total.paragraph] ?? "";
    const before = text.slice(total.sentenceStart, total.start);
    const span = SPAN.exec(before);
    if (!span || !SUM_WORD.test(before.slice(span.index))) continue;
    let years: number[];
    if (span[0].includes("十四五")) years = [2021, 2022, 2023, 2024, 2025];
    else if (span[0].includes("十三五")) years = [2016, 2017, 2018, 2019, 2020];
    else {
      const n = Number(span[1] ?? span[2] ?? span[3]) || NUMERAL[span[1] ?? span[2] ?? span[3] ?? ""] || 0;
      if (n < 2) continue;
      years = [];
      for (const m of near(mentions, i)) {
        if (m.ownYear !== undefined && !years.includes(m.ownYear)) years.push(m.ownYear);
      }
      years.sort((a, b) => a - b);
      if (years.length !== n) continue;
      const last = years[years.length - 1]!;
      if (last - years[0]! !== n - 1 || (reportYear !== undefined && last > reportYear)) continue;
    }
    // Each year's figure: same paragraph, its own year written right before it, same unit family.
    const yearly = new Map<number, Mention>();
    let clash = false;
    for (const m of near(mentions, i)) {
      if (m === total || m.ownYear === undefined || m.change) continue;
      if (Math.abs(m.sentence - total.sentence) > 1 || m.dimension !== total.dimension) continue;
      if (!years.includes(m.ownYear)) continue;
      if (yearly.has(m.ownYear)) clash = true;
      yearly.set(m.ownYear, m);
    }
    if (clash || yearly.size !== years.length) continue;
    const list = years.map((y) => yearly.get(y)!);
    const sum = list.reduce((s, m) => s + m.base, 0);
    const tolerance = total.step + list.reduce((s, m) => s + m.step, 0) + 1e-9 * Math.abs(sum);
    if (Math.abs(sum - total.base) <= tolerance) continue;
    const factor = total.base / total.value;
    out.push({
      rule: "figures.year",
      places: [total, ...list].map((m) => ({ paragraph: m.paragraph, start: m.start, end: m.end })),
      message: figuresMessages.yearsTotal(span[0], years.length, total.text, list.map((m) => m.text), show(sum / factor), total.unit),
      key: `figures.year|sum|${total.text}|${list.map((m) => m.text).join("+")}`,
    });
  }
  return out;
}
