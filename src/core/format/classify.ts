import { readOutlineLenient, startsWithOrdinal } from "../outline/index";
import type { OutlineEntry } from "../outline/types";
import { titleFor } from "./title";
import type { ParagraphRole } from "./types";

const SHORT_LINE = 40;
const ADDRESSEE_MAX = 30;
/** 二○二六年十二月, 2026年12月8日, 20XX年X月X日 (placeholders allowed). */
const DATE_LINE =
  /^(?:[0-9０-９Xx×]{4}|二[○〇零OＯ一二三四五六七八九Xx×]{3})年[0-9０-９一二三四五六七八九十○〇Xx×]{1,2}月(?:[0-9０-９一二三四五六七八九十○〇Xx×]{1,3}日)?$/;
const SIGNATURE_LABEL = /^(?:述职人|报告人|汇报人|发言人|述责述廉人|单位|署名)\s*[：:]/;
const END_PUNCTUATION = /[。；，、：！？.;,:!?]$/;

/**
 * Role of every paragraph: title, subtitle lines under it, the addressee (各位领导、同志们：),
 * numbered headings 1–4 (run-in ones included), body, the signature block and date at the end.
 */
export function classifyParagraphs(paragraphs: readonly string[], options: ClassifyOptions = {}): ParagraphRole[] {
  return classifyWithHeadings(paragraphs, options).roles;
}

export interface ClassifyOptions {
  /** The title paragraph a person picked (the pane's title chooser); default: detected. */
  titleParagraph?: number;
}

/** Roles, and the outline entry of every paragraph whose role is a heading (run-in ones included). */
export function classifyWithHeadings(paragraphs: readonly string[], options: ClassifyOptions = {}): {
  roles: ParagraphRole[];
  headings: Map<number, OutlineEntry>;
} {
  const texts = paragraphs.map((p) => p.trim());
  const roles: ParagraphRole[] = texts.map((t) => (t ? "body" : "empty"));

  const outline = readOutlineLenient(paragraphs);
  const entries = new Map<number, OutlineEntry>();
  let firstHeading = paragraphs.length;
  for (const entry of outline) {
    if (entry.level > 4) continue;
    roles[entry.paragraph] = `heading${entry.level}` as ParagraphRole;
    entries.set(entry.paragraph, entry);
    firstHeading = Math.min(firstHeading, entry.paragraph);
  }

  const detected = titleFor(paragraphs, options.titleParagraph);
  const title = detected.index !== null && detected.index < firstHeading ? detected.index : null;
  if (title !== null) {
    roles[title] = "title";
    // Above the title: a 版头 stays as it is; anything else is a template line, never body text.
    for (const i of detected.masthead) roles[i] = "masthead";
    for (const i of detected.template) roles[i] = "template";
  }

  // Addressee: a short line ending in a colon, near the top (under the title), before any heading.
  let addressee: number | null = null;
  let nonEmptySeen = 0;
  for (let i = title ?? 0; i < firstHeading && nonEmptySeen < 8; i++) {
    const text = texts[i] ?? "";
    if (!text) continue;
    nonEmptySeen++;
    if (text.length <= ADDRESSEE_MAX && /[：:]$/.test(text) && !startsWithOrdinal(text)) {
      addressee = i;
      roles[i] = "addressee";
      break;
    }
  }

  // Subtitle lines: short, unpunctuated lines between the title and the addressee or body.
  if (title !== null) {
    const stop = Math.min(addressee ?? firstHeading, firstHeading);
    for (let i = title + 1; i < stop; i++) {
      const text = texts[i] ?? "";
      if (!text) continue;
      if (text.length > SHORT_LINE || END_PUNCTUATION.test(text) || /[。；]/.test(text)) break;
      roles[i] = "subtitle";
    }
  }

  classifyClosing(texts, roles);
  const headings = new Map([...entries].filter(([paragraph]) => roles[paragraph]?.startsWith("heading")));
  return { roles, headings };
}

/**
 * The first paragraph of the signature block (署名、日期) that ends the document, or null when the
 * document does not end with one: a section added "at the end" belongs before it.
 */
export function closingSignatureStart(paragraphs: readonly string[]): number | null {
  const roles = classifyParagraphs(paragraphs);
  let start: number | null = null;
  for (let i = roles.length - 1; i >= 0; i--) {
    const role = roles[i];
    if (role === "empty") continue;
    if (role !== "signature" && role !== "date") break;
    start = i;
  }
  return start;
}

/** Date as the last non-empty line; signature lines (述职人：…, or a short unit name) right above it. */
function classifyClosing(texts: string[], roles: ParagraphRole[]): void {
  let last = texts.length - 1;
  while (last >= 0 && !texts[last]) last--;
  if (last < 0) return;

  let signatureFrom = last;
  if (DATE_LINE.test(texts[last] ?? "") && roles[last] === "body") {
    roles[last] = "date";
    signatureFrom = last - 1;
  }
  // Up to two short lines directly above the date (unit name, then person), or labelled ones.
  let taken = 0;
  for (let i = signatureFrom; i >= 0 && taken < 2; i--) {
    const text = texts[i] ?? "";
    if (!text) continue;
    if (roles[i] !== "body") break;
    const labelled = SIGNATURE_LABEL.test(text);
    const bareName = roles[last] === "date" && text.length <= 25 && !END_PUNCTUATION.test(text) && !startsWithOrdinal(text);
    if (!labelled && !bareName) break;
    roles[i] = "signature";
    taken++;
  }
  // A labelled signature may also sit elsewhere near the end (after the closing sentence).
  for (let i = Math.max(0, last - 4); i <= last; i++) {
    if (roles[i] === "body" && SIGNATURE_LABEL.test(texts[i] ?? "")) roles[i] = "signature";
  }
}
