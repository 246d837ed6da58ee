/**
 * What an action works on: the selected paragraphs, or the section the cursor is in (its heading
 * and the paragraphs under it). Paragraph indices are those of the document as read; the Word
 * layer finds the paragraphs again by their text before writing.
 */
import { readOutline } from "../outline";
import type { DraftAction } from "./prompts";

export interface DraftTarget {
  /** The heading of the section (null: no heading above the place). */
  heading: { paragraph: number; text: string; title: string } | null;
  /** The paragraphs the action reads and 替换 replaces: [first, last]; empty when last < first. */
  first: number;
  last: number;
  texts: string[];
}

export interface DocumentPlace {
  /** Paragraph of the selection's start (or the cursor). */
  first: number;
  /** Paragraph of the selection's end. */
  last: number;
  /** Nothing selected: a cursor. */
  collapsed: boolean;
}

/** Actions that start from the section (heading, hint) rather than from the text itself. */
const SECTION_ACTIONS: ReadonlySet<DraftAction> = new Set(["expand", "outlineToBody", "generateSection"]);

export function findTarget(action: DraftAction, paragraphs: readonly string[], place: DocumentPlace): DraftTarget {
  const headings = readOutline([...paragraphs]).filter((e) => e.level <= 4 && !e.runIn);
  const headingAt = (index: number) => [...headings].reverse().find((h) => h.paragraph <= index) ?? null;
  const slice = (first: number, last: number) => paragraphs.slice(first, last + 1);
  const describe = (h: (typeof headings)[number] | null) => (h ? { paragraph: h.paragraph, text: paragraphs[h.paragraph] ?? "", title: h.title } : null);

  const selected = !place.collapsed && slice(place.first, place.last).some((t) => t.trim());
  const isHeading = (index: number) => headings.some((h) => h.paragraph === index);
  const onlyHeadingSelected = selected && place.first === place.last && isHeading(place.first);
  if (selected && !(SECTION_ACTIONS.has(action) && onlyHeadingSelected)) {
    // A heading selected with its body stays; the body is worked on.
    const first = isHeading(place.first) && place.last > place.first ? place.first + 1 : place.first;
    const h = [...headings].reverse().find((e) => e.paragraph < first) ?? null;
    return { heading: describe(h), first, last: place.last, texts: slice(first, place.last) };
  }
  const h = headingAt(place.first);
  if (action === "continue" || !h) {
    return { heading: describe(h && h.paragraph < place.first ? h : null), first: place.first, last: place.first, texts: slice(place.first, place.first) };
  }
  const index = headings.indexOf(h);
  // 提纲→正文 takes the subsections along; the other actions the heading's own paragraphs.
  const next = headings.slice(index + 1).find((n) => action !== "outlineToBody" || n.level <= h.level);
  const end = (next ? next.paragraph : paragraphs.length) - 1;
  return { heading: describe(h), first: h.paragraph + 1, last: end, texts: slice(h.paragraph + 1, end) };
}

/** The skeleton's hint for a heading: the genre section whose title the heading's title is. */
export function findHint(sections: ReadonlyArray<{ title: string; hint: string }>, headingTitle: string): string | undefined {
  const clean = (s: string) => s.replace(/[\s。：:]+$/g, "").trim();
  const title = clean(headingTitle);
  return sections.find((s) => clean(s.title) === title)?.hint;
}
