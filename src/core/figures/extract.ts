/**
 * Figures of a document, each with what it measures and in what frame: the year it is about,
 * whether it is a target, a part (其中), approximate (约, 以上), of another period (一季度, 近三年)
 * or of a named place (高新区). Sentences are read once, left to right: each stretch of text
 * between two figures is looked at once, so the cost is linear in the document's length.
 */
import { labelWrittenFigure } from "../placeholders/index";
import type { Indicator, IndicatorIndex } from "./indicators";
import { parseArabic, parseChinese, halfStep } from "./numbers";
import { isNotUnitWord, mayStartUnit, unitAt, unitInfo, type Dimension } from "./units";

export interface Mention {
  paragraph: number;
  /** Offsets in the paragraph: the number and its unit. */
  start: number;
  end: number;
  /** Index of the sentence in the document (figures of one sentence share it). */
  sentence: number;
  /** Where the sentence starts and ends in its paragraph. */
  sentenceStart: number;
  sentenceEnd: number;
  /** As written: "386.5亿元". */
  text: string;
  value: number;
  decimals: number;
  unit: string;
  dimension: Dimension;
  /** Value and rounding step in the dimension's base unit. */
  base: number;
  step: number;
  label: string;
  indicator?: Indicator;
  /** A change (增长5.6%, 比上年增加12亿元) rather than a level; "up" or "down" says which way it is worded. */
  change?: "up" | "down";
  /** The clause right before the figure (for patterns: 由, 到, 占比). */
  before: string;
  /** The year the figure is about, when one is in force (report's year by default). */
  year?: number;
  /** A year written right before the figure in its own clause (2023年12亿元). */
  ownYear?: number;
  target: boolean;
  part: boolean;
  approx: boolean;
  period: boolean;
  namedScope: boolean;
}

/** Not one figure: a level to compare with another level of the same indicator. */
export const isComparableLevel = (m: Mention): boolean =>
  !m.change && !m.target && !m.part && !m.approx && !m.period && !m.namedScope && m.indicator !== undefined;

const SENTENCE = /[^。；！？\n]+[。；！？]?/g;
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+/g;
const CHINESE_START = /^[零〇一二两三四五六七八九十]/;

const YEAR = /((?:19|20)\d{2})\s*年(?!\s*[—－\-~～至到])/g;
const YEAR_RANGE = /(?:19|20)\d{2}\s*年?\s*[—－\-~～至到]\s*(?:19|20)\d{2}\s*年/;
const PREVIOUS_YEAR = /(?<![比较于同])(?:上年|去年|上一年)(?!同期)/g;
const THIS_YEAR = /今年|本年|当年/g;
const NEXT_YEAR = /明年|下一年|来年/g;
const PERIOD =
  /季度|上半年|下半年|\d+\s*[—－\-~～至到]\s*\d+\s*月|[0-9一二三四五六七八九十]{1,2}月(?!\d)|以来|期间|近[两二三四五六七八九十\d]+年|[两二三四五六七八九十\d]+年来|年均|累计|过去[两二三四五六七八九十\d]+年|十[一二三四五]五|周年|日均|月均/;
const TARGET = /预期|目标|力争|计划|预计|争取|确保|力求|拟|将达到|将实现|要达到|要实现|有望|考核/;
const PART = /其中|包括|分项|含/;
/** A place or body named before the figure (高新区, 某某县, 分公司): its figures are its own. */
const NAMED_SCOPE =
  /(?![全本我该各每辖城市片景社园小县地山郊乡省街灾库矿湖牧林垦县])[\u4e00-\u9fff](?:省|市|县|区|镇|乡)(?![场域级委政直属内外民长])|分公司|子公司|街道|开发区|高新区|新区|园区|示范区|试验区/;
const APPROX_BEFORE = /(?:约|近|超过|超|逾|突破|接近|将近|不到|不足|不低于|不少于|不超过|控制在|保持在|高于|低于|大于|小于|达约)$/;
const APPROX_AFTER = /^(?:左右|以上|以内|以下|上下|多|余|强|弱)/;
const CHANGE_BEFORE =
  /(?:增长|增加|提高|上升|提升|上涨|增|下降|减少|降低|回落|下滑|下跌|减|增速|增幅|降幅|涨幅)(?:了|为|达|达到)?$/;
