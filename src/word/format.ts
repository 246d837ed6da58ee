import {
  isStyleMarkerText,
  MARKER_END,
  pageSetupFor,
  planFormat,
  resolveFonts,
  styleDefinitions,
  styleDefinitionSignature,
  stylesPackage,
  validateProfile,
  OFFICIAL_STYLES,
  STYLE_MARKER,
  type FormatProfile,
  type ParagraphPlan,
  type ResolvedFonts,
  type StyleDefinition,
} from "../core/format";
import { alignRecorded, recordParagraphs, SECTION_SETUP_KEYS, serializeFormatRecord, type FormatRecord, type SectionSetup } from "../core/format/undo";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { refuse, runWord, describeWordError, WordOperationError } from "./errors";
import { queueReadRecord, writeRecord } from "./formatRecord";
import { emphasisChange, emphasisOf, emphasisPaths, markerShowsDefinition, MARKER_PROOF, OFFICIAL_NAMES, overridesStyle, EMPHASIS_KEYS, SIGNATURE_PROPERTY, type Emphasis } from "./formatStyles";
import { chunkByBytes, MAX_SYNC_BYTES, opBytes } from "./payload";
import { locateChosenTitle } from "./titleChoice";
import type { Bilingual } from "../core/text/bilingual";

/**
 * 一键排版 (GB/T 9704) through styles — the text, runs, fields, comments, bookmarks, pictures,
 * footnotes and revisions of the document are never touched:
 *
 * 1. The official styles (公文正文, 公文一级标题 …, core/format/styles.ts) come in through a small
 *    OOXML package with a styles part (the only route that carries exact line spacing, the East
 *    Asian font slot, character-unit indents, outline levels and snapToGrid on every platform),
 *    inserted before the first paragraph, never at the body's end (the body's final paragraph
 *    mark cannot always be deleted); its marker paragraphs are removed by the last operation of
 *    the very batch that inserted them (one range, whole paragraphs), so no person can type into
 *    them between syncs and no failure can follow the deletion. Markers an interrupted run left
 *    are found by their visible text (the sentinel 报告助手样式), and what was typed into them goes back. A style that already exists keeps the document's definition on insert (Microsoft,
 *    "Create better add-ins for Word with Office Open XML"); on WordApi 1.5 the product's own
 *    styles (signature present) are deleted first when the profile changed. A style of an
 *    official name that the product did not define is never deleted unless the person chose to
 *    replace it (`existingStyles`); by default the pane asks.
 * 2. Failure-safe: Track Changes is set Off before any style is deleted or inserted, and restored
 *    on every path (a record in the document says what to restore when the pane was closed
 *    mid-run); every paragraph is re-assigned in the same sync as the delete and insert; after a
 *    failure the paragraphs Word left in Normal get their style back and the report names which
 *    have the old and the new style. Running again completes it.
 * 3. Each paragraph gets its style by assignment (names are identical in every Word language); a
 *    run-in heading gets body style and its heading sentence — found by search, the hit's text
 *    checked — the level's character style. Pictures and their captions get the picture styles
 *    (single spacing); TOC lines and empty paragraphs keep theirs.
 * 4. Read back: styles, direct formatting that really overrides them, and emphasis a style
 *    assignment cleared (put back, or the paragraph named). The signature of the definitions is
 *    written only once Word showed every official style with its figures.
 * 5. Page setup (A4, margins, 22 × 28 grid) through Section.pageSetup on every portrait section
 *    where WordApiDesktop 1.3 exists; a landscape section is left alone and named.
 * 6. A record of what changed (formatRecord.ts) lets 撤销排版 (formatUndo.ts) restore it.
 */

export type FormatPhase = "read" | "styles" | "write" | "done";

export interface FormatProgress {
  phase: FormatPhase;
  /** Paragraphs handled so far in this phase, of `total`. */
  done: number;
  total: number;
}

/** What to do with official-named styles the document has without the product's signature. */
export type ExistingStylesChoice = "ask" | "use-document" | "replace";

export interface FormatOptions {
  /** Installed fonts, or null when the platform cannot tell (no substitution then). */
  availableFonts?: ReadonlySet<string> | null;
  /** Defaults to detectCapabilities(). */
  capabilities?: Capabilities;
  /** Stops before writing; once styles are written, the run finishes its clean-up and says so. */
  signal?: AbortSignal;
  /** Default "ask": a document with its own 公文正文 … is not written; the report lists the styles. */
  existingStyles?: ExistingStylesChoice;
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
  /** Which paragraphs (document index). */
  directFormattingParagraphs: number[];
  /** Paragraphs planned for a style that Word does not report with it (read back). */
  notStyled: number[];
  /** Paragraphs in tables, left as they were. */
  inTables: number;
  /** Picture paragraphs, their captions and TOC lines (document indexes). */
  pictures: number[];
  captions: number[];
  tocLines: number[];
  /** How the official styles reached the document. */
  styles: "defined" | "redefined" | "unchanged" | "kept-old-definitions" | "document-definitions" | "not-verified";
  /** Official style names the document had without the product's signature (its own, or its template's). */
  existingStyles: string[];
  /** True when nothing was written because the person must choose about `existingStyles`. */
  needsChoice: boolean;
  /** Page setup: set through the API, or the figures for the person (mm). */
  page: {
    applied: boolean;
    marginsMm: { top: number; bottom: number; left: number; right: number };
    linesPerPage: number;
    charsPerLine: number;
    /** Sections set (read back). */
    sectionsApplied: number;
    /** Sections left alone (1-based) and why. */
    sectionsLeft: Array<{ section: number; reason: "landscape" }>;
  };
  /** Font substitutions made for fonts that are not installed (see core resolveFonts). */
  fonts: Omit<ResolvedFonts, "profile">;
  /** Role of every formatted paragraph (by document index), for the summary. */
  roles: Record<number, ParagraphPlan["role"]>;
  /** Emphasis a style assignment cleared: put back (verified), or named where it could not be. */
  emphasis: { restored: number[]; lost: number[] };
  /** Track Changes before the run and as read back after it (null: the host has no API for it). */
  tracking: { before: string; after: string } | null;
  /** Marker paragraphs of an earlier interrupted run that this run removed. */
  cleanedUp: number;
  /**
   * Text a person typed into a temporary paragraph while the run went on (between two syncs): the
   * product's own words went with the paragraph, and what they typed was put back, as a paragraph
   * of its own before the first paragraph of the report (read back). Each entry is one such text.
   */
  keptTyping: string[];
  /** After a failure: which paragraphs have their old style, which the new one, and which are left in Normal. */
  leftover: { oldStyle: number[]; newStyle: number[]; normal: number[] } | null;
  /** A record for 撤销排版 is in the document. */
  undoAvailable: boolean;
  /** Cancelled, or Word stopped part-way: what was done is counted above. */
  interrupted: Bilingual | null;
}

