/**
 * A placeholder's sentence cut to fit a 320 px card: whole when short; otherwise a window
 * around the placeholder that starts and ends at a clause break where one is near, never inside
 * a run of Latin letters or digits (a word, a number, another placeholder), with … where cut.
 */
export interface Excerpt {
  before: string;
  raw: string;
  after: string;
}

const SENTENCE_END = /[。！？；!?;]/;
const CLAUSE_BREAK = /[，、：，,:\s]/;
const WORD_CHAR = /[A-Za-z0-9.．×○Xx＿_]/;

export function excerptAround(paragraph: string, start: number, end: number, max = 40): Excerpt {
  // The sentence holding the placeholder.
  let from = start;
  while (from > 0 && !SENTENCE_END.test(paragraph[from - 1]!)) from--;
  let to = end;
  while (to < paragraph.length && !SENTENCE_END.test(paragraph[to]!)) to++;
  if (to < paragraph.length) to++; // keep the sentence's own full stop
  const budget = Math.max(8, max - (end - start));
  if (to - from > max) {
    const leftLimit = Math.max(from, start - Math.floor(budget / 2));
    const rightLimit = Math.min(to, end + Math.ceil(budget / 2) + Math.max(0, Math.floor(budget / 2) - (start - leftLimit)));
    // Left: just after the nearest clause break inside the window, else at the window's edge.
    let left = leftLimit;
    for (let i = start - 1; i >= leftLimit; i--) if (CLAUSE_BREAK.test(paragraph[i]!)) { left = i + 1; break; }
    while (left > from && left < start && WORD_CHAR.test(paragraph[left]!) && WORD_CHAR.test(paragraph[left - 1]!)) left++;
    // Right: up to the farthest clause break inside the window, else the window's edge.
    let right = rightLimit;
    for (let i = rightLimit - 1; i >= end; i--) if (CLAUSE_BREAK.test(paragraph[i]!)) { right = i; break; }
    while (right < to && right > end && WORD_CHAR.test(paragraph[right]!) && WORD_CHAR.test(paragraph[right - 1]!)) right--;
    from = Math.max(from, left);
    to = Math.min(to, right);
  }
  const head = paragraph.slice(from, start).trimStart();
  const tail = paragraph.slice(end, to).trimEnd();
  const cutBefore = from > 0 && !SENTENCE_END.test(paragraph[from - 1]!);
  const cutAfter = to < paragraph.length && !SENTENCE_END.test(paragraph[to - 1]!);
  return { before: (cutBefore ? "…" : "") + head, raw: paragraph.slice(start, end), after: tail + (cutAfter ? "…" : "") };
}
