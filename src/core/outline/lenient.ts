import { leadingOrdinalFix } from "./forms";
import { readOutline } from "./readOutline";
import type { OutlineEntry } from "./types";

/**
 * readOutline, but also seeing headings whose ordinal has the wrong form (1、 一. (一) （一）、):
 * they are read as if written in the standard form, so 一. followed by 三、 is a gap, not a
 * sequence starting at 三. Offsets and `written` refer to the original text; `expected` is in
 * the standard form for those headings.
 */
export function readOutlineLenient(paragraphs: readonly string[]): OutlineEntry[] {
  const fixes = paragraphs.map(leadingOrdinalFix);
  const normalized = paragraphs.map((text, i) => {
    const fix = fixes[i];
    return fix ? text.slice(0, fix.start) + fix.replacement + text.slice(fix.end) : text;
  });
  return readOutline(normalized).map((entry) => {
    const fix = fixes[entry.paragraph];
    if (!fix) return entry;
    const text = paragraphs[entry.paragraph] ?? "";
    const fixedEnd = fix.start + fix.replacement.length;
    if (entry.start === fix.start && entry.end === fixedEnd) return { ...entry, end: fix.end, written: fix.written };
    if (entry.start < fixedEnd) return entry;
    const shift = fix.end - fixedEnd;
    return {
      ...entry,
      start: entry.start + shift,
      end: entry.end + shift,
      written: text.slice(entry.start + shift, entry.end + shift),
    };
  });
}
