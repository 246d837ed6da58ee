/**
 * Pinyin side of snippet search. pinyin-pro (~140 KB gzip) is imported lazily so the task
 * pane paints without it; until it has loaded, search runs on Chinese substrings only.
 *
 * A field is indexed as its sequence of "syllable slots": one per Han character (all readings
 * of a polyphone, so 银行 matches both yinhang and yinxing), one per ASCII letter or digit.
 * Punctuation and spaces get no slot, so a query runs across 增强“四个意识” unhindered.
 */
type PinyinModule = typeof import("pinyin-pro");

let pinyinModule: PinyinModule | null = null;
let pinyinLoading: Promise<PinyinModule> | null = null;

/** Starts (once) and awaits the lazy load of pinyin-pro. */
export function loadPinyin(): Promise<PinyinModule> {
  // The chunk name makes the lazy chunk recognisable in the build output (pinyin.*.js).
  pinyinLoading ??= import(/* webpackChunkName: "pinyin" */ "pinyin-pro").then((module) => {
    pinyinModule = module;
    return module;
  });
  return pinyinLoading;
}

/** True once pinyin-pro has loaded, so synchronous search can use pinyin. */
export function isPinyinReady(): boolean {
  return pinyinModule !== null;
}

/** Readings of one slot; shared between all fields that contain the character. */
interface SlotReadings {
  readings: readonly string[];
  /** First letters of all readings, e.g. "cz" for 长. */
  firsts: string;
}

export interface FieldPinyin {
  slots: readonly SlotReadings[];
  /** Offset in the original string of each slot (for highlighting). */
  offsets: readonly number[];
  /** First letter of each slot's main reading; fast path for initials. */
  initials: string;
  /** Second first letter of each slot whose readings start differently (长 chang/zhang → z), else \0. */
  altInitials: string;
  /** The rare slots with three or more distinct first letters, ascending. */
  manyInitialSlots: readonly number[];
  /**
   * Bitset of letter pairs any match could produce (inside a reading, or from a slot's
   * initial/zh-h/final letter to the next slot's first letter): a query containing a pair
   * not in the set cannot match, which rules out most fields in one cheap test.
   */
  pairs: Uint32Array;
}

const SYMBOLS = 36; // a–z, 0–9

function symbolOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 48 + 26;
  return -1;
}

function addPair(bits: Uint32Array, a: number, b: number): void {
  if (a < 0 || b < 0) return;
  const bit = a * SYMBOLS + b;
  bits[bit >>> 5]! |= 1 << (bit & 31);
}

