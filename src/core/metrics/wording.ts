/**
 * The one wording table for changes of a figure: 增长/下降/持平 for % growth, 提高/降低 for
 * percentage points, 增加/减少 for amounts and counts, 增速/增幅 as nouns that take a signed value.
 * The form's preview ("将写为：…") and the text written into the document both come from
 * changePhrase, so what the person is shown is what the document gets.
 */
import { isRateUnit } from "../placeholders/units";

export type ChangeDirection = "up" | "down" | "flat";

/** How a unit's change is worded when the template gives no verb of its own. */
export type ChangeClass = "percent" | "points" | "amount";

export function changeClassOf(unit: string | undefined): ChangeClass {
  if (unit === "%" || unit === "％") return "percent";
  if (isRateUnit(unit)) return "points";
  return "amount";
}

/** Default verbs per class: 增长/下降 %, 提高/降低 个百分点, 增加/减少 亿元 (and counts). */
export const DEFAULT_VERBS: Readonly<Record<ChangeClass, { up: string; down: string }>> = {
  percent: { up: "增长", down: "下降" },
  points: { up: "提高", down: "降低" },
  amount: { up: "增加", down: "减少" },
};

/**
 * Verbs written before a figure, with their direction and the verb of the other direction;
 * no `opposite`: the table's verb for the unit (增长 → 下降 for %, → 减少 for 亿元).
 */
export const CHANGE_VERBS: ReadonlyArray<{ verb: string; direction: "up" | "down"; opposite?: string }> = [
  { verb: "增长了", direction: "up" },
  { verb: "增长", direction: "up" },
  { verb: "上升了", direction: "up", opposite: "下降了" },
  { verb: "上升", direction: "up", opposite: "下降" },
  { verb: "提高了", direction: "up", opposite: "降低了" },
  { verb: "提高", direction: "up", opposite: "降低" },
  { verb: "提升", direction: "up", opposite: "下降" },
  { verb: "增加了", direction: "up", opposite: "减少了" },
  { verb: "增加", direction: "up", opposite: "减少" },
  { verb: "回升", direction: "up", opposite: "回落" },
  { verb: "下降了", direction: "down" },
  { verb: "下降", direction: "down" },
  { verb: "降低了", direction: "down", opposite: "提高了" },
  { verb: "降低", direction: "down", opposite: "提高" },
  { verb: "减少了", direction: "down", opposite: "增加了" },
  { verb: "减少", direction: "down", opposite: "增加" },
  { verb: "回落", direction: "down", opposite: "回升" },
];

/** Nouns naming the rate itself (增速为X%): they keep their word and take a signed value. */
export const RATE_NOUNS: readonly string[] = ["增速为", "增幅为", "增长率为", "增速", "增幅", "增长率"];

const ALL_WORDS = [...CHANGE_VERBS.map((v) => v.verb), ...RATE_NOUNS].sort((a, b) => b.length - a.length);
const WORD_BEFORE = new RegExp(`(?:${ALL_WORDS.join("|")})$`);

/** The change word written right before `start` (同比增长X% → 增长), if any. */
export function changeWordBefore(text: string, start: number): { start: number; word: string } | null {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
  return m ? { start: start - m[0].length, word: m[0] } : null;
}

/** Direction of a signed figure as normalised text ("-3.2", "0", "0.0", "12"). */
export function directionOf(signed: string): ChangeDirection {
  if (/^[+-]?0*(?:\.0*)?$/.test(signed)) return "flat";
  return signed.startsWith("-") ? "down" : "up";
}

/**
 * The words that take the place of `word + figure + unit`: 增长3.2%, 下降3.2%, 持平, 增速为-3.2%,
 * 减少3.2亿元, 降低0.3个百分点. `word` is what the template wrote (undefined: none, the table's
 * verb for the unit is used); `signed` the normalised figure with its sign; `unit` as written after it.
 */
export function changePhrase(word: string | undefined, signed: string, unit: string | undefined): string {
  const direction = directionOf(signed);
  const u = unit ?? "";
  if (direction === "flat") return "持平";
  const magnitude = signed.replace(/^[+-]/, "");
  if (word !== undefined && RATE_NOUNS.includes(word)) return `${word}${direction === "down" ? "-" : ""}${magnitude}${u}`;
  const written = word === undefined ? undefined : CHANGE_VERBS.find((v) => v.verb === word);
  let verb: string;
  if (written && written.direction === direction) verb = written.verb;
  else if (written?.opposite) verb = written.opposite;
  else verb = DEFAULT_VERBS[changeClassOf(unit)][direction] + (written?.verb.endsWith("了") ? "了" : "");
  return `${verb}${magnitude}${u}`;
}
