/**
 * Word lists indexed by first and last character, so the scanner checks a handful of words at a
 * position instead of the whole list (it runs for every placeholder of a long report).
 */
export interface WordIndex {
  /** Longest word of the list starting at `at`. */
  startingAt(text: string, at: number): string | undefined;
  /** Longest word of the list ending at `end` (exclusive). */
  endingAt(text: string, end: number): string | undefined;
}

function bucket(words: readonly string[], key: (w: string) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const k = key(w);
    const list = map.get(k);
    if (list) list.push(w);
    else map.set(k, [w]);
  }
  return map;
}

/** Build an index over a fixed list of words (non-empty strings). */
export function wordIndex(words: readonly string[]): WordIndex {
  const byFirst = bucket(words, (w) => w[0] ?? "");
  const byLast = bucket(words, (w) => w[w.length - 1] ?? "");
  return {
    startingAt(text, at) {
      const list = byFirst.get(text[at] ?? "");
      if (list) for (const w of list) if (text.startsWith(w, at)) return w;
      return undefined;
    },
    endingAt(text, end) {
      const list = byLast.get(text[end - 1] ?? "");
      if (list) for (const w of list) if (end >= w.length && text.startsWith(w, end - w.length)) return w;
      return undefined;
    },
  };
}