function hasPair(bits: Uint32Array, bit: number): boolean {
  return (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

function buildPairs(slots: readonly SlotReadings[]): Uint32Array {
  const bits = new Uint32Array(Math.ceil((SYMBOLS * SYMBOLS) / 32));
  for (let i = 0; i < slots.length; i++) {
    const next = slots[i + 1];
    for (const reading of slots[i]!.readings) {
      for (let k = 0; k + 1 < reading.length; k++) {
        addPair(bits, symbolOf(reading.charCodeAt(k)), symbolOf(reading.charCodeAt(k + 1)));
      }
      if (!next) continue;
      const exits = [reading.charCodeAt(0), reading.charCodeAt(reading.length - 1)];
      if (reading[1] === "h") exits.push(reading.charCodeAt(1));
      for (const exit of exits) {
        for (let f = 0; f < next.firsts.length; f++) addPair(bits, symbolOf(exit), symbolOf(next.firsts.charCodeAt(f)));
      }
    }
  }
  return bits;
}

/** A pinyin query prepared once per search: its text and the letter pairs it needs. */
export interface PinyinQuery {
  text: string;
  pairs: readonly number[];
}

/** Prepares a lowercase [a-z0-9]+ query. */
export function preparePinyinQuery(text: string): PinyinQuery {
  const pairs: number[] = [];
  for (let k = 0; k + 1 < text.length; k++) {
    pairs.push(symbolOf(text.charCodeAt(k)) * SYMBOLS + symbolOf(text.charCodeAt(k + 1)));
  }
  return { text, pairs };
}

/** False when the field cannot contain a match for the query (pair prefilter). */
function mayMatch(field: FieldPinyin, query: PinyinQuery): boolean {
  for (const bit of query.pairs) if (!hasPair(field.pairs, bit)) return false;
  return true;
}

const HAN = /\p{Script=Han}/u;
const slotCache = new Map<string, SlotReadings | null>();

function readingsOf(char: string, module: PinyinModule): SlotReadings | null {
  const cached = slotCache.get(char);
  if (cached !== undefined) return cached;
  let slot: SlotReadings | null = null;
  if (/^[a-z0-9]$/.test(char)) {
    slot = { readings: [char], firsts: char };
  } else if (HAN.test(char)) {
    const raw = module.polyphonic(char, { toneType: "none", type: "array" })[0] ?? [];
    const readings: string[] = [];
    for (const reading of raw) {
      const lower = reading.toLowerCase();
      if (!/^[a-zü]+$/.test(lower)) continue;
      // ü is typed as v on Chinese IMEs, and often as u by people typing pinyin by hand.
      const variants = lower.includes("ü") ? [lower.replace(/ü/g, "v"), lower.replace(/ü/g, "u")] : [lower];
      for (const v of variants) if (!readings.includes(v)) readings.push(v);
    }
    if (readings.length) {
      slot = { readings, firsts: [...new Set(readings.map((r) => r[0]))].join("") };
    }
  }
  slotCache.set(char, slot);
  return slot;
}

/** Builds the slot sequence of a lowercased field; null before pinyin-pro has loaded. */
export function indexFieldPinyin(lowerText: string): FieldPinyin | null {
  const module = pinyinModule;
  if (!module) return null;
  const slots: SlotReadings[] = [];
  const offsets: number[] = [];
  // Joined from arrays, not built with +=, so indexOf runs on flat strings.
  const initials: string[] = [];
  const alternatives: string[] = [];
  const manyInitialSlots: number[] = [];
  for (let i = 0; i < lowerText.length; i++) {
    const slot = readingsOf(lowerText[i]!, module);
    if (!slot) continue;
    slots.push(slot);
    offsets.push(i);
    initials.push(slot.firsts[0]!);
    alternatives.push(slot.firsts[1] ?? "\0");
    if (slot.firsts.length > 2) manyInitialSlots.push(slots.length - 1);
  }
  const altInitials = alternatives.some((a) => a !== "\0") ? alternatives.join("") : "";
  return { slots, offsets, initials: initials.join(""), altInitials, manyInitialSlots, pairs: buildPairs(slots) };
}

/** How a pinyin query lined up with a field. */
export type PinyinMatchMode = "full" | "initials" | "mixed";

export interface PinyinHit {
  mode: PinyinMatchMode;
  /** Slot range [startSlot, endSlot). */
  startSlot: number;
  endSlot: number;
}

/** Length of the common prefix of reading and query[from..]. */
function commonPrefix(reading: string, query: string, from: number): number {
  let n = 0;
  while (n < reading.length && from + n < query.length && reading.charCodeAt(n) === query.charCodeAt(from + n)) n++;
  return n;
}

/** Full pinyin: every slot consumes a whole reading, the last one may be a prefix. Returns end slot or -1. */
function matchFullFrom(field: FieldPinyin, query: string, qi: number, slot: number): number {
  const current = field.slots[slot];
  if (!current) return -1;
  for (const reading of current.readings) {
    const n = commonPrefix(reading, query, qi);
    if (n === 0) continue;
    if (qi + n === query.length) return slot + 1;
    if (n === reading.length) {
      const end = matchFullFrom(field, query, qi + n, slot + 1);
      if (end >= 0) return end;
    }
  }
  return -1;
}

/** Mixed: each slot consumes a whole reading or its initial (z/c/s or zh/ch/sh); the last may be any prefix. */
function matchMixedFrom(field: FieldPinyin, query: string, qi: number, slot: number): number {
  const current = field.slots[slot];
  if (!current) return -1;
  for (const reading of current.readings) {
    const n = commonPrefix(reading, query, qi);
    if (n === 0) continue;
    if (qi + n === query.length) return slot + 1;
    let end = n === reading.length ? matchMixedFrom(field, query, qi + n, slot + 1) : -1;
    if (end < 0 && n >= 2 && reading[1] === "h" && n < reading.length) end = matchMixedFrom(field, query, qi + 2, slot + 1);
    if (end < 0) end = matchMixedFrom(field, query, qi + 1, slot + 1);
    if (end >= 0) return end;
  }
  return -1;
}

function initialsAt(field: FieldPinyin, query: string, start: number): boolean {
  if (start + query.length > field.slots.length) return false;
  for (let k = 0; k < query.length; k++) {
    if (!field.slots[start + k]!.firsts.includes(query[k]!)) return false;
  }
  return true;
}

function matchAt(field: FieldPinyin, query: string, mode: PinyinMatchMode, start: number): number {
  if (mode === "full") return matchFullFrom(field, query, 0, start);
  if (mode === "mixed") return matchMixedFrom(field, query, 0, start);
  return initialsAt(field, query, start) ? start + query.length : -1;
}

function lowestNonNegative(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/**
 * Earliest match in the given mode, trying only slots whose readings can begin with the
 * query's first letter (found with native indexOf over the initials strings).
 */
export function matchPinyin(field: FieldPinyin, prepared: PinyinQuery, mode: PinyinMatchMode): PinyinHit | null {
  const query = prepared.text;
  if (!mayMatch(field, prepared)) return null;
  const { initials, altInitials, manyInitialSlots } = field;
  if (mode === "initials" && !altInitials) {
    const at = initials.indexOf(query);
    return at < 0 ? null : { mode, startSlot: at, endSlot: at + query.length };
  }
  const first = query[0]!;
  if (query.length === 1) {
    // One letter matches any slot with a reading that starts with it, in every mode.
    let at = lowestNonNegative(initials.indexOf(first), altInitials ? altInitials.indexOf(first) : -1);
    for (const slot of manyInitialSlots) {
      if (at >= 0 && slot >= at) break;
      if (field.slots[slot]!.firsts.includes(first)) at = slot;
    }
    return at < 0 ? null : { mode, startSlot: at, endSlot: at + 1 };
  }
  // Candidate starts in ascending order: merge the indexOf streams of main and alternative
  // initials with the (rare) slots that have three or more.
  let main = initials.indexOf(first);
  let alt = altInitials ? altInitials.indexOf(first) : -1;
  let many = 0;
  for (;;) {
    while (many < manyInitialSlots.length && !field.slots[manyInitialSlots[many]!]!.firsts.includes(first)) many++;
    const manyAt = many < manyInitialSlots.length ? manyInitialSlots[many]! : -1;
    const start = lowestNonNegative(lowestNonNegative(main, alt), manyAt);
    if (start < 0) return null;
    const end = matchAt(field, query, mode, start);
    if (end >= 0) return { mode, startSlot: start, endSlot: end };
    if (main === start) main = initials.indexOf(first, start + 1);
    if (alt === start) alt = altInitials.indexOf(first, start + 1);
    if (manyAt === start) many++;
  }
}
