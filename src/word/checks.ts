import { applyFixes, checkDocument, planFixes, reportYearFor, type CheckOptions, type Finding } from "../core/checks";
import { relocateEdits } from "../core/text/anchoring";
import type { Bilingual } from "../core/text/bilingual";
import { selectParagraphSpan, writeParagraphEdits, type EditsReport, type ParagraphEdit } from "./edits";
import { describeWordError, runWord } from "./errors";

/** One run of the checker: the findings and the paragraph texts they refer to. */
export interface CheckRun {
  findings: Finding[];
  /** The document's paragraphs as read for this run; fixes and selection verify against them. */
  texts: string[];
  /** The report's year the check judged by, when it was found (a yearSource was given); fixes reuse it. */
  year?: number;
}

/**
 * Where 检查 takes the report's year from when options.year is not given: the title of the
 * document as read, else `formYear` (the 数据 form's {年度}). See core reportYearFor.
 */
export interface YearSource {
  formYear?: number;
}

/**
 * 检查: reads every paragraph and runs the core checker. Syncs: 1. Never writes. With a
 * `yearSource` and no options.year, the report's year is found from what was read (the same sync).
 */
export async function checkDraft(options: CheckOptions = {}, yearSource?: YearSource): Promise<CheckRun> {
  return runWord(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    const texts = paragraphs.items.map((p) => p.text);
    if (!yearSource || options.year !== undefined) return { findings: checkDocument(texts, options), texts };
    const year = reportYearFor(texts, yearSource.formYear);
    if (year === undefined) return { findings: checkDocument(texts, options), texts };
    return { findings: checkDocument(texts, { ...options, year }), texts, year };
  });
}

/** Where a finding is: its paragraph and UTF-16 offsets in that paragraph as it was read. */
export type Place = Pick<Finding, "paragraph" | "start" | "end">;

/**
 * Selects a finding's place in Word (the person clicked it in the list). Syncs: 3 (read, locate,
 * select). The place is found by its text where its paragraph is now; returns false (selecting
 * nothing uncertain) when its text is gone.
 */
export async function selectFinding(place: Place, texts: readonly string[]): Promise<boolean> {
  if (texts[place.paragraph] === undefined) return false;
  return runWord(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    const current = paragraphs.items.map((p) => p.text);
    const [where] = relocateEdits(texts, current, [{ ...place, replacement: "" }]);
    if (!where || where.status !== "located") return false;
    const paragraph = paragraphs.items[where.paragraph];
    const text = current[where.paragraph];
    if (!paragraph || text === undefined) return false;
    return selectParagraphSpan(context, paragraph, text, where.start, where.end);
  });
}

/** What a round of fixes did. */
export interface FixResult {
  /** Fixes now in the document (as Word's text reads after writing). */
  applied: Finding[];
  /** Findings whose text is gone since the check ("文档已改动，请重新检查"); untouched. */
  stale: Finding[];
  /** Fixes left out: overlapping another fix, their place could not be singled out, or not written. */
  skipped: Finding[];
  /** Fixes whose write Word interrupted and whose place could not be read back: written or not, unknown. */
  unverified: Finding[];
  /** Advertising and watermark lines removed, as they read. */
  removedLines: string[];
  /** The paragraphs after the fixes, and a fresh check of them (same options). */
  texts: string[];
  findings: Finding[];
  /** Word stopped part-way: what it said (the lists above say what was and was not done). */
  interrupted: Bilingual | null;
}

