/**
 * The formatter's title: the shared detection of core/outline, passing over the advertising lines of
 * downloaded templates ("仅供学习 禁止外传") so that they never become the 2号 centred title.
 */
import { isAdLine } from "../ads";
import { findTitleIndex as findTitle } from "../outline/index";

export function findTitleIndex(paragraphs: readonly string[], maxScanned = 5): number | null {
  return findTitle(paragraphs, maxScanned, isAdLine);
}
