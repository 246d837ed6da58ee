/**
 * The checks of 数据核对 over the figures of a document. Each check speaks only when the figures
 * cannot all be right, after allowing for the rounding their written precision permits.
 */
import { untranslated, type Bilingual } from "../text/bilingual";
import type { Mention } from "./extract";
import { figuresMessages } from "./messages";
import { isComparableLevel } from "./extract";
import { show } from "./numbers";
import type { FigureIssue, FigurePlace, FigureRule } from "./types";
import type { Indicator } from "./indicators";

const place = (m: Mention): FigurePlace => ({ paragraph: m.paragraph, start: m.start, end: m.end });
const at = (m: Mention): Bilingual => figuresMessages.place(m.paragraph + 1, m.text);

function issue(rule: FigureRule, mentions: readonly Mention[], message: Bilingual, key: string): FigureIssue {
  return { rule, places: mentions.map(place), message, key: `${rule}|${key}` };
}

/** Whether two values agree within the rounding both were written with. */
const agree = (a: Mention, b: Mention) => Math.abs(a.base - b.base) <= a.step + b.step + 1e-9 * Math.max(Math.abs(a.base), Math.abs(b.base));

/** a / b is 10^k (k ≥ 1) within rounding: the same digits in a slipped unit. */
function powerOfTen(a: Mention, b: Mention): number | null {
  const [big, small] = a.base > b.base ? [a, b] : [b, a];
  if (small.base <= 0) return null;
  for (let k = 1; k <= 8; k++) {
    const scaled = small.base * 10 ** k;
    if (Math.abs(big.base - scaled) <= big.step + small.step * 10 ** k + 1e-9 * big.base) return k;
  }
  return null;
}

/** Values of one indicator compared at most (each with each): keeps the check linear. */
const MAX_VALUES = 8;
/** How far back a growth rate looks for last year's figure (figures of one paragraph). */
const LOOK_BACK = 60;

/** One indicator, one year, two values (or the same digits in units a power of ten apart). */
export function conflicts(mentions: readonly Mention[]): FigureIssue[] {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (!isComparableLevel(m) || m.year === undefined) continue;
    const key = `${m.indicator!.name}|${m.dimension}|${m.year}`;
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  const out: FigureIssue[] = [];
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    // The first of each value that disagrees with every value before it.
    // Bounded: a pasted table of one indicator's values is not compared value by value.
    const distinct: Mention[] = [];
    for (const m of list) {
      if (distinct.length >= MAX_VALUES) break;
      if (!distinct.some((d) => agree(d, m))) distinct.push(m);
    }
    if (distinct.length < 2) continue;
    const first = distinct[0]!;
    const name = first.indicator!.name;
    for (const other of distinct.slice(1)) {
      const k = powerOfTen(first, other);
      if (k !== null) {
        out.push(issue("figures.unit", [first, other],
          figuresMessages.unitSlip(name, at(first), at(other), 10 ** k),
          `${name}|${first.text}|${other.text}`));
      } else {
        out.push(issue("figures.conflict", [first, other],
          figuresMessages.conflict(name, at(first), at(other)),
          `${name}|${first.year}|${first.text}|${other.text}`));
      }
    }
  }
  return out;
}

/** The range a growth rate can have when both figures may be off by their rounding. */
function growthRange(from: Mention, to: Mention): [number, number] | null {
  const lo = from.base - from.step;
  const hi = from.base + from.step;
  if (lo <= 0) return null;
  const a = ((to.base - to.step - hi) / hi) * 100;
  const b = ((to.base + to.step - lo) / lo) * 100;
  return [Math.min(a, b), Math.max(a, b)];
}

/** Stated change with its sign: 下降3.2% → -3.2. */
const signed = (r: Mention) => (r.change === "down" ? -r.value : r.value);
const SLACK = 0.051; // a rate cut rather than rounded (5.66 → 5.6) is not an error

function within(value: number, step: number, range: readonly [number, number]): boolean {
  return value + step + SLACK >= range[0] && value - step - SLACK <= range[1];
}

/** Sentences where the growth is not the plain ratio of the two figures. */
const NOT_NOMINAL = /可比|实际|口径|剔除|扣除|名义|按.{0,6}计算|折算|年均/;

/**
 * A growth rate checked against the two figures it is computed from: `from` (last year's) and
 * `to` (this year's), as amounts or as rates (then the change is in 个百分点).
 */
