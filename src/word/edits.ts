/**
 * Writing character edits into paragraphs, the way every operation of the add-in does it:
 *
 * 1. locate (1 sync per ~1 MB): for each paragraph, its text is read again and each span is
 *    searched for; every hit's text is loaded. A span is chosen (core searchableSpan) so that the
 *    k-th hit is the same characters under exact and loose Find alike; the hits are then CHECKED —
 *    count and text — before anything is written. Nothing throws on a miss: no getFirst().
 * 2. write (1 sync per ~1 MB): the verified ranges are replaced, and in the same sync each touched
 *    paragraph's text is read back, so the report says what Word did, not what was queued.
 *
 * Only WordApi 1.1 calls (search, items, insertText, delete, load): the ribbon command runs this
 * on Word 2016 too. If a write sync fails, what had been applied is read back and reported, and
 * nothing after it is attempted; running the operation again completes the job.
 */
import { applyTextEdits, relocateEdits, type TextEdit } from "../core/text/anchoring";
import { escapeSearchText, searchableSpan, type SearchSpan } from "../core/text/searchSpan";
import { chunkByBytes, opBytes } from "./payload";
import { detectCapabilities } from "./capabilities";

export interface ParagraphEdit<T> {
  /** Index in the paragraph collection read by the caller in this same Word.run. */
  paragraph: number;
  start: number;
  end: number;
  replacement: string;
  /** The caller's own record (a placeholder, a finding, an ordinal change). */
  tag: T;
}

export type EditStatus =
  /** Word's paragraph reads, after the write, exactly as planned. */
  | "written"
  /** No safe search could single it out, or Word's hits did not check out: untouched. */
  | "notLocated"
  /** The paragraph changed since it was read (typing meanwhile): untouched. */
  | "changed"
  /** A write failed before it was attempted, or Word's text afterwards shows it was not made. */
  | "notWritten"
  /** A write sync failed and Word's text afterwards could not be read, or shows part of the paragraph's edits. */
  | "unverified";

export interface EditsReport<T, R = never> {
  outcomes: Array<{ tag: T; status: EditStatus }>;
  /** The paragraphs' texts as read back after writing (index → text), for the caller's report. */
  readBack: Map<number, string>;
  /** The error that stopped the writing part-way, if any (already reflected in outcomes). */
  failure: unknown;
  syncs: number;
  /** The body's paragraphs as Word read them at the end (undefined when unreadable or nothing was written). */
  documentAfter?: string[];
  /** What the `alongside` writes' reader returned (undefined when their sync failed). */
  extraResult?: R;
}

export interface EditProgress {
  phase: "locate" | "write";
  done: number;
  total: number;
}

const EXACT = { matchCase: true, matchWholeWord: false, matchWildcards: false, matchPrefix: false, matchSuffix: false };

interface Planned<T> {
  edit: ParagraphEdit<T>;
  span: SearchSpan;
}

interface ParagraphWork<T> {
  index: number;
  paragraph: Word.Paragraph;
  text: string;
  planned: Planned<T>[];
  searches: Map<string, Word.RangeCollection>;
  ranges: Map<Planned<T>, Word.Range>;
}

/** Edits being located: queue with queueLocate, sync, then checkLocated; write with writeLocated. */
export interface LocateBatch<T> {
  /** Every paragraph's text as located against (for judging what a failed write left). */
  texts: readonly string[];
  edits: readonly ParagraphEdit<T>[];
  work: ParagraphWork<T>[];
  status: Map<ParagraphEdit<T>, EditStatus>;
}

/** Queues (no sync) the re-read of each paragraph and the searches for its spans. */
export function queueLocate<T>(paragraphs: readonly Word.Paragraph[], texts: readonly string[], edits: readonly ParagraphEdit<T>[]): LocateBatch<T> {
  const status = new Map<ParagraphEdit<T>, EditStatus>();
  const work = planWork(paragraphs, texts, edits, status);
  for (const w of work) queueParagraphSearches(w);
  return { texts, edits, work, status };
}

