/**
 * Fidelity modes: where Microsoft's docs or office-js issues say Word behaves less kindly than the
 * double's default, a mode switches the double to that behaviour. `DEFAULT_MODES` is the double's
 * historical behaviour; `PESSIMISTIC_MODES` sets every mode to its unkind value, and tests/word runs
 * under both (scripts/run-tests.mjs). Sources: ../shared/docs/word-api.md ("word-api") and
 * ../shared/reviews/word-fidelity-review.md ("review"); "#N" is an OfficeDev/office-js issue.
 *
 * No node-only APIs here: the double also runs in the browser preview.
 */
import { copyParagraphProps, type ParagraphProps } from "./model";

export interface FidelityModes {
  /**
   * "insensitive": search treats full- and half-width forms as equal (ＸＸ = XX, ， = ,, １ = 1).
   * Word's Find has MatchByte (VBA Find.MatchByte); Word.SearchOptions does not expose it
   * (word-api "Search"; review A.4).
   */
  searchWidth: "exact" | "insensitive";
  /** "insensitive": straight quotes " ' match curly “ ” ‘ ’ and vice versa (word-api "Search"; review A.4). */
  searchQuotes: "exact" | "insensitive";
  /** true: paragraphs created with `{ ime: true }` are never found by search (#5134; word-api "Search"). */
  searchImeMiss: boolean;
  /**
   * Whether a range that ends exactly at the start of paragraph N counts paragraph N in
   * `range.paragraphs`. The double always did ("includes"); Word's object model does not
   * ("excludes"). Review A.5.
   */
  rangeBoundary: "includes" | "excludes";
  /**
   * `insertOoxml(pkg, "Replace")` into a paragraph with a one-paragraph package: "keeps-target"
   * keeps the target paragraph's properties and ignores the package's w:pPr; with two or more
   * paragraphs the package's pPr applies (#3149, office-js-docs #272; review A.1).
   */
  singleParagraphOoxml: "applies-package" | "keeps-target";
  /**
   * "ignored": a w:pStyle in a package without a /word/styles.xml part is dropped (Microsoft,
   * "Create better add-ins for Word with Office Open XML"; word-api "Styled text"; review A.1).
   */
  pStyleWithoutStylesPart: "applied" | "ignored";
  /**
   * `font.name = X`: "all" sets the Latin and East Asian slots; "latin-only" sets ascii/hAnsi
   * and Chinese text keeps its East Asian font (VBA Font.NameFarEast docs; review A.7). The
   * double always set only the Latin slot, so its default is "latin-only" too.
   */
  fontNameSlots: "all" | "latin-only";
  /** "undefined": `getByNamespace(ns).items` is undefined when no part has that namespace (#6673). */
  customXmlEmptyItems: "array" | "undefined";
  /** "breaks-setXml": a part whose XML starts with `<?xml …?>` fails a later setXml with GeneralException (#1643). */
  customXmlDeclaration: "accepted" | "breaks-setXml";
  /**
   * "realistic": every getOoxml result carries styles/theme/fonts/settings parts of about 40 KB,
   * as Word returns a whole package (word-api "Styled text"; review A.3).
   */
  getOoxmlSize: "minimal" | "realistic";
  /**
   * A sync whose request payload exceeds this many bytes is rejected whole with GeneralException,
   * nothing of it applied (#2615, #617, #4697: the web fails above about 4 MB). null: no limit.
   */
  payloadLimitBytes: number | null;
  /** The error code for a search string over 255 characters (#168, #320, #731; review A.11). */
  searchErrorCode: "InvalidArgument" | "SearchStringInvalidOrTooLong";
  /**
   * Assigning a paragraph style: "keeps" every direct character format; "clears-majority" removes a
   * direct bold/italic/underline/colour/highlight that covers more than half of the paragraph, as
   * Word's UI does (MS KB Q102396; shaunakelly.com "styles override direct formatting"); office-js is
   * silent and API-applied styles differ from UI-applied ones (#6377). word-fidelity-review-2 #4.
   */
  styleAssignDirect: "keeps" | "clears-majority";
  /** U+2060 WORD JOINER in inserted text (insertOoxml, insertText, insertParagraph): "kept" or "stripped" (unsettled; review-2 #8). */
  zeroWidthJoinerInInsert: "kept" | "stripped";
  /**
   * `paragraph.delete()` on the body's last paragraph: true removes it; false empties it and it stays,
   * as Word keeps the document's final paragraph mark (unsettled; #2914, #2411, #6904; review-2 #8).
   */
  lastParagraphDeletable: boolean;
  /** What an inline picture reads as in `paragraph.text`: "\u0001" (VBA Range.Text), "" or "\uFFFC" (unsettled; review-2 #2). */
  pictureCharInText: "u0001" | "" | "ufffc";
  /**
   * `Style.delete()`: true turns its paragraphs to Normal (runs of a character style to their
   * paragraph's style); false keeps them on the style's name, so a definition inserted again under
   * that name applies to them (undocumented: VBA Style.Delete; review-2 #1, #9).
   */
  styleDeleteTurnsNormal: boolean;
  /** true: setting changeTrackingMode to "TrackMineOnly" is silently ignored (#6450; review-2 #7). */
  trackingRestoreIgnored: boolean;
  /**
   * "first-call": the double's first insertOoxml applies the first half of the package's paragraphs
   * (its styles part included) and then fails with GeneralException (#2615 Mac, #3271 web; review-2 #1).
   */
  insertOoxmlThrowsPartway: "never" | "first-call";
  /**
   * "type-and-enter": after every sync the person types "（补）" at the end of the document and
   * presses Enter at the end of the first paragraph — a non-modal pane does not stop them (review-2 #3,
   * reliability-review-2 attack 1). Not in PESSIMISTIC_MODES: it changes the text every test reads;
   * tests of operations that must survive it set it explicitly.
   */
  personEditsBetweenSyncs: "none" | "type-and-enter";
  /**
   * A range whose whole text a person deleted (or whose paragraph was cut): "collapses" to an
   * empty range at the neighbouring text, where a write would land (the double's historical
   * behaviour), or "invalid": every later use fails with ItemNotFound. Unsettled: neither the docs
   * nor an issue say (reliability review 2, caveat; 诊断 probe "deletedRange", which deletes the
   * text through another range). Pessimistic:
   * "collapses", the one that lets a careless write land in the neighbour.
   */
  deletedRange: "collapses" | "invalid";
  /**
   * Text a person types exactly at a range's start or end: "inside-only" leaves it outside the
   * range (the double's historical behaviour; only text typed strictly inside grows it), "edges"
   * takes it into the range, so a later Replace of the range would remove it. Unsettled (review 2,
   * caveat; 诊断 probe rangeGrowth: API text put at a paragraph edge in a later sync). Pessimistic: "edges".
   */
  rangeGrowth: "inside-only" | "edges";
  /**
   * `paragraph.fields` / `range.fields` (WordApi 1.4): "overlapping" lists every field with a part
   * in the range; "contained" only fields lying wholly inside it, so a TOC field whose result spans
   * many lines is in no single line's collection (only the lines' own PAGEREF/HYPERLINK fields
   * are). The reference ("Gets the collection of field objects in the paragraph") does not say
   * (review-2 #10; 诊断 probe "toc-field"). Pessimistic: "contained".
   */
  fieldsInRange: "overlapping" | "contained";
  /**
   * `Range.delete()` of a range from one paragraph's start to a later paragraph's start: "removed"
   * takes those whole paragraphs and leaves the later one as it was (its mark, which holds its
   * properties, is outside the range: ECMA-376 Part 1 §17.3.1.26, §17.13.5.15); "mergedIntoFirst"
   * merges the later one's text into the first deleted paragraph, which keeps its own properties
   * (the double's rule for a merge across a paragraph mark). The reference does not say (诊断 probe
   * "wholeParagraphsDelete"). Pessimistic: "mergedIntoFirst" (the later paragraph loses its style).
   */
  wholeParagraphsDelete: "removed" | "mergedIntoFirst";
}

