import type { Rule } from "../context";
import { draft } from "../finding";
import { checksMessages } from "../messages";
import { countCountedChars } from "../text";
import type { FindingDraft } from "../types";

const RULE = "text.repeatedSentence" as const;
const MIN_CHARS = 8;

/** Sentences of a paragraph with their offsets; the end mark belongs to the sentence. */
export function splitSentences(text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  for (const match of text.matchAll(/[^。！？!?]+[。！？!?]*/g)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ start: match.index + lead, end: match.index + lead + body.length, text: body });
  }
  return out;
}

/** The same sentence (at least 8 characters) written twice: usually a paste left behind. */
export const textRepeatedSentenceRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    const firstSeen = new Map<string, number>();
    ctx.paragraphs.forEach((text, paragraph) => {
      for (const sentence of splitSentences(text)) {
        const key = withoutEndMarks(sentence.text);
        if (countCountedChars(key) < MIN_CHARS) continue;
        const first = firstSeen.get(key);
        if (first === undefined) {
          firstSeen.set(key, paragraph);
          continue;
        }
        out.push(
          draft(RULE, paragraph, sentence.start, sentence.end, "info",
            checksMessages.repeatedSentence(first + 1)),
        );
      }
    });
    return out;
  },
};

/** The sentence without its end marks and trailing spaces (a loop: `/[…]+$/` backtracks on long runs). */
function withoutEndMarks(text: string): string {
  let end = text.length;
  while (end > 0 && /[。！？!?\s]/u.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}
