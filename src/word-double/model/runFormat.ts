/** When two runs are the same but for their text, and content-control stacks. */
import type { RunRich } from "../rich";
import { FONT_KEYS, type FontProps } from "../styles";
import type { Run } from "./types";

export function sameFont(a: Partial<FontProps>, b: Partial<FontProps>): boolean {
  for (const k of FONT_KEYS) if (a[k] !== b[k]) return false;
  return true;
}

/** Two runs can merge when nothing but their text differs. */
export function sameRunFormat(a: Run, b: Run): boolean {
  return sameFont(a.font, b.font) && sameFont(a.direct, b.direct) && a.charStyle === b.charStyle && richKey(a.rich) === richKey(b.rich);
}

/** Pictures and footnote references are single characters: never merged. */
export function richKey(r: RunRich | undefined): string {
  return r ? JSON.stringify(r) : "";
}

export function sameIds(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Common prefix of two content-control stacks: the controls enclosing both. */
export function commonIds(a: number[], b: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length && i < b.length && a[i] === b[i]; i++) out.push(a[i]!);
  return out;
}