/** Custom document property holding the signature of the official styles' definitions. */
export const STYLE_SIGNATURE_PROPERTY = SIGNATURE_PROPERTY;
/** Signature prefix when the person chose to keep the document's own definitions. */
const DOCUMENT_DEFINITIONS = "doc:";

const CANCELLED_BEFORE: Bilingual = { zh: "已取消：文档未作任何改动。", en: "Cancelled: nothing in the document was changed." };
const cancelledAfter = (styled: number, left: number): Bilingual => ({
  zh: `已取消：样式写入后无法中途停止，已排版 ${styled} 段${left ? `，${left} 段保持原样式` : ""}；修订模式已恢复，临时段落已删除。`,
  en: `Cancelled: once the styles are written the run cannot stop half-way; ${styled} paragraphs formatted${left ? `, ${left} keep their old style` : ""}; Track Changes restored and the temporary paragraphs removed.`,
});
const missingStyle = (name: string): Bilingual => ({
  zh: `文档中找不到公文样式“${name}”（可能已被删除或改名）。已恢复修订模式；请再次点击“一键排版”，它会重新定义样式。`,
  en: `The document has no style "${name}" (it may have been deleted or renamed). Track Changes was restored; click Format again and the styles will be defined again.`,
});

/** The write sync's other operations (tracking, styles, the sweep, reads): a fixed allowance. */
const SYNC_OVERHEAD_BYTES = 16_384;

const WRITE_LOADS = `style,alignment,firstLineIndent,lineSpacing,font/name,font/size,${emphasisPaths().join(",")}`;

interface Work {
  index: number;
  paragraph: Word.Paragraph;
  style: string;
  /** The plan step; null for a paragraph only re-given the style it had (a table paragraph in an official style being redefined). */
  step: ParagraphPlan | null;
}