export function checkGrowth(from: Mention, to: Mention, rate: Mention, name: string, fromForm: boolean): FigureIssue | null {
  if (from.dimension !== to.dimension || from.base <= 0) return null;
  const places = fromForm ? [to, rate] : [from, to, rate];
  const fromText = fromForm ? figuresMessages.lastYearForm(from.text) : untranslated(from.text);
  const diffStep = from.step + to.step;
  const diff = to.base - from.base;
  const rateStep = 0.5 * 10 ** -rate.decimals;
  const stated = signed(rate);
  const range = growthRange(from, to);
  const rateFigures = from.dimension === "percent";
  const wentUp = diff > diffStep;
  const wentDown = diff < -diffStep;
  const keyBase = `${name}|${from.text}|${to.text}|${rate.text}`;
  // 增长 on a fall, 下降 on a rise.
  if ((rate.change === "up" && wentDown && rate.value > 0) || (rate.change === "down" && wentUp && rate.value > 0)) {
    const verbZh = rate.change === "up" ? "增长" : "下降";
    return issue("figures.growth", places,
      figuresMessages.direction(name, fromText, to.text, wentDown, verbZh, rate.text),
      `direction|${keyBase}`);
  }
  if (rateFigures) {
    const points = diff; // in percentage points
    const pointsRange: [number, number] = [points - diffStep, points + diffStep];
    if (rate.unit === "%") {
      if (within(stated, rateStep, pointsRange) && !(range && within(stated, rateStep, range))) {
        return issue("figures.growth", places,
          figuresMessages.pointsNotPercent(name, fromText, to.text, show(Math.abs(points)), rate.text, show(rate.value)),
          `points|${keyBase}`);
      }
      if (range && !within(stated, rateStep, range)) {
        return issue("figures.growth", places,
          figuresMessages.pointsNotRate(name, fromText, to.text, show(Math.abs(points)), show(((to.base - from.base) / from.base) * 100), rate.text),
          `rate|${keyBase}`);
      }
      return null;
    }
    if (!within(stated, rateStep, pointsRange)) {
      return issue("figures.growth", places,
        figuresMessages.pointsDiffer(name, fromText, to.text, show(Math.abs(points)), rate.text),
        `points|${keyBase}`);
    }
    return null;
  }
  if (!range) return null;
  const expected = (diff / from.base) * 100;
  if (rate.unit !== "%") {
    return issue("figures.growth", places,
      figuresMessages.amountChange(name, fromText, to.text, show(expected), rate.text),
      `unit|${keyBase}`);
  }
  if (within(stated, rateStep, range)) return null;
  return issue("figures.growth", places,
    figuresMessages.growthRate(name, fromText, to.text, show(expected), show(rate.value)),
    `growth|${keyBase}`);
}

const FROM = /(?:由|从)$/;
const TO_BETWEEN = /^[^，。；\d]{0,6}(?:到|至|为)$/;
const RATE_BETWEEN = /^[，,]?\s*(?:同比|比上年|较上年|比去年|较去年)?(?:增长|增加|提高|上升|提升|下降|减少|降低|回落|下滑|增幅|降幅|增速)(?:了|为|达)?$/;

/** Sentences with an indicator whose growth is stated at comparable prices. */
function realIndicatorIn(text: string, indicators: readonly Indicator[]): boolean {
  if (/增加值|生产总值|GDP/.test(text)) return true;
  return indicators.some((i) => i.real && text.includes(i.name));
}

export interface GrowthContext {
  paragraphs: readonly string[];
  /** Last year's value per indicator, from the 数据 form. */
  previousFromForm: ReadonlyMap<string, Mention>;
  indicators: readonly Indicator[];
}