/** The double's historical (kind) behaviour. */
export const DEFAULT_MODES: Readonly<FidelityModes> = Object.freeze({
  searchWidth: "exact",
  searchQuotes: "exact",
  searchImeMiss: false,
  rangeBoundary: "includes",
  singleParagraphOoxml: "applies-package",
  pStyleWithoutStylesPart: "applied",
  fontNameSlots: "latin-only",
  customXmlEmptyItems: "array",
  customXmlDeclaration: "accepted",
  getOoxmlSize: "minimal",
  payloadLimitBytes: null,
  searchErrorCode: "InvalidArgument",
  styleAssignDirect: "keeps",
  zeroWidthJoinerInInsert: "kept",
  lastParagraphDeletable: true,
  pictureCharInText: "u0001",
  styleDeleteTurnsNormal: false,
  trackingRestoreIgnored: false,
  insertOoxmlThrowsPartway: "never",
  personEditsBetweenSyncs: "none",
  deletedRange: "collapses",
  rangeGrowth: "inside-only",
  fieldsInRange: "overlapping",
  wholeParagraphsDelete: "removed",
});

/** 4 MB: the request size above which Word on the web was observed to fail (#4697). */
export const WEB_PAYLOAD_LIMIT_BYTES = 4 * 1024 * 1024;

