import type { OutlineEntry } from "../../outline/types";
import type { Rule, RuleContext } from "../context";
import { draft } from "../finding";
import { checksMessages } from "../messages";
import type { FindingDraft } from "../types";
import { canonicalOrdinal, leadingOrdinalFix } from "../../outline/index";

/** The entry before `index` on the same level under the same parent, if any. */
function previousSibling(entries: OutlineEntry[], index: number): OutlineEntry | undefined {
  const entry = entries[index];
  if (!entry) return undefined;
  for (let i = index - 1; i >= 0; i--) {
    const other = entries[i];
    if (!other) continue;
    if (other.level < entry.level) return undefined;
    if (other.level === entry.level && other.style === entry.style) return other;
  }
  return undefined;
}

/**
 * Findings for every ordinal out of sequence, each labelled a gap or a repeat; and, without a fix,
 * those whose expected number their form cannot write (1000、 after 九百九十九、).
 */
export function sequenceFindings(ctx: RuleContext): FindingDraft[] {
  let found = computed.get(ctx);
  if (!found) computed.set(ctx, (found = computeSequenceFindings(ctx)));
  return found;
}

/** Three rules share one computation per check. */
const computed = new WeakMap<RuleContext, FindingDraft[]>();

function computeSequenceFindings(ctx: RuleContext): FindingDraft[] {
  const entries = ctx.outline();
  const out: FindingDraft[] = [];
  entries.forEach((entry, index) => {
    if (entry.writtenNumber === entry.expectedNumber) return;
    if (entry.beyondRange) {
      // Once for a run of them: 一是 written 100,000 times is one problem, not 100,000.
      if (previousSibling(entries, index)?.beyondRange) return;
      out.push(draft("numbering.beyondRange", entry.paragraph, entry.start, entry.end, "warning",
        checksMessages.beyondRange(entry.written, entry.expectedNumber)));
      return;
    }
    const sibling = previousSibling(entries, index);
    const repeated = sibling !== undefined && sibling.writtenNumber === entry.writtenNumber;
    const text = ctx.paragraphs[entry.paragraph] ?? "";
    // Only offer the fix when the ordinal sits where the outline says it does.
    const safe = text.slice(entry.start, entry.end) === entry.written && entry.expected !== "";
    let end = entry.end;
    let expected = entry.expected;
    // A heading ordinal with wrong brackets or punctuation too is fixed in one go, in the standard
    // form, so the two fixes do not overlap.
    // A house-style form (1．) is kept: only its number changes.
    const wrongForm = entry.level <= 4 ? leadingOrdinalFix(text) : null;
    const canonical =
      wrongForm && wrongForm.severity !== "info" && wrongForm.start === entry.start
        ? canonicalOrdinal(entry.level, entry.expectedNumber)
        : null;
    if (wrongForm && canonical !== null) {
      end = Math.max(end, wrongForm.end);
      expected = canonical;
    }
    const replacement = safe ? expected : undefined;
    out.push(
      repeated
        ? draft("numbering.repeat", entry.paragraph, entry.start, end, "error",
            checksMessages.repeat(entry.written, expected),
            replacement)
        : draft("numbering.gap", entry.paragraph, entry.start, end, "error",
            checksMessages.gap(entry.written, expected),
            replacement),
    );
  });
  return out;
}

/** Ordinals whose expected number their form cannot write: reported, never rewritten. */
export const numberingBeyondRangeRule: Rule = {
  ids: ["numbering.beyondRange"],
  run: (ctx) => sequenceFindings(ctx).filter((f) => f.rule === "numbering.beyondRange"),
};
