import { applyFixes, checkDocument, planFixes, reportYearFor, type CheckOptions, type Finding } from "../core/checks";
import { relocateEdits } from "../core/text/anchoring";
import type { Bilingual } from "../core/text/bilingual";
import { selectParagraphSpan, writeParagraphEdits, type ParagraphEdit } from "./edits";
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
 * reads exactly as checked. Syncs: 1 to re-read; then 1 to locate and check, 1 to write and read
 * back — only when some fix is still valid. The result carries a fresh check of the document as
 * Word reads after writing, so no extra read is needed.
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
    const report = await writeParagraphEdits(
      context,
      paragraphs.items,
      current,
      edits.filter((e) => !removedSet.has(e.paragraph)),
      undefined,
      () => {
        for (const { index } of removals) paragraphs.items[index]?.delete();
        return () => true;
      },
    );
    const applied = report.outcomes.filter((o) => o.status === "written").map((o) => o.tag);
    const unverified = report.outcomes.filter((o) => o.status === "unverified").map((o) => o.tag);
    for (const o of report.outcomes) if (o.status !== "written" && o.status !== "unverified") skipped.add(o.tag);
    const removedOk = report.extraResult === true;
    if (removedOk) applied.push(...removals.map((r) => r.finding));
    else for (const r of removals) skipped.add(r.finding);

    // The document as Word now reads it (read in the write sync), else as read plus our read-back.
    const after = report.documentAfter ?? documentAfterFallback(current, report.readBack, removedOk ? new Set(removals.map((r) => r.index)) : new Set());
    return {
      applied,
      stale,
      skipped: [...skipped],
      unverified,
      removedLines: removedOk ? removals.map((r) => current[r.index] ?? "") : [],
      texts: after,
      findings: checkDocument(after, options),
      interrupted: report.failure ? describeWordError(report.failure) : null,
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
 * locate and check, 1 to write and read back — the same 3 as any fix. Every edit is located by
 * its text in the paragraph as read in this operation and its search hit checked.
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
    const report = await writeParagraphEdits(
      context,
      paragraphs.items,
      current,
      plan.edits.filter((e) => !removed.has(e.paragraph)).map((e) => ({ ...e, tag: e })),
      undefined,
      () => {
        for (const index of [...plan.removals].reverse()) paragraphs.items[index]?.delete();
        return () => true;
      },
    );
    const removedOk = report.extraResult === true;
    const allWritten = !report.failure && report.outcomes.every((o) => o.status === "written") && removedOk;
    if (allWritten && (!report.documentAfter || sameTexts(report.documentAfter, plan.paragraphs))) {
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
      const status = f.removeParagraph ? (removedOk ? "written" : "notWritten") : (statusByParagraph.get(f.paragraph) ?? "written");
      (status === "written" ? applied : status === "unverified" ? unverified : skipped).push(f);
    }
    const after = report.documentAfter ?? documentAfterFallback(current, report.readBack, removedOk ? removed : new Set());
    return {
      applied,
      stale: [],
      skipped,
      unverified,
      removedLines: removedOk ? plan.removals.map((i) => current[i] ?? "") : [],
      texts: after,
      findings: checkDocument(after, options),
      interrupted: report.failure ? describeWordError(report.failure) : skipped.length || unverified.length ? { zh: "部分修复未能写入，请再检查一次。", en: "Some fixes could not be written; check again." } : null,
    };
  });
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
