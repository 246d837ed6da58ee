/**
 * Reading the numbering of a document: which paragraphs are headings (一、 （一） 1. （1）), which
 * in-paragraph points there are (一是 / 第一，), and the ordinal each position calls for.
 *
 * Expected ordinals:
 * - level 1 runs through the whole document; each heading restarts every level below it;
 * - level 3 therefore counts under its level 2, or under its level 1 when there is none;
 * - points (level 5) restart in every paragraph, with two exceptions:
 *   1. a paragraph that STARTS with a point numbered other than 一 (二是…, 第三，…) continues the
 *      last paragraph that started with a point of the same style under the same heading — long
 *      reports run 一是 … 二是 … as paragraph openers with explanatory paragraphs in between;
 *   2. a paragraph whose first point sits mid-paragraph continues that enumeration only when its
 *      written number is exactly the next one.
 *   Within a paragraph, a written 一是 after a sentence end (。：！？) starts a new enumeration.
 */
import {
  contentStart,
  ENUMERATION_RESTARTS_AFTER,
  formatOrdinal,
  matchHeadingOrdinal,
  POINT_MAY_FOLLOW,
  POINT_PATTERN,
  pointForm,
  writtenOrdinal,
  type OrdinalForm,
} from "./ordinals";
import type { OrdinalStyle, OutlineEntry } from "./types";

function titleAfter(text: string, from: number, terminators: RegExp): { title: string; runIn: boolean } {
  const rest = text.slice(from);
  const stop = rest.search(terminators);
  if (stop < 0) return { title: rest.trim(), runIn: false };
  return { title: rest.slice(0, stop).trim(), runIn: rest.slice(stop + 1).trim().length > 0 };
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
  const { title, runIn } = titleAfter(text, end, form.level === 5 ? /[。；]/ : /。/);
  return {
    paragraph,
    level: form.level,
    style: form.style,
    start,
    end,
    written,
    expected: formatOrdinal(form, expectedNumber),
    writtenNumber: form.value,
    expectedNumber,
    title,
    runIn,
  };
}

/** First characters a heading ordinal can have; skips the regexes for ordinary paragraphs. */
const MAY_START_HEADING = /[零〇一二三四五六七八九十百（(0-9０-９]/;

type PointStyle = Extract<OrdinalStyle, "yishi" | "diyi">;

/** Per-style state of the points inside one paragraph. */
interface PointRun {
  last: number;
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
  const chain: Record<PointStyle, number | null> = { yishi: null, diyi: null };

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
      chain.yishi = chain.diyi = null;
      const entry = makeEntry(p, text, heading, begin, counters[level]!);
      headingEnd = entry.end;
      entries.push({ entry, form: heading });
    }

    // Cheap filter: most paragraphs have no point at all.
    if (!text.includes("是") && !text.includes("第")) continue;
    const runs: Record<PointStyle, PointRun | null> = { yishi: null, diyi: null };
    POINT_PATTERN.lastIndex = 0;
    for (let m = POINT_PATTERN.exec(text); m; m = POINT_PATTERN.exec(text)) {
      const at = m.index;
      const leading = at === begin || at === headingEnd;
      const before = text[at - 1] ?? "";
      if (!leading && !POINT_MAY_FOLLOW.has(before)) continue;
      const form = pointForm(m);
      if (!form) continue;
      const style = form.style as PointStyle;
      const run = runs[style];
      let expected: number;
      if (run === null) {
        const previous = chain[style];
        if (leading) {
          expected = form.value !== 1 && previous !== null ? previous + 1 : 1;
          runs[style] = { last: expected, extendsChain: true };
        } else if (form.value !== 1 && previous !== null && form.value === previous + 1) {
          expected = form.value;
          runs[style] = { last: expected, extendsChain: true };
        } else {
          expected = 1;
          runs[style] = { last: expected, extendsChain: false };
        }
      } else if (form.value === 1 && ENUMERATION_RESTARTS_AFTER.has(before)) {
        expected = 1;
        run.last = 1;
        run.extendsChain = false;
      } else {
        expected = run.last + 1;
        run.last = expected;
      }
      if (runs[style]!.extendsChain) chain[style] = expected;
      entries.push({ entry: makeEntry(p, text, form, at, expected), form });
    }
  }
  return entries;
}
