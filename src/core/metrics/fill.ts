/**
 * Planning the writing of values into the document: exact spans with context to re-check them,
 * so that a value is never written where the text has changed under it.
 */
import type { Placeholder } from "../placeholders/types";
import { allowsNegative } from "../placeholders/units";
import { fillGrowthSentence, signedValueOf } from "./growth";
import type { GrowthWording } from "./growth";
import { metricsMessages } from "./messages";
import type { Bilingual } from "../text/bilingual";
import { validateValue } from "./validate";
import type { ValidateOptions } from "./validate";

export interface FillEdit {
  paragraph: number;
  start: number;
  end: number;
  /** Text that must still be at [start, end) (the placeholder, or verb + placeholder). */
  expected: string;
  /** A few characters each side, used to verify the place. */
  before: string;
  after: string;
  replacement: string;
  placeholderId: string;
  group: string;
}

export interface FillPlan {
  /** By paragraph, and right to left within a paragraph so earlier offsets stay valid. */
  edits: FillEdit[];
  skipped: Array<{ placeholder: Placeholder; reason: Bilingual }>;
  filledCount: number;
}

/** Derived wordings per group (from growthWording / rateChangeWording). */
export type DerivedWordings = Readonly<Record<string, Pick<GrowthWording, "verb" | "value">>>;

const CONTEXT_CHARS = 6;

interface Span {
  start: number;
  end: number;
  replacement: string;
}

/**
 * A typed value after a change word (同比增长X%, 比上年增长X亿元) is worded by the table when it is
 * negative or zero: 同比下降3.2%, 减少3.2亿元, 持平 — never 增长-3.2. A positive value keeps the verb.
 */
function typedChange(normalized: string, unit: string | undefined): Pick<GrowthWording, "verb" | "value"> | null {
  const n = Number(normalized);
  if (n < 0) return { verb: "下降", value: normalized.replace(/^-/, "") };
  if (n === 0 && allowsNegative(unit)) return { verb: "持平", value: "0" };
  return null;
}

function spanFor(
  text: string,
  p: Placeholder,
  value: string | undefined,
  derived: Pick<GrowthWording, "verb" | "value"> | undefined,
  options: ValidateOptions,
): Span | Bilingual {
  if (derived) {
    const growth = fillGrowthSentence(text, p, derived, p.unit);
    if (growth) return { start: growth.start, end: growth.end, replacement: growth.newText };
    return { start: p.start, end: p.end, replacement: signedValueOf(derived) };
  }
  const checked = validateValue({ kind: p.kind, ...(p.unit !== undefined ? { unit: p.unit } : {}) }, value ?? "", options);
  if (!checked.ok) return checked.message;
  if (p.kind === "percent" || p.kind === "number") {
    const wording = typedChange(checked.normalized, p.unit);
    const growth = wording ? fillGrowthSentence(text, p, wording, p.unit) : null;
    if (growth) return { start: growth.start, end: growth.end, replacement: growth.newText };
  }
  return { start: p.start, end: p.end, replacement: checked.normalized };
}

/**
 * Plan the edits that fill every placeholder whose group has a value (or a derived wording).
 * Placeholders whose text is no longer at their offsets, or whose value is invalid, are skipped
 * with a reason. `options` carries the person's decimals per unit (else the defaults).
 * Linear in the number of placeholders: each is compared with its neighbours in its paragraph only.
 */