const DOWN = /下降|减少|降低|回落|下滑|下跌|降幅|减/;
/** Words of a comparison with last year: a change even when no verb is right before the figure. */
const COMPARED = /(?:比上年|较上年|同比|比去年|较去年|环比)[^，。；]{0,6}$/;

const LATIN_OR_DIGIT = /[A-Za-z0-9.]/;

export interface ExtractOptions {
  reportYear?: number;
  indicators: IndicatorIndex;
}

/** Paragraph text with full-width digits, ％ and ， between digits made ASCII (same length: offsets stay). */
function asciiDigits(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let r = -1;
    if (c >= 0xff10 && c <= 0xff19) r = c - 0xff10 + 48;
    else if (c === 0xff05) r = 37; // ％
    else if (c === 0xff0e && i > 0 && /\d/.test(out.slice(-1) || text[i - 1] || "")) r = 46; // ．
    if (r < 0) continue;
    out += text.slice(from, i) + String.fromCharCode(r);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Every figure with a known unit, in reading order. */
export function extractMentions(paragraphs: readonly string[], options: ExtractOptions): Mention[] {
  const out: Mention[] = [];
  let sentenceIndex = 0;
  paragraphs.forEach((raw, paragraph) => {
    if (!/[\d零〇一二两三四五六七八九十]/.test(raw)) return;
    const text = asciiDigits(raw);
    let paragraphTarget = false;
    // A place named earlier in the paragraph (某某镇积极推进…，规上工业企业达到12家) scopes what follows.
    let paragraphScope = false;
    SENTENCE.lastIndex = 0;
    let s: RegExpExecArray | null;
    while ((s = SENTENCE.exec(text)) !== null) {
      const sentence = s[0];
      const sentenceStart = s.index;
      readSentence(sentence, sentenceStart, paragraph, sentenceIndex++, paragraphTarget, paragraphScope, options, out);
      if (!paragraphScope && NAMED_SCOPE.test(sentence)) paragraphScope = true;
      if (!paragraphTarget && /(?:目标|任务)[是为]?[：:]|预期目标|主要目标|奋斗目标|工作目标|工作思路|工作安排|工作打算/.test(sentence)) paragraphTarget = true;
    }
  });
  return out;
}

interface Frame {
  year: number | undefined;
  target: boolean;
  part: boolean;
  period: boolean;
  namedScope: boolean;
}

function readFrame(stretch: string, frame: Frame, reportYear: number | undefined): void {
  if (stretch === "") return;
  if (PERIOD.test(stretch)) frame.period = true;
  if (TARGET.test(stretch)) frame.target = true;
  if (PART.test(stretch)) frame.part = true;
  if (NAMED_SCOPE.test(stretch)) frame.namedScope = true;
  if (!stretch.includes("年")) return;
  if (YEAR_RANGE.test(stretch)) frame.period = true;
  let last = -1;
  let year: number | undefined;
  const note = (at: number, value: number | undefined) => {
    if (at > last) {
      last = at;
      year = value;
    }
  };
  for (const m of stretch.matchAll(YEAR)) note(m.index, Number(m[1]));
  if (reportYear !== undefined) {
    for (const m of stretch.matchAll(PREVIOUS_YEAR)) note(m.index, reportYear - 1);
    for (const m of stretch.matchAll(THIS_YEAR)) note(m.index, reportYear);
    for (const m of stretch.matchAll(NEXT_YEAR)) note(m.index, reportYear + 1);
  } else if (PREVIOUS_YEAR.test(stretch) || NEXT_YEAR.test(stretch)) {
    frame.period = true; // another year, but which is unknown
  }
  PREVIOUS_YEAR.lastIndex = 0;
  NEXT_YEAR.lastIndex = 0;
  if (last >= 0) frame.year = year;
}

function readSentence(
  sentence: string,
  offset: number,
  paragraph: number,
  sentenceIndex: number,
  paragraphTarget: boolean,
  paragraphScope: boolean,
  options: ExtractOptions,
  out: Mention[],
): void {
  const frame: Frame = { year: options.reportYear, target: paragraphTarget, part: false, period: false, namedScope: paragraphScope };
  let read = 0; // frame read up to here
  let floor = 0; // where the next figure's clause may start
  let subject: string | undefined;
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(sentence)) !== null) {
    const numStart = m.index;
    let numEnd = numStart + m[0].length;
    if (!mayStartUnit(sentence, numEnd)) continue;
    const isChinese = !/\d/.test(m[0][0] ?? "");
    if (isChinese && !CHINESE_START.test(m[0])) continue;
    const prevChar = sentence[numStart - 1] ?? "";
    if (!isChinese && LATIN_OR_DIGIT.test(prevChar)) continue; // PM2.5, C919
    if (isChinese && (prevChar === "第" || /[\u4e00-\u9fff]/.test(sentence[numEnd] ?? "") === false)) continue;
    const parsed = isChinese ? parseChinese(m[0]) : parseArabic(m[0]);
    if (!parsed) continue;
    let unit = unitAt(sentence, numEnd);
    if (!unit && !isChinese && sentence[numEnd] === "万" && sentence.startsWith("亿", numEnd + 1)) unit = undefined;
    if (!unit || isNotUnitWord(sentence, numEnd)) continue;
    const info = unitInfo(unit);
    if (!info) continue;
    numEnd = numStart + m[0].length;
    const end = numEnd + unit.length;
    NUMBER.lastIndex = end;

    // The frame: everything between the last figure read and this one.
    readFrame(sentence.slice(read, numStart), frame, options.reportYear);
    read = end;
    const clauseFloor = Math.max(floor, numStart - 40);
    const labelled = labelWrittenFigure(sentence, numStart, numEnd, unit, clauseFloor, subject);
    const before = clauseBefore(sentence, numStart, clauseFloor);
    if (labelled.subject) subject = labelled.subject;
    floor = end;

    const after = sentence.slice(end, end + 3);
    const changeVerb = CHANGE_BEFORE.exec(before);
    const change = changeVerb || COMPARED.test(before) ? (changeVerb && DOWN.test(changeVerb[0]) ? "down" : "up") : undefined;
    const ownYear = /((?:19|20)\d{2})\s*年(?:度)?(?:为|是|达到?|完成|实现)?$/.exec(before);
    const mention: Mention = {
      paragraph,
      start: offset + numStart,
      end: offset + end,
      sentence: sentenceIndex,
      sentenceStart: offset,
      sentenceEnd: offset + sentence.length,
      text: sentence.slice(numStart, end),
      value: parsed.value,
      decimals: parsed.decimals,
      unit,
      dimension: info.dimension,
      base: parsed.value * info.factor,
      step: halfStep(parsed.decimals) * info.factor,
      label: labelled.label,
      before,
      target: frame.target,
      part: frame.part,
      approx: APPROX_BEFORE.test(before) || APPROX_AFTER.test(after),
      period: frame.period,
      namedScope: frame.namedScope,
    };
    if (frame.year !== undefined) mention.year = frame.year;
    if (ownYear) mention.ownYear = Number(ownYear[1]);
    if (change) mention.change = change;
    const indicator = lookupLabel(options.indicators, change ? labelled.subject ?? "" : labelled.label);
    if (indicator && indicator.dimensions.includes(info.dimension)) mention.indicator = indicator;
    else if (indicator && change && (info.dimension === "percent" || info.dimension === "points")) mention.indicator = indicator;
    out.push(mention);
  }
}

function lookupLabel(index: IndicatorIndex, label: string): Indicator | undefined {
  if (!label) return undefined;
  return index.lookup(label) ?? index.lookup(label.replace(/[由从]$/, ""));
}

const CLAUSE_BREAK = new Set([..."，,：:；（("].map((c) => c.charCodeAt(0)));

/** The clause before `start` (back to a clause break, never before `floor`). */
function clauseBefore(text: string, start: number, floor: number): string {
  let i = start;
  while (i > floor && !CLAUSE_BREAK.has(text.charCodeAt(i - 1))) i--;
  return text.slice(i, start).trim();
}