/** Growth rates next to both figures they follow from: in one sentence (由A到B，增长C%) or a paragraph. */
export function growth(mentions: readonly Mention[], ctx: GrowthContext): FigureIssue[] {
  const out: FigureIssue[] = [];
  const used = new Set<Mention>();
  for (let i = 0; i + 2 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    const r = mentions[i + 2]!;
    if (a.sentence !== b.sentence || b.sentence !== r.sentence || a.change || b.change) continue;
    if (!r.change || (r.unit !== "%" && r.dimension !== "points")) continue;
    if (!FROM.test(a.before)) continue;
    const text = ctx.paragraphs[a.paragraph] ?? "";
    if (!TO_BETWEEN.test(text.slice(a.end, b.start)) || !RATE_BETWEEN.test(text.slice(b.end, r.start))) continue;
    if (a.target || a.period || a.approx || b.approx || r.approx) continue;
    const sentence = text.slice(a.sentenceStart, a.sentenceEnd);
    if (NOT_NOMINAL.test(sentence) || realIndicatorIn(sentence, ctx.indicators)) continue;
    const name = a.indicator?.name ?? (a.label.replace(/[由从]$/, "") || "数据");
    const found = checkGrowth(a, b, r, name, false);
    used.add(r);
    if (found) out.push(found);
  }
  // This year's level, then its change; last year's level elsewhere in the paragraph or in the form.
  for (let i = 0; i < mentions.length; i++) {
    const r = mentions[i]!;
    if (!r.change || used.has(r) || (r.unit !== "%" && r.dimension !== "points") || r.approx || r.target || r.period) continue;
    const indicator = r.indicator;
    if (!indicator || indicator.real) continue;
    if (!/(?:比上年|较上年|同比|比去年|较去年)/.test(r.before) && !/(?:比上年|较上年|同比|比去年|较去年)/.test(ctx.paragraphs[r.paragraph]?.slice(r.sentenceStart, r.start) ?? "")) continue;
    const text = ctx.paragraphs[r.paragraph] ?? "";
    const sentence = text.slice(r.sentenceStart, r.sentenceEnd);
    if (NOT_NOMINAL.test(sentence)) continue;
    // This year's level: the nearest before it in the same sentence, of the same indicator.
    let level: Mention | undefined;
    for (let j = i - 1; j >= 0 && j >= i - LOOK_BACK; j--) {
      const m = mentions[j]!;
      if (m.sentence !== r.sentence) break;
      if (m.indicator === indicator && isComparableLevel(m)) {
        level = m;
        break;
      }
      if (!m.change) break; // another figure between: the rate may be of that one
    }
    if (!level || level.year === undefined) continue;
    let previous: Mention | undefined;
    let fromForm = false;
    for (let j = i - 1; j >= 0 && j >= i - LOOK_BACK && mentions[j]!.paragraph === r.paragraph; j--) {
      const m = mentions[j]!;
      if (m !== level && m.indicator === indicator && !m.change && !m.part && !m.approx && !m.target && !m.namedScope && m.year === level.year - 1 && m.dimension === level.dimension) {
        previous = m;
        break;
      }
    }
    if (!previous) {
      previous = ctx.previousFromForm.get(`${indicator.name}|${level.dimension}`);
      fromForm = previous !== undefined;
    }
    if (!previous) continue;
    const found = checkGrowth(previous, level, r, indicator.name, fromForm);
    if (found) out.push(found);
  }
  return out;
}

const SHARE_BETWEEN = /^[，,]?\s*(?:占比|占[^，。；\d]{0,14}?(?:的)?(?:比重|比例)?)(?:为|达到?|是)?$/;
const TOTAL_WORD = /(?:共|共计|合计|总计|总数|总额|总量|累计)/;

