/**
 * The figure guard of 起草助手: every figure a model writes (Arabic or Chinese numerals, 1.2万,
 * percentages and 百分之五, 个百分点, years and dates, ranks such as 第三) must be one the person
 * gave it — in the text sent or in the 数据 form's values. Figures are compared by value and
 * kind, so 百分之五 is supported by 5%, 1.2万 by 12000 and 二〇二四年 by 2024年, but 5 个百分点
 * is not supported by 5%, nor 第三 by 3.
 *
 * Chinese numerals also live inside ordinary words (一些, 十分, 千方百计, 两个维护): in the output
 * a Chinese numeral counts as a figure only with a measure word or unit after it (三项, 两万人),
 * with 第 before it, after 百分之, or before 个百分点; lone 一 (一个, 一项) is read as an article,
 * and fixed formulas of official language (十四五, 四个意识, 二十届三中全会) are not figures.
 * Heading ordinals and enumerations (一、 （二） 1. 一是 第一，) are structure, not figures.
 */

/** What a figure measures: sources support only figures of the same kind (form values: any kind). */
export type FigureKind = "number" | "percent" | "permille" | "points" | "rank";

export interface Figure {
  /** UTF-16 offsets in the text. */
  start: number;
  end: number;
  /** As written. */
  text: string;
  kind: FigureKind;
  /** Canonical decimal value: 1.2万 → "12000", 百分之五 → "5", 第三 → "3". */
  value: string;
}

export interface FigureSources {
  /** Texts sent to the model (the selection, the section, its heading and hint). */
  texts: readonly string[];
  /** Values of the 数据 form: plain figures whose unit the form knows, so they support any kind. */
  values?: readonly string[];
}

// Full-width digits and signs read as their ASCII forms; the mapping keeps every offset.
const FULL_WIDTH = /[０-９％．]/g;
function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => (ch === "％" ? "%" : ch === "．" ? "." : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 三 → 3, 二十五 → 25, 一百零五 → 105, 两万三千 → 23000, 一亿二千万 → 120000000; null when malformed. */
export function parseChineseInteger(text: string): number | null {
  if (!text || !/^[零〇一二两三四五六七八九十百千万亿]+$/.test(text)) return null;
  if (!/[一二两三四五六七八九十]/.test(text[0] ?? "") && !/^[零〇]/.test(text)) return null;
  let result = 0;
  let section = 0;
  let digit = 0;
  let previousWasDigit = false;
  let previous = "";
  for (const ch of text) {
    const d = CN_DIGIT[ch];
    if (d !== undefined) {
      // 二三 is no numeral (but 一百零五 is: 零 marks a skipped place).
      if (previousWasDigit && previous !== "零" && previous !== "〇") return null;
      digit = d;
      previousWasDigit = true;
    } else if (CN_UNIT[ch] !== undefined) {
      section += (digit || (ch === "十" ? 1 : 0)) * CN_UNIT[ch]!;
      if (!digit && ch !== "十") return null;
      digit = 0;
      previousWasDigit = false;
    } else if (ch === "万") {
      section += digit;
      result += section * 10_000;
      section = 0;
      digit = 0;
      previousWasDigit = false;
    } else {
      // 亿
      section += digit;
      result = (result + section) * 100_000_000;
      section = 0;
      digit = 0;
      previousWasDigit = false;
    }
    previous = ch;
  }
  const total = result + section + digit;
  return Number.isSafeInteger(total) ? total : null;
}

/** 二〇二四 → 2024 (digit by digit, as years are written). */
function parseChineseDigits(text: string): number | null {
  let out = "";
  for (const ch of text) {
    const d = CN_DIGIT[ch];
    if (d === undefined || ch === "两") return null;
    out += d;
  }
  return out ? Number(out) : null;
}

/** "0012.50" → "12.5"; "1,234" → "1234". */
function canonical(decimal: string): string {
  let [whole = "0", fraction = ""] = decimal.replace(/,/g, "").split(".");
  whole = whole.replace(/^0+(?=\d)/, "");
  fraction = fraction.replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : whole;
}

/** Moves the decimal point `places` to the right, exactly (no floating point): ("1.2", 4) → "12000". */
function shift(decimal: string, places: number): string {
  const [whole = "0", fraction = ""] = canonical(decimal).split(".");
  const padded = fraction.padEnd(places, "0");
  return canonical(`${whole}${padded.slice(0, places)}.${padded.slice(places)}`);
}

const MULTIPLIER: Record<string, number> = { 千: 3, 万: 4, 亿: 8, 万亿: 12 };

/** 十二点五 → "12.5"; 五 → "5". */
function chineseDecimal(text: string): string | null {
  const [whole = "", fraction] = text.split("点");
  const integer = whole ? parseChineseInteger(whole) : 0;
  if (integer === null) return null;
  if (fraction === undefined) return String(integer);
  const digits = parseChineseDigits(fraction);
  return digits === null ? null : canonical(`${integer}.${fraction.replace(/./g, (c) => String(CN_DIGIT[c]))}`);
}

// Units and measure words after a Chinese numeral that make it a figure (三项, 两万人, 五年).
// 分 is left out (十分 is "very"), so is 点 (a decimal point), 心/面/方 (idioms).
const UNIT_AFTER = /^(?:多|余)?(?:个(?!百分点)|项|名|次|人|家|所|年|月|日|号|天|倍|位|条|件|台|辆|元|吨|批|种|类|户|场|期|座|栋|间|篇|部|份|届|支|处|亩|公里|千米|平方米|公顷|小时|分钟|岁|成|级|轮|套|本|张|册|组|块|棵|株|头|只|班|校|村|镇|县|季度|周|章|节|款|层|架|艘|列|门|趟|遍|回|笔|宗|起|例|首|万|亿)/;

// Fixed formulas of official language whose numerals are names, not claims.
const SET_PHRASES =
  /十[二三四五六]五|[两二三四五]个(?:确立|维护|意识|自信|全面|务必|坚持|必须|代表|文明|基本|结合|长期|统筹|一批)|五位一体|三会一课|两学一做|三严三实|一岗双责|两新一重|两不愁三保障|三重一大|[一二三四五六七八九十]+届[一二三四五六七八九]中全会|党的[一二三四五六七八九十]+大|[一二三四五六七八九十]+大以来|三番五次|千方百计|万无一失|一心一意|四面八方|五湖四海|七上八下|三令五申|九牛一毛|一五一十|百花齐放|万众一心|千家万户|千千万万|三百六十行/g;

// Structure: a line's own ordinal (一、 （二） 1. 1、 （1）) and enumerations (一是 其二 第一，).
const LINE_ORDINAL = /^[ \t\u3000]*(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百]+[）)]|\d+[.．、](?!\d)|[（(]\d+[）)])/gm;

