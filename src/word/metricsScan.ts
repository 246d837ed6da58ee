/**
 * 扫描: every placeholder of the document (text forms and skeleton metric controls), plus the
 * values already stored in it; and 定位: selecting one placeholder in Word.
 */
import { scanPlaceholders, type ContentControlInfo, type Placeholder } from "../core/placeholders";
import type { StoredValues } from "../core/metrics";
import { relocateEdits } from "../core/text/anchoring";
import { selectParagraphSpan } from "./edits";
import { refuse, runWord } from "./errors";
import {
  metricsStorage,
  newerStoredValues,
  parsePartXml,
  queueStoredParts,
  queueStoredXml,
  readSettingsValues,
  storedUnreadable,
  type MetricsStorage,
} from "./metricsStore";

/** Tag prefix of the content controls a skeleton inserts for metric slots (defined with them). */
import { METRIC_TAG_PREFIX as METRIC_CONTROL_PREFIX } from "./skeleton";
export { METRIC_CONTROL_PREFIX };

export interface ScannedDocument {
  /** Paragraph texts as read by the scan (fill verifies against these). */
  paragraphs: string[];
  placeholders: Placeholder[];
  /** Placeholder id → content control id, for skeleton metric slots. */
  controlIds: Record<string, number>;
  /** Values kept in the document by an earlier fill or save, or null. */
  stored: StoredValues | null;
  /** The document holds stored values that could not be read (ignored; a save replaces them). */
  storedUnreadable: boolean;
  storage: MetricsStorage;
}

interface LoadedControl {
  id: number;
  tag: string;
  title: string;
  text: string;
}

/**
 * Finds where each metric control sits: controls are listed per paragraph in order, and each
 * control's text is looked for after the previous one. Controls that cannot be placed are left out.
 */
export function locateControls(
  texts: readonly string[],
  perParagraph: ReadonlyMap<number, readonly number[]>,
  controls: ReadonlyMap<number, LoadedControl>,
): Array<ContentControlInfo & { id: number }> {
  const out: Array<ContentControlInfo & { id: number }> = [];
  const placed = new Set<number>();
  for (const [paragraph, ids] of [...perParagraph].sort((a, b) => a[0] - b[0])) {
    const text = texts[paragraph] ?? "";
    let cursor = 0;
    for (const id of ids) {
      const cc = controls.get(id);
      if (!cc || placed.has(id) || !cc.text || /[\r\n]/.test(cc.text)) continue;
      const at = text.indexOf(cc.text, cursor);
      if (at < 0) continue;
      placed.add(id);
      out.push({ id, tag: cc.tag, title: cc.title, text: cc.text, paragraph, start: at, end: at + cc.text.length });
      cursor = at + cc.text.length;
    }
  }
  return out;
}

/**
 * 扫描. Syncs: 1 when the document has no metric controls and no stored part; at most 2 (the
 * second locates metric controls in their paragraphs and reads the stored XML part).
 */
export async function scanDocument(): Promise<ScannedDocument> {
  const storage = metricsStorage();
  return runWord(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    const controls = context.document.body.contentControls;
    controls.load("items/id,tag,title,text");
    const parts = storage === "customXml" ? queueStoredParts(context) : null;
    await context.sync();

    const texts = paragraphs.items.map((p) => p.text);
    const metricControls = new Map<number, LoadedControl>();
    for (const c of controls.items) {
      if (c.tag.startsWith(METRIC_CONTROL_PREFIX)) metricControls.set(c.id, { id: c.id, tag: c.tag, title: c.title, text: c.text });
    }
    const xml = parts ? queueStoredXml(parts) : null;
    const probes = new Map<number, Word.ContentControlCollection>();
    if (metricControls.size > 0) {
      // Only paragraphs that can hold one of the controls' texts need their controls listed.
      const needles = [...new Set([...metricControls.values()].map((c) => c.text))];
      paragraphs.items.forEach((paragraph, index) => {
        const text = texts[index] ?? "";
        if (!needles.some((n) => n !== "" && text.includes(n))) return;
        const inParagraph = paragraph.contentControls;
        inParagraph.load("items/id");
        probes.set(index, inParagraph);
      });
    }
    if ((xml && xml.length > 0) || probes.size > 0) await context.sync();

    const perParagraph = new Map<number, number[]>();
    for (const [index, collection] of probes) perParagraph.set(index, collection.items.map((c) => c.id));
    const located = locateControls(texts, perParagraph, metricControls);
    const placeholders = scanPlaceholders(texts, { contentControls: located });
    const controlIds: Record<string, number> = {};
    for (const cc of located) controlIds[`${cc.paragraph}:${cc.start}`] = cc.id;
    // Both stores may hold values (a document that went through Office 2019 and back): the newer wins.
    const stored = newerStoredValues(storage === "customXml" ? parsePartXml(xml) : null, readSettingsValues());
    return { paragraphs: texts, placeholders, controlIds, stored, storedUnreadable: storedUnreadable(storage === "customXml" ? xml : null), storage };
  });
}

/**
 * 定位: selects a placeholder in Word (the control itself for a metric slot). The place is found by
 * its text where its paragraph is now and Word's hit is checked before selecting. Syncs: 1 for a
 * metric control; 3 otherwise (read, locate, select). Refuses plainly when its text is gone.
 */
export async function selectPlaceholder(scan: Pick<ScannedDocument, "paragraphs" | "controlIds">, placeholder: Pick<Placeholder, "id" | "paragraph" | "start" | "end">): Promise<void> {
  const controlId = scan.controlIds[placeholder.id];
  const found = await runWord(async (context) => {
    if (controlId !== undefined) {
      context.document.body.contentControls.getById(controlId).select("Select");
      await context.sync();
      return true;
    }
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    const current = paragraphs.items.map((p) => p.text);
    const [where] = relocateEdits(scan.paragraphs, current, [{ paragraph: placeholder.paragraph, start: placeholder.start, end: placeholder.end, replacement: "" }]);
    if (!where || where.status !== "located") return false;
    const paragraph = paragraphs.items[where.paragraph];
    const text = current[where.paragraph];
    return paragraph !== undefined && text !== undefined && selectParagraphSpan(context, paragraph, text, where.start, where.end);
  });
  if (!found) refuse("找不到这处待填内容，文档可能已改动，请重新扫描。", "This placeholder was not found; the document may have changed. Scan again.");
}