/**
 * Formats the whole document with a profile. Syncs: 1 to read; 1 to write (record, tracking Off,
 * styles in, every paragraph assigned and read back, run-in sentences located, markers out last);
 * 1 to finish (heading sentences, emphasis and typing put back, signature, page setup, record
 * completed, tracking restored and read back) — 3 for any length below the payload limit. After a
 * failure, 3 more to restore (again, up to three times, while lines of ours remain). An invalid
 * profile is refused before anything is read.
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
  const definitions = new Map(styleDefinitions(effective).map((d) => [d.style.name, d]));
  const choice = options.existingStyles ?? "ask";
  const cancelled = () => options.signal?.aborted === true;

  return runWord(async (context) => {
    // 1. Read.
    onProgress?.({ phase: "read", done: 0, total: 0 });
    const paragraphs = context.document.body.paragraphs;
    // TOC lines in a TOC field keep their style whatever it is (WordApi 1.4 fields; below it, the
    // Toc1–9 styles and the tab/leader + page number shape only).
    const fieldsReadable = capabilities.fields ?? capabilities.customXmlParts;
    paragraphs.load(["text", "tableNestingLevel", "style", "styleBuiltIn", "inlinePictures/items/height", ...(fieldsReadable ? ["fields/items/code"] : []), ...emphasisPaths()].map((p) => `items/${p}`).join(","));
    const bodyFields = fieldsReadable ? context.document.body.fields : null;
    bodyFields?.load("items/code,items/result/text");
    const stored = capabilities.documentProperties ? context.document.properties.customProperties.getItemOrNullObject(STYLE_SIGNATURE_PROPERTY) : null;
    stored?.load("value");
    const existingStyles = capabilities.styleObjects ? context.document.getStyles() : null;
    existingStyles?.load("items/nameLocal,items/type,items/font/bold,items/font/italic,items/font/underline,items/font/color");
    // Track Changes would record the style package's temporary paragraphs (WordApi 1.4).
    const tracking = capabilities.customXmlParts ? context.document : null;
    tracking?.load("changeTrackingMode");
    const sections = capabilities.pageSetup ? context.document.sections : null;
    sections?.load(["orientation", ...SECTION_SETUP_KEYS].map((k) => `items/pageSetup/${k}`).join(","));
    const pending = queueReadRecord(context, capabilities);
    await context.sync();

    const items = paragraphs.items;
    const texts = items.map((p) => p.text);
    // What sync 1 read: a proxy's values change as soon as a write is queued on it.
    const stylesAtRead = items.map((p) => p.style);
    const emphasisAtRead = items.map(emphasisOf);
    // Ours: a marker line of an interrupted run, or one a person typed into at its start or end
    // (the typing goes back when it is deleted in sync 2).
    const previous = pending.value();
    // Lines at the top holding the sentinel are ours however overtyped only after a run of ours was
    // interrupted there (its record still in progress); otherwise only lines that read as markers.
    const zone = previous?.state === "in-progress" ? markerZone(items, previous) : new Set<number>();
    const markers = items.map((_, i) => i).filter((i) => zone.has(i) || isStyleMarkerText(texts[i] ?? "", OFFICIAL_NAMES) || holdsMarker(texts[i] ?? ""));
    const markerSet = new Set(markers);
    const outside = items.map((_, i) => i).filter((i) => (items[i]?.tableNestingLevel ?? 0) === 0 && !markerSet.has(i));
    // Markers right before the report's first paragraph (where every run puts them) go with this
    // run's own in the sweep (sync 3); any elsewhere go in sync 2.
    const firstIndex = outside[0];
    const leading = firstIndex === undefined ? [] : markers.filter((i) => i < firstIndex);
    const sweepsLeading = leading.length > 0 && leading.every((i, k) => i === firstIndex! - leading.length + k);
    const stray = sweepsLeading ? markers.filter((i) => i > firstIndex!) : markers;
    const inTocField = tocFieldParagraphs(items, texts, bodyFields);
    const facts = outside.map((i) => ({
      picture: (items[i]?.inlinePictures.items.length ?? 0) > 0,
      toc: /^Toc[1-9]$/.test(String(items[i]?.styleBuiltIn ?? "")) || inTocField.has(i),
    }));
    // The title the person picked in the pane, found again by its text (titleChoice.ts).
    const chosen = locateChosenTitle(texts, options);
    const plan = planFormat(outside.map((i) => texts[i] ?? ""), effective, facts, {
      titleParagraph: chosen === undefined || outside.indexOf(chosen) < 0 ? undefined : outside.indexOf(chosen),
    });
    const storedSignature = stored && !stored.isNullObject ? String(stored.value) : null;
    const styleItems = existingStyles?.items ?? [];
    const ours = styleItems.filter((s) => OFFICIAL_NAMES.has(s.nameLocal));
    const oldStyleFonts = new Map<string, Emphasis>(styleItems.map((s) => [s.nameLocal, { bold: s.font.bold, italic: s.font.italic, underline: s.font.underline, color: s.font.color, highlightColor: null }]));
    // Below WordApi 1.5 the official names are known by their signature only.
    const officialPresent = capabilities.styleObjects ? ours.length > 0 : storedSignature !== null;
    // Official-named styles are the product's when its signature says so, or when they came from
    // a run of it that was interrupted before the signature (its record is still in progress).
    const interruptedOurs = previous?.state === "in-progress" && previous.keptDocumentStyles !== true && storedSignature === null;
    const productOwned = (storedSignature !== null && !storedSignature.startsWith(DOCUMENT_DEFINITIONS)) || interruptedOurs;
    const documentOwned = storedSignature?.startsWith(DOCUMENT_DEFINITIONS) === true || (ours.length > 0 && storedSignature === null && !interruptedOurs);
    const report: FormatReport = {
      paragraphs: outside.length,
      styled: 0,
      runInHeadings: 0,
      directFormatting: 0,
      directFormattingParagraphs: [],
      notStyled: [],
      inTables: items.filter((p) => (p.tableNestingLevel ?? 0) > 0).length,
      pictures: [],
      captions: [],
      tocLines: [],
      styles: "unchanged",
      existingStyles: documentOwned && storedSignature === null ? ours.map((s) => s.nameLocal) : [],
      needsChoice: false,
      page: { applied: false, marginsMm: page.marginsMm, linesPerPage: page.linesPerPage, charsPerLine: page.charsPerLine, sectionsApplied: 0, sectionsLeft: [] },
      fonts: { substitutions: resolved.substitutions, missing: resolved.missing, unknown: resolved.unknown },
      roles: {},
      emphasis: { restored: [], lost: [] },
      tracking: null,
      cleanedUp: 0,
      keptTyping: [],
      leftover: null,
      undoAvailable: false,
      interrupted: null,
    };
    outside.forEach((index, k) => {
      const role = plan[k]?.role;
      if (role === "picture") report.pictures.push(index);
      else if (role === "caption") report.captions.push(index);
      else if (role === "toc") report.tocLines.push(index);
    });
    onProgress?.({ phase: "read", done: items.length, total: items.length });
    if (report.existingStyles.length > 0 && choice === "ask") return { ...report, needsChoice: true };
    if (cancelled()) return { ...report, interrupted: CANCELLED_BEFORE };

    // 2. Write: record, tracking Off, styles in, every paragraph assigned and read back.
    onProgress?.({ phase: "styles", done: 0, total: outside.length });
    // A run interrupted before (pane closed, Word failed) left its record in progress: the tracking
    // mode to restore is the one it saw, not the Off it set.
    const recovering = previous?.state === "in-progress" ? previous : null;
    const trackingWas = recovering ? recovering.tracking : tracking ? String(tracking.changeTrackingMode) : null;
    const wanted = documentOwned && choice !== "replace" ? DOCUMENT_DEFINITIONS + signature : signature;
    const allThere = !capabilities.styleObjects || OFFICIAL_STYLES.every((s) => ours.some((o) => o.nameLocal === s.name));
    const needStyles = storedSignature !== wanted || !allThere;
    const deletable = needStyles && capabilities.styleObjects && ours.length > 0 && (productOwned || choice === "replace");
    const deleted = new Set(deletable ? ours.map((s) => s.nameLocal) : []);
    if (needStyles) {
      if (documentOwned && choice !== "replace") report.styles = "document-definitions";
      else if (deletable) report.styles = storedSignature === null ? "defined" : "redefined";
      else report.styles = officialPresent ? "kept-old-definitions" : "defined";
    }

    const work: Work[] = [];
    outside.forEach((index, k) => {
      const step = plan[k];
      const paragraph = items[index];
      if (!step || !paragraph) return;
      report.roles[index] = step.role;
      if (step.style) work.push({ index, paragraph, style: step.style.name, step });
    });
    // A paragraph outside the plan in a style about to be deleted (a table cell in 公文正文) gets it again.
    items.forEach((paragraph, index) => {
      const style = stylesAtRead[index]!;
      if (deleted.has(style) && !work.some((w) => w.index === index) && !markerSet.has(index)) work.push({ index, paragraph, style, step: null });
    });
    const workByIndex = new Map(work.map((w) => [w.index, w]));

    const record: FormatRecord = {
      v: 1,
      state: "in-progress",
      at: new Date().toISOString(),
      tracking: trackingWas,
      stylesExisted: recovering ? recovering.stylesExisted : productOwned,
      keptDocumentStyles: documentOwned && choice !== "replace",
      sections: [],
      ...recordedParagraphs(texts, stylesAtRead, markerSet, workByIndex, recovering),
    };
    const sectionItems = sections?.items ?? [];
    sectionItems.forEach((section, i) => {
      if (section.pageSetup.orientation === "Landscape") report.page.sectionsLeft.push({ section: i + 1, reason: "landscape" });
      else record.sections.push([i, setupOf(section.pageSetup)]);
    });
    await writeRecord(context, capabilities, record);

    const pauseTracking = trackingWas !== null && trackingWas !== "Off";
    if (pauseTracking || (tracking && String(tracking.changeTrackingMode) !== "Off")) context.document.changeTrackingMode = "Off";
    // Junk of an interrupted run goes first.
    const doomed: Word.Paragraph[] = [];
    report.cleanedUp = markers.length;
    const packageXml = needStyles ? stylesPackage(effective, STYLE_MARKER) : "";
    let inserted: Word.ParagraphCollection | null = null;
    let packageStart: Word.Range | null = null;
    const first = outside[0] !== undefined ? items[outside[0]] : undefined;
    const styleProof = needStyles && capabilities.styleObjects ? context.document.getStyles() : null;
    if (needStyles && first) {
      for (const style of ours) if (deleted.has(style.nameLocal)) style.delete();
      const anchor = first.insertParagraph("", "Before");
      const pkg = anchor.insertOoxml(packageXml, "Replace");
      packageStart = pkg.getRange("Start");
      inserted = pkg.paragraphs;
      // Read as the package lands (the lines go at this sync's end): the proof the styles arrived.
      inserted.load(`items/${MARKER_PROOF.split(",").join(",items/")}`);
      styleProof?.load("items/nameLocal,items/type,items/font/size,items/font/bold");
    }
    const runIns = new Map<number, { needle: string; hits: Word.RangeCollection; plan: ParagraphPlan }>();
    // The write sync also carries the record, the style package and the heading-sentence searches:
    // the assignments get what is left of the limit.
    const alongside = opBytes(serializeFormatRecord(record), packageXml) + work.reduce((n, w) => n + (w.step?.runIn ? opBytes(texts[w.index] ?? "") : 0), 0) + SYNC_OVERHEAD_BYTES;
    const chunks = chunkByBytes(work, (w) => opBytes(w.style) * 2 + (w.step?.runIn ? opBytes(w.step.runIn.style.name) : 0), Math.max(MAX_SYNC_BYTES / 4, MAX_SYNC_BYTES - alongside));
    if (chunks.length === 0) chunks.push([]);
    const queueAssign = (chunk: Work[]) => {
      for (const w of chunk) {
        w.paragraph.style = w.style;
        w.paragraph.load(WRITE_LOADS);
      }
    };
    queueAssign(chunks[0]!);
    for (const w of work) {
      const runIn = w.step?.runIn;
      const text = texts[w.index] ?? "";
      if (!runIn) continue;
      const lead = text.length - text.trimStart().length;
      const needle = text.slice(lead, runIn.end);
      // A prefix of the paragraph: Word's first hit is these very characters under exact and
      // loose Find alike (nothing precedes it but white space); its text is still checked.
      // eslint-disable-next-line no-control-regex
      if (!needle || needle.length > 255 || /[\u0000-\u001f]/.test(needle)) continue;
      const hits = w.paragraph.search(needle.replace(/\^/g, "^^"), { matchCase: true, matchWildcards: false });
      hits.load("items/text");
      runIns.set(w.index, { needle, hits, plan: w.step! });
    }

    // Each stray leftover temporary paragraph's text is read as it goes (a person may have typed
    // into it since sync 1); last in the batch, so that a failure before leaves them to recover().
    for (const i of stray) {
      const marker = items[i];
      if (!marker) continue;
      marker.load("text");
      marker.delete();
      doomed.push(marker);
    }
    // Ours go in one operation, the batch's last, in the batch that made them: no person can reach
    // them between syncs, and no failure can follow the deletion and lose what it read. It takes every
    // paragraph from the first of ours up to the report's first paragraph (whole paragraphs; the
    // report's keeps its mark and properties): the package's lines, its empty remnant (#2914, #6904),
    // and markers of an interrupted run right before them, with whatever a person typed into those
    // since sync 1 (read as it goes, put back in sync 3). Track Changes is Off: the deletion is not tracked.
    const sweepStart = sweepsLeading ? items[leading[0]!]!.getRange("Start") : packageStart;
    // Where the report's first paragraph's text ends: the paragraph holding it after the sweep is
    // the report's first, whichever object survived (mode wholeParagraphsDelete).
    const firstEnd = first && sweepStart ? first.getRange("End") : null;
    const swept = first && sweepStart ? sweepStart.expandTo(first.getRange("Start")) : null;
    swept?.load("text");
    swept?.delete();
    try {
      await context.sync();
      onProgress?.({ phase: "styles", done: outside.length, total: outside.length });
      let done = chunks[0]!.length;
      onProgress?.({ phase: "write", done, total: work.length });
      for (const chunk of chunks.slice(1)) {
        queueAssign(chunk);
        // One sync per payload-sized chunk, not per paragraph.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        done += chunk.length;
        onProgress?.({ phase: "write", done, total: work.length });
      }
    } catch (error) {
      await recover(context, { markers: markerSet, stylesAtRead, textsAtRead: texts, workByIndex, trackingWas, tracking: tracking !== null, capabilities, record, report, stored: storedSignature !== null, anchorBefore: needStyles && first ? outside[0]! : null, typed: [] });
      report.interrupted = unknownStyleMessage(error) ?? describeWordError(error);
      return report;
    }

    // Read back: styles, direct formatting, emphasis.
    const restores: Array<{ w: Work; restore: Emphasis }> = [];
    for (const w of work) {
      if (!w.step) continue;
      if (w.paragraph.style !== w.style) {
        report.notStyled.push(w.index);
        continue;
      }
      report.styled++;
      if (overridesStyle(w.paragraph, definitions.get(w.style), w.step.runIn !== null)) {
        report.directFormatting++;
        report.directFormattingParagraphs.push(w.index);
      }
      const change = emphasisChange(emphasisAtRead[w.index]!, emphasisOf(w.paragraph), oldStyleEmphasis(stylesAtRead[w.index], oldStyleFonts, definitions, capabilities));
      if (Object.keys(change.restore).length) restores.push({ w, restore: change.restore });
      else if (change.partLost) report.emphasis.lost.push(w.index);
    }

    // 3. Finish: heading sentences, emphasis and typing put back, signature, page, record, tracking back.
    // The report's first paragraph after the sweep, read: where Word merged it into the swept lines
    // (mode wholeParagraphsDelete "mergedIntoFirst") it took their style, given back in sync 4.
    const top = firstEnd ? firstEnd.paragraphs.getFirst() : first;
    const topWork = outside[0] === undefined ? undefined : workByIndex.get(outside[0]);
    if (firstEnd && top) top.load("style");
    // The live object of a paragraph written in this sync (the first one's may be another now).
    const live = (w: Work): Word.Paragraph => (w === topWork && firstEnd && top ? top : w.paragraph);
    const runInProofs: Array<{ hit: Word.Range; style: string; index: number; end: number }> = [];
    for (const [index, found] of runIns) {
      const w = workByIndex.get(index);
      const hit = found.hits.items[0];
      if (!w || w.paragraph.style !== w.style || !hit || hit.text !== found.needle) continue;
      hit.style = found.plan.runIn!.style.name;
      hit.load("style");
      runInProofs.push({ hit, style: found.plan.runIn!.style.name, index, end: found.plan.runIn!.end });
    }
    for (const { w, restore } of restores) {
      Object.assign(live(w).font, restore);
      live(w).load(emphasisPaths().join(","));
    }
    const verified = needStyles ? stylesArrived(inserted, styleProof, definitions, documentOwned && choice !== "replace" ? new Set(ours.map((s) => s.nameLocal)) : new Set()) : true;
    const typedBefore = [...typedInto(doomed), ...(swept ? typedInLines(swept.text) : [])];
    // What a person typed into a leftover marker since sync 1 goes back now (read as sync 2 deleted it).
    const putBack = (typed: string[]) => typed.map((text) => top?.insertParagraph(text, "Before")).filter((p): p is Word.Paragraph => p !== undefined);
    const keptBefore = putBack(typedBefore);
    for (const p of keptBefore) p.load("text");
    if (capabilities.documentProperties && needStyles && verified) context.document.properties.customProperties.add(STYLE_SIGNATURE_PROPERTY, wanted);
    if (needStyles && !verified) report.styles = report.styles === "kept-old-definitions" ? "kept-old-definitions" : "not-verified";
    const setups = record.sections.map(([i]) => sectionItems[i]!.pageSetup);
    if (setups.length && cancelled() === false) {
      const { paperSize: _paper, ...figures } = page.api;
      for (const setup of setups) {
        Object.assign(setup, figures);
        setup.load(SECTION_SETUP_KEYS.join(","));
      }
    }
    const recorded = recordIndex(items.length, markerSet);
    const recordedAt = new Map(recorded.map((index, r) => [index, r]));
    const completed: FormatRecord = {
      ...record,
      state: "complete",
      // Every heading sentence given a character style (those not read back too: clearing is harmless).
      runIns: runInProofs.filter((p) => recordedAt.has(p.index)).map((p) => [recordedAt.get(p.index)!, p.end]),
      paragraphs: record.paragraphs.map(([fingerprint, before, after], r) => {
        const index = recorded[r]!;
        const w = workByIndex.get(index);
        if (after < 0 || !w) return [fingerprint, before, after];
        return [fingerprint, before, w.paragraph.style === w.style ? after : -1];
      }),
    };
    await writeRecord(context, capabilities, completed);
    if (trackingWas !== null && trackingWas !== "Off") context.document.changeTrackingMode = trackingWas as Word.ChangeTrackingMode;
    tracking?.load("changeTrackingMode");
    try {
      await context.sync();
    } catch (error) {
      await recover(context, { markers: markerSet, stylesAtRead, textsAtRead: texts, workByIndex, trackingWas, tracking: tracking !== null, capabilities, record: completed, report, stored: storedSignature !== null, anchorBefore: null, typed: [...typedBefore] });
      report.interrupted = describeWordError(error);
      return report;
    }
    report.undoAvailable = true;
    // 4. Only where the sweep's merge gave the report's first paragraph our line's style: its own back.
    const topStyle = topWork && topWork.paragraph.style === topWork.style ? topWork.style : stylesAtRead[outside[0] ?? -1];
    if (firstEnd && top && topStyle !== undefined && top.style !== topStyle) {
      top.style = topStyle;
      top.load("style");
      try {
        await context.sync();
      } catch (error) {
        report.interrupted = describeWordError(error);
      }
      if (topWork?.step && top.style !== topWork.style && !report.notStyled.includes(topWork.index)) {
        report.styled--;
        report.notStyled.push(topWork.index);
      }
    }
    report.keptTyping = keptBefore.map((p) => p.text);
    report.runInHeadings = runInProofs.filter((r) => r.hit.style === r.style).length;
    for (const { w, restore } of restores) {
      const now = emphasisOf(live(w));
      if (EMPHASIS_KEYS.every((k) => !(k in restore) || now[k] === restore[k])) report.emphasis.restored.push(w.index);
      else report.emphasis.lost.push(w.index);
    }
    const api = page.api as unknown as Record<string, unknown>;
    report.page.sectionsApplied = setups.filter((s) => ["topMargin", "leftMargin", "linesPage", "charsLine"].every((k) => Math.abs(Number((s as unknown as Record<string, unknown>)[k]) - Number(api[k])) < 0.6)).length;
    report.page.applied = setups.length > 0 && report.page.sectionsApplied === setups.length;
    if (trackingWas !== null && tracking) report.tracking = { before: trackingWas, after: String(tracking.changeTrackingMode) };
    if (cancelled()) report.interrupted = cancelledAfter(report.styled, report.notStyled.length);
    onProgress?.({ phase: "done", done: work.length, total: work.length });
    return report;
  });
}

/** A TOC field's code, and the codes of the fields Word puts in each of its lines (page number, link to the heading). */
const TOC_CODE = /^\s*TOC\b/i;
const TOC_ENTRY_CODE = /^\s*(?:PAGEREF\s+_Toc|HYPERLINK\s+\\l\s+"?_Toc)/i;
// eslint-disable-next-line no-control-regex -- field and picture marks Word may show in text
const normalizeLine = (text: string): string => text.replace(/[\u0000-\u0008\u000b-\u001f\uFFFC]/g, "").trim();

/**
 * Paragraphs inside a TOC field, from what sync 1 read (null fields: the host has no WordApi 1.4):
 * a line whose own fields hold the TOC field or a TOC entry's PAGEREF/HYPERLINK, and every line of
 * a TOC field's result found as consecutive paragraphs by their text (whether `paragraph.fields`
 * lists a field spanning several paragraphs is unsettled: mode fieldsInRange, 诊断 probe tocField).
 */
function tocFieldParagraphs(items: readonly Word.Paragraph[], texts: readonly string[], bodyFields: Word.FieldCollection | null): Set<number> {
  const out = new Set<number>();
  if (!bodyFields) return out;
  items.forEach((p, i) => {
    if (p.fields.items.some((f) => TOC_CODE.test(f.code) || TOC_ENTRY_CODE.test(f.code))) out.add(i);
  });
  const normalized = texts.map(normalizeLine);
  for (const field of bodyFields.items) {
    if (!TOC_CODE.test(field.code)) continue;
    const lines = field.result.text.split(/\r\n?|\n|\v/).map(normalizeLine).filter(Boolean);
    if (lines.length === 0) continue;
    for (let s = 0; s + lines.length <= normalized.length; s++) {
      if (lines.every((line, k) => normalized[s + k] === line)) {
        for (let k = 0; k < lines.length; k++) out.add(s + k);
        break;
      }
    }
  }
  return out;
}

/**
 * What a person typed into temporary paragraphs of ours, read as they were deleted: each text
 * without the product's own words (the marker, U+2060 joiners); empty ones are left out.
 */
const MARKER_WORDS = ["报告助手样式" + MARKER_END, ...[...OFFICIAL_NAMES].map((n) => "报告助手样式" + n)].sort((a, b) => b.length - a.length);

const SENTINEL = "报告助手样式";

/**
 * What a person typed into a marker line of ours, or null when the line is not one: the line is
 * a marker word with up to two insertions (anywhere but inside the sentinel 报告助手样式 itself), or the
 * sentinel and the head of a marker word (an Enter pressed inside it; nothing typed), or any line
 * holding the marker with its U+2060 joiners (the rest goes back). Of several
 * readings the shortest insertion wins; an insertion that is itself a marker line (two joined) is read again.
 */
function markerTyping(text: string): string | null {
  const visible = text.replace(/\u2060/g, "");
  let best: string | null = null;
  for (const w of MARKER_WORDS) {
    if (visible.length < w.length) continue;
    // w = head + middle + tail; the line = head + typing + middle + typing + tail.
    for (let i = 0; i <= w.length; i++) {
      if (i > 0 && i < SENTINEL.length) continue;
      if (!visible.startsWith(w.slice(0, i))) continue;
      for (let j = i; j <= w.length; j++) {
        if (!visible.endsWith(w.slice(j))) continue;
        const between = visible.slice(i, visible.length - (w.length - j));
        const middle = w.slice(i, j);
        const at = between.indexOf(middle);
        if (at < 0) continue;
        const typed = between.slice(0, at) + between.slice(at + middle.length);
        if (best === null || typed.length < best.length) best = typed;
      }
    }
  }
  // Two of our lines joined (a Delete at a marker's end): the rest is ours too.
  if (best !== null) return best.includes(SENTINEL) && best !== visible ? (markerTyping(best) ?? best) : best;
  if (visible.length >= SENTINEL.length && MARKER_WORDS.some((w) => w.startsWith(visible))) return "";
  // The tail of one Enter-split marker joined to the head of the next: 级标题 + 报告助手样式公文四.
  const cut = visible.indexOf(SENTINEL);
  if (cut > 0) {
    const tail = visible.slice(0, cut);
    const head = visible.slice(cut);
    if (MARKER_WORDS.some((w) => w.slice(SENTINEL.length).endsWith(tail)) && MARKER_WORDS.some((w) => w.startsWith(head))) return "";
  }
  // Overtyped: the sentinel and at least the first character of a marker word's name, then typing.
  if (visible.startsWith(SENTINEL)) {
    const rest = visible.slice(SENTINEL.length);
    let kept = 0;
    for (const w of MARKER_WORDS) {
      const name = w.slice(SENTINEL.length);
      let k = 0;
      while (k < name.length && rest[k] === name[k]) k++;
      kept = Math.max(kept, k);
    }
    if (kept > 0) return rest.slice(kept);
  }
  // Edited past recognition, but it holds the marker with its U+2060 joiners (no person types
  // those): ours; everything else on the line goes back as typing.
  const at = text.indexOf(STYLE_MARKER);
  return at >= 0 ? (text.slice(0, at) + text.slice(at + STYLE_MARKER.length)).replace(/\u2060/g, "") : null;
}

/** Four characters in a row of the sentinel 报告助手样式: what is left of it after a person's Delete or overtype. */
const SENTINEL_PIECES = [0, 1, 2].map((i) => SENTINEL.slice(i, i + 4));

/**
 * As markerTyping, for a line in the zone where runs put their markers (before the report's first
 * paragraph): there a line holding four characters of the sentinel is ours however it was
 * overtyped; what is left of our words (runs of two or more of a marker word's characters) goes
 * with it, the rest back as typing.
 */
function zoneTyping(text: string): string | null {
  const visible = text.replace(/\u2060/g, "");
  return markerTyping(text) ?? (SENTINEL_PIECES.some((piece) => visible.includes(piece)) ? withoutMarkerPieces(visible) : null);
}

/**
 * The lines of ours above the report after a run of ours was interrupted: before the report's first
 * line (the first one the run's record pairs with; without one, the top lines while they are ours),
 * each (outside tables) a marker however overtyped, or an Enter-split tail right after one. Lines a
 * person typed there, and typing put back there, are not ours.
 */
function markerZone(lines: ReadonlyArray<{ text: string; tableNestingLevel?: number }>, record: FormatRecord): Set<number> {
  const paired = alignRecorded(record.paragraphs, lines.map((l) => l.text));
  const first = paired.findIndex((k) => k >= 0);
  const out = new Set<number>();
  for (let i = 0; i < (first < 0 ? lines.length : first); i++) {
    const line = lines[i]!;
    const ours = (line.tableNestingLevel ?? 0) === 0 && (zoneTyping(line.text) !== null || (out.has(i - 1) && isSplitTail(line.text)));
    if (ours) out.add(i);
    else if (first < 0) break;
  }
  return out;
}

/** The tail of a marker word an Enter split off (its head stays on the line before): 副标题 of 报告助手样式公文副标题. */
const isSplitTail = (text: string): boolean => {
  const visible = text.replace(/\u2060/g, "");
  return visible !== "" && MARKER_WORDS.some((w) => w.slice(SENTINEL.length).endsWith(visible));
};

/** The line without the pieces of marker words in it: each longest run (≥ 2 characters) that is part of one. */
function withoutMarkerPieces(line: string): string {
  let out = "";
  for (let i = 0; i < line.length; ) {
    let longest = 0;
    for (const w of MARKER_WORDS) {
      for (let n = Math.min(w.length, line.length - i); n > longest; n--) {
        if (w.includes(line.slice(i, i + n))) {
          longest = n;
          break;
        }
      }
    }
    if (longest >= 2) i += longest;
    else out += line[i++];
  }
  return out;
}

/** A marker line a person typed into (anywhere but inside the sentinel) or split with Enter. */
function holdsMarker(text: string): boolean {
  return markerTyping(text) !== null;
}

function typedInto(deleted: readonly Word.Paragraph[]): string[] {
  return typedIn(deleted.map((p) => p.text));
}

/** The same for a deleted range's text, one line per paragraph. */
function typedInLines(text: string): string[] {
  return typedIn(text.split(/\r\n?|\n/));
}

function typedIn(lines: readonly string[]): string[] {
  return lines.map(typedOf).filter((t) => t.trim() !== "");
}

/**
 * What a person typed on a line of ours: every whole marker word out first (lines joined by Delete
 * or Backspace hold several), then what is left read as a marker line with typing, or all typing.
 */
function typedOf(line: string): string {
  let rest = line.replace(/\u2060/g, "");
  for (const word of MARKER_WORDS) rest = rest.split(word).join("");
  return rest === "" ? "" : (zoneTyping(rest) ?? rest);
}

/**
 * Queues the deletion of the first run of adjacent given paragraphs as one range (from the run's
 * start to the next paragraph's start: whole paragraphs), its text loaded first. A run that
 * ends the body or meets a table goes paragraph by paragraph (no next start to reach). `survivors`
 * gets each next paragraph with a range at its text's end.
 */
function deleteRuns(all: readonly Word.Paragraph[], doomed: ReadonlySet<Word.Paragraph>, survivors: Array<{ next: Word.Paragraph; end: Word.Range }>): Array<Word.Range | Word.Paragraph> {
  const out: Array<Word.Range | Word.Paragraph> = [];
  for (let i = 0; i < all.length; i++) {
    if (!doomed.has(all[i]!)) continue;
    let j = i;
    while (j + 1 < all.length && doomed.has(all[j + 1]!)) j++;
    const next = all[j + 1];
    // A table's first cell as the next paragraph: no range reaches into it; paragraph by paragraph.
    const whole = next !== undefined && (next.tableNestingLevel ?? 0) === 0 && (all[i]!.tableNestingLevel ?? 0) === 0;
    // The end of the next paragraph's text finds it after the deletion, whichever object survived.
    if (whole) survivors.push({ next, end: next.getRange("End") });
    const parts: Array<Word.Range | Word.Paragraph> = whole ? [all[i]!.getRange("Start").expandTo(next.getRange("Start"))] : all.slice(i, j + 1);
    for (const part of parts) {
      part.load("text");
      part.delete();
      out.push(part);
    }
    // One run per batch: a failure after a deletion would lose what it read.
    return out;
  }
  return out;
}

/** The document index of each recorded paragraph (every paragraph but the markers). */
function recordIndex(count: number, markers: ReadonlySet<number>): number[] {
  return Array.from({ length: count }, (_, i) => i).filter((i) => !markers.has(i));
}

/**
 * The record's paragraphs: every body paragraph but the markers, its style before and the style
 * planned. After an interrupted run, a paragraph's style "before" is the one that run saw.
 */
function recordedParagraphs(
  allTexts: readonly string[],
  styles: readonly string[],
  markers: ReadonlySet<number>,
  work: ReadonlyMap<number, Work>,
  recovering: FormatRecord | null,
): Pick<FormatRecord, "names" | "paragraphs"> {
  const indexes = recordIndex(allTexts.length, markers);
  const texts = indexes.map((i) => allTexts[i]!);
  const paired = recovering ? alignRecorded(recovering.paragraphs, texts) : [];
  return recordParagraphs(
    indexes.map((i, k) => {
      let before = styles[i]!;
      const r = paired[k] ?? -1;
      if (recovering && r >= 0) {
        const [, was, after] = recovering.paragraphs[r]!;
        if (after >= 0 && (before === recovering.names[after] || before === recovering.names[was])) before = recovering.names[was]!;
      }
      return { text: texts[k]!, before, after: work.get(i)?.style ?? null };
    }),
  );
}

function setupOf(setup: Word.PageSetup): SectionSetup {
  const out = {} as Record<string, unknown>;
  for (const k of SECTION_SETUP_KEYS) out[k] = (setup as unknown as Record<string, unknown>)[k];
  return out as unknown as SectionSetup;
}

/** The old style's own emphasis: loaded on WordApi 1.5, known for Normal and the official styles, else null. */
function oldStyleEmphasis(name: string | undefined, loaded: ReadonlyMap<string, Emphasis>, definitions: ReadonlyMap<string, StyleDefinition>, capabilities: Capabilities): Emphasis | null {
  if (!name) return null;
  if (capabilities.styleObjects) return loaded.get(name) ?? null;
  const official = definitions.get(name);
  if (official) return { bold: official.font.bold, italic: false, underline: "None", color: null, highlightColor: null };
  return null;
}

/**
 * Whether Word now holds every official style with its defined figures: each paragraph style's
 * marker paragraph read back with them, and each character style (WordApi 1.5) with its size and
 * bold. Names in `keptByChoice` are the document's own definitions, kept at the person's choice.
 */
function stylesArrived(
  inserted: Word.ParagraphCollection | null,
  styles: Word.StyleCollection | null,
  definitions: ReadonlyMap<string, StyleDefinition>,
  keptByChoice: ReadonlySet<string>,
): boolean {
  if (!inserted) return false;
  const shown = new Set<string>();
  for (const p of inserted.items) {
    const name = p.text.replace(/\u2060/g, "").replace(/^报告助手样式/, "");
    const definition = definitions.get(name);
    if (definition?.paragraph && markerShowsDefinition(p, definition)) shown.add(name);
  }
  const byName = new Map((styles?.items ?? []).map((s) => [s.nameLocal, s]));
  for (const definition of definitions.values()) {
    const name = definition.style.name;
    if (keptByChoice.has(name)) continue;
    if (definition.paragraph) {
      if (!shown.has(name)) return false;
    } else if (styles) {
      const style = byName.get(name);
      if (!style || Math.abs(style.font.size - definition.font.sizePt) > 0.6 || style.font.bold !== definition.font.bold) return false;
    }
  }
  return true;
}

/** ItemNotFound on a style assignment: a formatting-specific message naming the style. */
function unknownStyleMessage(error: unknown): Bilingual | null {
  const e = error as { code?: string; message?: string } | null;
  if (e?.code !== "ItemNotFound") return null;
  const name = /'([^']+)'/.exec(e.message ?? "")?.[1];
  const official = name && OFFICIAL_NAMES.has(name) ? name : OFFICIAL_STYLES.find((s) => e.message?.includes(s.name))?.name;
  return official ? missingStyle(official) : null;
}

