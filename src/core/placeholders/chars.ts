/**
 * Character tests on UTF-16 code units (text.charCodeAt(i)): the scanner asks them a few times
 * for every placeholder, and reading text[i] makes a new string for each Chinese character, where
 * a code unit costs nothing. Out of range, charCodeAt gives NaN, which every test rejects, as the
 * regular expressions they replace rejected "" and undefined.
 */

/** [\u3400-\u9fff\uf900-\ufaff]: CJK ideographs, extension A and compatibility ideographs. */
export const isCjkCode = (code: number): boolean =>
  (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

/** [A-Za-zＡ-Ｚａ-ｚ]: Latin letters, half- and full-width. */
export const isLatinCode = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);

/** [0-9]: ASCII digits. */
export const isAsciiDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** [0-9０-９]: digits, half- and full-width. */
export const isDigitCode = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);

/** The code units of `chars`, for membership tests (`chars.includes(ch)` for a one-character ch). */
export function codeSet(chars: string): ReadonlySet<number> {
  const set = new Set<number>();
  for (let i = 0; i < chars.length; i++) set.add(chars.charCodeAt(i));
  return set;
}
