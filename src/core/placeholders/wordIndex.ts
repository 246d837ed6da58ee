/**
 * Word lists indexed by first and last character, so the scanner checks a handful of words at a
 * position instead of the whole list (it runs for every placeholder of a long report). Keyed by
 * UTF-16 code unit: reading one allocates nothing, where text[at] makes a string for every lookup.
 */
export interface WordIndex {
  /** Longest word of the list starting at `at`. */
  startingAt(text: string, at: number): string | undefined;
  /** Longest word of the list ending at `end` (exclusive). */
  endingAt(text: string, end: number): string | undefined;
}

function bucket(words: readonly string[], key: (w: string) => number): Map<number, string[]> {
  const map = new Map<number, string[]>();
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
  const byFirst = bucket(words, (w) => w.charCodeAt(0));
  const byLast = bucket(words, (w) => w.charCodeAt(w.length - 1));
  return {
    startingAt(text, at) {
      // Outside the text charCodeAt gives NaN, which no word's key is.
      const list = byFirst.get(text.charCodeAt(at));
      if (list) for (const w of list) if (text.startsWith(w, at)) return w;
      return undefined;
    },
    endingAt(text, end) {
      const list = byLast.get(text.charCodeAt(end - 1));
      if (list) for (const w of list) if (end >= w.length && text.startsWith(w, end - w.length)) return w;
      return undefined;
    },
  };
}
