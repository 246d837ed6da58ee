import { applyFixes, checkDocument, type CheckOptions, type Finding } from "../core/checks";
import { runWord } from "./errors";
import { groupByParagraph } from "./renumber";
import { queueParagraphEdits, queueSpanRange } from "./spans";

/** One run of the checker: the findings and the paragraph texts they refer to. */
export interface CheckRun {
  findings: Finding[];
  /** The document's paragraphs as read for this run; fixes and selection verify against them. */
  texts: string[];
}

/**
 * 检查: reads every paragraph and runs the core checker. Syncs: 1. Never writes.
 */
export async function checkDraft(options: CheckOptions = {}): Promise<CheckRun> {
  return runWord(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    const texts = paragraphs.items.map((p) => p.text);
    return { findings: checkDocument(texts, options), texts };
  });
}

/** Where a finding is: its paragraph and UTF-16 offsets in that paragraph as it was read. */
export type Place = Pick<Finding, "paragraph" | "start" | "end">;

/**
 * Selects a finding's place in Word (the person clicked it in the list). Syncs: 1. The paragraph is
 * reached by walking from the nearer end of the document, so nothing has to be read first.
 * Returns false (and selects nothing certain) when the paragraph no longer holds the text checked.
 */
export async function selectFinding(place: Place, texts: readonly string[]): Promise<boolean> {
  const text = texts[place.paragraph];
  if (text === undefined) return false;
  return runWord(async (context) => {
    const paragraph = paragraphAt(context, place.paragraph, texts.length);
    paragraph.load("text");
    const whole = place.start <= 0 && place.end >= text.length;
    const range = whole || place.end <= place.start ? null : queueSpanRange(paragraph, text, place.start, place.end);
    (range ?? paragraph).select();
    try {
      await context.sync();
    } catch {
      return false; // the paragraph or the span is gone: the document changed since the check
    }
    return paragraph.text === text;
  });
}

/** Queues the proxy of paragraph `index` (no sync), walking from whichever end is nearer. */
function paragraphAt(context: Word.RequestContext, index: number, count: number): Word.Paragraph {
  if (index <= count / 2) {
    let paragraph = context.document.body.paragraphs.getFirst();
    for (let i = 0; i < index; i++) paragraph = paragraph.getNextOrNullObject();
    return paragraph;
  }
  let paragraph = context.document.body.paragraphs.getLast();
  for (let i = count - 1; i > index; i--) paragraph = paragraph.getPreviousOrNullObject();
  return paragraph;
}

/** What a round of fixes did. */
export interface FixResult {
  /** Fixes now in the document. */
  applied: Finding[];
  /** Findings whose paragraph changed since the check ("文档已改动，请重新检查"); untouched. */
  stale: Finding[];
  /** Fixes left out: overlapping another fix, or their place could not be singled out. */
  skipped: Finding[];
  /** Advertising and watermark lines removed, as they read. */
  removedLines: string[];
  /** The paragraphs after the fixes, and a fresh check of them (same options). */
  texts: string[];
  findings: Finding[];
}

/**
 * Applies the safe fixes of the given findings, only where the finding's paragraph still holds the
 * text it had when checked (`texts`, from the check). Syncs: 1 to re-read; 1 to write, only when
 * some fix is still valid. Replacements go through queueParagraphEdits; advertising lines are
 * removed with paragraph.delete(). The result carries a fresh check, so no extra read is needed.
 */
export async function fixFindings(
  findings: readonly Finding[],
  texts: readonly string[],
  options: CheckOptions = {},
): Promise<FixResult> {
  return runWord(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    const current = paragraphs.items.map((p) => p.text);

    const fixable = findings.filter((f) => f.replacement !== undefined || f.removeParagraph);
    const stale = fixable.filter((f) => current[f.paragraph] === undefined || current[f.paragraph] !== texts[f.paragraph]);
    const valid = fixable.filter((f) => !stale.includes(f));
    const { applied: chosen } = applyFixes(current, valid);
    const skipped = new Set(valid.filter((f) => !chosen.includes(f)));
    const removedLines: string[] = [];

    if (chosen.length > 0) {
      for (const [index, inParagraph] of groupByParagraph(chosen)) {
        const paragraph = paragraphs.items[index];
        const text = current[index];
        if (!paragraph || text === undefined) continue;
        if (inParagraph.some((f) => f.removeParagraph)) {
          paragraph.delete();
          removedLines.push(text);
          continue;
        }
        const edits = inParagraph.map((finding) => ({ finding, start: finding.start, end: finding.end, replacement: finding.replacement ?? "" }));
        queueParagraphEdits(paragraph, text, edits).forEach((edit) => skipped.add(edit.finding));
      }
      await context.sync();
    }

    const applied = chosen.filter((f) => !skipped.has(f));
    const after = applyFixes(current, applied).paragraphs;
    return {
      applied,
      stale,
      skipped: [...skipped],
      removedLines,
      texts: after,
      findings: checkDocument(after, options),
    };
  });
}
