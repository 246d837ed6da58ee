/**
 * Ranked snippet search for the task pane's search box: Chinese substrings, full pinyin,
 * pinyin initials, mixed pinyin and a fuzzy subsequence fallback, with favourites and recently
 * used snippets boosted within each tier. The index is built once per snippets array (WeakMap),
 * and consecutive keystrokes that extend the previous query only rescan its matches.
 */
import type { Snippet } from "./schema";
import {
  indexFieldPinyin,
  isPinyinReady,
  loadPinyin,
  matchPinyin,
  preparePinyinQuery,
  type FieldPinyin,
  type PinyinHit,
  type PinyinMatchMode,
  type PinyinQuery,
} from "./pinyinIndex";

export interface SnippetSearchOptions {
  /** Snippet ids starred by the user. */
  favourites?: ReadonlySet<string>;
  /** Snippet ids, most recently used first. */
  recent?: readonly string[];
  /** Only snippets of this category id. */
  category?: string;
  /** Only snippets that carry every one of these tags. */
  tags?: readonly string[];
  /** Keep at most this many results. */
  limit?: number;
}

/** Why a snippet matched, best first; the order is the ranking order of tiers. */
export type SnippetMatchKind =
  | "exactTitle"
  | "titlePrefix"
  | "title"
  | "text"
  | "tag"
  | "titlePinyin"
  | "textPinyin"
  | "titleInitials"
  | "textInitials"
  | "titleMixedPinyin"
  | "textMixedPinyin"
  | "fuzzy"
  | "all";

export interface SnippetMatch<T extends Snippet = Snippet> {
  snippet: T;
  kind: SnippetMatchKind;
  /** Higher is better; comparable only within one search. */
  score: number;
  /** What to highlight, in UTF-16 offsets of the field (absent for tag, fuzzy and empty queries). */
  highlight?: { field: "title" | "text"; start: number; end: number };
}

const TIER: Record<SnippetMatchKind, number> = {
  exactTitle: 100,
  titlePrefix: 90,
  title: 85,
  text: 70,
  tag: 65,
  titlePinyin: 60,
  textPinyin: 55,
  titleInitials: 50,
  textInitials: 45,
  titleMixedPinyin: 42,
  textMixedPinyin: 40,
  fuzzy: 20,
  all: 0,
};

const FAVOURITE_BOOST = 50;
const RECENT_BOOST_MAX = 40;

interface IndexEntry<T extends Snippet> {
  snippet: T;
  order: number;
  titleLower: string;
  textLower: string;
  /** Genre ids and other ASCII tags: matched whole, never as substrings. */
  asciiTags: ReadonlySet<string>;
  /** Other tags joined by \u0000, for substring search. */
  otherTags: string;
  /** Title, text and other tags in one string: one indexOf rules out most entries. */
  haystack: string;
  titlePinyin: FieldPinyin | null;
  textPinyin: FieldPinyin | null;
}

interface LastSearch {
  query: string;
  filterKey: string;
  withPinyin: boolean;
  matched: readonly number[];
}

interface SnippetIndex<T extends Snippet> {
  entries: IndexEntry<T>[];
  hasPinyin: boolean;
  last: LastSearch | null;
}

const indexCache = new WeakMap<readonly Snippet[], SnippetIndex<Snippet>>();