interface Recovery {
  markers: ReadonlySet<number>;
  stylesAtRead: readonly string[];
  /** Every paragraph's text at sync 1 (to tell whether a put-back of typing already landed). */
  textsAtRead: readonly string[];
  workByIndex: ReadonlyMap<number, Work>;
  trackingWas: string | null;
  tracking: boolean;
  capabilities: Capabilities;
  record: FormatRecord;
  report: FormatReport;
  stored: boolean;
  /** Sync-1 index of the paragraph the style package's empty anchor was queued before (null: none queued). */
  anchorBefore: number | null;
  /** Typing read from our paragraphs that the failed sync was putting back (it may or may not have landed). */
  typed: readonly string[];
}

/**
 * After Word failed part-way (operations before the failing one stay applied): remove the marker
 * paragraphs by their visible text, give back their style to the paragraphs Word left without it
 * (where the style exists), put back what a person typed into ours, restore Track Changes, and
 * say which paragraphs have the old and which the new style. Paragraphs are re-read (a queued
 * write already changed the proxies) and paired with those of sync 1 by their text. Track
 * Changes stays Off until ours are gone (their deletion is not tracked); the deletions are the
 * last operations of their batch. The record stays "in progress", so the next run knows the
 * tracking mode to restore. Three syncs, and a fourth where a deletion merged the next paragraph
 * into our line and it took that line's style (mode wholeParagraphsDelete); a failure here is
 * reported, not thrown.
 */
