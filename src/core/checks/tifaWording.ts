/**
 * How a 提法 wording is matched: quotation marks are not part of it (“十四五”规划 and 十四五规划
 * are the same wording), so a wording is compared without them. A wording with nothing left once
 * they are dropped would match between every two characters of a document: the schema refuses it
 * and the matcher never looks for it.
 */

export const TIFA_QUOTES = "“”\"'‘’";

export const isTifaQuote = (ch: string | undefined): boolean => ch !== undefined && ch.length === 1 && TIFA_QUOTES.includes(ch);

/** The wording as it is matched: its quotation marks dropped. */
export function tifaKey(wording: string): string {
  let out = "";
  for (const ch of wording) if (!TIFA_QUOTES.includes(ch)) out += ch;
  return out;
}

/** False for a wording made only of quotation marks and spaces. */
export const isMatchableWording = (wording: string): boolean => tifaKey(wording).trim().length > 0;

export const UNMATCHABLE_WORDING = "must not be empty once quotation marks and spaces are dropped";