/**
 * Applies the safe fixes of the given findings. Each finding is found again by its text where its
 * paragraph is now (never by index alone); whole-paragraph removals only where the paragraph still
 * reads exactly as checked, guarded in the write sync like every edit (writeWithRemovals). Syncs: 1
 * to re-read; then 1 to locate and check, 1 to write and read back — only when some fix is still
 * valid; 1 more to delete the emptied paragraphs when lines are removed. The result carries a
 * fresh check of the document as Word reads after writing, so no extra read is needed.
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
    const { applied: chosen } = applyFixes([...texts], fixable);
    const skipped = new Set(fixable.filter((f) => !chosen.includes(f)));
    const relocated = relocateEdits(
      texts,
      current,
      chosen.map((finding) =>
        finding.removeParagraph
          ? { paragraph: finding.paragraph, start: 0, end: (texts[finding.paragraph] ?? "").length, replacement: "", finding }
          : { paragraph: finding.paragraph, start: finding.start, end: finding.end, replacement: finding.replacement ?? "", finding },
      ),
    );
    const stale: Finding[] = [];
    const edits: Array<ParagraphEdit<Finding>> = [];
    const removals: Array<{ finding: Finding; index: number }> = [];
    for (const r of relocated) {
      const finding = r.edit.finding;
      if (r.status !== "located") {
        stale.push(finding);
        continue;
      }
      if (finding.removeParagraph) {
        // Only a paragraph that reads, whole, as it did when checked.
        if (r.start === 0 && current[r.paragraph] === texts[finding.paragraph]) removals.push({ finding, index: r.paragraph });
        else stale.push(finding);
        continue;
      }
      edits.push({ paragraph: r.paragraph, start: r.start, end: r.end, replacement: finding.replacement ?? "", tag: finding });
    }
    if (edits.length === 0 && removals.length === 0) {
      return { applied: [], stale, skipped: [...skipped], unverified: [], removedLines: [], texts: current, findings: checkDocument(current, options), interrupted: null };
    }

    const removedSet = new Set(removals.map((r) => r.index));
    const lines = await writeWithRemovals(
      context,
      paragraphs,
      current,
      edits.filter((e) => !removedSet.has(e.paragraph)),
      removals.map((r) => ({ index: r.index, tag: r.finding })),
    );
    const { report } = lines;
    const applied = report.outcomes.filter((o) => o.status === "written").map((o) => o.tag);
    const unverified = report.outcomes.filter((o) => o.status === "unverified").map((o) => o.tag);
    for (const o of report.outcomes) if (o.status !== "written" && o.status !== "unverified") skipped.add(o.tag);
    // The document as Word now reads it (read in the write sync), else as read plus our read-back.
    const after = lines.documentAfter ?? documentAfterFallback(current, report.readBack, lines.removed);
    return {
      applied,
      stale,
      skipped: [...skipped],
      unverified,
      removedLines: removals.filter((r) => lines.cleared.has(r.index)).map((r) => current[r.index] ?? ""),
      texts: after,
      findings: checkDocument(after, options),
      interrupted: lines.failure ? describeWordError(lines.failure) : null,
    };
  });
}

function documentAfterFallback(current: readonly string[], readBack: ReadonlyMap<number, string>, removed: ReadonlySet<number>): string[] {
  const after: string[] = [];
  current.forEach((text, index) => {
    if (!removed.has(index)) after.push(readBack.get(index) ?? text);
  });
  return after;
}

/**
 * 全部修复: every automatic fix, planned so that it settles in one pass (core planFixes: apply,
 * check again, until nothing fixable is left) and written in one go. Syncs: 1 to read; 1 to
 * locate and check, 1 to write and read back — the same 3 as any fix; 1 more to delete the emptied
 * paragraphs when lines are removed (writeWithRemovals). Every edit is located by its text in the
 * paragraph as read in this operation and its search hit checked.
 */
export async function fixAllFindings(options: CheckOptions = {}): Promise<FixResult> {
  return runWord(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    const current = paragraphs.items.map((p) => p.text);
    const plan = planFixes(current, options);
    if (plan.edits.length === 0 && plan.removals.length === 0) {
      return { applied: [], stale: [], skipped: [], unverified: [], removedLines: [], texts: current, findings: plan.findings, interrupted: null };
    }
    const removed = new Set(plan.removals);
    const lines = await writeWithRemovals(
      context,
      paragraphs,
      current,
      plan.edits.filter((e) => !removed.has(e.paragraph)).map((e) => ({ ...e, tag: e })),
      plan.removals.map((index) => ({ index, tag: { paragraph: index, start: 0, end: (current[index] ?? "").length, replacement: "" } })),
    );
    const { report } = lines;
    const allWritten = !lines.failure && report.outcomes.every((o) => o.status === "written") && plan.removals.every((i) => lines.removed.has(i));
    if (allWritten && (!lines.documentAfter || sameTexts(lines.documentAfter, plan.paragraphs))) {
      return { applied: plan.applied, stale: [], skipped: [], unverified: [], removedLines: plan.removals.map((i) => current[i] ?? ""), texts: plan.paragraphs, findings: plan.findings, interrupted: null };
    }
    // Part of it landed, or the person typed meanwhile: a finding of the plan counts as applied
    // when every edit of its paragraph was written (a line removal when the removals went through).
    const statusByParagraph = new Map<number, string>();
    for (const o of report.outcomes) {
      const was = statusByParagraph.get(o.tag.paragraph);
      statusByParagraph.set(o.tag.paragraph, was === undefined || was === "written" ? o.status : was === "unverified" || o.status === "unverified" ? "unverified" : was);
    }
    const applied: Finding[] = [];
    const skipped: Finding[] = [];
    const unverified: Finding[] = [];
    for (const f of plan.applied) {
      const status = statusByParagraph.get(f.paragraph) ?? "written";
      (status === "written" ? applied : status === "unverified" ? unverified : skipped).push(f);
    }
    const after = lines.documentAfter ?? documentAfterFallback(current, report.readBack, lines.removed);
    return {
      applied,
      stale: [],
      skipped,
      unverified,
      removedLines: plan.removals.filter((i) => lines.cleared.has(i) && current[i]).map((i) => current[i] ?? ""),
      texts: after,
      findings: checkDocument(after, options),
      interrupted: lines.failure ? describeWordError(lines.failure) : skipped.length || unverified.length ? { zh: "部分修复未能写入，请再检查一次。", en: "Some fixes could not be written; check again." } : null,
    };
  });
}