/** Every mode at its unkind value. */
export const PESSIMISTIC_MODES: Readonly<FidelityModes> = Object.freeze({
  searchWidth: "insensitive",
  searchQuotes: "insensitive",
  searchImeMiss: true,
  rangeBoundary: "excludes",
  singleParagraphOoxml: "keeps-target",
  pStyleWithoutStylesPart: "ignored",
  fontNameSlots: "latin-only",
  customXmlEmptyItems: "undefined",
  customXmlDeclaration: "breaks-setXml",
  getOoxmlSize: "realistic",
  payloadLimitBytes: WEB_PAYLOAD_LIMIT_BYTES,
  searchErrorCode: "SearchStringInvalidOrTooLong",
  styleAssignDirect: "clears-majority",
  zeroWidthJoinerInInsert: "stripped",
  lastParagraphDeletable: false,
  pictureCharInText: "ufffc",
  styleDeleteTurnsNormal: true,
  trackingRestoreIgnored: true,
  insertOoxmlThrowsPartway: "first-call",
  personEditsBetweenSyncs: "none",
  deletedRange: "collapses",
  rangeGrowth: "edges",
  fieldsInRange: "contained",
  wholeParagraphsDelete: "mergedIntoFirst",
});

/** The allowed values of each mode (used to validate platform reports and environment input). */
export const MODE_VALUES: { [K in keyof FidelityModes]: ReadonlyArray<FidelityModes[K]> | "number-or-null" | "boolean" } = {
  searchWidth: ["exact", "insensitive"],
  searchQuotes: ["exact", "insensitive"],
  searchImeMiss: "boolean",
  rangeBoundary: ["includes", "excludes"],
  singleParagraphOoxml: ["applies-package", "keeps-target"],
  pStyleWithoutStylesPart: ["applied", "ignored"],
  fontNameSlots: ["all", "latin-only"],
  customXmlEmptyItems: ["array", "undefined"],
  customXmlDeclaration: ["accepted", "breaks-setXml"],
  getOoxmlSize: ["minimal", "realistic"],
  payloadLimitBytes: "number-or-null",
  searchErrorCode: ["InvalidArgument", "SearchStringInvalidOrTooLong"],
  styleAssignDirect: ["keeps", "clears-majority"],
  zeroWidthJoinerInInsert: ["kept", "stripped"],
  lastParagraphDeletable: "boolean",
  pictureCharInText: ["u0001", "", "ufffc"],
  styleDeleteTurnsNormal: "boolean",
  trackingRestoreIgnored: "boolean",
  insertOoxmlThrowsPartway: ["never", "first-call"],
  personEditsBetweenSyncs: ["none", "type-and-enter"],
  deletedRange: ["collapses", "invalid"],
  rangeGrowth: ["inside-only", "edges"],
  fieldsInRange: ["overlapping", "contained"],
  wholeParagraphsDelete: ["removed", "mergedIntoFirst"],
};

