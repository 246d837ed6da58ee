import {
  pageSetupFor,
  planFormat,
  resolveFonts,
  styleDefinitions,
  styleDefinitionSignature,
  stylesPackage,
  validateProfile,
  OFFICIAL_STYLES,
  type FormatProfile,
  type ParagraphPlan,
  type ResolvedFonts,
  type StyleDefinition,
} from "../core/format";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { refuse, runWord, describeWordError } from "./errors";
import { chunkByBytes, opBytes } from "./payload";
import { locateChosenTitle } from "./titleChoice";
import type { Bilingual } from "../core/text/bilingual";

/**
 * 一键排版 (GB/T 9704) through styles — the text, runs, fields, comments, bookmarks, pictures,
 * footnotes and revisions of the document are never touched:
 *
 * 1. The official styles (公文正文, 公文一级标题 …, core/format/styles.ts) are defined once per
 *    document by inserting a small OOXML package that carries a styles part (the only route that
 *    carries exact line spacing, the East Asian font slot, character-unit indents, outline levels
 *    and snapToGrid on every platform); its marker paragraphs are deleted in the next sync. A
 *    style that already exists keeps the document's definition on insert (Microsoft, "Create
 *    better add-ins for Word with Office Open XML"), so when the profile changed: on WordApi 1.5
 *    the old official styles are deleted first and defined again; below 1.5 styles cannot be
 *    deleted, the existing definitions stay and the report says so. The profile signature applied
 *    is kept in a custom document property (WordApi 1.3).
 * 2. Each paragraph gets its style by assignment (paragraph.style = the style's name, identical in
 *    every Word language); a run-in heading ("（一）抓实理论学习。认真落实……") gets body style and
 *    its heading sentence — found by search, the hit's text checked — the level's character style.
 * 3. Each assigned paragraph's style is read back in the same sync: the report counts what Word
 *    did. Paragraphs whose direct formatting (a pasted font, a manual line spacing) overrides the
 *    style are counted; the API cannot clear direct formatting without rewriting text, so they
 *    are left for the person (the pane says how).
 * 4. Page (A4, margins, 22 × 28 grid) through Section.pageSetup where WordApiDesktop 1.3 exists;
 *    elsewhere the report carries the figures to set by hand.
 * Writes are split by payload (payload.ts) with progress; cancelling stops between syncs.
 */

export type FormatPhase = "read" | "styles" | "write" | "done";

export interface FormatProgress {
  phase: FormatPhase;
  /** Paragraphs handled so far in this phase, of `total`. */
  done: number;
  total: number;
}

export interface FormatOptions {
  /** Installed fonts, or null when the platform cannot tell (no substitution then). */
  availableFonts?: ReadonlySet<string> | null;
  /** Defaults to detectCapabilities(). */
  capabilities?: Capabilities;
  /** Stops between syncs; what was done stays and is reported. */
  signal?: AbortSignal;
  /** The title the person picked in the pane (body paragraph index), anchored by `titleText` (titleChoice.ts). */
  titleParagraph?: number;
  titleText?: string;
}

export interface FormatReport {
  /** Body paragraphs outside tables. */
  paragraphs: number;
  /** Paragraphs Word reports with their official style after the operation. */
  styled: number;
  /** Of those, run-in headings whose heading sentence got the level's character style. */
  runInHeadings: number;
  /** Paragraphs whose direct formatting overrides their style (font, size, spacing or indent). */
  directFormatting: number;
  /** Paragraphs planned for a style that Word does not report with it (read back). */
  notStyled: number[];
  /** Paragraphs in tables, left as they were. */
  inTables: number;
  /** How the official styles reached the document. */
  styles: "defined" | "redefined" | "unchanged" | "kept-old-definitions";
  /** Page setup: set through the API, or the figures for the person (mm). */
  page: { applied: boolean; marginsMm: { top: number; bottom: number; left: number; right: number }; linesPerPage: number; charsPerLine: number };
  /** Font substitutions made for fonts that are not installed (see core resolveFonts). */
  fonts: Omit<ResolvedFonts, "profile">;
  /** Role of every formatted paragraph (by document index), for the summary. */
  roles: Record<number, ParagraphPlan["role"]>;
  /** Cancelled, or Word stopped part-way: what was done is counted above. */
  interrupted: Bilingual | null;
}

/** Custom document property holding the signature of the official styles' definitions. */
export const STYLE_SIGNATURE_PROPERTY = "ReportComposerStyles";
/** Start of the temporary paragraphs that carry the style package in; deleted in the next sync. */
const MARKER = "\u2060报告助手样式\u2060";

