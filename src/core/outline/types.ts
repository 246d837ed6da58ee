/** Heading levels of GB/T 9704 numbering, plus the in-paragraph enumerations. */
export type OutlineLevel = 1 | 2 | 3 | 4;

/** Families of ordinal a heading or point can carry. */
export type OrdinalStyle =
  | "chinese-dun" //   一、        level 1
  | "chinese-paren" // （一）      level 2
  | "arabic-dot" //    1.          level 3
  | "arabic-paren" //  （1）       level 4
  | "yishi" //         一是 二是    in-paragraph
  | "diyi" //          第一，第二，  in-paragraph
  | "qiyi" //          其一，其二，  in-paragraph
  | "shouxian"; //     首先，其次，再次，  in-paragraph

export interface OutlineEntry {
  /** Index of the paragraph in the input array. */
  paragraph: number;
  /** 1–4 for headings; 5 for in-paragraph enumerations (一是/第一，). */
  level: OutlineLevel | 5;
  style: OrdinalStyle;
  /** Offset of the ordinal inside the paragraph (0 for headings; may be > 0 for 二是). */
  start: number;
  /** Offset just past the ordinal and its punctuation (after 、 or ） or . or 是 or ，). */
  end: number;
  /** The ordinal as written, with its punctuation, e.g. "三、" or "（二）" or "3." or "二是". */
  written: string;
  /** The ordinal the position calls for, same form, e.g. "四、". */
  expected: string;
  /** 1-based number as written (NaN-free: parse failures are not entries). */
  writtenNumber: number;
  expectedNumber: number;
  /**
   * True when the expected number cannot be written in this form (1000、, 100.): `expected` then
   * repeats `written` and nothing is changed; the checker reports it without a fix.
   */
  beyondRange?: true;
  /** Heading text without the ordinal; for run-in headings, up to the first 。 */
  title: string;
  /** True when body text follows the heading on the same line (（一）坚持集中学习。全年……). */
  runIn: boolean;
}

export interface OutlineChange {
  paragraph: number;
  start: number;
  end: number;
  from: string;
  to: string;
}

export interface RenumberResult {
  paragraphs: string[];
  changes: OutlineChange[];
}
