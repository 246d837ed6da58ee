/**
 * Snippet search latency per keystroke, over the built-in library and over 10,000 generated
 * snippets. Run directly: `node --import tsx bench/snippetSearch.ts`.
 */
import { builtInSnippets, loadPinyin, prepareSnippetSearch, searchSnippets } from "../src/core/snippets/index";
import type { Snippet } from "../src/core/snippets/index";

export interface SnippetSearchFigures {
  count: number;
  medianMs: number;
  worstMs: number;
  indexBuildMs: number;
}

/** Queries typed one keystroke at a time. */
export const BENCH_QUERIES = [
  "sgys",
  "gaozhiliang",
  "营商环境",
  "zhengg",
  "sigeyishi",
  "xinzhi",
  "整改措施",
  "zgcs",
  "anquan shengchan",
  "二十届四中全会",
  "lianzheng",
  "xyz",
] as const;

const PASSES = 3;

/** Deterministic pseudo-random sequence (LCG) so generated libraries are identical every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * n snippets made by recombining clauses and titles of the built-in library (deterministic);
 * ids `gen-N`, texts unique, categories and tags borrowed from the clause donors.
 */
export function generateSnippets(n: number): Snippet[] {
  const random = seeded(20261231);
  const clauses = [
    ...new Set(builtInSnippets.flatMap((s) => s.text.split(/[，；。：！\n]/).map((c) => c.trim()).filter((c) => c.length >= 4))),
  ];
  const titles = builtInSnippets.map((s) => s.title.replace(/（.*?）/g, ""));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const out: Snippet[] = [];
  const seenTexts = new Set<string>();
  for (let i = 0; out.length < n; i++) {
    const donor = pick(builtInSnippets);
    const parts = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(clauses));
    let text = parts.join("，") + "。";
    if (seenTexts.has(text)) text = `${parts.join("；")}（${i}）。`;
    seenTexts.add(text);
    const title = (pick(titles).slice(0, 4) + pick(titles).slice(0, 4)).slice(0, 12);
    out.push({ id: `gen-${out.length + 1}`, category: donor.category, title, text, tags: donor.tags });
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measure(snippets: readonly Snippet[]): Promise<SnippetSearchFigures> {
  const buildStart = performance.now();
  await prepareSnippetSearch(snippets);
  const indexBuildMs = performance.now() - buildStart;
  // The typing sequence runs PASSES times; a keystroke's latency is the median of its passes,
  // so one scheduler hiccup or GC pause on a busy 2-core machine does not pose as its cost.
  const keystrokes = BENCH_QUERIES.flatMap((query) => Array.from(query, (_, i) => query.slice(0, i + 1)));
  const samples: number[][] = keystrokes.map(() => []);
  for (let pass = 0; pass < PASSES; pass++) {
    for (let k = 0; k < keystrokes.length; k++) {
      const start = performance.now();
      await searchSnippets(snippets, keystrokes[k]!, { limit: 50 });
      samples[k]!.push(performance.now() - start);
    }
  }
  const timings = samples.map(median);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    count: snippets.length,
    medianMs: round(median(timings)),
    worstMs: round(Math.max(...timings)),
    indexBuildMs: round(indexBuildMs),
  };
}

/** Per-keystroke latency figures; pinyin-pro is loaded before timing (its load is not search). */
export async function benchSnippetSearch(): Promise<{
  builtIn: SnippetSearchFigures;
  generated10k: SnippetSearchFigures;
}> {
  await loadPinyin();
  const builtIn = await measure(builtInSnippets);
  const generated10k = await measure(generateSnippets(10_000));
  return { builtIn, generated10k };
}

const invokedDirectly = process.argv[1]?.replace(/\\/g, "/").endsWith("bench/snippetSearch.ts");
if (invokedDirectly) {
  const loadStart = performance.now();
  await loadPinyin();
  console.log(`pinyin-pro load: ${(performance.now() - loadStart).toFixed(1)} ms`);
  const figures = await benchSnippetSearch();
  console.log(JSON.stringify(figures, null, 2));
}
