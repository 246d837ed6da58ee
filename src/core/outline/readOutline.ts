/**
 * Reading the numbering of a document: which paragraphs are headings (一、 （一） 1. （1）), which
 * in-paragraph points there are (一是 / 第一，), and the ordinal each position calls for.
 *
 * Expected ordinals:
 * - level 1 runs through the whole document; each heading restarts every level below it;
 * - level 3 therefore counts under its level 2, or under its level 1 when there is none;
 * - points (level 5: 一是 / 第一， / 其一， / 首先，) restart in every paragraph, with two exceptions:
 *   1. a paragraph that STARTS with a point numbered other than 一 (二是…, 第三，…) continues the
 *      last paragraph that started with a point of the same style under the same heading — long
 *      reports run 一是 … 二是 … as paragraph openers with explanatory paragraphs in between;
 *   2. a paragraph whose first point sits mid-paragraph continues that enumeration only when its
 *      written number is exactly the next one.
 *   A point starts at the paragraph's start, after its heading ordinal, or after …… ： 。 ； ！ ？ or
 *   a comma; elsewhere (”四是, ）五是) only the exact next number of a running enumeration counts.
 *   Within a paragraph, a written 一是 after a sentence end (。：！？……) starts a new enumeration.
 *   The first point of an enumeration that is not continued is trusted as written: 四是…五是…
 *   after text the reader cannot see as 一是…三是 is never "corrected" into 一是…二是.
 * - a number a form cannot write (1000、, 100.) is left as written and marked beyondRange.
 */
import {
  contentStart,
  ENUMERATION_RESTARTS_AFTER,
  formatOrdinalOrNull,
  maxOrdinal,
  matchHeadingOrdinal,
  POINT_MAY_FOLLOW,
  POINT_PATTERN,
  pointForm,
  writtenOrdinal,
  type OrdinalForm,
} from "./ordinals";
import type { OrdinalStyle, OutlineEntry } from "./types";

/** A title is read from this many characters at most, so a paragraph of points stays linear. */
const TITLE_WINDOW = 200;
/** Points (一是…) name a short clause; a smaller window keeps paragraphs of thousands of points cheap. */
const POINT_TITLE_WINDOW = 40;

function titleAfter(text: string, from: number, terminators: RegExp, window: number): { title: string; runIn: boolean } {
  const rest = text.slice(from, from + window);
  const stop = rest.search(terminators);
  if (stop < 0) return { title: rest.trim(), runIn: false };
  const after = from + stop + 1;
  return { title: rest.slice(0, stop).trim(), runIn: /\S/.test(text.slice(after, after + TITLE_WINDOW)) };
}

function makeEntry(
  paragraph: number,
  text: string,
  form: OrdinalForm,
  start: number,
  expectedNumber: number,
): OutlineEntry {
  const written = writtenOrdinal(form);
  const end = start + written.length;
  const { title, runIn } =
    form.level === 5 ? titleAfter(text, end, /[。；]/, POINT_TITLE_WINDOW) : titleAfter(text, end, /。/, TITLE_WINDOW);
  const expected = formatOrdinalOrNull(form, expectedNumber);
  const entry: OutlineEntry = {
    paragraph,
    level: form.level,
    style: form.style,
    start,
    end,
    written,
    expected: expected ?? written,
    writtenNumber: form.value,
    expectedNumber,
    title,
    runIn,
  };
  if (expected === null) entry.beyondRange = true;
  return entry;
}