function queueParagraphSearches<T>(w: ParagraphWork<T>): void {
  w.paragraph.load("text");
  for (const p of w.planned) {
    const needle = textOf(p.span, w.text);
    if (w.searches.has(needle)) continue;
    const hits = w.paragraph.search(escapeSearchText(needle), EXACT);
    hits.load("items/text");
    w.searches.set(needle, hits);
  }
}

/** After the sync that ran queueLocate's work: checks every hit and keeps the verified ranges. */
export function checkLocated<T>(batch: LocateBatch<T>, only: readonly ParagraphWork<T>[] = batch.work): void {
  for (const w of only) {
    if (w.paragraph.text !== w.text) {
      for (const p of w.planned) batch.status.set(p.edit, "changed");
      continue;
    }
    for (const p of w.planned) {
      const needle = textOf(p.span, w.text);
      const hits = w.searches.get(needle)?.items ?? [];
      // Word's hits must be exactly the occurrences we computed, each reading as the span.
      if (hits.length !== countOccurrences(w.text, needle) || hits.some((h) => h.text !== needle)) {
        batch.status.set(p.edit, "notLocated");
        continue;
      }
      const range = hits[p.span.rank];
      if (range) w.ranges.set(p, range);
      else batch.status.set(p.edit, "notLocated");
    }
  }
}

/**
 * Keeps only the located edits that `replacementOf` returns a replacement for, with that
 * replacement (spans were located with a provisional one); the others are dropped unwritten.
 */
export function retarget<T>(batch: LocateBatch<T>, replacementOf: (tag: T) => string | undefined): LocateBatch<T> {
  const edits: ParagraphEdit<T>[] = [];
  for (const w of batch.work) {
    for (const p of [...w.ranges.keys()]) {
      const replacement = replacementOf(p.edit.tag);
      if (replacement === undefined) {
        w.ranges.delete(p);
        continue;
      }
      const span = p.span;
      const inner = w.text.slice(p.edit.start, p.edit.end);
      const outer = w.text.slice(span.start, span.end);
      const at = p.edit.start - span.start;
      span.replacement = outer.slice(0, at) + replacement + outer.slice(at + inner.length);
      p.edit = { ...p.edit, replacement };
      edits.push(p.edit);
    }
  }
  const status = new Map<ParagraphEdit<T>, EditStatus>();
  return { texts: batch.texts, edits, work: batch.work, status };
}

/**
 * Locates and writes `edits` into `paragraphs` (loaded with items/text in this Word.run; `texts`
 * are those texts). Edits that overlap another edit of the same paragraph are not located.
 */
export async function writeParagraphEdits<T, R = never>(
  context: Word.RequestContext,
  paragraphs: readonly Word.Paragraph[],
  texts: readonly string[],
  edits: readonly ParagraphEdit<T>[],
  onProgress?: (progress: EditProgress) => void,
  /**
   * Other small writes of the same operation (content controls, the stored values), queued with
   * the last write sync so they cost no sync of their own; returns a reader for after that sync.
   */
  alongside?: () => () => R,
): Promise<EditsReport<T, R>> {
  const status = new Map<ParagraphEdit<T>, EditStatus>();
  const batch: LocateBatch<T> = { texts, edits, work: planWork(paragraphs, texts, edits, status), status };
  // 1. Locate: re-read each paragraph and search its spans; check every hit.
  const locateChunks = chunkByBytes(batch.work, (w) => w.planned.reduce((sum, p) => sum + opBytes(textOf(p.span, w.text)), opBytes()));
  let located = 0;
  let syncs = 0;
  for (const chunk of locateChunks) {
    chunk.forEach(queueParagraphSearches);
    // One sync per payload-sized chunk, not per item: the count grows only past MAX_SYNC_BYTES.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
    checkLocated(batch, chunk);
    located += chunk.length;
    onProgress?.({ phase: "locate", done: located, total: batch.work.length });
  }
  const report = await writeLocated(context, batch, onProgress, alongside);
  return { ...report, syncs: report.syncs + syncs };
}

