/**
 * The report's title before 一键排版 writes anything: core's detection over the body paragraphs
 * outside tables, for the pane to show when it is uncertain (a line of text above it, or only a
 * guess) and let the person pick another. The pick reaches formatDocument as `titleParagraph`,
 * anchored by its text: when the paragraph at that index no longer has that text (the person
 * edited above it), the one paragraph that does is taken, and with none or several the detection
 * stands.
 */
import { detectTitle, titleUncertain, type TitleDetection } from "../core/format";
import { runWord } from "./errors";

export interface TitleChoice {
  /** Body paragraph index (tables included in the count) of the title the person picked. */
  titleParagraph: number;
  /** Its text when it was picked. */
  titleText: string;
}

export interface TitleCandidates {
  detection: TitleDetection;
  uncertain: boolean;
  /** Body paragraph index and text of the detected title and of each candidate, in order. */
  title: { paragraph: number; text: string } | null;
  candidates: Array<{ paragraph: number; text: string }>;
  /** Lines above the title left unstyled as template or advertising lines. */
  template: Array<{ paragraph: number; text: string }>;
}

/** The title 一键排版 would use and the lines to pick from. Syncs: exactly 1; writes nothing. */
export async function readTitleCandidates(): Promise<TitleCandidates> {
  return runWord(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text,items/tableNestingLevel");
    await context.sync();
    const outside = paragraphs.items.map((p, i) => ({ i, p })).filter(({ p }) => (p.tableNestingLevel ?? 0) === 0);
    const texts = outside.map(({ p }) => p.text);
    const detection = detectTitle(texts);
    const at = (k: number) => ({ paragraph: outside[k]!.i, text: texts[k]!.trim() });
    return {
      detection,
      uncertain: titleUncertain(detection),
      title: detection.index === null ? null : at(detection.index),
      candidates: detection.candidates.map(at),
      template: detection.template.map(at),
    };
  });
}

/**
 * Where the picked title is among `texts` (all body paragraphs, read just now): the index when its
 * text is unchanged, else the only paragraph with that text, else undefined (detect again).
 */
export function locateChosenTitle(texts: readonly string[], choice: Partial<TitleChoice> | undefined): number | undefined {
  if (choice?.titleParagraph === undefined) return undefined;
  const want = choice.titleText?.trim();
  if (want === undefined) return undefined;
  if (texts[choice.titleParagraph]?.trim() === want) return choice.titleParagraph;
  const matches = texts.flatMap((t, i) => (t.trim() === want ? [i] : []));
  return matches.length === 1 ? matches[0] : undefined;
}
