/**
 * Finding placeholder candidates in one paragraph: one module-level regex, then context checks
 * that reject Latin words (XML, Windows XP, X-ray) and Chinese-written zeros (二○二五年).
 */
import { codeSet, isAsciiDigitCode, isCjkCode, isDigitCode, isLatinCode } from "./chars";

/** How the placeholder is written; classification starts from this. */
export type PlaceholderForm = "bracket" | "empty" | "year" | "decimal" | "x" | "times" | "circle" | "underline";

export interface Candidate {
  start: number;
  end: number;
  raw: string;
  form: PlaceholderForm;
}

const X = "XxＸｘ";
// Order matters only among alternatives starting at the same index: year before plain X runs.
const CANDIDATE_RE = new RegExp(
  [
    "[【〔\\[](?:待补充|待补|待填|待定)[】〕\\]]",
    "\\[[ \\u3000]*\\]|【[ \\u3000]*】|〔[ \\u3000]*〕",
    `(?:19|20)[${X}]{2}(?![${X}])|(?:19|20)[0-9][${X}](?![${X}])`,
    `[${X}]+\\.[${X}]+`,
    `[${X}]+`,
    "×{2,}",
    "[○〇]{2,}",
    "＿{2,}|_{2,}",
  ].join("|"),
  "g",
);

const WORD_JOINERS = codeSet("-‐_/.'’&");
/** A single X followed by these is a term (X射线, X光), not a blank. */
const X_TERMS = ["射线", "光", "线", "轴", "染色体", "型", "波段", "刀", "战队"];
/** A preceding Chinese digit makes ○ a zero, as in 二○二五年 or 一九九○年. */
const CHINESE_DIGITS = "零〇○一二三四五六七八九十百千";
const CHINESE_DIGIT_OR_YEAR = "零〇○一二三四五六七八九十百千万年";
const SPACE = 0x20;

/** Latin letters (and digits when `includeDigits`) touching [start, end) make it part of a word. */
function isLatinWordNeighbour(text: string, start: number, end: number, includeDigits: boolean): boolean {
  const prev = text.charCodeAt(start - 1); // NaN outside the text
  const next = text.charCodeAt(end);
  if (isLatinCode(prev) || isLatinCode(next)) return true;
  if (includeDigits && (isDigitCode(prev) || isDigitCode(next))) return true;
  // Joined words: X-ray, Type-X, x/y.
  if (WORD_JOINERS.has(prev) && isLatinCode(text.charCodeAt(start - 2))) return true;
  if (WORD_JOINERS.has(next) && isLatinCode(text.charCodeAt(end + 1))) return true;
  // "Windows X", "iPhone X 发布": a Latin word, a space, then the X with no Chinese after it.
  if (prev === SPACE) {
    let i = start - 1;
    while (i > 0 && text.charCodeAt(i - 1) === SPACE) i--;
    let j = end;
    while (text.charCodeAt(j) === SPACE) j++;
    if (isLatinCode(text.charCodeAt(i - 1)) && !isCjkCode(text.charCodeAt(j))) return true;
  }
  return false;
}

function isRealCandidate(text: string, c: Candidate): boolean {
  switch (c.form) {
    case "x":
    case "decimal":
    case "year": {
      if (isLatinWordNeighbour(text, c.start, c.end, true)) return false;
      if (c.raw.length === 1 && c.form === "x") {
        for (const term of X_TERMS) if (text.startsWith(term, c.end)) return false;
      }
      return true;
    }
    case "underline":
      return !isLatinWordNeighbour(text, c.start, c.end, true);
    case "times":
      // 3××4 is nonsense, but 3×4 style products have digits on both sides.
      return !(isAsciiDigitCode(text.charCodeAt(c.start - 1)) && isAsciiDigitCode(text.charCodeAt(c.end)));
    case "circle": {
      const prev = text[c.start - 1] ?? "";
      const next = text[c.end] ?? "";
      const isZero = prev !== "" && CHINESE_DIGITS.includes(prev) && (next === "" || CHINESE_DIGIT_OR_YEAR.includes(next));
      return !isZero;
    }
    default:
      return true;
  }
}

function formOf(raw: string): PlaceholderForm {
  const first = raw[0] ?? "";
  if (first === "×") return "times";
  if (first === "○" || first === "〇") return "circle";
  if (first === "＿" || first === "_") return "underline";
  if (first === "1" || first === "2") return "year";
  if (first === "【" || first === "〔" || first === "[") return raw.length > 2 && /待/.test(raw) ? "bracket" : "empty";
  return raw.includes(".") ? "decimal" : "x";
}

/**
 * Calls `visit` with each placeholder candidate of one paragraph, left to right, false positives
 * removed. Streaming: a paragraph of 150,000 blanks does not hold 150,000 candidates at once.
 */
export function forEachCandidate(text: string, visit: (candidate: Candidate) => void): void {
  CANDIDATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE_RE.exec(text)) !== null) {
    const raw = m[0];
    const candidate: Candidate = { start: m.index, end: m.index + raw.length, raw, form: formOf(raw) };
    const next = CANDIDATE_RE.lastIndex;
    if (isRealCandidate(text, candidate)) visit(candidate);
    CANDIDATE_RE.lastIndex = next; // visit may run other scans
  }
}

/**
 * The first placeholder mark a typed value still holds (XX in "XX亿元", ×× in "××局"), or null.
 * Such a value written into the document would be scanned as a blank again, a new field.
 */
export function placeholderIn(text: string): string | null {
  let found: string | null = null;
  forEachCandidate(text, (c) => {
    found ??= c.raw;
  });
  return found;
}
