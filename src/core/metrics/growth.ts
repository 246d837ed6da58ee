/**
 * Wording of derived figures: 增长3.2% / 下降1.5% / 持平, 提高0.8个百分点 — never 增长-3.2%.
 */
import { formatNumber, roundTo } from "./format";
import { msg } from "./messages";
import type { Bilingual } from "../text/bilingual";

export type GrowthVerb = "增长" | "下降" | "持平" | "提高";

export interface GrowthWording {
  ok: true;
  verb: GrowthVerb;
  /** Absolute value, formatted ("3.2"); "0" when 持平. */
  value: string;
  /** The whole phrase: "增长3.2%", "下降0.3个百分点", "持平". */
  text: string;
  unit: "%" | "个百分点";
}

export interface GrowthUnavailable {
  ok: false;
  message: Bilingual;
}

export type GrowthResult = GrowthWording | GrowthUnavailable;

export interface GrowthOptions {
  unit?: "%" | "个百分点";
  decimals?: number;
}

const notANumber = (): GrowthUnavailable => ({ ok: false, message: msg("不是有效的数字", "Not a valid number") });

function worded(delta: number, up: "增长" | "提高", unit: "%" | "个百分点", decimals: number): GrowthWording {
  const rounded = roundTo(delta, decimals);
  if (rounded === 0) return { ok: true, verb: "持平", value: "0", text: "持平", unit };
  const verb = rounded > 0 ? up : "下降";
  const value = formatNumber(Math.abs(rounded), unit, decimals);
  return { ok: true, verb, value, text: `${verb}${value}${unit}`, unit };
}

/**
 * Change of a rate, in percentage points: 5.2% vs 4.4% → "提高0.8个百分点".
 * Equal after rounding → "持平".
 */
export function rateChangeWording(currentRate: number, previousRate: number, decimals = 1): GrowthResult {
  if (!Number.isFinite(currentRate) || !Number.isFinite(previousRate)) return notANumber();
  return worded(currentRate - previousRate, "提高", "个百分点", decimals);
}

/**
 * Growth of an amount over last year's: 103.2 vs 100 → "增长3.2%". With unit 个百分点 the inputs are
 * rates and the change is worded as by rateChangeWording. Last year 0 (or negative) gives no
 * meaningful percentage: returns ok: false with a message.
 */
export function growthWording(current: number, previous: number, opts: GrowthOptions = {}): GrowthResult {
  const unit = opts.unit ?? "%";
  const decimals = opts.decimals ?? 1;
  if (!Number.isFinite(current) || !Number.isFinite(previous)) return notANumber();
  if (unit === "个百分点") return rateChangeWording(current, previous, decimals);
  if (previous === 0) {
    if (current === 0) return worded(0, "增长", "%", decimals);
    return {
      ok: false,
      message: msg("上年数为0，无法计算增长百分比，请直接填写增减额", "Last year's figure is 0: no percentage change can be computed; state the change as an amount"),
    };
  }
  if (previous < 0) {
    return {
      ok: false,
      message: msg("上年数为负数，增长百分比没有意义，请直接填写增减额", "Last year's figure is negative: a percentage change is meaningless; state the change as an amount"),
    };
  }
  return worded(((current - previous) / previous) * 100, "增长", "%", decimals);
}

const UP_VERBS = ["增长了", "增长", "增速为", "增幅为", "增速", "增幅", "提高了", "提高", "上升", "增加"];
const DOWN_VERBS = ["下降了", "下降", "降低", "减少", "回落"];
const VERB_BEFORE = new RegExp(`(?:${[...UP_VERBS, ...DOWN_VERBS].sort((a, b) => b.length - a.length).join("|")})$`);
const UNIT_AFTER = /^(?:%|％|个百分点|百分点)/;

export interface TextReplacement {
  start: number;
  end: number;
  newText: string;
}

/** The growth verb written right before `start` ("同比增长X%" → 增长), if any. */
export function growthVerbBefore(text: string, start: number): { start: number; verb: string; up: boolean } | null {
  const m = VERB_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
  if (!m) return null;
  return { start: start - m[0].length, verb: m[0], up: UP_VERBS.includes(m[0]) };
}

/**
 * Rewrite "同比增长X%" to agree with the computed change: "同比增长3.2%", "同比下降3.2%", "同比持平".
 * The span covers the verb and the placeholder (and the % or 个百分点 after it for 持平).
 * Null when no growth verb precedes the placeholder.
 */
export function fillGrowthSentence(
  paragraphText: string,
  placeholder: { start: number; end: number },
  wording: Pick<GrowthWording, "verb" | "value">,
): TextReplacement | null {
  const verb = growthVerbBefore(paragraphText, placeholder.start);
  if (!verb) return null;
  if (wording.verb === "持平") {
    const unit = UNIT_AFTER.exec(paragraphText.slice(placeholder.end, placeholder.end + 4));
    return { start: verb.start, end: placeholder.end + (unit ? unit[0].length : 0), newText: "持平" };
  }
  const goesUp = wording.verb !== "下降";
  const keepVerb = goesUp === verb.up;
  const newVerb = keepVerb ? verb.verb : wording.verb;
  return { start: verb.start, end: placeholder.end, newText: `${newVerb}${wording.value}` };
}
