/** What a placeholder stands for, read from the text around it. */
export type PlaceholderKind = "number" | "percent" | "year" | "date" | "name" | "text";

/** One fill-in spot found in the document. Offsets are UTF-16 indices into its paragraph. */
export interface Placeholder {
  /** Stable within one scan: `${paragraph}:${start}`. */
  id: string;
  paragraph: number;
  start: number;
  end: number;
  raw: string;
  kind: PlaceholderKind;
  /** Unit written right after it (亿元, 名, 个百分点 …); "%" for percentages, 月/日 for date parts. */
  unit?: string;
  label: string;
  /** Fields sharing one value share a group. */
  group: string;
  /** The sentence around it, for display. */
  context: string;
}

/** A content control a skeleton inserted (tag like "rc-metric:主营业务收入"). */
export interface ContentControlInfo {
  tag: string;
  title: string;
  text: string;
  paragraph: number;
  start: number;
  end: number;
}

export interface ScanOptions {
  contentControls?: ContentControlInfo[];
}

/** All placeholders sharing one value, in reading order. */
export interface FieldGroup {
  group: string;
  label: string;
  kind: PlaceholderKind;
  unit?: string;
  members: Placeholder[];
}
