/**
 * Finding placeholder candidates in one paragraph: one module-level regex, then context checks
 * that reject Latin words (XML, Windows XP, X-ray) and Chinese-written zeros (二○二五年).
 */

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

const LATIN_OR_DIGIT = /[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]/;
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const WORD_JOINERS = "-‐_/.'’&";
/** A single X followed by these is a term (X射线, X光), not a blank. */
const X_TERMS = ["射线", "光", "线", "轴", "染色体", "型", "波段", "刀", "战队"];
/** A preceding Chinese digit makes ○ a zero, as in 二○二五年 or 一九九○年. */
const CHINESE_DIGITS = "零〇○一二三四五六七八九十百千";
const CHINESE_DIGIT_OR_YEAR = "零〇○一二三四五六七八九十百千万年";

function isLatinWordNeighbour(text: string, start: number, end: number, includeDigits: boolean): boolean {
  const test = includeDigits ? LATIN_OR_DIGIT : LATIN;
  const prev = text[start - 1] ?? "";
  const next = text[end] ?? "";
  if (prev && test.test(prev)) return true;
  if (next && test.test(next)) return true;
  // Joined words: X-ray, Type-X, x/y.
  if (prev && WORD_JOINERS.includes(prev) && LATIN.test(text[start - 2] ?? "")) return true;
  if (next && WORD_JOINERS.includes(next) && LATIN.test(text[end + 1] ?? "")) return true;
  // "Windows X", "iPhone X 发布": a Latin word, a space, then the X with no Chinese after it.
  if (prev === " ") {
    let i = start - 1;
    while (i > 0 && text[i - 1] === " ") i--;
    const before = text[i - 1] ?? "";
    let j = end;
    while (text[j] === " ") j++;
    const after = text[j] ?? "";
    if (LATIN.test(before) && !CJK.test(after)) return true;
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
      return !(/[0-9]/.test(text[c.start - 1] ?? "") && /[0-9]/.test(text[c.end] ?? ""));
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

/** Every placeholder candidate in one paragraph, left to right, with false positives removed. */
export function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  CANDIDATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE_RE.exec(text)) !== null) {
    const raw = m[0];
    const candidate: Candidate = { start: m.index, end: m.index + raw.length, raw, form: formOf(raw) };
    if (isRealCandidate(text, candidate)) out.push(candidate);
  }
  return out;
}

/** True for a CJK ideograph. */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}
