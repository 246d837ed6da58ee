/**
 * The record 一键排版 keeps in the document so that 撤销排版 can put it back: each paragraph's
 * style before and after, the page setup of every section it changed, the Track Changes mode. Word
 * on the web loses its undo stack after insertOoxml (office-js #6423), so Ctrl+Z is no answer.
 *
 * Paragraphs are matched by a fingerprint of their text, not by index alone: a paragraph typed,
 * deleted or edited since is told apart, and 撤销排版 refuses it instead of restyling the wrong one.
 * The record is compact (a style-name table and three numbers a paragraph), so that a 100-page
 * report's record stays far below the payload limit.
 */

/** Page setup figures 一键排版 replaces (Word.PageSetup names, points). */
export interface SectionSetup {
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  pageWidth: number;
  pageHeight: number;
  layoutMode: string;
  linesPage: number;
  charsLine: number;
  /** "A4", "Letter" … or "Custom"; set again last, since page width and height make it "Custom". */
  paperSize: string;
}

export const SECTION_SETUP_KEYS: ReadonlyArray<keyof SectionSetup> = [
  "paperSize",
  "topMargin",
  "bottomMargin",
  "leftMargin",
  "rightMargin",
  "pageWidth",
  "pageHeight",
  "layoutMode",
  "linesPage",
  "charsLine",
];

/** One body paragraph: [text fingerprint, style before, style after] (indexes into `names`; -1: not assigned). */
export type RecordedParagraph = [fingerprint: string, before: number, after: number];

export interface FormatRecord {
  v: 1;
  /** "in-progress" from the moment tracking is paused until the run completes; a closed pane leaves it so. */
  state: "in-progress" | "complete";
  /** ISO time of the run. */
  at: string;
  /** Track Changes mode before the run (null: the host cannot tell). */
  tracking: string | null;
  /** Whether the official styles were the product's already before the run (else 撤销排版 may remove the heading-sentence styles it brought). */
  stylesExisted: boolean;
  /** The person chose to keep the document's own official-named styles (so an interrupted run's styles are not taken for the product's). */
  keptDocumentStyles?: boolean;
  /** Style names referenced by the paragraphs. */
  names: string[];
  paragraphs: RecordedParagraph[];
  /** Sections whose page setup was replaced: [section index, the setup before]. */
  sections: Array<[number, SectionSetup]>;
  /**
   * Run-in headings whose heading sentence got a character style: [recorded paragraph, end offset
   * of the sentence in its text]. 撤销排版 clears them where it cannot delete the styles (below WordApi 1.5).
   */
  runIns?: Array<[number, number]>;
}

/** FNV-1a, 32 bits, base 36: short, and enough to tell a changed paragraph from its neighbours. */
export function textFingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Builds a record's paragraph list, interning style names. */
export function recordParagraphs(entries: ReadonlyArray<{ text: string; before: string; after: string | null }>): Pick<FormatRecord, "names" | "paragraphs"> {
  const names: string[] = [];
  const index = new Map<string, number>();
  const intern = (name: string) => {
    let i = index.get(name);
    if (i === undefined) index.set(name, (i = names.push(name) - 1));
    return i;
  };
  return { names, paragraphs: entries.map((e) => [textFingerprint(e.text), intern(e.before), e.after === null ? -1 : intern(e.after)]) };
}

