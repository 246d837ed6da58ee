/**
 * The formatter's title: core/ads's detection (shared with 存为骨架), which picks the title by its
 * pattern and tells the 版头 lines above it from template and advertising lines ("仅供学习 禁止外传",
 * a bare site name), so that none of them becomes the 2号 centred title.
 */
import { detectTitle, type TitleDetection } from "../ads";

export { detectTitle, titleUncertain, type TitleDetection } from "../ads";

/** Index of the title paragraph, or null. */
export function findTitleIndex(paragraphs: readonly string[]): number | null {
  return detectTitle(paragraphs).index;
}

/** The detection under a person's choice (`titleParagraph`), when there is one. */
export function titleFor(paragraphs: readonly string[], titleParagraph?: number): TitleDetection {
  return detectTitle(paragraphs, titleParagraph === undefined ? {} : { chosen: titleParagraph });
}
