import type { Rule } from "../context";
import { TIFA_ENTRIES, type TifaEntry } from "../data/tifa";
import { draft } from "../finding";
import { checksMessages } from "../messages";
import { isMatchableWording, isTifaQuote, tifaKey } from "../tifaWording";
import type { FindingDraft } from "../types";
import { buildMultiMatcher, type MultiMatcher } from "../../text/multiMatch";

/*
 * Every wording of every entry (wrong wordings, items of a fixed order, outdated phrases) is found
 * in one pass over each paragraph by one multi-pattern matcher, over the paragraph with its
 * quotation marks dropped. A wording matches where its characters follow one another with at most
 * one quotation mark between two of them (“十四五”规划). Per entry, the matches are then chosen as
 * a regular expression of its wordings would choose them — leftmost first, at one place the first
 * wording of the list, the next match after the end of the last — so findings are those of the
 * per-entry expressions this replaces, in time linear in the document and the list.
 */

const enum Kind {
  Wrong = 0,
  Order = 1,
  Outdated = 2,
}
const KINDS = 3;

interface TifaIndex {
  entries: readonly TifaEntry[];
  matcher: MultiMatcher;
  /** Per pattern of the matcher: its length, and its uses useFrom[p] … useFrom[p + 1] − 1. */
  lengths: Int32Array;
  useFrom: Int32Array;
  /** Per use: the list it belongs to (entry × KINDS + kind) and its position in that list. */
  useList: Int32Array;
  useAlternative: Int32Array;
  /** Per list (entry × KINDS + kind): the matched length of each of its wordings. */
  wordingLengths: Int32Array[];
  /** One more than the largest position of a wording in its list. */
  alternatives: number;
}

function buildIndex(entries: readonly TifaEntry[]): TifaIndex {
  const patternOf = new Map<string, number>();
  const keys: string[] = [];
  const uses: Array<Array<[list: number, alternative: number]>> = [];
  const wordingLengths: Int32Array[] = [];
  let alternatives = 1;
  const addList = (wordings: readonly string[] | undefined, list: number) => {
    const lengths = (wordingLengths[list] = new Int32Array(wordings?.length ?? 0).fill(-1));
    wordings?.forEach((wording, alternative) => {
      if (!isMatchableWording(wording)) return; // empty once quotes are dropped: never looked for
      const key = tifaKey(wording);
      let pattern = patternOf.get(key);
      if (pattern === undefined) {
        pattern = keys.length;
        patternOf.set(key, pattern);
        keys.push(key);
        uses.push([]);
      }
      uses[pattern]!.push([list, alternative]);
      lengths[alternative] = key.length;
      alternatives = Math.max(alternatives, alternative + 1);
    });
  };
  entries.forEach((entry, i) => {
    addList(entry.wrong, i * KINDS + Kind.Wrong);
    addList(entry.order, i * KINDS + Kind.Order);
    addList(entry.outdated?.phrases, i * KINDS + Kind.Outdated);
  });
  const useFrom = new Int32Array(keys.length + 1);
  uses.forEach((list, p) => (useFrom[p + 1] = useFrom[p]! + list.length));
  const flat = uses.flat();
  return {
    entries,
    matcher: buildMultiMatcher(keys),
    lengths: Int32Array.from(keys, (k) => k.length),
    useFrom,
    useList: Int32Array.from(flat, (u) => u[0]),
    useAlternative: Int32Array.from(flat, (u) => u[1]),
    wordingLengths,
    alternatives,
  };
}

let builtIn: TifaIndex | null = null;
let cachedExtra: { source: readonly TifaEntry[]; index: TifaIndex } | null = null;

/** Built-in entries with the organisation's, whose entries replace built-in ones of the same id. */
function indexFor(extra: readonly TifaEntry[] | undefined): TifaIndex {
  builtIn ??= buildIndex(TIFA_ENTRIES);
  if (!extra?.length) return builtIn;
  if (cachedExtra?.source !== extra) {
    const ids = new Set(extra.map((e) => e.id));
    cachedExtra = { source: extra, index: buildIndex([...TIFA_ENTRIES.filter((e) => !ids.has(e.id)), ...extra]) };
  }
  return cachedExtra.index;
}

