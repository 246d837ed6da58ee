/**
 * A small seeded generator of report paragraphs for property tests: correctly numbered documents
 * (headings of every form, enumerations 一是/第一，/其一，/首先， behind every boundary, and body
 * text full of look-alikes such as 统一是 or 第一次), and messy variants of them.
 */

/** Park–Miller: the same seed gives the same documents on every machine. */
export function seeded(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

const CN = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
export function cn(n: number): string {
  if (n < 10) return CN[n]!;
  const tens = Math.floor(n / 10);
  return (tens === 1 ? "" : CN[tens]) + "十" + CN[n % 10];
}

const BODY = [
  "全年完成固定资产投资8.6亿元，同比增长12.5%",
  "思想统一是前提，团结一致是保障",
  "坚持把人民利益放在第一位",
  "坚持质量第一、效益优先",
  "第一次召开专题会议研究部署",
  "其中一季度完成序时进度",
  "一、二季度经济运行总体平稳",
  "首先要抓好学习，其次要抓好落实",
  "这是我们的唯一选择",
  "2026年是“十五五”规划的开局之年",
  "各项工作取得新进展",
  "落实“第一议题”制度",
];
const BOUNDARIES = ["；", "。", "，", "……", "！", "？", "："];
const RESTARTS = ["。", "：", "！", "？", "……"];

const POINT_STYLES = [
  { word: (n: number) => `${cn(n)}是`, max: 9 },
  { word: (n: number) => `第${cn(n)}，`, max: 9 },
  { word: (n: number) => `其${cn(n)}，`, max: 5 },
  { word: (n: number) => ["首先，", "其次，", "再次，"][n - 1]!, max: 3 },
];

function body(rand: Rand): string {
  return pick(rand, BODY);
}

/** One enumeration: 一是… 二是… with random boundaries between the points. */
function enumeration(rand: Rand, style: (typeof POINT_STYLES)[number]): string {
  const count = 2 + Math.floor(rand() * (style.max - 1));
  let out = "";
  for (let n = 1; n <= count; n++) {
    if (n > 1) out += pick(rand, BOUNDARIES);
    out += style.word(n) + body(rand);
  }
  return out;
}

const HEADING_FORMS: Array<(level: number, n: number) => string> = [
  (level, n) => [`${cn(n)}、`, `（${cn(n)}）`, `${n}.`, `（${n}）`][level - 1]!,
  (level, n) => [`${cn(n)}、`, `(${cn(n)})`, `${n}．`, `(${n})`][level - 1]!,
];

/** A correctly numbered report of about `size` paragraphs. */
export function correctReport(rand: Rand, size: number): string[] {
  const out: string[] = ["关于2026年度工作情况的报告"];
  const counters = [0, 0, 0, 0, 0];
  const form = pick(rand, HEADING_FORMS);
  let level = 0;
  let chain = 0; // leading 一是 paragraphs under the current heading
  while (out.length < size) {
    const roll = rand();
    if (roll < 0.3) {
      level = Math.max(1, Math.min(4, level + pick(rand, [-2, -1, 0, 1, 1])));
      counters[level]! += 1;
      for (let below = level + 1; below <= 4; below++) counters[below] = 0;
      if (counters[level]! > 20) continue;
      chain = 0;
      const runIn = rand() < 0.4 ? `。${body(rand)}。` : "";
      out.push(form(level, counters[level]!) + body(rand) + runIn);
    } else if (roll < 0.55) {
      const style = pick(rand, POINT_STYLES);
      const lead = rand() < 0.5 ? `${body(rand)}${pick(rand, RESTARTS)}` : "";
      let text = lead + enumeration(rand, style);
      if (rand() < 0.3) text += pick(rand, RESTARTS) + enumeration(rand, style);
      out.push(text + "。");
    } else if (roll < 0.7 && chain < 9) {
      chain++;
      out.push(`${cn(chain)}是${body(rand)}。`);
      if (rand() < 0.5) out.push(`${body(rand)}。`);
    } else if (roll < 0.75) {
      out.push("");
    } else {
      out.push(`${body(rand)}。${body(rand)}。`);
    }
  }
  return out;
}

const MESS: Array<(rand: Rand, text: string) => string> = [
  (_, t) => t.replace("一是", "三是"),
  (_, t) => t.replace("二、", "四、"),
  (_, t) => t.replace("（一）", "(一)"),
  (_, t) => t.replace("（二）", "（二）、"),
  (_, t) => t.replace("1.", "1、"),
  (_, t) => t.replace("，", ", "),
  (_, t) => t.replace("；", ";"),
  (_, t) => t.replace("：", ":"),
  (_, t) => t.replace("？", "?"),
  (_, t) => t.replace("。", "?"),
  (_, t) => t.replace("……", "..."),
  (_, t) => t.replace("的", "的的"),
  (_, t) => t.replace("2026年", "2026-2027年"),
  (_, t) => t.replace("2026年", "二O二六年"),
  (_, t) => t.replace("。", "如下；"),
  (_, t) => t + "、",
  (_, t) => `;${t}`,
  (_, t) => `?${t}`,
  (_, t) => t.replace("是", "是\u000b"),
  (_, t) => `(${t})`,
  (rand) => pick(rand, ["更多范文请访问www.example-fanwen.com", "本文由XX整理，QQ群：12345678", "现在订阅立享八折优惠", ""]),
];

/** A correct report with random damage: wrong numbers and forms, half-width marks, ad lines. */
export function messyReport(rand: Rand, size: number): string[] {
  return correctReport(rand, size).map((text) => (rand() < 0.3 ? pick(rand, MESS)(rand, text) : text));
}
