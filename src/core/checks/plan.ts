/**
 * 全部修复 as one plan: fixes are applied, the result checked again and the new fixable findings
 * applied too (removing an advertising line or turning "?" into "？" can make a new one), until
 * nothing fixable is left. The rounds are then composed into ONE set of edits on the paragraphs
 * as they were read, so the Word layer writes once and the document settles in one pass.
 */
import { applyFixes } from "./fixes";
import { checkDocument } from "./index";
import type { CheckOptions, Finding } from "./types";

/** One replacement in a paragraph, in offsets of the paragraph as it was read. */
export interface FixEdit {
  paragraph: number;
  start: number;
  end: number;
  replacement: string;
}

export interface FixPlan {
  /** Non-overlapping replacements, none empty and none starting or ending in whitespace (Word searches them). */
  edits: FixEdit[];
  /** Paragraphs to delete (advertising lines and the blank runs that came with them), ascending. */
  removals: number[];
  /** The findings of the first check that the plan carries out. */
  applied: Finding[];
  /** The document after the plan, and a fresh check of it (nothing fixable is left in it). */
  paragraphs: string[];
  findings: Finding[];
  /** Checks run to settle (1 when the first round's fixes made no new fixable finding). */
  rounds: number;
}

/**
 * Fixes that 全部修复 applies: automatic, not a house-style note, never deleting a line break, and
 * never replacing an empty span (a wording of quotation marks only once matched between every two
 * characters of a document, and 全部修复 wrote into each gap).
 */
export function isAutoFix(finding: Finding, text: string | undefined): boolean {
  if (finding.severity === "info" || text === undefined) return false;
  if (finding.removeParagraph) return true;
  if (finding.replacement === undefined || finding.end <= finding.start) return false;
  const removed = text.slice(finding.start, finding.end);
  return count(removed, "\u000b") <= count(finding.replacement, "\u000b");
}

const count = (text: string, ch: string) => text.split(ch).length - 1;

const MAX_ROUNDS = 5;

/**
 * Plans every automatic fix of the document (`findings`: the check the person saw; by default a
 * fresh one). Pure: the caller writes `edits` and `removals` and shows `findings`.
 */
export function planFixes(
  paragraphs: readonly string[],
  options: CheckOptions = {},
  findings: readonly Finding[] = checkDocument(paragraphs, options),
): FixPlan {
  // For each edited paragraph (by original index): where each character of its current text came
  // from (an original offset, or -1 for a written one).
  const origins = new Map<number, Int32Array>();
  const removed = new Set<number>();
  let current = paragraphs.slice();
  let origin = paragraphs.map((_, i) => i); // current index → original index
  let applied: Finding[] = [];
  let latest: readonly Finding[] = findings;
  let rounds = 1;

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fixable = latest.filter((f) => isAutoFix(f, current[f.paragraph]));
    if (fixable.length === 0) break;
    const result = applyFixes(current, fixable);
    if (round === 0) applied = result.applied;
    const removedNow = new Set<number>();
    const byParagraph = new Map<number, Finding[]>();
    for (const f of result.applied) {
      if (f.removeParagraph) removedNow.add(f.paragraph);
      else {
        // push, not a copy per finding: thousands of fixes in one paragraph made that quadratic
        const list = byParagraph.get(f.paragraph);
        if (list) list.push(f);
        else byParagraph.set(f.paragraph, [f]);
      }
    }
    for (const [paragraph, list] of byParagraph) {
      const original = origin[paragraph]!;
      const from = origins.get(original) ?? identity(paragraphs[original]!.length);
      origins.set(original, edited(from, current[paragraph]!, list));
    }
    for (const paragraph of removedNow) {
      removed.add(origin[paragraph]!);
      origins.delete(origin[paragraph]!);
    }
    origin = origin.filter((_, i) => !removedNow.has(i));
    current = result.paragraphs;
    latest = checkDocument(current, options);
    rounds++;
  }

  const edits: FixEdit[] = [];
  const finalIndex = new Map(origin.map((original, i) => [original, i]));
  for (const original of [...origins.keys()].sort((a, b) => a - b)) {
    const text = current[finalIndex.get(original)!]!;
    for (const edit of searchableEdits(paragraphs[original]!, minimalEdits(paragraphs[original]!, text, origins.get(original)!))) {
      edits.push({ paragraph: original, ...edit });
    }
  }
  return {
    edits,
    removals: [...removed].sort((a, b) => a - b),
    applied,
    paragraphs: current,
    findings: [...latest],
    rounds: Math.min(rounds, MAX_ROUNDS),
  };
}

type Span = Omit<FixEdit, "paragraph">;

/** 0, 1, … length − 1: a typed array, as a paragraph may hold hundreds of thousands of characters. */
function identity(length: number): Int32Array {
  const out = new Int32Array(length);
  for (let i = 0; i < length; i++) out[i] = i;
  return out;
}

/** The origins of `text` after `fixes` (non-overlapping, offsets in `text`): written characters get -1. */
function edited(from: Int32Array, text: string, fixes: readonly Finding[]): Int32Array {
  const ordered = [...fixes].sort((a, b) => a.start - b.start);
  let room = text.length;
  for (const f of ordered) room += (f.replacement ?? "").length;
  const out = new Int32Array(room);
  let n = 0;
  let at = 0;
  for (const f of ordered) {
    if (f.start > at) {
      out.set(from.subarray(at, f.start), n);
      n += f.start - at;
    }
    const written = (f.replacement ?? "").length;
    out.fill(-1, n, n + written);
    n += written;
    at = f.end;
  }
  if (text.length > at) {
    out.set(from.subarray(at, text.length), n);
    n += text.length - at;
  }
  return out.subarray(0, n);
}

/** The smallest replacements, in original offsets, that turn `original` into `text`. */
function minimalEdits(original: string, text: string, origins: Int32Array): Span[] {
  const spans: Span[] = [];
  let expected = 0; // original offset the next unchanged character would have
  let written = ""; // characters written since the last unchanged one
  for (let j = 0; j <= text.length; j++) {
    const source = j < text.length ? origins[j]! : original.length; // the end as a last anchor
    if (source < 0) {
      written += text[j];
      continue;
    }
    if (source !== expected || written) spans.push({ start: expected, end: source, replacement: written });
    written = "";
    expected = source + 1;
  }
  return spans;
}

const isWhite = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * Grows each span until Word can search for it (not empty, not starting or ending in whitespace)
 * by taking neighbouring original characters into both sides, then merges spans that meet.
 */
function searchableEdits(original: string, spans: readonly Span[]): Span[] {
  const ranges = spans.map(({ start, end }) => {
    while (start > 0 && (start === end || isWhite(original[start]))) start--;
    while (end < original.length && (start === end || isWhite(original[end - 1]))) end++;
    return [start, end] as const;
  });
  const out: Span[] = [];
  let i = 0;
  while (i < spans.length) {
    const start = ranges[i]![0];
    let end = ranges[i]![1];
    let j = i + 1;
    while (j < spans.length && ranges[j]![0] <= end) end = Math.max(end, ranges[j++]![1]);
    // Rebuild the text of [start, end): unchanged original characters and the spans inside it.
    let replacement = "";
    let at = start;
    for (let k = i; k < j; k++) {
      replacement += original.slice(at, spans[k]!.start) + spans[k]!.replacement;
      at = spans[k]!.end;
    }
    replacement += original.slice(at, end);
    out.push({ start, end, replacement });
    i = j;
  }
  return out;
}
