/**
 * Planning the insertion of a skeleton block into a document so that numbering adapts to where
 * it lands: the block's top-level ordinals continue its preceding sibling, and the existing
 * ordinals the insertion displaces shift by the same amount.
 *
 * Existing ordinals are SHIFTED, not corrected: a paragraph that was misnumbered before keeps
 * its error (offset by the shift). Fixing old mistakes is renumber()'s job, on request.
 */
import { formatOrdinal, matchHeadingOrdinal } from "../outline/ordinals";
import { readOutline, readOutlineWithForms, type FormedEntry } from "../outline/readOutline";
import type { OutlineChange } from "../outline/types";
import { paragraphText } from "./text";
import type { InsertionPlan, SkeletonParagraph } from "./types";

const key = (paragraph: number, start: number): string => `${paragraph}:${start}`;

/** Written − expected of the nearest preceding sibling of a block entry (0 when none). */
function siblingOffset(merged: readonly FormedEntry[], index: number): number {
  const level = merged[index]!.entry.level;
  for (let i = index - 1; i >= 0; i--) {
    const e = merged[i]!.entry;
    if (e.level < level) return 0;
    if (e.level === level) return e.writtenNumber - e.expectedNumber;
  }
  return 0;
}

/** The last non-blank paragraph before `index` (-1: none): the blank lines above a signature stay with it. */
function lastTextBefore(doc: readonly string[], index: number): number {
  let i = index - 1;
  while (i >= 0 && doc[i]!.trim() === "") i--;
  return i;
}

/**
 * Where and how to insert `block` after paragraph `cursorParagraph` of `doc` (-1: at the start).
 * An empty (whitespace-only) cursor paragraph is replaced instead. `signatureStart` is the first
 * paragraph of the signature block (署名、日期) that ends `doc`, as core/format's
 * closingSignatureStart finds it: a cursor there or after it puts a block without its own
 * signature right before that block. Pure and deterministic.
 */
export function planInsertion(
  doc: readonly string[],
  cursorParagraph: number,
  block: readonly SkeletonParagraph[],
  signatureStart: number | null = null,
): InsertionPlan {
  if (!Number.isInteger(cursorParagraph) || cursorParagraph < -1 || cursorParagraph >= doc.length) {
    throw new RangeError(`Cursor paragraph ${cursorParagraph} outside the document (0–${doc.length - 1})`);
  }
  const signatureAt = block.some((p) => p.role === "signature" || p.role === "date") ? null : signatureStart;
  const beforeSignature = signatureAt !== null && cursorParagraph >= signatureAt && lastTextBefore(doc, signatureAt) >= 0;
  const replaceCursorParagraph = !beforeSignature && cursorParagraph >= 0 && doc[cursorParagraph]!.trim() === "";
  const insertAfter = beforeSignature ? lastTextBefore(doc, signatureAt) : replaceCursorParagraph ? cursorParagraph - 1 : cursorParagraph;
  const resumeAt = insertAfter + 1 + (replaceCursorParagraph ? 1 : 0);

  // merged paragraph index → original index (or -1 for block paragraphs)
  const origin: number[] = [];
  const merged: string[] = [];
  const add = (text: string, from: number): void => {
    merged.push(text);
    origin.push(from);
  };
  for (let i = 0; i <= insertAfter; i++) add(doc[i]!, i);
  const blockStart = merged.length;
  for (const p of block) add(paragraphText(p), -1);
  for (let i = resumeAt; i < doc.length; i++) add(doc[i]!, i);

  const before = new Map<string, FormedEntry>();
  for (const f of readOutlineWithForms(doc)) before.set(key(f.entry.paragraph, f.entry.start), f);
  const after = readOutlineWithForms(merged);

  const renumbered = block.map((p) => ({ ...p, segments: p.segments.map((s) => ({ ...s })) }));
  const topLevel = Math.min(
    ...after.filter((f) => origin[f.entry.paragraph] === -1 && f.entry.level <= 4).map((f) => f.entry.level),
  );
  let offset: number | null = null;
  const changes: OutlineChange[] = [];

  after.forEach((f, index) => {
    const { entry, form } = f;
    const from = origin[entry.paragraph]!;
    if (from === -1) {
      const paragraph = renumbered[entry.paragraph - blockStart]!;
      if (entry.level > 4 || !paragraph.ordinal || !matchHeadingOrdinal(paragraph.ordinal)) return;
      let n = entry.expectedNumber;
      if (entry.level === topLevel) {
        offset ??= siblingOffset(after, index);
        n = Math.max(1, n + offset);
      }
      paragraph.ordinal = formatOrdinal(form, n);
      return;
    }
    const old = before.get(key(from, entry.start));
    if (!old || old.entry.expectedNumber === entry.expectedNumber) return;
    let n = entry.writtenNumber + (entry.expectedNumber - old.entry.expectedNumber);
    if (n < 1) n = entry.expectedNumber;
    if (n === entry.writtenNumber) return;
    changes.push({ paragraph: from, start: entry.start, end: entry.end, from: entry.written, to: formatOrdinal(form, n) });
  });

  return { insertAfter, replaceCursorParagraph, beforeSignature, block: renumbered, changes, alreadyPresent: alreadyPresent(doc, block) };
}

/** Titles and level-1 headings of `block` that `doc` already has (compared without ordinals). */
export function alreadyPresent(doc: readonly string[], block: readonly SkeletonParagraph[]): string[] {
  const squash = (text: string) => text.replace(/\s+/g, "");
  const existingTitles = new Set(doc.map(squash));
  const existingHeadings = new Set(readOutline(doc).filter((e) => e.level === 1).map((e) => squash(e.title)));
  const found: string[] = [];
  for (const p of block) {
    const text = squash(paragraphText(p).slice(p.ordinal?.length ?? 0));
    if (!text) continue;
    if ((p.role === "title" && existingTitles.has(text)) || (p.role === "heading1" && existingHeadings.has(text))) found.push(text);
  }
  return found;
}
