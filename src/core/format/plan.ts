import { classifyParagraphs } from "./classify";
import type { FormatProfile, ParagraphFormat } from "./types";

/** The format of every paragraph under a profile; empty paragraphs take the body format. */
export function planFormat(paragraphs: readonly string[], profile: FormatProfile): ParagraphFormat[] {
  return classifyParagraphs(paragraphs).map((role, paragraph) => {
    const format = profile.roles[role === "empty" ? "body" : role];
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
    };
  });
}
