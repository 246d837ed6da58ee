/**
 * Outside inputs at the size of a hostile or careless organisation (reliability review 2, finding
 * 7): long 提法 lists built from a report's own wording, so that their patterns share prefixes
 * with the text everywhere, and pasted tables at the import limits. Shared by the tests and
 * bench/bounds.ts; deterministic.
 */
import type { TifaEntry } from "../../src/core/checks/data/tifa";
import { generateReport } from "../../bench/generate";
import { seeded } from "./reportFuzz";

export interface TifaListShape {
  entries: number;
  wrongPerEntry: number;
  /** Characters of each wrong wording. */
  length: number;
}

/** 107 KB (1000 entries × 5 wordings, the review's 92-second list) and 500 KB lists (UTF-8 JSON). */
export const TIFA_107K: TifaListShape = { entries: 1000, wrongPerEntry: 5, length: 2 };
export const TIFA_500K: TifaListShape = { entries: 1000, wrongPerEntry: 26, length: 5 };

/**
 * A schema-valid 提法 list: wrong wordings are pieces of the report's prose with the last character
 * changed (near misses that walk deep into the matcher), the first of every hundredth entry an
 * exact piece (real findings); every tenth entry has a fixed order of four prose pieces, every seventh two outdated
 * phrases (near misses too, but for every hundredth entry).
 */
export function hostileTifaList(shape: TifaListShape, seed = 28): TifaEntry[] {
  const rand = seeded(seed);
  const prose = generateReport(20).join("").replace(/[“”"'‘’、，]/g, "");
  const piece = (length: number) => {
    const at = Math.floor(rand() * (prose.length - length));
    return prose.slice(at, at + length);
  };
  const other = () => String.fromCharCode(0x4e00 + Math.floor(rand() * 0x5000));
  const entries: TifaEntry[] = [];
  for (let i = 0; i < shape.entries; i++) {
    const right = `规范提法${i.toString(36)}`;
    const wrong = Array.from({ length: shape.wrongPerEntry }, (_, j) =>
      j === 0 && i % 100 === 0 ? piece(Math.max(4, shape.length)) : piece(shape.length - 1) + other(),
    ).filter((w) => !right.includes(w));
    const entry: TifaEntry = { id: `t-${i}`, right, wrong };
    if (i % 10 === 0) entry.order = Array.from({ length: 4 }, () => piece(2 + Math.floor(rand() * 3)));
    if (i % 7 === 0) {
      entry.outdated = { from: 2024, phrases: [i % 100 === 0 ? piece(6) : piece(5) + other(), piece(3) + other()], note: { zh: "已过时", en: "out of date" } };
    }
    entries.push(entry);
  }
  return entries;
}

export const utf8Bytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;