const FIGURE =
  /(?<pctcn>百分之(?<pctval>[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?|\d+(?:\.\d+)?))|(?<arrank>第\s?)?(?<arnum>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<armul>万亿|亿|万|千(?!米|克|瓦))?\s?(?<arsuf>%|‰|个百分点|百分点)?|(?<cnyear>[〇零一二三四五六七八九]{4})(?=年)|(?<cnrank>第)?(?<cnnum>[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?)(?<cnsuf>个百分点)?/gu;

interface ScanOptions {
  /** Sources are read generously: every numeral counts, units or not (more support, never less). */
  generous: boolean;
}

function rangesOf(regex: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  regex.lastIndex = 0;
  for (const m of text.matchAll(regex)) out.push([m.index, m.index + m[0].length]);
  return out;
}

const inside = (ranges: ReadonlyArray<[number, number]>, start: number, end: number) => ranges.some(([a, b]) => start >= a && end <= b);

/** Every figure in `text`, in order. */
export function extractFigures(text: string, options: ScanOptions = { generous: false }): Figure[] {
  const normalized = toHalfWidth(text);
  const structure = options.generous ? [] : rangesOf(LINE_ORDINAL, normalized);
  const phrases = options.generous ? [] : rangesOf(SET_PHRASES, normalized);
  const figures: Figure[] = [];
  FIGURE.lastIndex = 0;
  for (const m of normalized.matchAll(FIGURE)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    const before = normalized[start - 1] ?? "";
    const after = normalized.slice(end, end + 4);
    const push = (kind: FigureKind, value: string | null, from = start, to = end) => {
      if (value === null) return;
      figures.push({ start: from, end: to, text: text.slice(from, to), kind, value });
    };
    if (!options.generous && (inside(structure, start, end) || inside(phrases, start, end))) continue;
    if (g.pctcn) {
      const value = /^\d/.test(g.pctval ?? "") ? canonical(g.pctval!) : chineseDecimal(g.pctval ?? "");
      push("percent", value);
      continue;
    }
    if (g.arnum) {
      // 20XX年, 1X% are placeholders the person fills, not figures.
      if (/[Xx×]/.test(before) || /^[Xx×]/.test(after)) continue;
      let value = canonical(g.arnum);
      if (g.armul) value = shift(value, MULTIPLIER[g.armul]!);
      const kind: FigureKind = g.arsuf === "%" ? "percent" : g.arsuf === "‰" ? "permille" : g.arsuf ? "points" : g.arrank ? "rank" : "number";
      push(kind, value);
      // Sources: 1.2万 also supports a plain 1.2 written with 万 elsewhere (same figure).
      if (options.generous && g.armul) push(kind, canonical(g.arnum));
      continue;
    }
    if (g.cnyear) {
      push("number", String(parseChineseDigits(g.cnyear)), start, start + g.cnyear.length);
      continue;
    }
    if (!g.cnnum) continue;
    // 几十个, 数百家: approximate on purpose, no figure.
    if (!options.generous && (before === "几" || before === "数")) continue;
    const value = chineseDecimal(g.cnnum);
    if (value === null) continue;
    if (g.cnrank) {
      const clauseStart = /^$|[。；;：:！？\n\r]/.test(normalized[start - 1] ?? "") || start === 0;
      if (!options.generous && clauseStart && /^[，,、：:]/.test(after)) continue; // 第一，…
      push("rank", value);
      continue;
    }
    if (g.cnsuf) {
      push("points", value);
      continue;
    }
    if (options.generous) {
      push("number", value);
      continue;
    }
    if (g.cnnum === "一" || !UNIT_AFTER.test(after)) continue;
    push("number", value);
  }
  return figures;
}

const keyOf = (kind: FigureKind | "any", value: string) => `${kind}:${value}`;

/** Every figure a source supports, as kind:value keys (form values as any:value). */
export function supportedFigureKeys(sources: FigureSources): Set<string> {
  const keys = new Set<string>();
  for (const text of sources.texts) for (const f of extractFigures(text, { generous: true })) keys.add(keyOf(f.kind, f.value));
  for (const value of sources.values ?? []) {
    for (const f of extractFigures(value, { generous: true })) {
      keys.add(keyOf("any", f.value));
      // A form value of 12.5 stands for 12.5 (%, 个百分点, 名…) whatever unit the field has.
    }
  }
  return keys;
}

/**
 * The figures of `output` that no source supports: each to be removed, edited or accepted by the
 * person before the text may be inserted.
 */
export function findUnsupportedFigures(output: string, sources: FigureSources): Figure[] {
  const keys = supportedFigureKeys(sources);
  return extractFigures(output).filter((f) => !keys.has(keyOf(f.kind, f.value)) && !keys.has(keyOf("any", f.value)));
}
