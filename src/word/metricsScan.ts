/**
 * 扫描: every placeholder of the document (text forms and skeleton metric controls), plus the
 * values already stored in it; and 定位: selecting one placeholder in Word.
 */
import { scanPlaceholders, type ContentControlInfo, type Placeholder } from "../core/placeholders";
import type { StoredValues } from "../core/metrics";
import { escapeSearchText, MAX_SEARCH_LENGTH } from "../core/text/spanLocator";
import { refuse, runWord } from "./errors";
import {
  metricsStorage,
  parsePartXml,
  queueStoredParts,
  queueStoredXml,
  readSettingsValues,
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
    if (xml || probes.size > 0) await context.sync();

    const perParagraph = new Map<number, number[]>();
    for (const [index, collection] of probes) perParagraph.set(index, collection.items.map((c) => c.id));
    const located = locateControls(texts, perParagraph, metricControls);
    const placeholders = scanPlaceholders(texts, { contentControls: located });
    const controlIds: Record<string, number> = {};
    for (const cc of located) controlIds[`${cc.paragraph}:${cc.start}`] = cc.id;
    const stored = (storage === "customXml" ? parsePartXml(xml) : null) ?? readSettingsValues();
    return { paragraphs: texts, placeholders, controlIds, stored, storage };
  });
}

/**
 * A search window around [start, end) of paragraph `index` that occurs exactly once in the whole
 * document, with the span's own text (its first match inside the window is the span); or null.
 */
export function uniqueWindow(texts: readonly string[], index: number, start: number, end: number): { window: string; target: string } | null {
  const text = texts[index];
  if (text === undefined) return null;
  const target = text.slice(start, end);
  if (!target || target.length > MAX_SEARCH_LENGTH) return null;
  const count = (needle: string): number => {
    let n = 0;
    for (const t of texts) {
      for (let i = t.indexOf(needle); i >= 0 && n < 2; i = t.indexOf(needle, i + 1)) n++;
      if (n > 1) break;
    }
    return n;
  };
  const room = Math.min(MAX_SEARCH_LENGTH - target.length, 80);
  for (let extra = 0; extra <= room; extra++) {
    for (let left = extra; left >= 0; left--) {
      const a = start - left;
      const b = end + (extra - left);
      if (a < 0 || b > text.length) continue;
      const window = text.slice(a, b);
      if (/^\s|\s$/.test(window)) continue;
      if (text.indexOf(window) === a && window.indexOf(target) === left && count(window) === 1) return { window, target };
    }
  }
  return null;
}

/**
 * 定位: selects a placeholder in Word (the control itself for a metric slot). Syncs: exactly 1.
 * Fails with "not found" (ItemNotFound) if the document changed since the scan.
 */
export async function selectPlaceholder(scan: Pick<ScannedDocument, "paragraphs" | "controlIds">, placeholder: Pick<Placeholder, "id" | "paragraph" | "start" | "end">): Promise<void> {
  const controlId = scan.controlIds[placeholder.id];
  const found = controlId === undefined ? uniqueWindow(scan.paragraphs, placeholder.paragraph, placeholder.start, placeholder.end) : null;
  await runWord(async (context) => {
    const exact = { matchCase: true, matchWholeWord: false, matchWildcards: false };
    if (controlId !== undefined) {
      context.document.body.contentControls.getById(controlId).select("Select");
    } else if (found) {
      context.document.body
        .search(escapeSearchText(found.window), exact)
        .getFirst()
        .search(escapeSearchText(found.target), exact)
        .getFirst()
        .select("Select");
    } else {
      // The same words occur elsewhere: at least bring the start of its sentence into view.
      const text = scan.paragraphs[placeholder.paragraph] ?? "";
      const head = text.slice(0, placeholder.end).trim().slice(0, MAX_SEARCH_LENGTH);
      if (!head) refuse("找不到这处待填内容，请重新扫描。", "This placeholder was not found. Scan again.");
      context.document.body.search(escapeSearchText(head), exact).getFirst().select("End");
    }
    await context.sync();
  });
}