async function recover(context: Word.RequestContext, r: Recovery): Promise<void> {
  // Typing a failed sync was putting back: each with how many lines read so before that put-back
  // (more now, and it landed).
  const carried: Carried[] = r.typed.map((text) => ({ text, before: linesReading(r.textsAtRead, text) }));
  for (let attempt = 1; ; attempt++) {
    try {
      // Again while lines of ours are still there (one run goes per attempt; others were moved
      // away or split off while it ran): five attempts in all.
      if ((await recoverOnce(context, r, carried)) || attempt >= 5) return;
    } catch (error) {
      // Again: Word's failures are often passing (a dialog closed, a busy moment), and a paragraph
      // read in one sync may be gone in the next while a person edits.
      if (attempt < 3) continue;
      throw new WordOperationError(
        {
          zh: `排版中途失败，恢复也未完成：${describeWordError(error).zh} 请检查审阅选项卡中的修订状态，并删除以“报告助手样式”开头的段落，然后再次点击“一键排版”。`,
          en: `Formatting failed part-way and the clean-up did not finish: ${describeWordError(error).en} Check Track Changes on the Review tab, delete paragraphs starting with "报告助手样式", then click Format again.`,
        },
        error,
      );
    }
  }
}

/** One recovery; true when the document has no line of ours after it (read back). */
/** How many of the lines read `text`. */
const linesReading = (lines: readonly string[], text: string): number => lines.reduce((n, line) => n + (line === text ? 1 : 0), 0);

