/**
 * 撤销排版: puts back what the last 一键排版 changed, from the record it left in the document
 * (formatRecord.ts): each paragraph's previous style, the page setup of every section it set, and
 * the Track Changes mode when that run never finished. Word on the web loses its undo stack after
 * insertOoxml (office-js #6423), and the record survives closing and reopening the document.
 * A paragraph whose text or style changed since is refused and named (core planUndo).
 */
import { OFFICIAL_STYLES } from "../core/format";
import { alignRecorded, planUndo, SECTION_SETUP_KEYS, type UndoRefusal } from "../core/format/undo";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { refuse, runWord } from "./errors";
import { FORMAT_RECORD_KEY, queueReadRecord } from "./formatRecord";
import { chunkByBytes, opBytes } from "./payload";

export interface UndoFormatReport {
  /** Paragraphs Word reads back with their style from before 一键排版. */
  restored: number;
  /** Paragraphs not put back: changed since (document index, -1 when its text is gone). */
  refused: Array<{ paragraph: number; reason: UndoRefusal }>;
  /** Paragraphs written but read back otherwise. */
  notRestored: number[];
  /** Sections whose page setup was put back (read back), of those recorded. */
  sections: { restored: number; recorded: number };
  /** Track Changes put back (an interrupted run never restored it): wanted and as read back. */
  tracking: { wanted: string; after: string } | null;
  /**
   * The heading-sentence character styles 一键排版 applied are gone from the text: the styles
   * deleted (WordApi 1.5, when the product brought them), or each sentence given Default Paragraph
   * Font (read back) where they cannot be deleted (Office 2019/2021) or were there before.
   */
  sentenceStylesRemoved: boolean;
  /** Heading sentences whose character style could not be cleared (document index). */
  sentencesLeft: number[];
  /** The record is kept when something was refused, so that 撤销排版 can run again after a fix. */
  recordKept: boolean;
}

const near = (a: unknown, b: unknown) => (typeof b === "number" ? Math.abs(Number(a) - b) < 0.6 : a === b);

/**
 * Syncs: 1 to read (paragraphs, record, sections, tracking); 1 to write and read back — 2 below
 * the payload limit (one more per further payload chunk of a very long document).
 */