/** Parts of a stated total (共X，其中A、B、C; 合计X，分别为…), shares of it (占比), shares of one whole. */
export function parts(mentions: readonly Mention[], paragraphs: readonly string[]): FigureIssue[] {
  const out: FigureIssue[] = [];
  let i = 0;
  while (i < mentions.length) {
    const sentence = mentions[i]!.sentence;
    let j = i;
    while (j < mentions.length && mentions[j]!.sentence === sentence) j++;
    const inSentence = mentions.slice(i, j);
    i = j;
    if (inSentence.length < 2) continue;
    const first = inSentence[0]!;
    const text = paragraphs[first.paragraph] ?? "";
    const sentenceText = text.slice(first.sentenceStart, first.sentenceEnd);
    const qizhong = sentenceText.indexOf("其中");
    if (qizhong < 0) continue;
    const splitAt = first.sentenceStart + qizhong;
    const total = inSentence.find((m) => m.end <= splitAt && !m.change && !m.approx && !m.period && m.dimension !== "percent" && m.dimension !== "points");
    if (!total || total.end > splitAt) continue;
    const totalHasWord = TOTAL_WORD.test(total.before);
    // Parts: after 其中, joined by 、 (no clause break between them).
    const list: Mention[] = [];
    let cursor = splitAt + 2;
    for (const m of inSentence) {
      if (m.start < cursor) continue;
      const between = text.slice(list.length === 0 ? splitAt + 2 : list[list.length - 1]!.end, m.start);
      if (m.dimension !== total.dimension || m.change || m.approx) break;
      if (list.length === 0 ? /[，,；;。]/.test(between.replace(/^[，,：:]/, "")) : !/[、和及]/.test(between) || /[，,；;：:]/.test(between)) break;
      list.push(m);
      cursor = m.end;
    }
    if (list.length >= 2 && (totalHasWord || total.indicator) && looksLikePartition(list.map((m) => m.label))) {
      const sum = list.reduce((s, m) => s + m.base, 0);
      const tolerance = total.step + list.reduce((s, m) => s + m.step, 0) + 1e-9 * Math.abs(sum);
      if (sum > total.base + tolerance) {
        const unitFactor = total.base / total.value;
        const sumText = `${show(sum / unitFactor)}${total.unit}`;
        out.push(issue("figures.parts", [total, ...list],
          figuresMessages.partsOver(labelOf(total), list.map((m) => m.text), sumText, total.text),
          `sum|${total.text}|${list.map((m) => m.text).join("+")}`));
      }
    }
    // Shares: a part after 其中 followed by 占比X% of the total in the same sentence.
    const shares: Mention[] = [];
    for (let k = 0; k + 1 < inSentence.length; k++) {
      const part = inSentence[k]!;
      const share = inSentence[k + 1]!;
      if (part.start < splitAt || share.unit !== "%" || share.change) continue;
      if (!SHARE_BETWEEN.test(text.slice(part.end, share.start))) continue;
      shares.push(share);
      if (part.dimension !== total.dimension || part.change || part.approx || total.base <= 0) continue;
      const lo = ((part.base - part.step) / (total.base + total.step)) * 100;
      const hi = ((part.base + part.step) / (total.base - total.step)) * 100;
      const step = 0.5 * 10 ** -share.decimals;
      if (share.value + step + SLACK >= lo && share.value - step - SLACK <= hi) continue;
      const expected = (part.base / total.base) * 100;
      out.push(issue("figures.parts", [total, part, share],
        figuresMessages.share(labelOf(part), part.text, total.text, show(expected), share.text),
        `share|${total.text}|${part.text}|${share.text}`));
    }
    if (shares.length >= 2) {
      const sum = shares.reduce((s, m) => s + m.value, 0);
      const tolerance = shares.reduce((s, m) => s + 0.5 * 10 ** -m.decimals, 0);
      if (sum > 100 + tolerance + 1e-9) {
        out.push(issue("figures.parts", shares,
          figuresMessages.sharesOver(show(sum), shares.map((m) => m.text)),
          `shares|${shares.map((m) => m.text).join("+")}`));
      }
    }
  }
  return out;
}

/** Attributes that cut across a total rather than divide it (女党员、35岁以下党员、大专以上学历党员). */
const CROSS_CUTTING = /以上|以下|以内|岁|学历|少数民族|民族|超|过|新|年轻|本科|研究生|硕士|博士|专科|大专|中专|退役|流动|困难|优秀|先进|重点|省级|市级|国家级|县级|亿元|万元|获|达标/;

/**
 * Whether the parts after 其中 divide the total (男/女, 工业/服务业/农业项目, 高级/中级/初级教师)
 * rather than list attributes that overlap: the labels share a head (or a prefix) and differ by a
 * short modifier that is not a cross-cutting attribute.
 */
export function looksLikePartition(labels: readonly string[]): boolean {
  const names = labels.map((l) => l.replace(/^其中/, "").replace(/(?:人数|数)$/, ""));
  if (names.some((n) => n.length < 2)) return false;
  const suffix = commonEnd(names);
  const prefix = commonStart(names);
  const modifiers = suffix.length >= prefix.length ? names.map((n) => n.slice(0, n.length - suffix.length)) : names.map((n) => n.slice(prefix.length));
  if (Math.max(suffix.length, prefix.length) === 0 || modifiers.some((m) => m.length === 0 || m.length > 8)) return false;
  const sexes = modifiers.every((m) => m === "男" || m === "女");
  return sexes || !modifiers.some((m) => CROSS_CUTTING.test(m) || m === "女" || m === "男");
}

