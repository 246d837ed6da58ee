/**
 * 一键排版 and 撤销排版 in the reliability campaign (issue 21): what they do, and the promises
 * judged on them. harness.ts registers them (OPERATIONS, perform, judge, retry); this file holds
 * their code so the campaign's other operations stay apart.
 *
 * - no wrong write: a run never changes a character of the report (without person edits the text
 *   is exactly as before, markers aside);
 * - no lost input: harness.ts checks every typed token (edits between any two syncs, inside the
 *   temporary marker paragraphs too: `typeIntoMarker`);
 * - honest report: what the report says is styled / restored is what the document holds;
 * - nothing of ours left after a fault: no marker paragraph, Track Changes as it was;
 * - retry completes without duplicates: running again finishes, and no line of the report is doubled.
 */
import type { WordDouble } from "../../../src/word-double";
import { formatDocument, type FormatReport } from "../../../src/word/format";
import { undoFormat, type UndoFormatReport } from "../../../src/word/formatUndo";
import { OFFICIAL_STYLES, standardProfile } from "../../../src/core/format";

export const FORMAT_OPERATIONS = ["format", "undoFormat"] as const;
export type FormatOperation = (typeof FORMAT_OPERATIONS)[number];
export const isFormatOperation = (op: string): op is FormatOperation => (FORMAT_OPERATIONS as readonly string[]).includes(op);

/** What the judge needs (harness.ts's Check, structurally). */
interface FormatCheck {
  c: { operation: string; cursor: number };
  before: string[];
  after: string[];
  result: unknown;
  error: unknown;
  broken: Array<{ property: "wrongWrite" | "lostInput" | "dishonest" | "leftovers" | "duplicate" | "crash"; detail: string }>;
  d: WordDouble;
  faulted: boolean;
  edited: boolean;
  late: boolean;
}

const OFFICIAL = new Set(OFFICIAL_STYLES.map((s) => s.name));
const MARKER = /报告助手样式/;
const TRACKING = ["Off", "TrackAll", "TrackMineOnly"] as const;
const trackingBefore = new WeakMap<WordDouble, string>();

/**
 * Before the operation (outside its syncs): Track Changes set from the case (a third of the cases
 * each mode), and for 撤销排版 a completed 一键排版 to undo.
 */
export async function prepareFormat(op: FormatOperation, c: { cursor: number }, d: WordDouble): Promise<void> {
  if (op === "undoFormat") await formatDocument(standardProfile);
  d.model.changeTrackingMode = TRACKING[c.cursor % 3]!;
  trackingBefore.set(d, d.model.changeTrackingMode);
}

export function performFormat(op: FormatOperation): Promise<unknown> {
  return op === "format" ? formatDocument(standardProfile) : undoFormat();
}

/**
 * A person edit aimed at a temporary paragraph: after each sync, type `text` at the end of the
 * first marker paragraph if there is one (returns whether it typed).
 */
export function typeIntoMarker(d: WordDouble, text: string): boolean {
  const i = d.model.paragraphs.findIndex((p) => MARKER.test(p.text));
  if (i < 0) return false;
  d.model.typeText(i, text);
  return true;
}

const withoutMarkers = (texts: readonly string[]) => texts.filter((t) => !MARKER.test(t));