export async function undoFormat(options: { capabilities?: Capabilities } = {}): Promise<UndoFormatReport> {
  const capabilities = options.capabilities ?? detectCapabilities();
  return runWord(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text,items/style,items/styleBuiltIn");
    const pending = queueReadRecord(context, capabilities);
    const sections = capabilities.pageSetup ? context.document.sections : null;
    sections?.load(SECTION_SETUP_KEYS.map((k) => `items/pageSetup/${k}`).join(","));
    const doc = capabilities.customXmlParts ? context.document : null;
    doc?.load("changeTrackingMode");
    const styles = capabilities.styleObjects ? context.document.getStyles() : null;
    styles?.load("items/nameLocal");
    await context.sync();

    const record = pending.value();
    if (!record) refuse("没有可撤销的排版：这份文档里没有“一键排版”的记录（或记录已损坏）。", "Nothing to undo: this document holds no record of Format (or it is damaged).");
    const items = paragraphs.items;
    const plan = planUndo(record, items.map((p) => ({ text: p.text, style: p.style })));
    // A style that is gone cannot be given back (Word would fail the whole batch): refuse it too.
    const existing = styles ? new Set(styles.items.map((s) => s.nameLocal)) : null;
    const restore = plan.restore.filter((r) => existing === null || existing.has(r.style));
    const missing = plan.restore.filter((r) => !restore.includes(r)).map((r) => ({ paragraph: r.paragraph, reason: "style-changed" as const }));
    const report: UndoFormatReport = {
      restored: 0,
      refused: [...plan.refused.map(({ paragraph, reason }) => ({ paragraph, reason })), ...missing],
      notRestored: [],
      sections: { restored: 0, recorded: record.sections.length },
      tracking: null,
      sentenceStylesRemoved: false,
      sentencesLeft: [],
      recordKept: false,
    };
    if (restore.length === 0 && record.sections.length === 0 && report.refused.length > 0) {
      refuse(
        `无法撤销：一键排版之后，这 ${report.refused.length} 段的文字或样式已被改动，为免改错，未作任何改动。`,
        `Cannot undo: the text or style of these ${report.refused.length} paragraphs changed after Format; nothing was changed, so as not to restyle the wrong ones.`,
      );
    }

    const chunks = chunkByBytes(restore, (r) => opBytes(r.style) * 2);
    if (chunks.length === 0) chunks.push([]);
    for (const [n, chunk] of chunks.entries()) {
      for (const r of chunk) {
        const paragraph = items[r.paragraph]!;
        paragraph.style = r.style;
        paragraph.load("style");
      }
      if (n < chunks.length - 1) {
        // One sync per payload-sized chunk of a very long document.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    }
    const setups = record.sections.map(([index, setup]) => ({ target: sections?.items[index]?.pageSetup, setup })).filter((s) => s.target);
    for (const { target, setup } of setups) {
      const { paperSize, linesPage, charsLine, ...figures } = setup;
      // A grid of 0 lines is "no grid" (layoutMode Default): the API takes 1–200 only.
      Object.assign(target!, figures, linesPage > 0 ? { linesPage } : {}, charsLine > 0 ? { charsLine } : {});
      if (paperSize !== "Custom") Object.assign(target!, { paperSize });
      target!.load(SECTION_SETUP_KEYS.join(","));
    }
    const restoreTracking = record.state === "in-progress" && record.tracking !== null && doc !== null && String(doc.changeTrackingMode) !== record.tracking;
    if (restoreTracking) context.document.changeTrackingMode = record.tracking as Word.ChangeTrackingMode;
    if (restoreTracking) doc.load("changeTrackingMode");
    // Heading-sentence character styles this product brought in: removing them returns the sentences to their paragraph's font.
    const removeSentences = styles !== null && !record.stylesExisted && report.refused.length === 0;
    if (removeSentences) {
      for (const style of styles.items) if (OFFICIAL_STYLES.some((s) => s.type === "character" && s.name === style.nameLocal)) style.delete();
    }
    // Otherwise each heading sentence is found (its text checked) and given Default Paragraph Font.
    const restoredAt = new Set(restore.map((r) => r.paragraph));
    const paired = removeSentences || !record.runIns?.length ? [] : alignRecorded(record.paragraphs, items.map((p) => p.text));
    const sentences = paired.length === 0 ? [] : (record.runIns ?? []).flatMap(([r, end]): Array<{ paragraph: number; needle: string; hits: Word.RangeCollection | null }> => {
      const paragraph = paired.indexOf(r);
      if (paragraph < 0 || !restoredAt.has(paragraph)) return [];
      const text = items[paragraph]!.text;
      const lead = text.length - text.trimStart().length;
      const needle = text.slice(lead, end);
      // eslint-disable-next-line no-control-regex
      if (!needle || needle.length > 255 || /[\u0000-\u001f]/.test(needle)) return [{ paragraph, needle, hits: null }];
      const hits = items[paragraph]!.search(needle.replace(/\^/g, "^^"), { matchCase: true, matchWildcards: false });
      hits.load("items/text");
      return [{ paragraph, needle, hits }];
    });
    report.recordKept = report.refused.length > 0;
    if (!report.recordKept && capabilities.customXmlParts) context.document.settings.getItemOrNullObject(FORMAT_RECORD_KEY).delete();
    await context.sync();
    if (!report.recordKept && !capabilities.customXmlParts) await removeOfficeRecord();
    if (sentences.length) await clearSentences(context, sentences, defaultParagraphFont(items), report);

    for (const r of restore) {
      if (items[r.paragraph]!.style === r.style) report.restored++;
      else report.notRestored.push(r.paragraph);
    }
    report.sections.restored = setups.filter(({ target, setup }) => SECTION_SETUP_KEYS.every((k) => (k === "linesPage" || k === "charsLine") && setup[k] === 0 ? true : near((target as unknown as Record<string, unknown>)[k], setup[k]))).length;
    if (restoreTracking) report.tracking = { wanted: record.tracking!, after: String(doc.changeTrackingMode) };
    report.sentenceStylesRemoved = removeSentences || (sentences.length > 0 && report.sentencesLeft.length === 0);
    return report;
  });
}

/** "Default Paragraph Font" in the language of this Word's style names (a Normal paragraph's style tells; else the UI language). */
function defaultParagraphFont(items: readonly Word.Paragraph[]): string {
  const normal = items.find((p) => String(p.styleBuiltIn) === "Normal")?.style;
  const chinese = normal ? normal === "正文" : /^zh/i.test(typeof Office === "undefined" ? "" : (Office.context.displayLanguage ?? ""));
  return chinese ? "默认段落字体" : "Default Paragraph Font";
}

/**
 * One more sync: each heading sentence whose first hit is its very text gets Default Paragraph
 * Font (which removes a character style), read back. A failure (a Word without that name) is
 * reported through sentencesLeft, not thrown: the paragraphs' styles are back already.
 */
async function clearSentences(
  context: Word.RequestContext,
  sentences: ReadonlyArray<{ paragraph: number; needle: string; hits: Word.RangeCollection | null }>,
  name: string,
  report: UndoFormatReport,
): Promise<void> {
  const written: Array<{ paragraph: number; hit: Word.Range }> = [];
  for (const s of sentences) {
    const hit = s.hits?.items[0];
    if (!hit || hit.text !== s.needle) {
      report.sentencesLeft.push(s.paragraph);
      continue;
    }
    hit.style = name;
    hit.load("style");
    written.push({ paragraph: s.paragraph, hit });
  }
  if (written.length === 0) return;
  try {
    await context.sync();
  } catch {
    report.sentencesLeft.push(...written.map((w) => w.paragraph));
    return;
  }
  for (const w of written) if (/^公文.*标题句$/.test(w.hit.style)) report.sentencesLeft.push(w.paragraph);
}

function removeOfficeRecord(): Promise<void> {
  return new Promise((resolve) => {
    try {
      Office.context.document.settings.remove(FORMAT_RECORD_KEY);
      // A failed save leaves an old record; 撤销排版 refuses its paragraphs by their styles then.
      Office.context.document.settings.saveAsync(() => resolve());
    } catch {
      resolve();
    }
  });
}