/** Full modes from defaults and any number of partial overrides (later ones win; undefined values are skipped). */
export function resolveModes(...layers: Array<Partial<FidelityModes> | undefined>): FidelityModes {
  const out: FidelityModes = { ...DEFAULT_MODES };
  for (const layer of layers) {
    if (!layer) continue;
    for (const [k, v] of Object.entries(layer)) if (v !== undefined && k in DEFAULT_MODES) (out as unknown as Record<string, unknown>)[k] = v;
  }
  return out;
}

/**
 * Modes named by `WORD_DOUBLE_MODES` in the environment: "pessimistic", "default" (or unset), or
 * a JSON object of modes. For test helpers and scripts; in a browser (no `process`) it is `{}`.
 * Throws on an unknown value, so a typo cannot silently run the kind double.
 */
export function modesFromEnvironment(): Partial<FidelityModes> {
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  const raw = proc?.env?.WORD_DOUBLE_MODES?.trim();
  if (!raw || raw === "default") return {};
  if (raw === "pessimistic") return { ...PESSIMISTIC_MODES };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error(`WORD_DOUBLE_MODES must be "default", "pessimistic" or a JSON object of modes, not ${JSON.stringify(raw)}`);
  }
  const problems = modeProblems(parsed);
  if (problems.length) throw new Error(`WORD_DOUBLE_MODES: ${problems.join("; ")}`);
  return parsed as Partial<FidelityModes>;
}

/** Why a value is not a valid Partial<FidelityModes> (empty when it is). */
export function modeProblems(value: unknown): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return ["modes must be an object"];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    const allowed = (MODE_VALUES as Record<string, unknown>)[k];
    if (allowed === undefined) out.push(`unknown mode "${k}"`);
    else if (allowed === "boolean" ? typeof v !== "boolean" : allowed === "number-or-null" ? !(v === null || (typeof v === "number" && v > 0)) : !(allowed as unknown[]).includes(v)) {
      out.push(`mode "${k}" cannot be ${JSON.stringify(v)}`);
    }
  }
  return out;
}

// ---------- OOXML insertion ----------

/** Whether a flat-OPC package carries a styles part (without one Word ignores w:pStyle). */
export function packageHasStylesPart(xml: string): boolean {
  return /pkg:name\s*=\s*["']\/word\/styles\.xml["']/i.test(xml);
}

/** A copy of a paragraph's properties, to put back after an insertion replaced them. */
export function keepProps(p: ParagraphProps): ParagraphProps {
  const kept = {} as ParagraphProps;
  copyParagraphProps(kept, p);
  return kept;
}

// ---------- search folding ----------

const QUOTES: Record<string, string> = { "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'" };

/**
 * A per-character folding for search under the given modes, or null when search is exact. Each
 * character maps to exactly one UTF-16 unit, so offsets in folded text equal offsets in the original.
 */
export function searchFolder(modes: FidelityModes): ((text: string) => string) | null {
  const width = modes.searchWidth === "insensitive";
  const quotes = modes.searchQuotes === "insensitive";
  if (!width && !quotes) return null;
  return (text) => {
    let out = "";
    for (const ch of text) {
      const c = ch.charCodeAt(0);
      if (width && c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0); // Fullwidth ASCII forms
      else if (width && c === 0x3000) out += " "; // ideographic space
      else if (quotes && QUOTES[ch]) out += QUOTES[ch];
      else out += ch;
    }
    return out;
  };
}