/**
 * Writes fixes and whole-line removals (advertising lines and the blank lines with them), guarded
 * like every edit (review 2, issue 28): a line's text is removed as an edit of the whole paragraph
 * — located by its text, checked, and in the write sync searched for again inside the located
 * range and deleted as that hit — so a line deleted, cut, moved, merged away or typed into
 * between locate and write is not written at all (its edit is "changed"/"notWritten"), and text
 * typed beside it is never deleted with it. A paragraph is deleted only when, read back in the
 * write sync, it is empty (its text gone and nothing typed into it). Office.js cannot make a
 * deletion depend on a paragraph's text within one sync, so that takes one more sync; a blank
 * line of the plan is deleted only if it still reads empty then too. Syncs: the writes' (2), +1 when Word fails in the write sync (the document read again), +1
 * when lines are removed.
 */
async function writeWithRemovals<T>(
  context: Word.RequestContext,
  paragraphs: Word.ParagraphCollection,
  current: readonly string[],
  edits: ReadonlyArray<ParagraphEdit<T>>,
  removals: ReadonlyArray<{ index: number; tag: T }>,
): Promise<{ report: EditsReport<T, Map<number, string>>; removed: Set<number>; cleared: Set<number>; documentAfter?: string[]; failure: unknown }> {
  const lineEdits: Array<ParagraphEdit<T>> = removals.filter((r) => (current[r.index] ?? "") !== "").map((r) => ({ paragraph: r.index, start: 0, end: (current[r.index] ?? "").length, replacement: "", tag: r.tag }));
  // Always alongside (even with no line to remove): its sync is also the one that reads the whole
  // document back, so the result's texts are the document even when nothing could be written.
  const report = await writeParagraphEdits(context, paragraphs.items, current, [...edits, ...lineEdits], undefined, () => {
    const read = removals.map((r) => paragraphs.items[r.index]).filter((p): p is Word.Paragraph => p !== undefined);
    for (const p of read) p.load("text");
    return () => new Map(removals.map((r) => [r.index, paragraphs.items[r.index]?.text ?? "\u0000"]));
  });
  if (report.failure && !report.documentAfter) {
    // Word failed in the write sync, whose reads never come back: read the document once more, so
    // the result's texts are the document, not the plan (what a person typed meanwhile included).
    const body = context.document.body.paragraphs;
    body.load("items/text");
    try {
      await context.sync();
      report.documentAfter = body.items.map((p) => p.text);
    } catch {
      // Word failing again: the texts stay as read plus our read-back, and the report says unverified.
    }
  }
  const written = new Set(report.outcomes.filter((o) => o.status === "written").map((o) => o.tag));
  // The lines whose text is gone: an ad line whose edit was written; a blank line of the plan.
  const cleared = new Set(removals.filter((r) => ((current[r.index] ?? "") === "" ? report.extraResult !== undefined : written.has(r.tag))).map((r) => r.index));
  const empty = [...cleared].filter((i) => report.extraResult?.get(i) === "");
  if (empty.length === 0 || report.failure) return { report, removed: new Set(), cleared, ...(report.documentAfter ? { documentAfter: report.documentAfter } : {}), failure: report.failure };
  for (const i of [...empty].sort((a, b) => b - a)) paragraphs.items[i]!.delete();
  const body = context.document.body.paragraphs;
  body.load("items/text");
  try {
    await context.sync();
    return { report, removed: new Set(empty), cleared, documentAfter: body.items.map((p) => p.text), failure: null };
  } catch (error) {
    // The lines' text is gone; whether their empty paragraphs are, Word did not say.
    return { report, removed: new Set(), cleared, failure: error };
  }
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
