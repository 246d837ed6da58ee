import type { OutlineEntry } from "../outline/types";
import { classifyWithHeadings, type ClassifyOptions } from "./classify";
import { headingSentenceStyle, officialStyle, type HeadingLevel, type OfficialStyle } from "./styles";
import { UNFORMATTED_ROLES, type FormatProfile, type UnformattedRole, type FormattedRole, type ParagraphFormat, type ParagraphRole } from "./types";

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
 * Empty paragraphs and table-of-contents lines are left alone. A paragraph holding a picture and
 * its caption get the picture styles (centred, single spacing): exact spacing would crop the picture.
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
  return { style: officialStyle(role as Exclude<ParagraphRole, UnformattedRole>), runIn: null };
}

/** What the Word layer read about a paragraph besides its text. */
export interface ParagraphFacts {
  /** It holds an inline picture or chart (paragraph.inlinePictures). */
  picture?: boolean;
  /** Its style is a built-in table-of-contents style (Toc1–9), or it lies in a TOC field. */
  toc?: boolean;
}

/** What an inline picture may read as in paragraph.text: "\u0001" or U+FFFC (or nothing). */
// eslint-disable-next-line no-control-regex
const PICTURE_CHARS = /[\u0001\uFFFC]/g;
/** A hand-made or field TOC line: the entry, a tab or leader dots, a page number. */
const TOC_LINE = /\S.*(?:\t|[.…·]{3,})\s*[0-9０-９]+\s*$/;
/** "图1 …", "图 2-3：…": a figure caption. */
const CAPTION = /^图\s*[0-9０-９一二三四五六七八九十]+(?:[-－.．][0-9０-９]+)?(?:[\s\u3000：:、.．]|$)/;
const CAPTION_MAX = 60;

/** The roles, pictures, captions and TOC lines first; the rest from the text (core classify). */
function rolesWithFacts(
  paragraphs: readonly string[],
  facts: readonly ParagraphFacts[],
  options: ClassifyOptions,
): { roles: ParagraphRole[]; headings: Map<number, OutlineEntry> } {
  const special = paragraphs.map((text, i): ParagraphRole | null => {
    if (facts[i]?.picture) return "picture";
    if (facts[i]?.toc || TOC_LINE.test(text)) return "toc";
    return null;
  });
  // The classifier sees pictures and TOC lines as empty, so neither becomes a title or a heading.
  const { roles, headings } = classifyWithHeadings(
    paragraphs.map((text, i) => (special[i] ? "" : text.replace(PICTURE_CHARS, ""))),
    options,
  );
  special.forEach((role, i) => {
    if (role) roles[i] = role;
  });
  // A caption sits right above or below a picture (empty paragraphs between are passed over).
  const neighbourIsPicture = (i: number, step: 1 | -1) => {
    for (let j = i + step; j >= 0 && j < roles.length; j += step) if (roles[j] !== "empty") return roles[j] === "picture";
    return false;
  };
  roles.forEach((role, i) => {
    const text = (paragraphs[i] ?? "").trim();
    if (role !== "picture" && role !== "toc" && text.length <= CAPTION_MAX && CAPTION.test(text) && (neighbourIsPicture(i, -1) || neighbourIsPicture(i, 1))) {
      roles[i] = "caption";
      headings.delete(i);
    }
  });
  for (const i of [...headings.keys()]) if (!roles[i]?.startsWith("heading")) headings.delete(i);
  return { roles, headings };
}

const formatRole = (role: ParagraphRole): FormattedRole =>
  unformatted(role) || role === "picture" || role === "caption" ? "body" : (role as FormattedRole);

/** The plan for every paragraph under a profile. Planning never changes the text. */
export function planFormat(
  paragraphs: readonly string[],
  profile: FormatProfile,
  facts: readonly ParagraphFacts[] = [],
  options: ClassifyOptions = {},
): ParagraphPlan[] {
  const { roles, headings } = rolesWithFacts(paragraphs, facts, options);
  return roles.map((role, paragraph) => {
    const format = profile.roles[formatRole(role)];
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