/** A paragraph without its quotation marks, and where each remaining character was. */
interface Stripped {
  text: string;
  /** Offset in the paragraph of each character of `text`; null when nothing was dropped. */
  at: Int32Array | null;
  /** badBefore[k]: pairs (j, j + 1), j < k, with two or more quotation marks between them. */
  badBefore: Int32Array | null;
}

function strip(paragraph: string): Stripped {
  let quotes = 0;
  for (let i = 0; i < paragraph.length; i++) if (isTifaQuote(paragraph[i])) quotes++;
  if (quotes === 0) return { text: paragraph, at: null, badBefore: null };
  const at = new Int32Array(paragraph.length - quotes);
  const kept: string[] = [];
  let n = 0;
  for (let i = 0; i < paragraph.length; i++) {
    if (isTifaQuote(paragraph[i])) continue;
    at[n++] = i;
    kept.push(paragraph[i]!);
  }
  const badBefore = new Int32Array(n + 1);
  for (let k = 1; k <= n; k++) badBefore[k] = badBefore[k - 1]! + (k < n && at[k]! - at[k - 1]! > 2 ? 1 : 0);
  return { text: kept.join(""), at, badBefore };
}

/**
 * The occurrences of every list's wordings in one paragraph, in paragraph offsets, sorted by list,
 * then start, then position in the list: one number each (list, start, position) in a typed
 * array, as a long list on a long paragraph has hundreds of thousands.
 */
class Occurrences {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly alternatives: number[] = [];
  /** List of each run of occurrences, and where the run starts in the arrays above. */
  readonly lists: number[] = [];
  readonly runFrom: number[] = [0];

  constructor(index: TifaIndex, paragraph: string) {
    const { text, at, badBefore } = strip(paragraph);
    const startBase = text.length + 1;
    const base = startBase * index.alternatives;
    const codes: number[] = [];
    index.matcher.forEach(text, (pattern, end) => {
      const start = end - index.lengths[pattern]!;
      // At most one quotation mark between two characters of the wording.
      if (badBefore && badBefore[end - 1]! - badBefore[start]! > 0) return;
      for (let u = index.useFrom[pattern]!; u < index.useFrom[pattern + 1]!; u++) {
        codes.push(index.useList[u]! * base + start * index.alternatives + index.useAlternative[u]!);
      }
    });
    if (codes.length === 0) return;
    const sorted = Float64Array.from(codes).sort();
    let list = -1;
    for (const code of sorted) {
      const thisList = Math.floor(code / base);
      const rest = code - thisList * base;
      const start = Math.floor(rest / index.alternatives);
      const alternative = rest - start * index.alternatives;
      const end = start + index.wordingLengths[thisList]![alternative]!;
      if (thisList !== list) {
        if (list >= 0) this.runFrom.push(this.starts.length);
        this.lists.push(thisList);
        list = thisList;
      }
      this.starts.push(at ? at[start]! : start);
      this.ends.push(at ? at[end - 1]! + 1 : end);
      this.alternatives.push(alternative);
    }
    this.runFrom.push(this.starts.length);
  }
}

/**
 * Leftmost-first, non-overlapping matches among the sorted occurrences [from, to) (the first
 * wording of the list at one place). `quoteBefore`: an opening quotation mark just before a match
 * is taken along.
 */
function leftmost(o: Occurrences, from: number, to: number, paragraph: string, quoteBefore: boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let after = 0;
  for (let i = from; i < to; i++) {
    const start = o.starts[i]!;
    if (start < after) continue;
    const opening = quoteBefore && start - 1 >= after && isTifaQuote(paragraph[start - 1]);
    out.push([opening ? start - 1 : start, o.ends[i]!]);
    after = o.ends[i]!;
  }
  return out;
}

const isSeparator = (ch: string | undefined) => ch === "、" || ch === "，";

/**
 * Runs of `count` items of a fixed order joined by 、 or ，, leftmost first, the earlier item of the
 * list tried first at each place (as the expression item(、item){count − 1} finds them), among the
 * sorted occurrences [from, to) of the items.
 */