export function judgeFormat(x: FormatCheck): void {
  const { d, broken, after } = x;
  const op = x.c.operation as FormatOperation;
  // Not a character changed (without person edits).
  if (!x.edited && withoutMarkers(after).join("\n") !== withoutMarkers(x.before).join("\n")) {
    broken.push({ property: "wrongWrite", detail: `text changed: ${withoutMarkers(x.before).join(" | ")} → ${withoutMarkers(after).join(" | ")}` });
  }
  // Nothing of ours left, on every path (fault or not): no marker, tracking as it was. When the
  // operation threw (Word failed its recovery too, and the message asks to run again), the retry is judged.
  if (x.error) return;
  if (after.some((t) => MARKER.test(t))) broken.push({ property: "leftovers", detail: `marker paragraph left: ${after.filter((t) => MARKER.test(t)).join(" | ")}` });
  const wanted = trackingBefore.get(d);
  const readBack = (x.result as FormatReport | null)?.tracking ?? null;
  // Track Changes back as it was, or (#6450, mode trackingRestoreIgnored) the report says it is not.
  if (wanted !== undefined && d.model.changeTrackingMode !== wanted && !(readBack && readBack.after !== readBack.before)) {
    broken.push({ property: "leftovers", detail: `tracking ${wanted} → ${d.model.changeTrackingMode}` });
  }
  if (!x.result || x.edited || x.late) return;
  const styles = d.model.paragraphs.map((p) => p.style);
  if (op === "format") {
    const r = x.result as FormatReport;
    if (r.needsChoice || r.interrupted) return;
    const official = styles.filter((s) => OFFICIAL.has(s)).length;
    if (r.styled !== official) broken.push({ property: "dishonest", detail: `report: ${r.styled} styled; document: ${official} paragraphs in official styles` });
    for (const [index, role] of Object.entries(r.roles)) {
      if (["picture", "caption", "toc", "empty"].includes(role)) continue;
      if (!r.notStyled.includes(Number(index)) && !OFFICIAL.has(styles[Number(index)] ?? "")) broken.push({ property: "dishonest", detail: `paragraph ${index} (${role}) reported styled, is ${styles[Number(index)]}` });
    }
  } else {
    const r = x.result as UndoFormatReport;
    const official = styles.filter((s) => OFFICIAL.has(s)).length;
    if (r.refused.length === 0 && r.notRestored.length === 0 && official > 0) broken.push({ property: "dishonest", detail: `undo reported complete, ${official} paragraphs still in official styles` });
    if (r.sentenceStylesRemoved && d.model.paragraphs.some((p) => p.runs.some((run) => run.charStyle && /标题句$/.test(d.model.styles.get(run.charStyle)?.name ?? "")))) {
      broken.push({ property: "dishonest", detail: "heading-sentence styles reported removed, still on the text" });
    }
  }
}

/** Running again (no edits, no fault): completes, leaves nothing of ours, and doubles no line. */
export async function retryFormat(x: FormatCheck): Promise<void> {
  const { d } = x;
  const op = x.c.operation as FormatOperation;
  // A person's tokens typed into a marker left by a failed run count as lines of the report: the
  // retry puts them back as paragraphs of their own (not a duplicate).
  const lines = [...withoutMarkers(x.after), ...x.after.filter((t) => MARKER.test(t)).flatMap((t) => { const tokens = t.match(/键入.{3}/g) ?? []; return [...tokens, tokens.join("")]; })];
  if (op === "format") {
    // A Word that fails its first insertOoxml (mode insertOoxmlThrowsPartway) fails the retry once more.
    let again = await formatDocument(standardProfile);
    if (again.interrupted && !again.needsChoice) again = await formatDocument(standardProfile);
    if (again.interrupted && !again.needsChoice) x.broken.push({ property: "duplicate", detail: `retry did not complete: ${again.interrupted.en}` });
  } else {
    try {
      await undoFormat();
    } catch (e) {
      if ((e as { name?: string }).name !== "WordOperationError") throw e;
    }
  }
  const now = d.model.paragraphs.map((p) => p.text);
  const wanted = trackingBefore.get(d);
  if (x.error && wanted !== undefined && d.model.changeTrackingMode !== wanted && !d.modes.trackingRestoreIgnored) x.broken.push({ property: "leftovers", detail: `after the retry: tracking ${wanted} → ${d.model.changeTrackingMode}` });
  if (now.some((t) => MARKER.test(t))) x.broken.push({ property: "leftovers", detail: "retry left a marker paragraph" });
  const counts = (list: readonly string[]) => list.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>());
  const had = counts(lines);
  for (const [t, n] of counts(now)) if (t && n > (had.get(t) ?? 0)) x.broken.push({ property: "duplicate", detail: `retry: "${t}" ${n} times (was ${had.get(t) ?? 0})` });
}