/**
 * 2. Writes the verified ranges of a located batch. Each range is guarded in the write sync
 * itself: the span's text is searched for INSIDE the range located a round trip earlier
 * (`getFirst`, which fails when it is not there) and the write goes into that hit, so a range
 * whose text was deleted, cut, merged away or overtyped meanwhile fails the sync instead of being
 * written into a neighbour, and text typed beside the span is never replaced (review 2, 3b/3c/4b).
 * Every guard is queued before any write, so such a failure leaves the chunk unwritten; the
 * paragraphs that still read as located are then written in one more sync. After a failure the
 * document is read again and each edit reported by what its place reads: written, not written, or
 * unverified (never guessed).
 */
export async function writeLocated<T, R = never>(
  context: Word.RequestContext,
  batch: LocateBatch<T>,
  onProgress?: (progress: EditProgress) => void,
  alongside?: () => () => R,
  /** extraFirst: the `alongside` writes go after the guards and before the edits (see writeChunk). */
  order: { extraFirst?: boolean } = {},
): Promise<EditsReport<T, R>> {
  const { status } = batch;
  const counter = { syncs: 0 };
  const writable = batch.work.filter((w) => w.ranges.size > 0);
  // Per span: its guard (search with the span's text, getFirst, its paragraph), the write, the read-back.
  const writeChunks = chunkByBytes(writable, (w) => [...w.ranges.keys()].reduce((sum, p) => sum + opBytes(p.span.replacement) + opBytes(textOf(p.span, w.text)) + 3 * opBytes(), opBytes()));
  const readBack = new Map<number, string>();
  let failure: unknown = null;
  let written = 0;
  let extraResult: R | undefined;
  let documentAfter: string[] | undefined;
  if (writeChunks.length === 0 && alongside) writeChunks.push([]);
  for (const [chunkIndex, chunk] of writeChunks.entries()) {
    if (failure) {
      for (const w of chunk) for (const p of w.ranges.keys()) status.set(p.edit, "notWritten");
      continue;
    }
    const last = chunkIndex === writeChunks.length - 1;
    let pending = chunk;
    const withExtra = last ? alongside : undefined;
    // At most one more attempt, and only for paragraphs a refused guard left as located.
    for (let attempt = 0; attempt < 2; attempt++) {
      const result = await writeChunk(context, pending, withExtra, last, counter, order.extraFirst ?? false);
      if (result.documentAfter) documentAfter = result.documentAfter;
      if (!result.error) {
        if (result.extra) extraResult = result.extra();
        for (const [index, text] of result.readBack) readBack.set(index, text);
        for (const w of pending) for (const p of w.ranges.keys()) status.set(p.edit, "written");
        break;
      }
      const after = result.documentAfter;
      const outcome = after ? judgeAfterFailure(batch, pending, after) : null;
      for (const w of pending) for (const p of w.ranges.keys()) status.set(p.edit, outcome?.get(p) ?? "unverified");
      // Guards come before every write: a failure there (its location says so) wrote nothing.
      const where = (result.error as { debugInfo?: { errorLocation?: string } } | null)?.debugInfo?.errorLocation ?? "";
      const refused = outcome !== null && outcome.size > 0 && /(getFirst|search)$/.test(where) && [...outcome.values()].every((v) => v !== "written");
      if (!refused || attempt === 1) {
        failure = result.error;
        break;
      }
      const retry: ParagraphWork<T>[] = [];
      for (const w of pending) {
        const intact = [...w.ranges.keys()].every((p) => outcome!.get(p) === "notWritten") && after!.includes(w.text);
        if (intact) retry.push(w);
        else for (const p of w.ranges.keys()) status.set(p.edit, "changed");
      }
      pending = retry;
      if (pending.length === 0 && !withExtra) break;
    }
    written += chunk.length;
    onProgress?.({ phase: "write", done: written, total: writable.length });
  }

  return {
    outcomes: batch.edits.map((edit) => ({ tag: edit.tag, status: status.get(edit) ?? "notLocated" })),
    readBack,
    failure,
    syncs: counter.syncs,
    ...(documentAfter ? { documentAfter } : {}),
    ...(extraResult !== undefined ? { extraResult } : {}),
  };
}