export function planFill(
  paragraphs: readonly string[],
  placeholders: readonly Placeholder[],
  values: Readonly<Record<string, string>>,
  derived: DerivedWordings = {},
  options: ValidateOptions = {},
): FillPlan {
  const skipped: FillPlan["skipped"] = [];
  const byParagraph = new Map<number, Placeholder[]>();
  for (const p of placeholders) {
    const list = byParagraph.get(p.paragraph);
    if (list) list.push(p);
    else byParagraph.set(p.paragraph, [p]);
  }
  const edits: FillEdit[] = [];
  for (const [paragraph, unsorted] of [...byParagraph].sort((a, b) => a[0] - b[0])) {
    const inParagraph = unsorted.slice().sort((a, b) => a.start - b.start);
    const text = paragraphs[paragraph];
    const planned: Array<{ p: Placeholder; span: Span; index: number }> = [];
    let plannedEnd = -1;
    inParagraph.forEach((p, index) => {
      const value = Object.hasOwn(values, p.group) ? values[p.group] : undefined;
      const wording = Object.hasOwn(derived, p.group) ? derived[p.group] : undefined;
      if (!wording && (value === undefined || value.trim() === "")) return;
      if (text === undefined || text.slice(p.start, p.end) !== p.raw) {
        skipped.push({ placeholder: p, reason: metricsMessages.textChanged });
        return;
      }
      const span = spanFor(text, p, value, wording, options);
      if (!("replacement" in span)) {
        skipped.push({ placeholder: p, reason: span });
        return;
      }
      if (span.start < plannedEnd) {
        skipped.push({ placeholder: p, reason: metricsMessages.overlaps });
        return;
      }
      plannedEnd = span.end;
      planned.push({ p, span, index });
    });
    // Context never reaches into another placeholder or edit, so one edit cannot spoil the check of another.
    const own: FillEdit[] = planned.map(({ p, span, index }, k) => {
      const t = text ?? "";
      let lo = Math.max(0, span.start - CONTEXT_CHARS);
      let hi = Math.min(t.length, span.end + CONTEXT_CHARS);
      for (let i = index - 1; i >= 0; i--) {
        const other = inParagraph[i]!;
        if (other.end <= span.start) {
          lo = Math.max(lo, other.end);
          break;
        }
      }
      for (let i = index + 1; i < inParagraph.length; i++) {
        const other = inParagraph[i]!;
        if (other.start >= span.end) {
          hi = Math.min(hi, other.start);
          break;
        }
      }
      const prev = planned[k - 1];
      const next = planned[k + 1];
      if (prev) lo = Math.max(lo, prev.span.end);
      if (next) hi = Math.min(hi, next.span.start);
      return {
        paragraph,
        start: span.start,
        end: span.end,
        expected: t.slice(span.start, span.end),
        before: t.slice(lo, span.start),
        after: t.slice(span.end, hi),
        replacement: span.replacement,
        placeholderId: p.id,
        group: p.group,
      };
    });
    for (const edit of own.reverse()) edits.push(edit); // no spread: one paragraph may hold very many
  }
  return { edits, skipped, filledCount: edits.length };
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * Check that an edit's text and context are still in the paragraph: at the planned offsets, or
 * else at exactly one other place. Returns the offsets to use, or null (do not write).
 */
export function verifyEdit(currentParagraphText: string, edit: Pick<FillEdit, "start" | "end" | "expected" | "before" | "after">): { start: number; end: number } | null {
  const t = currentParagraphText;
  const { start, end, expected, before, after } = edit;
  if (
    t.slice(start, end) === expected &&
    t.slice(start - before.length, start) === before &&
    t.slice(end, end + after.length) === after &&
    start - before.length >= 0
  ) {
    return { start, end };
  }
  const hits = occurrences(t, before + expected + after);
  if (hits.length !== 1) return null;
  const at = (hits[0] ?? 0) + before.length;
  return { start: at, end: at + expected.length };
}

/**
 * Apply a paragraph's edits (in plan order) to its text, verifying each first.
 * Returns the new text and the edits that could not be placed.
 */
export function applyEditsToText(text: string, edits: readonly FillEdit[]): { text: string; applied: FillEdit[]; failed: FillEdit[] } {
  const applied: FillEdit[] = [];
  const failed: FillEdit[] = [];
  let out = text;
  for (const edit of edits) {
    const place = verifyEdit(out, edit);
    if (!place) {
      failed.push(edit);
      continue;
    }
    out = out.slice(0, place.start) + edit.replacement + out.slice(place.end);
    applied.push(edit);
  }
  return { text: out, applied, failed };
}
