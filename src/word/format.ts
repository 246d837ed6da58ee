import {
  paragraphOoxmlPackage,
  planFormat,
  resolveFonts,
  validateProfile,
  type Alignment,
  type FormatProfile,
  type OoxmlRun,
  type ParagraphFormat,
  type ResolvedFonts,
} from "../core/format";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { refuse, runWord } from "./errors";
import { readParagraphRuns, runsText } from "./formatRuns";

/**
 * 一键排版 (GB/T 9704) — how each platform gets there (decided here, shown in the UI):
 *
 * - Paragraph layout: exact line spacing has no API (paragraph.lineSpacing gives *multiple*
 *   spacing, office-js #2296), so on EVERY platform each paragraph is rebuilt with
 *   `paragraph.insertOoxml(package, "Replace")`: exact spacing (`w:lineRule="exact"`), first-line
 *   indent in characters (and points), alignment, and an outline level for headings 1–4 (the
 *   Navigation Pane lists them without the built-in heading styles, whose colours and spacing
 *   would fight the official format). The paragraph keeps its style (`w:pStyle`). The package is
 *   built from the text read and the paragraph's inline content controls (tag, title, text), so
 *   text and controls come out identical.
 * - Chinese font: in the package (`w:eastAsia`) everywhere; where WordApiDesktop 1.3 exists it is
 *   also written through the documented API (`font.name` = Latin font, `font.nameFarEast`).
 * - A paragraph that cannot be rebuilt safely (pictures, fields, footnotes, tracked changes,
 *   locked or multi-paragraph controls, line breaks) gets what the API can do: fonts, size, bold,
 *   alignment, first-line indent in points — not the exact line spacing; the report counts them.
 * - Paragraphs in tables are left alone. Page margins are never set: below WordApiDesktop 1.3
 *   there is no page-setup API, and the double has no sections to test it; the UI states the
 *   profile's margins for the person to set in Word.
 */

export type FormatPhase = "read" | "plan" | "write" | "done";

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
}

export interface FormatReport {
  /** Body paragraphs outside tables. */
  paragraphs: number;
  /** Paragraphs given the full format (exact line spacing included). */
  rebuilt: number;
  /** Indices of paragraphs formatted through the API only: no exact line spacing. */
  apiOnly: number[];
  /** Paragraphs in tables, left as they were. */
  inTables: number;
  /** How the Chinese font slot was written. */
  fontRoute: "nameFarEast" | "ooxml";
  /** Font substitutions made for fonts that are not installed (see core resolveFonts). */
  fonts: Omit<ResolvedFonts, "profile">;
  /** Role of every formatted paragraph (by document index), for the summary. */
  roles: Record<number, ParagraphFormat["role"]>;
}

const ALIGNMENT: Record<Alignment, Word.Alignment> = {
  left: "Left" as Word.Alignment,
  centered: "Centered" as Word.Alignment,
  right: "Right" as Word.Alignment,
  justified: "Justified" as Word.Alignment,
};

// Characters a rebuild from text cannot reproduce (line breaks, field and object marks).
// eslint-disable-next-line no-control-regex
const NOT_REBUILDABLE = /[\u0000-\u0008\u000b-\u001f]/;