const CANCELLED: Bilingual = { zh: "已取消：已排版的段落保留，其余未改动。", en: "Cancelled: paragraphs already formatted keep it; the rest are unchanged." };

/**
 * Formats the whole document with a profile. Syncs: 1 to read; 1 to bring in the styles (when they
 * are missing or changed) and locate run-in heading sentences; 1 to assign and read back — 3 for
 * any length below the payload limit. An invalid profile is refused before anything is read.
 */
export async function formatDocument(
  profile: FormatProfile,
  onProgress?: (progress: FormatProgress) => void,
  options: FormatOptions = {},
): Promise<FormatReport> {
  const validation = validateProfile(profile);
  if (!validation.ok) {
    const first = validation.errors[0]?.message;
    refuse(`排版设置有误：${first?.zh ?? ""}`, `The format settings are not valid: ${first?.en ?? ""}`);
  }
  const capabilities = options.capabilities ?? detectCapabilities();
  const resolved = resolveFonts(validation.profile, options.availableFonts ?? null);
  const effective = resolved.profile;
  const signature = styleDefinitionSignature(effective);
  const page = pageSetupFor(effective);
  const cancelled = () => options.signal?.aborted === true;

  return runWord(async (context) => {
    // 1. Read.
    onProgress?.({ phase: "read", done: 0, total: 0 });
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text,items/tableNestingLevel");
    const stored = capabilities.documentProperties ? context.document.properties.customProperties.getItemOrNullObject(STYLE_SIGNATURE_PROPERTY) : null;
    stored?.load("value");
    const existingStyles = capabilities.styleObjects ? context.document.getStyles() : null;
    existingStyles?.load("items/nameLocal");
    // Track Changes would record the style package's temporary paragraphs (WordApi 1.4).
    const tracking = capabilities.customXmlParts ? context.document : null;
    tracking?.load("changeTrackingMode");
    await context.sync();

    const items = paragraphs.items;
    const texts = items.map((p) => p.text);
    const outside = items.map((_, i) => i).filter((i) => (items[i]?.tableNestingLevel ?? 0) === 0);
    const chosen = locateChosenTitle(texts, options);
    const plan = planFormat(outside.map((i) => texts[i] ?? ""), effective, { titleParagraph: chosen === undefined ? undefined : outside.indexOf(chosen) });
    const report: FormatReport = {
      paragraphs: outside.length,
      styled: 0,
      runInHeadings: 0,
      directFormatting: 0,
      notStyled: [],
      inTables: items.length - outside.length,
      styles: "unchanged",
      page: { applied: false, marginsMm: page.marginsMm, linesPerPage: page.linesPerPage, charsPerLine: page.charsPerLine },
      fonts: { substitutions: resolved.substitutions, missing: resolved.missing, unknown: resolved.unknown },
      roles: {},
      interrupted: null,
    };
    onProgress?.({ phase: "read", done: items.length, total: items.length });
    if (cancelled()) return { ...report, interrupted: CANCELLED };

    // 2. Styles in, run-in heading sentences located.
    onProgress?.({ phase: "styles", done: 0, total: outside.length });
    const storedSignature = stored && !stored.isNullObject ? String(stored.value) : null;
    const trackingWas = tracking ? String(tracking.changeTrackingMode) : null;
    const officialNames = new Set(OFFICIAL_STYLES.map((s) => s.name));
    const ours = (existingStyles?.items ?? []).filter((s) => officialNames.has(s.nameLocal));
    let inserted: Word.ParagraphCollection | null = null;
    const needStyles = storedSignature !== signature;
    if (needStyles) {
      if (ours.length > 0 && capabilities.styleObjects) {
        // Existing definitions would win on insert: remove ours first (WordApi 1.5); every
        // paragraph gets its style again below, in this same operation.
        for (const style of ours) style.delete();
        report.styles = storedSignature === null ? "defined" : "redefined";
      } else {
        report.styles = storedSignature !== null ? "kept-old-definitions" : "defined";
      }
      if (trackingWas && trackingWas !== "Off") context.document.changeTrackingMode = "Off";
      const tail = context.document.body.insertParagraph("", "End");
      inserted = tail.insertOoxml(stylesPackage(effective, MARKER), "Replace").paragraphs;
      inserted.load("items/text");
    }
    const runIns = new Map<number, { needle: string; hits: Word.RangeCollection; plan: ParagraphPlan }>();
    outside.forEach((index, k) => {
      const step = plan[k];
      const paragraph = items[index];
      const text = texts[index] ?? "";
      if (!step?.runIn || !paragraph) return;
      const lead = text.length - text.trimStart().length;
      const needle = text.slice(lead, step.runIn.end);
      // A prefix of the paragraph: Word's first hit is these very characters under exact and
      // loose Find alike (nothing precedes it but white space); its text is still checked.
      // eslint-disable-next-line no-control-regex
      if (!needle || needle.length > 255 || /[\u0000-\u001f]/.test(needle)) return;
      const hits = paragraph.search(needle.replace(/\^/g, "^^"), { matchCase: true, matchWildcards: false });
      hits.load("items/text");
      runIns.set(index, { needle, hits, plan: step });
    });
    await context.sync();
    onProgress?.({ phase: "styles", done: outside.length, total: outside.length });

    // 3. Assign, in payload-sized chunks, each read back in its own sync.
    const work = outside.flatMap((index, k) => {
      const step = plan[k];
      const paragraph = items[index];
      if (!step || !paragraph) return [];
      report.roles[index] = step.role;
      return step.style ? [{ index, paragraph, step }] : [];
    });
    const definitions = new Map(styleDefinitions(effective).map((d) => [d.style.name, d]));
    const chunks = chunkByBytes(work, (w) => opBytes(w.step.style!.name) * 2 + (runIns.has(w.index) ? opBytes(w.step.runIn!.style.name) : 0));
    if (chunks.length === 0) chunks.push([]);
    // Housekeeping rides on the first write sync — and runs even when cancelled, so that the
    // style package's marker paragraphs never stay behind.
    const housekeeping = () => {
      for (const p of inserted?.items ?? []) if (p.text.startsWith(MARKER) || p.text === "") p.delete();
      if (needStyles && trackingWas && trackingWas !== "Off") context.document.changeTrackingMode = trackingWas as Word.ChangeTrackingMode;
      if (capabilities.documentProperties) context.document.properties.customProperties.add(STYLE_SIGNATURE_PROPERTY, signature);
      if (capabilities.pageSetup) {
        const setup = context.document.sections.getFirst().pageSetup;
        const { paperSize: _paper, ...figures } = page.api;
        Object.assign(setup, figures);
        report.page.applied = true;
      }
    };
    let done = 0;
    for (const [n, chunk] of chunks.entries()) {
      const stop = cancelled();
      if (n === 0) housekeeping();
      if (stop) {
        report.interrupted = CANCELLED;
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the housekeeping above, once
        if (n === 0) await context.sync();
        break;
      }
      const proofs = chunk.map((w) => {
        w.paragraph.style = w.step.style!.name;
        const found = runIns.get(w.index);
        const hit = found ? found.hits.items[0] : undefined;
        const runIn = hit && hit.text === found!.needle ? hit : null;
        if (runIn) runIn.style = found!.plan.runIn!.style.name;
        w.paragraph.load("style,alignment,firstLineIndent,lineSpacing,font/name,font/size");
        runIn?.load("style");
        return { ...w, runIn };
      });
      try {
        // One sync per payload-sized chunk, not per paragraph.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        report.interrupted = describeWordError(error);
        if (n === 0) throw error;
        break;
      }
      for (const p of proofs) {
        if (p.paragraph.style !== p.step.style!.name) {
          report.notStyled.push(p.index);
          continue;
        }
        report.styled++;
        if (p.runIn && p.runIn.style === p.step.runIn!.style.name) report.runInHeadings++;
        if (overridesStyle(p.paragraph, definitions.get(p.step.style!.name))) report.directFormatting++;
      }
      done += chunk.length;
      onProgress?.({ phase: "write", done, total: work.length });
    }
    onProgress?.({ phase: "done", done, total: work.length });
    return report;
  });
}

/** Direct formatting that overrides the style, as read back (mixed values read as null/""). */
function overridesStyle(paragraph: Word.Paragraph, definition: StyleDefinition | undefined): boolean {
  if (!definition?.paragraph) return false;
  const near = (a: number, b: number) => Math.abs(a - b) < 0.6;
  const font = paragraph.font;
  const fontOk = (font.name === definition.font.latinFont || font.name === definition.font.eastAsianFont) && near(font.size, definition.font.sizePt);
  const indentOk = near(paragraph.firstLineIndent, definition.paragraph.firstLineIndentPt);
  const spacingOk = near(paragraph.lineSpacing, definition.paragraph.lineSpacingPt);
  return !(fontOk && indentOk && spacingOk);
}
