/**
 * JSON from outside the add-in (imported files, team packs, stored settings and document parts):
 * bounded in size and nesting before JSON.parse ever sees it, because recursive code that walks
 * the result (zod, our own validators) overflows the stack on a 20 KB file nested 10,000 deep.
 * The pre-scan is one linear pass that skips string contents.
 */
import type { Bilingual } from "./bilingual";
import { coreMessages } from "./catalog";

/** Deep enough for every format we read (a pack nests about 8 levels); far from stack limits. */
export const MAX_JSON_DEPTH = 64;

export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; error: Bilingual; reason: "size" | "depth" | "syntax" };

export interface SafeJsonLimits {
  maxDepth?: number;
  /** Characters (UTF-16 code units); no limit when absent. */
  maxChars?: number;
}

/** Deepest nesting of [ and { outside strings; stops counting once `limit` is passed. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** JSON.parse with size and depth limits; never throws, every failure has a bilingual reason. */
export function parseJsonSafely(text: string, limits: SafeJsonLimits = {}): SafeJsonResult {
  const maxDepth = limits.maxDepth ?? MAX_JSON_DEPTH;
  if (limits.maxChars !== undefined && text.length > limits.maxChars) {
    return {
      ok: false,
      reason: "size",
      error: coreMessages.jsonTooLarge(text.length, limits.maxChars),
    };
  }
  if (jsonDepth(text, maxDepth) > maxDepth) {
    return {
      ok: false,
      reason: "depth",
      error: coreMessages.jsonTooDeep(maxDepth),
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: "syntax", error: coreMessages.jsonSyntax(detail) };
  }
}
