/**
 * Rich content the double carries so tests can prove that formatting never loses anything
 * (issue 11; review A.2 lists what a rebuild from plain text drops): hyperlinks, fields, footnote
 * references, inline pictures and tracked insertions live on runs; bookmarks and comment anchors
 * are live spans over the document; revisions are a log.
 *
 * What paragraph.text shows for them:
 * - footnote reference: "\u0002" (office-js #2749; Word's object model reports the reference mark so);
 * - inline picture: "\u0001" — Word's object model (VBA Range.Text) marks an inline shape with
 *   character 1; office-js does not document it, so this is the double's choice until the 诊断 probe
 *   (review C.5.6) reports what Word's paragraph.text gives;
 * - field: its result text only (review A.2: "fields whose text is only their result");
 * - bookmarks and comments add no characters.
 */
import type { Anchor, DocumentModel, ParagraphNode, Run } from "./model";
import type { FontProps } from "./styles";

export const FOOTNOTE_MARK = "\u0002";
export const PICTURE_MARK = "\u0001";

export interface RunRich {
  /** Hyperlink target (Range.hyperlink, WordApi 1.3). */
  link?: string;
  /** A field whose result is this run's text. */
  field?: { id: number; code: string };
  /** A footnote reference mark (text FOOTNOTE_MARK). */
  footnote?: { id: number; text: string };
  /** An inline picture (text PICTURE_MARK). */
  picture?: { id: number; width: number; height: number; altText: string };
  /** A tracked insertion. */
  revision?: { id: number; kind: "insert" };
}

export interface BookmarkRecord {
  name: string;
  start: Anchor;
  end: Anchor;
}

export interface CommentRecord {
  id: string;
  content: string;
  start: Anchor;
  end: Anchor;
}

/** A tracked text change (document.changeTrackingMode ≠ "Off"). */
export interface RevisionRecord {
  id: number;
  kind: "insert" | "delete";
  /** Index of the paragraph at the time of the change. */
  paragraph: number;
  text: string;
}

/** A tracked formatting change (style or property), kept apart from text revisions. */
export interface FormatChangeRecord {
  paragraph: number;
  what: string;
}

export type ChangeTrackingMode = "Off" | "TrackAll" | "TrackMineOnly";

/** Rich state of a document besides its runs. */
export interface RichState {
  bookmarks: BookmarkRecord[];
  comments: CommentRecord[];
  revisions: RevisionRecord[];
  formatChanges: FormatChangeRecord[];
}

/** Emphasis a writer gives text on purpose: part of the content (font names and sizes are typography). */
const CONTENT_FONT_KEYS: Array<keyof FontProps> = ["bold", "italic", "underline", "color"];
const TYPOGRAPHY_KEYS: Array<keyof FontProps> = ["name", "nameFarEast", "size"];

function runContentKey(m: DocumentModel, r: Run, typography: boolean): string {
  const d: Record<string, unknown> = {};
  for (const k of typography ? [...CONTENT_FONT_KEYS, ...TYPOGRAPHY_KEYS] : CONTENT_FONT_KEYS) if (r.direct[k] !== undefined) d[k] = r.direct[k];
  const rich = r.rich ?? {};
  return JSON.stringify({
    d,
    link: rich.link,
    field: rich.field?.code,
    footnote: rich.footnote?.text,
    picture: rich.picture && [rich.picture.width, rich.picture.height, rich.picture.altText],
    revision: rich.revision?.kind,
    cc: r.ccs.map((id) => m.contentControls.get(id)?.tag ?? id),
  });
}

/** Adjacent runs with equal keys joined, so a split run (e.g. by a character style) reads the same. */
function segments(p: ParagraphNode, key: (r: Run) => string): string[] {
  const out: Array<[string, string]> = [];
  for (const r of p.runs) {
    if (!r.text) continue;
    const k = key(r);
    const last = out[out.length - 1];
    if (last && last[1] === k) last[0] += r.text;
    else out.push([r.text, k]);
  }
  return out.map(([t, k]) => `${JSON.stringify(t)}${k}`);
}

/** Where a span falls in one paragraph: "a-b", with "<" / ">" when it runs on from/into others. */
function spanIn(m: DocumentModel, p: ParagraphNode, start: Anchor, end: Anchor): string | null {
  const i = m.indexOf(p);
  const si = m.indexOf(start.para);
  const ei = m.indexOf(end.para);
  if (si < 0 || ei < 0 || si > i || ei < i) return null;
  const a = si === i ? String(start.offset) : "<";
  const b = ei === i ? String(end.offset) : ">";
  return `${a}-${b}`;
}

/**
 * Everything a reader would call the paragraph's content: text, each stretch of runs with its
 * direct emphasis (bold/italic/underline/color), links, fields, footnotes, pictures, tracked
 * insertions, content controls, bookmarks and comments. Styles, direct paragraph formatting and
 * direct font name/size are not part of it (see styleSignature) unless `typography` is asked for.
 */
export function contentSignature(m: DocumentModel, index: number, options: { typography?: boolean } = {}): string {
  const p = m.paragraphs[index];
  if (!p) throw new RangeError(`No paragraph ${index}`);
  const parts = segments(p, (r) => runContentKey(m, r, !!options.typography));
  for (const b of m.rich.bookmarks) {
    const at = spanIn(m, p, b.start, b.end);
    if (at) parts.push(`bookmark ${b.name}@${at}`);
  }
  for (const c of m.rich.comments) {
    const at = spanIn(m, p, c.start, c.end);
    if (at) parts.push(`comment ${JSON.stringify(c.content)}@${at}`); // ids are each document's own
  }
  return `${JSON.stringify(p.text)}|${parts.join("|")}`;
}

/** The paragraph's style, direct paragraph formatting, and each stretch's character style and typography. */
export function styleSignature(m: DocumentModel, index: number): string {
  const p = m.paragraphs[index];
  if (!p) throw new RangeError(`No paragraph ${index}`);
  const direct = Object.entries(p.direct)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  const runs = segments(p, (r) => JSON.stringify([r.charStyle ?? null, TYPOGRAPHY_KEYS.map((k) => r.direct[k] ?? null)]));
  return `${p.styleId}|${JSON.stringify(direct)}|${runs.join("|")}`;
}