/**
 * Formats the whole document with a profile. Syncs: 1 to read the paragraphs (texts, styles,
 * tables, content controls); a 2nd only when the document has content controls (their places,
 * through each affected paragraph's OOXML); 1 to write — at most 3 for any length. An invalid
 * profile is refused before anything is read or written. Text is never changed.
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
  const useFontApi = capabilities.eastAsianFontApi;

  return runWord(async (context) => {
    onProgress?.({ phase: "read", done: 0, total: 0 });
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text,items/style,items/styleBuiltIn,items/tableNestingLevel");
    const controls = context.document.body.contentControls;
    controls.load("items/text");
    await context.sync();

    const items = paragraphs.items;
    const texts = items.map((p) => p.text);
    const outside = items.map((_, i) => i).filter((i) => (items[i]?.tableNestingLevel ?? 0) === 0);
    onProgress?.({ phase: "read", done: items.length, total: items.length });

    // Controls: which paragraphs hold them, and where (their OOXML), in one more sync.
    const controlTexts = controls.items.map((c) => c.text).filter((t) => t !== "");
    const perParagraph = new Map<number, Word.ContentControlCollection>();
    const ooxml = new Map<number, OfficeExtension.ClientResult<string>>();
    if (controls.items.length > 0) {
      for (const i of outside) {
        const paragraph = items[i];
        if (!paragraph) continue;
        const inside = paragraph.contentControls;
        inside.load("items/cannotDelete,items/cannotEdit");
        perParagraph.set(i, inside);
        const text = texts[i] ?? "";
        if (controlTexts.some((t) => text.includes(t))) ooxml.set(i, paragraph.getOoxml());
      }
      await context.sync();
    }

    onProgress?.({ phase: "plan", done: 0, total: outside.length });
    const plan = planFormat(outside.map((i) => texts[i] ?? ""), resolved.profile);
    const report: FormatReport = {
      paragraphs: outside.length,
      rebuilt: 0,
      apiOnly: [],
      inTables: items.length - outside.length,
      fontRoute: useFontApi ? "nameFarEast" : "ooxml",
      fonts: { substitutions: resolved.substitutions, missing: resolved.missing, unknown: resolved.unknown },
      roles: {},
    };

    outside.forEach((index, k) => {
      const paragraph = items[index];
      const format = plan[k];
      if (!paragraph || !format) return;
      report.roles[index] = format.role;
      const text = texts[index] ?? "";
      const inside = perParagraph.get(index)?.items ?? [];
      const runs = rebuildRuns(text, inside, ooxml.get(index)?.value);
      if (runs) {
        // Inline controls go first; the package brings them back with the same tag, title and text.
        inside.forEach((control) => control.delete(false));
        const pkg = paragraphOoxmlPackage([{ format: { ...format, styleId: styleIdOf(paragraph) }, runs }]);
        const range = paragraph.insertOoxml(pkg, "Replace");
        if (useFontApi) setFont(range.font, format, true);
        report.rebuilt++;
      } else {
        paragraph.alignment = ALIGNMENT[format.alignment];
        paragraph.firstLineIndent = format.firstLineIndentPt;
        paragraph.spaceBefore = 0;
        paragraph.spaceAfter = 0;
        setFont(paragraph.font, format, useFontApi);
        report.apiOnly.push(index);
      }
    });
    onProgress?.({ phase: "write", done: 0, total: outside.length });
    await context.sync();
    onProgress?.({ phase: "done", done: outside.length, total: outside.length });
    return report;
  });
}

/** The runs to rebuild a paragraph from, or null when a rebuild could lose something. */
function rebuildRuns(text: string, controls: Word.ContentControl[], ooxml: string | undefined): OoxmlRun[] | null {
  if (NOT_REBUILDABLE.test(text)) return null;
  if (controls.length === 0) return text ? [{ text }] : [];
  if (ooxml === undefined || controls.some((c) => c.cannotDelete || c.cannotEdit)) return null;
  const runs = readParagraphRuns(ooxml);
  if (!runs || runsText(runs) !== text) return null;
  const rebuiltControls = runs.filter((run) => "contentControl" in run).length;
  return rebuiltControls === controls.length ? runs : null;
}

/** The style a rebuilt paragraph keeps: built-in ones by their locale-independent id. */
function styleIdOf(paragraph: Word.Paragraph): string | undefined {
  const builtIn = String(paragraph.styleBuiltIn);
  if (builtIn === "Normal") return undefined;
  return builtIn === "Other" ? paragraph.style : builtIn;
}

/** Font through the API; with nameFarEast the Chinese slot is set apart from the Latin one. */
function setFont(font: Word.Font, format: ParagraphFormat, farEast: boolean): void {
  if (farEast) {
    font.name = format.latinFont;
    font.nameFarEast = format.eastAsianFont;
  } else {
    // One name for every slot: the Chinese font matters more in a Chinese report.
    font.name = format.eastAsianFont;
  }
  font.size = format.sizePt;
  font.bold = format.bold;
}
