import type { OutlineEntry } from "../outline/types";
import { classifyWithHeadings, type ClassifyOptions } from "./classify";
import { headingSentenceStyle, officialStyle, type HeadingLevel, type OfficialStyle } from "./styles";
import { UNFORMATTED_ROLES, type FormatProfile, type FormattedRole, type ParagraphFormat, type ParagraphRole } from "./types";

const unformatted = (role: ParagraphRole): boolean => (UNFORMATTED_ROLES as readonly string[]).includes(role);

/** The heading sentence of a run-in heading: offsets [0, end) get the level's character style. */
export interface RunInHeading {
  /** Offset just past the first 。 after the ordinal. */
  end: number;
  /** The character style of the heading's level (公文二级标题句 …). */
  style: OfficialStyle;
}

/**
 * What 一键排版 does to one paragraph: assign `style` (null: leave the paragraph alone) and, for a
 * run-in heading, put its heading sentence in `runIn.style`. The role's direct-format figures
 * (ParagraphFormat) stay for hosts and callers that format through the API.
 */
export interface ParagraphPlan extends ParagraphFormat {
  style: OfficialStyle | null;
  runIn: RunInHeading | null;
}

/**
 * The end of the heading sentence of a run-in heading ("（一）抓实理论学习。认真落实……" → after
 * 。), or null when the heading stands alone on its line.
 */
function headingSentenceEnd(text: string, entry: OutlineEntry): number | null {
  if (!entry.runIn) return null;
  const stop = text.indexOf("。", entry.end);
  return stop < 0 ? null : stop + 1;
}

/**
 * The style of a paragraph and, for a run-in heading, its heading sentence.
 *
 * A run-in heading ("（一）抓实理论学习。认真落实……", "1.加强学习。全年……") is a body paragraph
 * that opens with its heading: as a drafter sets it by hand, the heading sentence takes the
 * level's font (楷体 at level 2; bold at level 3 only in the local-practice preset) and the rest is
 * 仿宋 body text. So the paragraph gets the body style and the sentence the level's character
 * style. The level's heading style would put the whole paragraph in the heading font, and its
 * outline level would make the whole paragraph, body text and all, a Navigation Pane and table of
 * contents entry.
 *
 * Empty paragraphs are left alone: they may hold only a picture (its text is empty), which exact
 * line spacing would crop and a first-line indent would shift.
 */
function styleFor(role: ParagraphRole, text: string, entry: OutlineEntry | undefined): Pick<ParagraphPlan, "style" | "runIn"> {
  if (unformatted(role)) return { style: null, runIn: null };
  const level = /^heading([1-4])$/.exec(role)?.[1];
  if (level && entry) {
    const end = headingSentenceEnd(text, entry);
    if (end !== null) {
      return { style: officialStyle("body"), runIn: { end, style: headingSentenceStyle(Number(level) as HeadingLevel) } };
    }
  }
  return { style: officialStyle(role as FormattedRole), runIn: null };
}

/** The plan for every paragraph under a profile. Planning never changes the text. */
export function planFormat(paragraphs: readonly string[], profile: FormatProfile, options: ClassifyOptions = {}): ParagraphPlan[] {
  const { roles, headings } = classifyWithHeadings(paragraphs, options);
  return roles.map((role, paragraph) => {
    const format = profile.roles[unformatted(role) ? "body" : (role as FormattedRole)];
    return {
      paragraph,
      role,
      eastAsianFont: format.eastAsianFont,
      latinFont: format.latinFont,
      sizePt: format.sizePt,
      bold: format.bold,
      alignment: format.alignment,
      firstLineIndentChars: format.firstLineIndentChars,
      firstLineIndentPt: format.firstLineIndentChars * format.sizePt,
      lineSpacingPt: profile.lineSpacingPt,
      ...styleFor(role, paragraphs[paragraph] ?? "", headings.get(paragraph)),
    };
  });
}
