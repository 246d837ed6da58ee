import type { Rule } from "../context";
import { TIFA_ENTRIES, type TifaEntry } from "../data/tifa";
import { draft } from "../finding";
import type { FindingDraft } from "../types";

const QUOTES = "“”\"'‘’";

/** A literal as a pattern that also matches it with quotation marks anywhere (“十四五”规划). */
function quoteTolerant(literal: string): string {
  return [...literal]
    .filter((ch) => !QUOTES.includes(ch))
    .map((ch) => ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    .join(`[${QUOTES}]?`);
}

const withoutQuotes = (text: string) => [...text].filter((ch) => !QUOTES.includes(ch)).join("");

interface Compiled {
  entry: TifaEntry;
  wrong: RegExp | null;
  order: RegExp | null;
  outdated: RegExp | null;
}

function compile(entry: TifaEntry): Compiled {
  const alternation = (items: readonly string[]) => items.map(quoteTolerant).join("|");
  const item = entry.order ? `(?:${alternation(entry.order)})` : "";
  return {
    entry,
    // A right wording that opens with a quote (“五位一体”…) takes the written opening quote along.
    wrong: entry.wrong?.length
      ? new RegExp(`${QUOTES.includes(entry.right[0] ?? "") ? `[${QUOTES}]?` : ""}(?:${alternation(entry.wrong)})`, "g")
      : null,
    order: entry.order ? new RegExp(`${item}(?:[、，]${item}){${entry.order.length - 1}}`, "g") : null,
    outdated: entry.outdated ? new RegExp(alternation(entry.outdated.phrases), "g") : null,
  };
}

/** The compiled entries and one pattern matching wherever any of them might: most paragraphs stop there. */
interface EntrySet {
  entries: Compiled[];
  any: RegExp;
}

function entrySet(entries: Compiled[]): EntrySet {
  const sources = entries.flatMap((c) => [c.wrong, c.order, c.outdated]).filter((r) => r !== null).map((r) => r.source);
  return { entries, any: new RegExp(sources.join("|") || "(?!)") };
}

const BUILT_IN = entrySet(TIFA_ENTRIES.map(compile));
let cachedExtra: { source: readonly TifaEntry[]; set: EntrySet } | null = null;

/** Built-in entries with the organisation's, whose entries replace built-in ones of the same id. */
function entriesFor(extra: readonly TifaEntry[] | undefined): EntrySet {
  if (!extra?.length) return BUILT_IN;
  if (cachedExtra?.source !== extra) {
    const ids = new Set(extra.map((e) => e.id));
    const entries = [...BUILT_IN.entries.filter((c) => !ids.has(c.entry.id)), ...extra.map(compile)];
    cachedExtra = { source: extra, set: entrySet(entries) };
  }
  return cachedExtra.set;
}

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
    const { entries, any } = entriesFor(ctx.options.tifa);
    const year = ctx.options.year;
    ctx.paragraphs.forEach((text, paragraph) => {
      if (!any.test(text)) return;
      for (const { entry, wrong, order, outdated } of entries) {
        if (wrong) {
          for (const match of text.matchAll(wrong)) {
            const start = match.index;
            const end = start + match[0].length;
            if (insideRight(text, start, end, entry.right)) continue;
            out.push(draft("text.tifa", paragraph, start, end, "warning",
              `规范提法是“${entry.right}”，不是“${match[0]}”。`,
              `The fixed formulation is “${entry.right}”, not “${match[0]}”.`,
              entry.right));
          }
        }
        if (order && entry.order) {
          for (const match of text.matchAll(order)) {
            const written = match[0];
            const items = written.split(/[、，]/);
            const inOrder = items.every((it, i) => withoutQuotes(it) === entry.order![i]);
            const complete = new Set(items.map(withoutQuotes)).size === entry.order.length;
            if (inOrder || !complete) continue;
            const separators = written.match(/[、，]/g) ?? [];
            const right = entry.order.map((it, i) => it + (separators[i] ?? "")).join("");
            out.push(draft("text.tifa", paragraph, match.index, match.index + written.length, "warning",
              `“${entry.right}”的内容有固定顺序：应为“${right}”。`,
              `“${entry.right}” lists its items in a fixed order: “${right}”.`,
              right));
          }
        }
        if (outdated && entry.outdated && year !== undefined && year >= entry.outdated.from) {
          const { note, except = [] } = entry.outdated;
          for (const match of text.matchAll(outdated)) {
            const end = match.index + match[0].length;
            const after = text.slice(end, end + 8);
            if (except.some((word) => after.includes(word))) continue;
            out.push(draft("text.outdated", paragraph, match.index, end, "warning",
              `“${match[0]}”在${year}年的报告中已不合时宜：${note.zh}。`,
              `“${match[0]}” is out of date in a ${year} report: ${note.en}.`));
          }
        }
      }
    });
    return out;
  },
};
