/**
 * Wording of derived figures: 增长3.2% / 下降1.5% / 持平, 提高0.8个百分点 — never 增长-3.2%.
 */
import { formatNumber, roundTo } from "./format";
import { metricsMessages } from "./messages";
import type { Bilingual } from "../text/bilingual";
import { CHANGE_VERBS, changePhrase, changeWordBefore } from "./wording";

export type GrowthVerb = "增长" | "下降" | "持平" | "提高" | "降低";

export interface GrowthWording {
  ok: true;
  verb: GrowthVerb;
  /** Absolute value, formatted ("3.2"); "0" when 持平. */
  value: string;
  /** The whole phrase by the wording table with no verb written: "增长3.2%", "降低0.3个百分点", "持平". */
  text: string;
  /** The change with its sign, formatted ("-3.2", "0"). */
  signed: string;
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

const notANumber = (): GrowthUnavailable => ({ ok: false, message: metricsMessages.notANumber });

function worded(delta: number, up: "增长" | "提高", unit: "%" | "个百分点", decimals: number): GrowthWording {
  const rounded = roundTo(delta, decimals);
  if (rounded === 0) return { ok: true, verb: "持平", value: "0", text: "持平", signed: "0", unit };
  const verb = rounded > 0 ? up : up === "提高" ? "降低" : "下降";
  const value = formatNumber(Math.abs(rounded), unit, decimals);
  const signed = rounded < 0 ? `-${value}` : value;
  return { ok: true, verb, value, text: changePhrase(undefined, signed, unit), signed, unit };
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
      message: metricsMessages.lastYearZero,
    };
  }
  if (previous < 0) {
    return {
      ok: false,
      message: metricsMessages.lastYearNegative,
    };
  }
  return worded(((current - previous) / previous) * 100, "增长", "%", decimals);
}

export interface TextReplacement {
  start: number;
  end: number;
  newText: string;
}

/** The signed figure a wording stands for: 下降3.2 → "-3.2", 持平 → "0". */
export function signedValueOf(wording: Pick<GrowthWording, "verb" | "value">): string {
  const down = CHANGE_VERBS.some((v) => v.verb === wording.verb && v.direction === "down");
  return down ? `-${wording.value}` : wording.value;
}

/** Sticky: read at the blank's end in place (no slice of a long paragraph per blank). */
const UNIT_AFTER = /%|％|个百分点|百分点/y;

function unitAt(text: string, at: number): string | undefined {
  UNIT_AFTER.lastIndex = at;
  return UNIT_AFTER.exec(text)?.[0];
}

/**
 * Rewrite "同比增长X%" to agree with the figure, by the wording table (changePhrase): the span
 * covers the change word, the placeholder and the unit after it ("同比下降3.2%", "同比持平",
 * "增速为-3.2%", "减少3.2亿元"). `unit` is the field's unit as written after the placeholder
 * (else %, 个百分点 are recognised). Null when no change word precedes the placeholder.
 */
export function fillGrowthSentence(
  paragraphText: string,
  placeholder: { start: number; end: number },
  wording: Pick<GrowthWording, "verb" | "value">,
  unit?: string,
): TextReplacement | null {
  const word = changeWordBefore(paragraphText, placeholder.start);
  if (!word) return null;
  // The field's unit however long it is (a window of 8 characters once dropped 万千瓦时每万元工业增加值).
  const written = unit !== undefined && paragraphText.startsWith(unit, placeholder.end) ? unit : unitAt(paragraphText, placeholder.end);
  return {
    start: word.start,
    end: placeholder.end + (written?.length ?? 0),
    newText: changePhrase(word.word, signedValueOf(wording), written === "％" ? "%" : written),
  };
}