export function serializeFormatRecord(record: FormatRecord): string {
  return JSON.stringify(record);
}

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** A stored record, or null when it is missing, damaged or not ours. */
export function parseFormatRecord(raw: unknown): FormatRecord | null {
  if (typeof raw !== "string" || raw.length === 0) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const r = value as Partial<FormatRecord> | null;
  if (!r || typeof r !== "object" || r.v !== 1) return null;
  if (r.state !== "in-progress" && r.state !== "complete") return null;
  if (typeof r.at !== "string" || !(r.tracking === null || typeof r.tracking === "string") || typeof r.stylesExisted !== "boolean") return null;
  if (r.keptDocumentStyles !== undefined && typeof r.keptDocumentStyles !== "boolean") return null;
  if (!Array.isArray(r.names) || !r.names.every((n) => typeof n === "string")) return null;
  const names = r.names.length;
  const ref = (v: unknown) => Number.isInteger(v) && (v as number) >= -1 && (v as number) < names;
  if (!Array.isArray(r.paragraphs) || !r.paragraphs.every((p) => Array.isArray(p) && p.length === 3 && typeof p[0] === "string" && ref(p[1]) && (p[1] as number) >= 0 && ref(p[2]))) return null;
  if (!Array.isArray(r.sections)) return null;
  if (r.runIns !== undefined && !(Array.isArray(r.runIns) && r.runIns.every((x) => Array.isArray(x) && x.length === 2 && Number.isInteger(x[0]) && x[0] >= 0 && x[0] < r.paragraphs!.length && Number.isInteger(x[1]) && x[1] > 0))) return null;
  for (const s of r.sections) {
    if (!Array.isArray(s) || s.length !== 2 || !Number.isInteger(s[0]) || typeof s[1] !== "object" || s[1] === null) return null;
    const setup = s[1] as unknown as Record<string, unknown>;
    if (!SECTION_SETUP_KEYS.every((k) => (k === "layoutMode" || k === "paperSize" ? typeof setup[k] === "string" : isNumber(setup[k])))) return null;
  }
  return r as FormatRecord;
}

/**
 * Pairs the recorded paragraphs with the document's, in order, by fingerprint: paragraphs inserted
 * or removed since are passed over (looking ahead a bounded window, so a long document stays
 * linear). Returns, per current paragraph, the index of its recorded paragraph or -1.
 */
export function alignRecorded(recorded: ReadonlyArray<RecordedParagraph>, current: readonly string[], window = 64): number[] {
  const now = current.map(textFingerprint);
  const out = new Array<number>(now.length).fill(-1);
  let i = 0;
  let j = 0;
  while (i < recorded.length && j < now.length) {
    if (recorded[i]![0] === now[j]) {
      out[j++] = i++;
      continue;
    }
    let inserted = -1;
    for (let k = j + 1; k < Math.min(now.length, j + window); k++) if (now[k] === recorded[i]![0]) {
      inserted = k - j;
      break;
    }
    let removed = -1;
    for (let k = i + 1; k < Math.min(recorded.length, i + window); k++) if (recorded[k]![0] === now[j]) {
      removed = k - i;
      break;
    }
    if (inserted < 0 && removed < 0) {
      // Edited in place: neither side matches; both are passed over.
      i++;
      j++;
    } else if (removed < 0 || (inserted >= 0 && inserted <= removed)) j += inserted;
    else i += removed;
  }
  return out;
}

/** "text-changed": the text 一键排版 saw is no longer there (edited or deleted); "style-changed": restyled since. */
export type UndoRefusal = "text-changed" | "style-changed";

export interface UndoPlan {
  /** Paragraphs to put back: current index and the style they had before 一键排版. */
  restore: Array<{ paragraph: number; style: string }>;
  /** Paragraphs 一键排版 styled that are not put back, and why (paragraph: current index, or -1 when its text is gone). */
  refused: Array<{ paragraph: number; reason: UndoRefusal; style: string }>;
}

/**
 * What 撤销排版 does to the document as it is now: a paragraph goes back to its old style only if
 * its text is what 一键排版 saw and its style is still the one 一键排版 gave it.
 */
export function planUndo(record: FormatRecord, current: ReadonlyArray<{ text: string; style: string }>): UndoPlan {
  const paired = alignRecorded(record.paragraphs, current.map((c) => c.text));
  const plan: UndoPlan = { restore: [], refused: [] };
  const seen = new Set<number>();
  paired.forEach((r, paragraph) => {
    if (r < 0) return;
    seen.add(r);
    const [, before, after] = record.paragraphs[r]!;
    if (after < 0) return;
    const was = record.names[before]!;
    if (current[paragraph]!.style !== record.names[after]) plan.refused.push({ paragraph, reason: "style-changed", style: was });
    else if (was !== record.names[after]) plan.restore.push({ paragraph, style: was });
  });
  record.paragraphs.forEach(([, before, after], r) => {
    if (after >= 0 && !seen.has(r) && record.names[before] !== record.names[after]) plan.refused.push({ paragraph: -1, reason: "text-changed", style: record.names[before]! });
  });
  return plan;
}