interface ChunkResult<R> {
  error: unknown;
  readBack: Map<number, string>;
  extra?: () => R;
  /** The body's paragraphs after the sync (read in it, or again after a failure); undefined if unreadable. */
  documentAfter?: string[];
}

/** Queues guards, writes and read-backs of one chunk; syncs once (twice after a failure). */
async function writeChunk<T, R>(
  context: Word.RequestContext,
  chunk: readonly ParagraphWork<T>[],
  alongside: (() => () => R) | undefined,
  readDocument: boolean,
  counter: { syncs: number },
  extraFirst: boolean,
): Promise<ChunkResult<R>> {
  // The guard (search inside the located range, write into that hit, in one sync) needs getFirst,
  // WordApi 1.3. Below it (the ribbon on volume-licensed Office 2016) the write goes into the range
  // located and checked a round trip earlier, and is judged by the read-back, as before the guard.
  const inSyncGuard = detectCapabilities().wordApi13;
  const guarded: Array<{ w: ParagraphWork<T>; p: Planned<T>; hit: Word.Range; where?: Word.Paragraph }> = [];
  for (const w of chunk) {
    for (const [p, range] of w.ranges) {
      guarded.push({ w, p, hit: inSyncGuard ? range.search(escapeSearchText(textOf(p.span, w.text)), EXACT).getFirst() : range });
    }
  }
  for (const g of guarded) g.where = inSyncGuard ? g.hit.paragraphs.getFirst() : g.w.paragraph;
  const readFirst = alongside && extraFirst ? alongside() : null;
  for (const g of guarded) {
    if (g.p.span.replacement) g.hit.insertText(g.p.span.replacement, "Replace");
    else g.hit.delete();
  }
  for (const g of guarded) g.where!.load("text");
  const readExtra = readFirst ?? (alongside ? alongside() : null);
  const body = readDocument ? context.document.body.paragraphs : null;
  body?.load("items/text");
  try {
    // One sync per payload-sized chunk (see writeParagraphEdits).
    await context.sync();
    counter.syncs++;
  } catch (error) {
    counter.syncs++;
    // Word applies the operations queued before the failing one: read what the document says.
    const again = context.document.body.paragraphs;
    again.load("items/text");
    try {
      await context.sync();
      counter.syncs++;
      return { error, readBack: new Map(), documentAfter: again.items.map((p) => p.text) };
    } catch {
      counter.syncs++;
      return { error, readBack: new Map() };
    }
  }
  const readBack = new Map<number, string>();
  for (const g of guarded) readBack.set(g.w.index, g.where!.text);
  return { error: null, readBack, ...(readExtra ? { extra: readExtra } : {}), ...(body ? { documentAfter: body.items.map((p) => p.text) } : {}) };
}

/**
 * After a failed write sync: for each planned span, whether the document now reads the written
 * version at its place (found by its text, as relocation does), the unwritten one, or neither.
 */