/** First characters a heading ordinal can have; skips the regexes for ordinary paragraphs. */
const MAY_START_HEADING = /[零〇一二三四五六七八九十百（(0-9０-９]/;

type PointStyle = Extract<OrdinalStyle, "yishi" | "diyi" | "qiyi" | "shouxian">;
const POINT_STYLES: readonly PointStyle[] = ["yishi", "diyi", "qiyi", "shouxian"];
const NO_CHAIN = (): Record<PointStyle, number | null> => ({ yishi: null, diyi: null, qiyi: null, shouxian: null });
const NO_OPEN = (): Record<PointStyle, Set<number>> => ({ yishi: new Set(), diyi: new Set(), qiyi: new Set(), shouxian: new Set() });

/** Per-style state of the points inside one paragraph. */
interface PointRun {
  first: number;
  last: number;
  /** Last number while the run still extends the cross-paragraph chain (null: it never did). */
  chainLast: number | null;
  /** True while this paragraph's points continue (and so extend) the cross-paragraph chain. */
  extendsChain: boolean;
}

/** An outline entry with the parsed form of its ordinal (to rewrite it with another number). */
export interface FormedEntry {
  entry: OutlineEntry;
  form: OrdinalForm;
}

/** Reads every heading and in-paragraph point of the document, with the ordinal expected there. */
export function readOutline(paragraphs: readonly string[]): OutlineEntry[] {
  return readOutlineWithForms(paragraphs).map((f) => f.entry);
}

/** readOutline, keeping each entry's parsed ordinal form. */
export function readOutlineWithForms(paragraphs: readonly string[]): FormedEntry[] {
  const entries: FormedEntry[] = [];
  const counters = [0, 0, 0, 0, 0]; // index 1..4 = expected number of the last heading per level
  // Per style: the last number of the latest enumeration that opened a paragraph, and every number
  // an enumeration under this heading stopped at (a later paragraph may go on from any of them).
  let chain = NO_CHAIN();
  let open = NO_OPEN();

  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p]!;
    const begin = contentStart(text);
    if (begin >= text.length) continue;

    let headingEnd = -1;
    const heading = MAY_START_HEADING.test(text[begin]!) ? matchHeadingOrdinal(text.slice(begin)) : null;
    if (heading) {
      const level = heading.level as 1 | 2 | 3 | 4;
      counters[level]! += 1;
      for (let below = level + 1; below <= 4; below++) counters[below] = 0;
      chain = NO_CHAIN();
      open = NO_OPEN();
      const entry = makeEntry(p, text, heading, begin, counters[level]!);
      headingEnd = entry.end;
      entries.push({ entry, form: heading });
    }

    // Cheap filter: most paragraphs have no point at all.
    if (!/[是第其首再]/.test(text)) continue;
    const runs: Partial<Record<PointStyle, PointRun>> = {};
    POINT_PATTERN.lastIndex = 0;
    for (let m = POINT_PATTERN.exec(text); m; m = POINT_PATTERN.exec(text)) {
      const at = m.index;
      const form = pointForm(m);
      if (!form) continue;
      const style = form.style as PointStyle;
      const leading = at === begin || at === headingEnd;
      const before = text[at - 1] ?? "";
      const run = runs[style];
      if (!leading && !POINT_MAY_FOLLOW.has(before) && (run === undefined || form.value !== run.last + 1)) {
        // 统一是, 唯一是: not a point. Step one character on so an overlapping point is not lost.
        POINT_PATTERN.lastIndex = at + 1;
        continue;
      }
      let expected: number;
      if (run === undefined) {
        const previous = chain[style];
        const startRun = (value: number, extendsChain: boolean) =>
          (runs[style] = { first: value, last: value, extendsChain, chainLast: extendsChain ? value : null });
        if (form.value === 1) {
          startRun((expected = 1), leading);
        } else if (open[style].has(form.value - 1)) {
          startRun((expected = form.value), true); // goes on from an enumeration above
        } else if (leading && previous !== null) {
          startRun((expected = previous + 1), true); // a gap or a repeat in a paragraph-leading run
        } else {
          // The reader cannot see 一是 … before it: trust the number as written.
          startRun((expected = form.value), leading);
        }
      } else if (form.value === 1 && ENUMERATION_RESTARTS_AFTER.has(before)) {
        expected = 1;
        run.last = 1;
        run.extendsChain = false;
      } else {
        expected = run.last + 1;
        run.last = expected;
        if (run.extendsChain) run.chainLast = expected;
        // Past what the form can write, one entry says so; the rest of the run is left unread.
        if (expected > maxOrdinal(style) + 1) continue;
      }
      entries.push({ entry: makeEntry(p, text, form, at, expected), form });
    }
    for (const style of POINT_STYLES) {
      const run = runs[style];
      if (!run || run.chainLast === null) continue;
      if (run.first !== 1) open[style].delete(run.first - 1);
      open[style].add(run.chainLast);
      chain[style] = run.chainLast;
    }
  }
  return entries;
}