function orderRuns(o: Occurrences, from: number, to: number, paragraph: string, count: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Most paragraphs hold an item or two and no list: nothing to try.
  if (to - from < count) return out;
  let separated = count === 1;
  for (let i = from; i < to && !separated; i++) separated = isSeparator(paragraph[o.ends[i]!]);
  if (!separated) return out;
  /** The first occurrence starting at `start`, or -1 (occurrences are sorted by start). */
  const firstAt = (start: number): number => {
    let low = from;
    let high = to;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (o.starts[mid]! < start) low = mid + 1;
      else high = mid;
    }
    return low < to && o.starts[low] === start ? low : -1;
  };
  let failed: Set<number> | null = null; // start × count + depth known not to complete a run
  const runFrom = (start: number, depth: number): number => {
    if (failed?.has(start * count + depth)) return -1;
    const first = firstAt(start);
    for (let i = first; i >= 0 && i < to && o.starts[i] === start; i++) {
      const end = o.ends[i]!;
      if (depth === count - 1) return end;
      if (!isSeparator(paragraph[end])) continue;
      const runEnd = runFrom(end + 1, depth + 1);
      if (runEnd >= 0) return runEnd;
    }
    (failed ??= new Set()).add(start * count + depth);
    return -1;
  };
  let after = 0;
  for (let i = from; i < to; i++) {
    const start = o.starts[i]!;
    if (start < after || (i > from && o.starts[i - 1] === start)) continue;
    const end = runFrom(start, 0);
    if (end < 0) continue;
    out.push([start, end]);
    after = end;
  }
  return out;
}

const withoutQuotes = (text: string) => [...text].filter((ch) => !isTifaQuote(ch)).join("");

/**
 * True when [start, end) lies inside an occurrence of the right wording (its own words are not
 * wrong): one starting in [end − right.length, start]. Only those positions are tried; searching
 * onward with indexOf ran to the end of the paragraph for every match (25,000 习总书记 in one
 * paragraph: 8 s).
 */
function insideRight(text: string, start: number, end: number, right: string): boolean {
  if (!right) return false;
  for (let at = Math.max(0, end - right.length); at <= start; at++) {
    if (text.startsWith(right, at)) return true;
  }
  return false;
}

/** Fixed formulations: wrong wordings (fixed) and items out of their fixed order (fixed). */
export const textTifaRule: Rule = {
  ids: ["text.tifa", "text.outdated"],
  run(ctx) {
    const out: FindingDraft[] = [];
    const index = indexFor(ctx.options.tifa);
    const year = ctx.options.year;
    ctx.paragraphs.forEach((text, paragraph) => {
      const found = new Occurrences(index, text);
      // By entry, then wrong / order / outdated: the order the findings always came in.
      found.lists.forEach((list, run) => {
        const entry = index.entries[Math.floor(list / KINDS)]!;
        const kind = (list % KINDS) as Kind;
        const from = found.runFrom[run]!;
        const to = found.runFrom[run + 1]!;
        if (kind === Kind.Wrong) {
          // A right wording that opens with a quote (“五位一体”…) takes the written opening quote along.
          for (const [start, end] of leftmost(found, from, to, text, isTifaQuote(entry.right[0]))) {
            if (insideRight(text, start, end, entry.right)) continue;
            const written = text.slice(start, end);
            out.push(draft("text.tifa", paragraph, start, end, "warning",
              checksMessages.tifaRight(entry.right, written),
              entry.right));
          }
        } else if (kind === Kind.Order && entry.order) {
          const order = entry.order;
          for (const [start, end] of orderRuns(found, from, to, text, order.length)) {
            const written = text.slice(start, end);
            const items = written.split(/[、，]/);
            const inOrder = items.every((it, i) => withoutQuotes(it) === order[i]);
            const complete = new Set(items.map(withoutQuotes)).size === order.length;
            if (inOrder || !complete) continue;
            const separators = written.match(/[、，]/g) ?? [];
            const right = order.map((it, i) => it + (separators[i] ?? "")).join("");
            out.push(draft("text.tifa", paragraph, start, end, "warning",
              checksMessages.tifaOrder(entry.right, right),
              right));
          }
        } else if (kind === Kind.Outdated && entry.outdated && year !== undefined && year >= entry.outdated.from) {
          const { note, except = [] } = entry.outdated;
          for (const [start, end] of leftmost(found, from, to, text, false)) {
            const after = text.slice(end, end + 8);
            if (except.some((word) => after.includes(word))) continue;
            const written = text.slice(start, end);
            out.push(draft("text.outdated", paragraph, start, end, "warning",
              checksMessages.outdated(written, year, note)));
          }
        }
      });
    });
    return out;
  },
};