interface Carried {
  text: string;
  /** Lines reading `text` before the put-back that may or may not have landed. */
  before: number;
}

async function recoverOnce(context: Word.RequestContext, r: Recovery, carried: Carried[]): Promise<boolean> {
  const body = context.document.body.paragraphs;
  body.load("items/text,items/style,items/tableNestingLevel");
  const styles = r.capabilities.styleObjects ? context.document.getStyles() : null;
  styles?.load("items/nameLocal");
  if (r.trackingWas !== null && r.trackingWas !== "Off") context.document.changeTrackingMode = "Off";
  // A signature may be stale now: the next run defines the styles again.
  if (r.capabilities.documentProperties && r.stored) context.document.properties.customProperties.getItemOrNullObject(STYLE_SIGNATURE_PROPERTY).delete();
  await context.sync();
  const existing = styles ? new Set(styles.items.map((s) => s.nameLocal)) : null;
  // Ours: a marker line, or one a person typed into (the text goes back after the delete).
  const isOurs = (p: Word.Paragraph) => isStyleMarkerText(p.text, OFFICIAL_NAMES) || holdsMarker(p.text);
  const zoneAt = markerZone(body.items, r.record);
  const zone = new Set(body.items.filter((_, i) => zoneAt.has(i)));
  const ourLines = body.items.filter((p) => zone.has(p) || isOurs(p));
  const now = body.items.filter((p) => !zone.has(p) && !isOurs(p));
  const paired = alignRecorded(r.record.paragraphs, now.map((p) => p.text));
  const recorded = recordIndex(r.stylesAtRead.length, r.markers);
  // The empty anchor of the style package (or its remnant, #2914, #6904), when Word failed after
  // inserting it: an empty paragraph no recorded one pairs with, right before the paragraph it was
  // queued before.
  const at = r.anchorBefore === null ? -1 : now.findIndex((_, k) => paired[k]! >= 0 && recorded[paired[k]!] === r.anchorBefore);
  const anchor = at > 0 && paired[at - 1]! < 0 && now[at - 1]!.text === "" ? now[at - 1]! : null;
  const leftover = { oldStyle: [] as number[], newStyle: [] as number[], normal: [] as number[] };
  const regiven: Array<{ paragraph: Word.Paragraph; w: Work }> = [];
  now.forEach((paragraph, k) => {
    const index = paired[k]! >= 0 ? recorded[paired[k]!] : undefined;
    const w = index === undefined ? undefined : r.workByIndex.get(index);
    if (!w) return;
    if (paragraph.style === w.style) leftover.newStyle.push(w.index);
    else if (paragraph.style === r.stylesAtRead[w.index] && (existing === null || existing.has(paragraph.style))) leftover.oldStyle.push(w.index);
    else if (existing === null || existing.has(w.style)) {
      paragraph.style = w.style;
      paragraph.load("style");
      regiven.push({ paragraph, w });
    } else leftover.normal.push(w.index);
  });
  // Ours go last, the first run of adjacent lines in one operation reading its text as it goes
  // (typing since this sync's read goes back), so that no failure can follow it and lose what it read.
  const survivors: Array<{ next: Word.Paragraph; end: Word.Range }> = [];
  const removed = deleteRuns(body.items, new Set(anchor ? [...ourLines, anchor] : ourLines), survivors);
  await context.sync();
  for (const { paragraph, w } of regiven) (paragraph.style === w.style ? leftover.newStyle : leftover.normal).push(w.index);
  // What this attempt's deletion read goes back; what a failed put-back carried, unless it landed.
  const nowTexts = now.map((p) => p.text);
  const typed = [...carried.filter((c) => linesReading(nowTexts, c.text) <= c.before).map((c) => c.text), ...removed.flatMap((x) => typedInLines(x.text))];
  // Should this attempt's put-back fail, the next one knows what to look for.
  carried.splice(0, carried.length, ...typed.map((text) => ({ text, before: linesReading(nowTexts, text) })));
  // At the body's start, where the lines of ours were (a paragraph object read before could be gone).
  // Each goes to the very start, so the last first: they end in the order typed.
  const kept = [...typed].reverse().map((text) => context.document.body.insertParagraph(text, "Start")).reverse();
  for (const p of kept) p.load("text");
  if (r.trackingWas !== null && r.trackingWas !== "Off") context.document.changeTrackingMode = r.trackingWas as Word.ChangeTrackingMode;
  const doc = r.tracking ? context.document : null;
  doc?.load("changeTrackingMode");
  const after = context.document.body.paragraphs;
  after.load("items/text,items/tableNestingLevel");
  // The paragraph after each deleted run, with the style it should have (mode wholeParagraphsDelete).
  const merged = survivors.map(({ next, end }) => {
    const paragraph = end.paragraphs.getFirst();
    paragraph.load("style");
    return { paragraph, style: regiven.find((g) => g.paragraph === next)?.w.style ?? next.style };
  });
  await context.sync();
  // Only where a deletion merged it into our line and it took that line's style: its own back.
  const restyle = merged.filter((m) => m.paragraph.style !== m.style);
  for (const m of restyle) m.paragraph.style = m.style;
  if (restyle.length) await context.sync();
  if (doc && r.trackingWas !== null) r.report.tracking = { before: r.trackingWas, after: String(doc.changeTrackingMode) };
  r.report.keptTyping.push(...kept.map((p) => p.text));
  for (const list of Object.values(leftover)) list.sort((a, b) => a - b);
  r.report.leftover = leftover;
  r.report.styled = leftover.newStyle.filter((i) => r.workByIndex.get(i)?.step).length;
  return markerZone(after.items, r.record).size === 0 && !after.items.some(isOurs);
}
