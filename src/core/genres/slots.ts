/** Slots inside genre text: "{单位}" fields (filled once) and "{{主营业务收入}}" metric slots. */

export type SlotPart = { text: string } | { field: string } | { metric: string };

const SLOT = /\{\{([^{}]+)\}\}|\{([^{}]+)\}/g;

/** Splits text into literal text, {field} and {{metric}} parts, in order; adjacent text merged. */
export function parseSlots(text: string): SlotPart[] {
  const parts: SlotPart[] = [];
  let last = 0;
  const pushText = (t: string): void => {
    if (!t) return;
    const prev = parts[parts.length - 1];
    if (prev && "text" in prev) prev.text += t;
    else parts.push({ text: t });
  };
  SLOT.lastIndex = 0;
  for (let m = SLOT.exec(text); m; m = SLOT.exec(text)) {
    pushText(text.slice(last, m.index));
    if (m[1] !== undefined) parts.push({ metric: m[1].trim() });
    else parts.push({ field: m[2]!.trim() });
    last = m.index + m[0].length;
  }
  pushText(text.slice(last));
  return parts;
}

/**
 * Describes what is wrong with the slot syntax of a text (stray or unbalanced braces, empty or
 * nested names, triple braces), or returns null when every brace belongs to a well-formed slot.
 */
export function slotSyntaxProblem(text: string): string | null {
  const stripped = text.replace(/\{\{[^{}\s][^{}]*\}\}/g, "").replace(/\{[^{}\s][^{}]*\}/g, "");
  if (/[{}]/.test(stripped)) return `malformed slot syntax in "${text}"`;
  return null;
}