function lower(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

function splitTags(tags: readonly string[]): { asciiTags: Set<string>; otherTags: string } {
  const lowered = tags.map(lower);
  return {
    asciiTags: new Set(lowered.filter((t) => ASCII_TAG.test(t))),
    otherTags: lowered.filter((t) => !ASCII_TAG.test(t)).join("\u0000"),
  };
}

function getIndex<T extends Snippet>(snippets: readonly T[]): SnippetIndex<T> {
  let index = indexCache.get(snippets) as SnippetIndex<T> | undefined;
  if (!index) {
    index = {
      entries: snippets.map((snippet, order) => ({
        snippet,
        order,
        titleLower: lower(snippet.title),
        textLower: lower(snippet.text),
        ...splitTags(snippet.tags),
        haystack: "",
        titlePinyin: null,
        textPinyin: null,
      })),
      hasPinyin: false,
      last: null,
    };
    for (const entry of index.entries) {
      entry.haystack = [entry.titleLower, entry.textLower, entry.otherTags].join("\u0000"); // join gives a flat string
    }
    indexCache.set(snippets, index as unknown as SnippetIndex<Snippet>);
  }
  if (!index.hasPinyin && isPinyinReady()) {
    for (const entry of index.entries) {
      entry.titlePinyin = indexFieldPinyin(entry.titleLower);
      entry.textPinyin = indexFieldPinyin(entry.textLower);
    }
    index.hasPinyin = true;
    index.last = null;
  }
  return index;
}

/**
 * Builds (or reuses) the search index of a snippets array, loading pinyin first.
 * Optional: searchSnippets does this on first use; call it early to keep the first keystroke fast.
 */
export async function prepareSnippetSearch(snippets: readonly Snippet[]): Promise<void> {
  await loadPinyin();
  getIndex(snippets);
}

/** Query as matched: NFKC, lowercase, ü→v, apostrophes dropped, whitespace collapsed. */
export function normalizeQuery(query: string): string {
  return lower(query).replace(/ü/g, "v").replace(/['’‘]/g, "").replace(/\s+/g, " ").trim();
}

const PINYIN_QUERY = /^[a-z0-9]*[a-z][a-z0-9]*$/;
// ASCII tags are genre ids spelled in pinyin: substring hits there would swamp pinyin search.
const ASCII_TAG = /^[\x20-\x7e]+$/;

interface TermMatch {
  kind: SnippetMatchKind;
  /** 0–99 within the tier: earlier and tighter is better. */
  fine: number;
  /** Highlight, kept flat (one object shape for every match keeps the hot loops monomorphic). */
  field: "title" | "text" | null;
  start: number;
  end: number;
}

function termMatch(kind: SnippetMatchKind, fine: number, field: "title" | "text" | null = null, start = 0, end = 0): TermMatch {
  return { kind, fine, field, start, end };
}

/** A query term analysed once per search, not once per snippet. */
interface PreparedTerm {
  text: string;
  /** Length in code points (fuzzy needs two or more). */
  chars: number;
  /** Set when the term could be pinyin and pinyin is loaded. */
  pinyin: PinyinQuery | null;
  /**
   * Whether mixed matching can find more than initials did: it needs two letters and either
   * a vowel (part of a full syllable) or an h (zh/ch/sh); "zgcs" is initials or nothing.
   */
  mixedUseful: boolean;
}

interface PreparedQuery {
  terms: PreparedTerm[];
  /** For a spaced pinyin query ("si ge yi"), the terms joined, tried first. */
  joined: PreparedTerm | null;
}

function prepareTerm(text: string, usePinyin: boolean): PreparedTerm {
  return {
    text,
    chars: [...text].length,
    pinyin: usePinyin && PINYIN_QUERY.test(text) ? preparePinyinQuery(text) : null,
    mixedUseful: text.length >= 2 && /[aeiouvh]/.test(text),
  };
}

function prepareQuery(normalized: string, usePinyin: boolean): PreparedQuery {
  const parts = normalized.split(" ");
  const terms = parts.map((t) => prepareTerm(t, usePinyin));
  const joined = terms.length > 1 && terms.every((t) => t.pinyin) ? prepareTerm(parts.join(""), usePinyin) : null;
  return { terms, joined };
}

function fineScore(start: number, fieldLength: number): number {
  return Math.max(0, 99 - Math.min(60, start * 2) - Math.min(39, Math.floor(fieldLength / 8)));
}

function pinyinTerm(
  field: FieldPinyin,
  name: "title" | "text",
  fieldLength: number,
  hit: PinyinHit,
  kind: SnippetMatchKind,
): TermMatch {
  const start = field.offsets[hit.startSlot] ?? 0;
  const end = (field.offsets[hit.endSlot - 1] ?? start) + 1;
  const whole = hit.startSlot === 0 && hit.endSlot === field.slots.length;
  return termMatch(kind, whole ? 99 : fineScore(hit.startSlot, fieldLength), name, start, end);
}

/** Characters of needle appear in order in haystack; returns the span length or -1. */
function subsequenceSpan(haystack: string, needle: string): number {
  let from = 0;
  let first = -1;
  for (const ch of needle) {
    const at = haystack.indexOf(ch, from);
    if (at < 0) return -1;
    if (first < 0) first = at;
    from = at + ch.length;
  }
  return first < 0 ? -1 : from - first;
}

type Stage = (entry: IndexEntry<Snippet>, term: PreparedTerm) => TermMatch | null;

function substringStage(entry: IndexEntry<Snippet>, term: PreparedTerm): TermMatch | null {
  const { titleLower, textLower } = entry;
  const q = term.text;
  if (entry.haystack.indexOf(q) < 0) return entry.asciiTags.has(q) ? termMatch("tag", 50) : null;
  const inTitle = titleLower.indexOf(q);
  if (inTitle >= 0) {
    const end = inTitle + q.length;
    if (titleLower === q) return termMatch("exactTitle", 99, "title", 0, end);
    if (inTitle === 0) return termMatch("titlePrefix", fineScore(0, titleLower.length), "title", 0, end);
    return termMatch("title", fineScore(inTitle, titleLower.length), "title", inTitle, end);
  }
  const inText = textLower.indexOf(q);
  if (inText >= 0) {
    return termMatch("text", fineScore(inText, textLower.length), "text", inText, inText + q.length);
  }
  if (entry.asciiTags.has(q) || entry.otherTags.includes(q)) return termMatch("tag", 50);
  return null;
}

function pinyinStage(field: "title" | "text", mode: PinyinMatchMode, kind: SnippetMatchKind): Stage {
  return (entry, term) => {
    const pinyin = field === "title" ? entry.titlePinyin : entry.textPinyin;
    if (!term.pinyin || !pinyin || (mode === "mixed" && !term.mixedUseful)) return null;
    const hit = matchPinyin(pinyin, term.pinyin, mode);
    if (!hit) return null;
    const lowered = field === "title" ? entry.titleLower : entry.textLower;
    return pinyinTerm(pinyin, field, lowered.length, hit, kind);
  };
}

function fuzzyStage(entry: IndexEntry<Snippet>, term: PreparedTerm): TermMatch | null {
  if (term.chars < 2) return null;
  const span =
    term.pinyin && entry.titlePinyin
      ? subsequenceSpan(entry.titlePinyin.initials, term.text)
      : subsequenceSpan(entry.titleLower, term.text);
  return span >= 0 ? termMatch("fuzzy", Math.max(0, 99 - span * 3)) : null;
}

/** Match stages in ranking order: a snippet's tier is the first stage that matches it. */
const STAGES: readonly Stage[] = [
  substringStage,
  pinyinStage("title", "full", "titlePinyin"),
  pinyinStage("text", "full", "textPinyin"),
  pinyinStage("title", "initials", "titleInitials"),
  pinyinStage("text", "initials", "textInitials"),
  pinyinStage("title", "mixed", "titleMixedPinyin"),
  pinyinStage("text", "mixed", "textMixedPinyin"),
  fuzzyStage,
];

function matchTerm(entry: IndexEntry<Snippet>, term: PreparedTerm): TermMatch | null {
  for (const stage of STAGES) {
    const match = stage(entry, term);
    if (match) return match;
  }
  return null;
}

/**
 * Every whitespace-separated term must match; the weakest term decides the tier. A spaced
 * pinyin query ("si ge yi") is also tried joined, which can only rank higher: a joined match
 * implies each term matches, so terms are checked first and rule out most snippets cheaply.
 */
function matchQuery(entry: IndexEntry<Snippet>, query: PreparedQuery): TermMatch | null {
  if (query.terms.length === 1) return matchTerm(entry, query.terms[0]!);
  let worst: TermMatch | null = null;
  for (const term of query.terms) {
    const match = matchTerm(entry, term);
    if (!match) return null;
    if (!worst || TIER[match.kind] < TIER[worst.kind] || (match.kind === worst.kind && match.fine < worst.fine)) {
      worst = match;
    }
  }
  const joined = query.joined ? matchTerm(entry, query.joined) : null;
  return joined && worst && TIER[joined.kind] > TIER[worst.kind] ? joined : worst;
}

function passesFilters(snippet: Snippet, options: SnippetSearchOptions): boolean {
  if (options.category && snippet.category !== options.category) return false;
  if (options.tags?.length && !options.tags.every((tag) => snippet.tags.includes(tag))) return false;
  return true;
}

function boostOf(id: string, favourites: ReadonlySet<string> | undefined, recentRank: Map<string, number>): number {
  let boost = favourites?.has(id) ? FAVOURITE_BOOST : 0;
  const rank = recentRank.get(id);
  if (rank !== undefined) boost += Math.max(1, RECENT_BOOST_MAX - rank * 2);
  return boost;
}

interface Hit {
  entry: IndexEntry<Snippet>;
  hit: TermMatch;
}

/**
 * Runs one stage at a time over the still-unmatched entries and stops once `limit` hits are
 * found: later stages rank strictly lower, so they cannot change the top `limit`. On short
 * queries this skips the costly text-pinyin stages. Returns whether every stage ran.
 */
function matchInStages(entries: readonly IndexEntry<Snippet>[], term: PreparedTerm, limit: number, hits: Hit[]): boolean {
  let remaining = entries;
  for (let s = 0; s < STAGES.length; s++) {
    if (hits.length >= limit) return false;
    const stage = STAGES[s]!;
    const next: IndexEntry<Snippet>[] = [];
    for (const entry of remaining) {
      const hit = stage(entry, term);
      if (hit) hits.push({ entry, hit });
      else next.push(entry);
    }
    remaining = next;
  }
  return true;
}

function runSearch<T extends Snippet>(
  snippets: readonly T[],
  query: string,
  options: SnippetSearchOptions,
): SnippetMatch<T>[] {
  const index = getIndex(snippets);
  const normalized = normalizeQuery(query);
  const recentRank = new Map<string, number>();
  (options.recent ?? []).forEach((id, rank) => {
    if (!recentRank.has(id)) recentRank.set(id, rank);
  });
  const hits: Hit[] = [];

  if (!normalized) {
    for (const entry of index.entries) {
      if (passesFilters(entry.snippet, options)) hits.push({ entry, hit: termMatch("all", 0) });
    }
  } else {
    const filterKey = JSON.stringify([options.category ?? "", options.tags ?? []]);
    const last = index.last;
    const candidates =
      last && last.filterKey === filterKey && last.withPinyin === index.hasPinyin && normalized.startsWith(last.query)
        ? last.matched.map((i) => index.entries[i]!)
        : index.entries;
    const prepared = prepareQuery(normalized, index.hasPinyin);
    const filtered = candidates.filter((entry) => passesFilters(entry.snippet, options));
    let complete = true;
    if (prepared.terms.length === 1 && options.limit !== undefined) {
      complete = matchInStages(filtered, prepared.terms[0]!, options.limit, hits);
    } else {
      for (const entry of filtered) {
        const hit = matchQuery(entry, prepared);
        if (hit) hits.push({ entry, hit });
      }
    }
    // Narrowing later keystrokes to these matches is only sound when every candidate was tried.
    index.last = complete
      ? { query: normalized, filterKey, withPinyin: index.hasPinyin, matched: hits.map((h) => h.entry.order).sort((a, b) => a - b) }
      : null;
  }

  return rank(hits, index.entries.length, options, recentRank) as SnippetMatch<T>[];
}

/**
 * Best first, ties in library order. Integer score and library order are packed into one
 * float64 key so a native typed-array sort does the work (a comparator sort of 10,000 objects
 * costs milliseconds per keystroke); match objects are built only for what is returned.
 */
function rank(
  hits: readonly Hit[],
  entryCount: number,
  options: SnippetSearchOptions,
  recentRank: Map<string, number>,
): SnippetMatch[] {
  const ORDER_SPACE = 2 ** 21;
  const keys = new Float64Array(hits.length);
  const scores = new Float64Array(hits.length);
  const positionOfOrder = new Int32Array(entryCount);
  for (let i = 0; i < hits.length; i++) {
    const { entry, hit } = hits[i]!;
    const boost = boostOf(entry.snippet.id, options.favourites, recentRank);
    scores[i] = TIER[hit.kind] * 10000 + boost * 100 + hit.fine;
    keys[i] = scores[i]! * ORDER_SPACE + (ORDER_SPACE - 1 - entry.order);
    positionOfOrder[entry.order] = i;
  }
  keys.sort();
  const count = Math.min(hits.length, options.limit === undefined ? hits.length : Math.max(0, options.limit));
  const out: SnippetMatch[] = [];
  for (let k = 0; k < count; k++) {
    const order = ORDER_SPACE - 1 - (keys[keys.length - 1 - k]! % ORDER_SPACE);
    const position = positionOfOrder[order]!;
    const { entry, hit } = hits[position]!;
    const match: SnippetMatch = { snippet: entry.snippet, kind: hit.kind, score: scores[position]! };
    if (hit.field) match.highlight = { field: hit.field, start: hit.start, end: hit.end };
    out.push(match);
  }
  return out;
}

/**
 * Searches snippets and returns matches ranked best first: exact title > title prefix/substring >
 * text substring > tag > full pinyin > initials > mixed pinyin > fuzzy; favourites and recent
 * snippets rank first within a tier. An empty query lists the (filtered) snippets, favourites
 * and recent first. Loads pinyin-pro on first call.
 */
export async function searchSnippets<T extends Snippet>(
  snippets: readonly T[],
  query: string,
  options: SnippetSearchOptions = {},
): Promise<SnippetMatch<T>[]> {
  await loadPinyin();
  return runSearch(snippets, query, options);
}

/**
 * Synchronous search for the first keystrokes: same ranking, but pinyin tiers only once
 * pinyin-pro has loaded (see loadPinyin / prepareSnippetSearch); Chinese substrings always work.
 */
export function searchSnippetsSync<T extends Snippet>(
  snippets: readonly T[],
  query: string,
  options: SnippetSearchOptions = {},
): SnippetMatch<T>[] {
  return runSearch(snippets, query, options);
}