function judgeAfterFailure<T>(batch: LocateBatch<T>, chunk: readonly ParagraphWork<T>[], after: readonly string[]): Map<Planned<T>, EditStatus> {
  const out = new Map<Planned<T>, EditStatus>();
  const before = batch.texts;
  // One relocation for the whole chunk each way (per paragraph it would be quadratic).
  const writtenDoc = [...before];
  const probes: Array<{ p: Planned<T>; was: TextEdit; now: TextEdit }> = [];
  for (const w of chunk) {
    const planned = [...w.ranges.keys()];
    writtenDoc[w.index] = applyTextEdits(w.text, planned.map((p) => p.span));
    // Each span with a character of context each side (where there is one), before and after writing.
    let shift = 0;
    for (const p of [...planned].sort((x, y) => x.span.start - y.span.start)) {
      const a = Math.max(0, p.span.start - 1);
      const b = Math.min(w.text.length, p.span.end + 1);
      const grow = p.span.replacement.length - (p.span.end - p.span.start);
      probes.push({ p, was: { paragraph: w.index, start: a, end: b, replacement: "" }, now: { paragraph: w.index, start: a + shift, end: b + shift + grow, replacement: "" } });
      shift += grow;
    }
  }
  const untouched = new Set(relocateEdits(before, after, probes.map((x) => x.was)).filter((r) => r.status === "located").map((r) => r.edit));
  const landed = new Set(relocateEdits(writtenDoc, after, probes.map((x) => x.now)).filter((r) => r.status === "located").map((r) => r.edit));
  for (const { p, was, now } of probes) {
    const isOld = untouched.has(was);
    const isNew = landed.has(now);
    out.set(p, isNew && !isOld ? "written" : isOld && !isNew ? "notWritten" : "unverified");
  }
  return out;
}

/** Groups edits by paragraph with their searchable spans; marks unusable ones. */
function planWork<T>(
  paragraphs: readonly Word.Paragraph[],
  texts: readonly string[],
  edits: readonly ParagraphEdit<T>[],
  status: Map<ParagraphEdit<T>, EditStatus>,
): ParagraphWork<T>[] {
  const byIndex = new Map<number, ParagraphWork<T>>();
  for (const edit of edits) {
    const paragraph = paragraphs[edit.paragraph];
    const text = texts[edit.paragraph];
    const span = text === undefined ? null : searchableSpan(text, edit.start, edit.end, edit.replacement);
    if (!paragraph || text === undefined || !span) {
      status.set(edit, "notLocated");
      continue;
    }
    let w = byIndex.get(edit.paragraph);
    if (!w) {
      w = { index: edit.paragraph, paragraph, text, planned: [], searches: new Map(), ranges: new Map() };
      byIndex.set(edit.paragraph, w);
    }
    // Spans of one paragraph must not overlap (a widened span may reach a neighbour's).
    if (w.planned.some((p) => p.span.start < span.end && span.start < p.span.end)) {
      status.set(edit, "notLocated");
      continue;
    }
    w.planned.push({ edit, span });
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

function textOf(span: SearchSpan, text: string): string {
  return text.slice(span.start, span.end);
}

function countOccurrences(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

/**
 * Selects characters [start, end) of a paragraph read in this Word.run (its text `text`), after
 * checking Word's hits as writes do. Syncs: 2 (locate, select). False when it cannot be singled
 * out or the paragraph changed meanwhile; then the whole paragraph is selected if still intact.
 */
export async function selectParagraphSpan(context: Word.RequestContext, paragraph: Word.Paragraph, text: string, start: number, end: number): Promise<boolean> {
  const span = end > start ? searchableSpan(text, start, end, text.slice(start, end)) : null;
  const needle = span ? text.slice(span.start, span.end) : "";
  const hits = span ? paragraph.search(escapeSearchText(needle), EXACT) : null;
  hits?.load("items/text");
  paragraph.load("text");
  await context.sync();
  if (paragraph.text !== text) return false;
  const items = hits?.items ?? [];
  const exact = span && items.length === countOccurrences(text, needle) && items.every((h) => h.text === needle) ? items[span.rank] : undefined;
  (exact ?? paragraph).select("Select");
  await context.sync();
  return exact !== undefined || !span;
}