function commonEnd(names: readonly string[]): string {
  let n = 0;
  const first = names[0]!;
  while (n < first.length && names.every((s) => s.length > n && s[s.length - 1 - n] === first[first.length - 1 - n])) n++;
  return first.slice(first.length - n);
}

function commonStart(names: readonly string[]): string {
  let n = 0;
  const first = names[0]!;
  while (n < first.length && names.every((s) => s[n] === first[n])) n++;
  return first.slice(0, n);
}

const labelOf = (m: Mention) => m.indicator?.name ?? m.label.replace(/^其中/, "");

/** 合计X，分别为A、B、C (numbers of one unit written once at the end allowed). */
export function respectively(paragraphs: readonly string[], mentions: readonly Mention[]): FigureIssue[] {
  const out: FigureIssue[] = [];
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  for (const list of bySentence.values()) {
    const first = list[0]!;
    const text = paragraphs[first.paragraph] ?? "";
    const sentence = text.slice(first.sentenceStart, first.sentenceEnd);
    const at = sentence.indexOf("分别为");
    if (at < 0) continue;
    const total = list.find((m) => TOTAL_WORD.test(m.before) && /合计|共计|总计|共/.test(m.before) && !m.change && !m.approx && !m.period && m.start < first.sentenceStart + at);
    if (!total) continue;
    const listMatch = /^分别为((?:\d+(?:\.\d+)?[^\d、，。；]{0,5}、)+\d+(?:\.\d+)?)([^\d、，。；]{0,5})/.exec(sentence.slice(at));
    if (!listMatch) continue;
    const items = listMatch[1]!.split("、");
    const lastUnit = listMatch[2] ?? "";
    let sum = 0;
    let steps = 0;
    let ok = true;
    for (const item of items) {
      const m = /^(\d+(?:\.\d+)?)(.*)$/.exec(item);
      if (!m) { ok = false; break; }
      const unit = m[2] || lastUnit;
      const value = Number(m[1]);
      const decimals = m[1]!.includes(".") ? m[1]!.length - m[1]!.indexOf(".") - 1 : 0;
      const factor = unit === total.unit ? 1 : null;
      if (factor === null) { ok = false; break; }
      sum += value;
      steps += 0.5 * 10 ** -decimals;
    }
    if (!ok || items.length < 2) continue;
    if (Math.abs(sum - total.value) <= steps + 0.5 * 10 ** -total.decimals + 1e-9) continue;
    const listPlace: Mention = { ...total, start: first.sentenceStart + at, end: first.sentenceStart + at + listMatch[0].length, text: listMatch[0] };
    out.push(issue("figures.parts", [total, listPlace],
      figuresMessages.respectively(labelOf(total), total.text, items, show(sum), total.unit),
      `respectively|${total.text}|${items.join("+")}`));
  }
  return out;
}

const BOUNDED_LABEL = /(?:处理率|覆盖率|达标率|合格率|普及率|参保率|入学率|入园率|巩固率|优良率|知晓率|满意率|办结率|利用率|完好率|及时率|上线率|出勤率|占比|比重)$/;

/** A rate that cannot pass 100%, an amount in a unit it cannot be in (地区生产总值386.5万元). */
export function units(mentions: readonly Mention[]): FigureIssue[] {
  const out: FigureIssue[] = [];
  for (const m of mentions) {
    if (m.change) continue;
    if (m.dimension === "percent" && m.value > 100 && !m.target && ((m.indicator?.bounded ?? false) || BOUNDED_LABEL.test(m.label))) {
      const name = m.indicator?.name ?? m.label;
      out.push(issue("figures.unit", [m], figuresMessages.over100(name, at(m)), `over100|${name}|${m.text}`));
      continue;
    }
    const indicator = m.indicator;
    if (!indicator || m.part || m.namedScope || m.approx) continue;
    if (indicator.min !== undefined && m.base < indicator.min && m.base > 0) {
      out.push(issue("figures.unit", [m],
        figuresMessages.tooSmall(indicator.name, at(m)),
        `min|${indicator.name}|${m.text}`));
    } else if (indicator.max !== undefined && m.base > indicator.max) {
      out.push(issue("figures.unit", [m],
        figuresMessages.tooLarge(indicator.name, at(m)),
        `max|${indicator.name}|${m.text}`));
    }
  }
  return out;
}
