/**
 * The temporary paragraphs that carry the style package into a document start with a visible
 * marker, "报告助手样式", between two U+2060 WORD JOINERs. Whether Word keeps U+2060 in inserted
 * text is unsettled (word-fidelity-review-2 #8), so they are recognised by the visible text alone,
 * and only when the whole paragraph is a marker line: a person's paragraph that merely mentions
 * the words is never taken for one.
 */
export const STYLE_MARKER = "\u2060报告助手样式\u2060";
/** The text of the package's closing marker paragraph, after the marker. */
export const MARKER_END = "结束";

const VISIBLE = "报告助手样式";

/** Whether a paragraph's text is one of the style package's marker lines (names: the official style names). */
export function isStyleMarkerText(text: string, styleNames: ReadonlySet<string>): boolean {
  const visible = text.replace(/\u2060/g, "").trim();
  if (!visible.startsWith(VISIBLE)) return false;
  const rest = visible.slice(VISIBLE.length);
  return rest === MARKER_END || styleNames.has(rest);
}
