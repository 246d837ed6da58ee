/**
 * Importing values from a two-column table pasted from Excel or read from a CSV file: the file's
 * encoding detected (UTF-8, UTF-16, or GBK/GB18030 — Excel's default CSV on Chinese Windows),
 * size and row limits with a message, and matching in time linear in the number of rows.
 */
import Papa from "papaparse";
import { NUMBER_UNITS } from "../placeholders/units";
import type { Bilingual } from "../text/bilingual";
import { decodeText, guessTextEncoding, type EncodingGuess, type TextEncodingName } from "../text/encoding";
import { metricsMessages } from "./messages";

/** A report has a few hundred figures: beyond these a table is not a list of them. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;

/** The encodings a person may choose for a table file (the import panel's switch). */
export const TABLE_ENCODINGS = ["UTF-8", "GB18030", "UTF-16LE", "UTF-16BE"] as const satisfies readonly TextEncodingName[];
export type TableEncoding = (typeof TABLE_ENCODINGS)[number];

export type DecodedFile =
  | {
      ok: true;
      text: string;
      /** The encoding read (UTF-16LE/BE both as "UTF-16"). */
      encoding: "UTF-8" | "UTF-16" | "GB18030";
      /** The exact encoding read, to offer the others. */
      chosen: TableEncoding;
      /** Which encoding was read and why, to show beside the result. */
      note: Bilingual;
    }
  | { ok: false; error: Bilingual };

const tooLarge = (): Bilingual =>
  metricsMessages.fileTooLarge(MAX_IMPORT_BYTES / 1024 / 1024);

/** Why a file of `bytes` bytes is not read at all (checked before reading it), or null. */
export function importSizeError(bytes: number): Bilingual | null {
  return bytes > MAX_IMPORT_BYTES ? tooLarge() : null;
}

/**
 * Text of a CSV or text file: UTF-8 (with or without BOM, or with a few stray bytes), UTF-16, or
 * GBK/GB18030, detected by core/text/encoding; anything else is refused with a message. `chosen`:
 * the encoding the person picked instead (the panel's switch). The note says which and why.
 */
export function decodeTableFile(bytes: Uint8Array, chosen?: TableEncoding): DecodedFile {
  const size = importSizeError(bytes.byteLength);
  if (size) return { ok: false, error: size };
  const guess = guessTextEncoding(bytes);
  const encoding = chosen ?? guess?.encoding;
  if (!encoding) {
    return {
      ok: false,
      error: metricsMessages.encodingUnknown,
    };
  }
  return {
    ok: true,
    text: decodeText(bytes, encoding),
    encoding: encoding.startsWith("UTF-16") ? "UTF-16" : encoding === "GB18030" ? "GB18030" : "UTF-8",
    chosen: encoding as TableEncoding,
    note: chosen ? metricsMessages.encodingChosen(chosen) : encodingNote(guess!),
  };
}

function encodingNote(guess: EncodingGuess): Bilingual {
  const { encoding, invalidUtf8 } = guess;
  switch (guess.reason) {
    case "bom":
      return metricsMessages.encodingBom(encoding);
    case "utf16-zeros":
      return metricsMessages.encodingUtf16(encoding);
    case "utf8-valid":
      return metricsMessages.encodingUtf8;
    case "utf8-mostly":
      return metricsMessages.encodingUtf8Mostly(invalidUtf8);
    case "gb18030":
      return metricsMessages.encodingGb18030;
  }
}

/** Line breaks of `text` (\r\n, \r or \n, each one break), counting no further than `limit`. */
export function countLineBreaks(text: string, limit = Infinity): number {
  let breaks = 0;
  for (let i = 0; i < text.length && breaks <= limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) breaks++;
    else if (code === 13) {
      breaks++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return breaks;
}

/** Rows of a table, or why it was refused (too large, too many rows, empty), nothing imported. */
export function readValueTable(text: string): { ok: true; rows: ImportedRow[] } | { ok: false; error: Bilingual } {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: tooLarge() };
  // Every line ending counts: a file saved with \r only (old Mac Excel) is as many rows as with \n.
  const lines = countLineBreaks(text) + 1;
  if (lines > MAX_IMPORT_ROWS + 1) {
    return {
      ok: false,
      error: metricsMessages.tooManyRows(lines, MAX_IMPORT_ROWS),
    };
  }
  const rows = parseValueTable(text);
  if (rows.length === 0) return { ok: false, error: metricsMessages.noRows };
  return { ok: true, rows };
}

export interface ImportedRow {
  /** 1-based record number in the source (the line number unless a quoted field spans lines). */
  row: number;
  name: string;
  value: string;
}

const HEADER_NAMES = new Set(["指标", "指标名称", "名称", "项目", "字段", "内容", "name", "field", "label", "item", "metric"]);
const HEADER_VALUES = new Set(["数值", "值", "数据", "本年", "本年数", "今年", "本期", "填写值", "value", "values", "amount"]);

/** Rows of a pasted (tab-separated) or CSV table: first column the name, second the value. */
export function parseValueTable(text: string): ImportedRow[] {
  const clean = text.replace(/^\uFEFF/, "");
  if (!clean.trim()) return [];
  const firstLine = clean.split(/\r\n|\r|\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes("\t") ? "\t" : firstLine.includes(",") ? "," : firstLine.includes(";") ? ";" : "";
  const parsed = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: false });
  const rows: ImportedRow[] = [];
  let headerChecked = false;
  parsed.data.forEach((cells, index) => {
    const trimmed = cells.map((c) => (c ?? "").trim());
    const name = trimmed[0] ?? "";
    const value = trimmed.slice(1).find((c) => c !== "") ?? "";
    if (!name && !value) return;
    if (!headerChecked) {
      headerChecked = true;
      if (HEADER_NAMES.has(name.toLowerCase()) || HEADER_VALUES.has(value.toLowerCase())) return;
    }
    rows.push({ row: index + 1, name, value });
  });
  return rows;
}

const OPENING = "（(【[";
const CLOSING = "）)】]";

/**
 * `text` without bracketed parts: from an opening bracket to the first closing one after it, as
 * text.replace(/[（(【[][^）)】\]]*[）)】\]]/g, "") removes them, in one pass. That expression tried
 * every opening bracket against the rest of the text: 80,000 "(" in a cell took 7 s.
 */
export function withoutBracketed(text: string): string {
  const nextClosing = new Int32Array(text.length + 1).fill(-1);
  for (let i = text.length - 1; i >= 0; i--) nextClosing[i] = CLOSING.includes(text[i]!) ? i : nextClosing[i + 1]!;
  const kept: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!OPENING.includes(text[i]!) || nextClosing[i]! < 0) continue;
    kept.push(text.slice(from, i));
    i = nextClosing[i]!;
    from = i + 1;
  }
  kept.push(text.slice(from));
  return kept.join("");
}

const UNIT_SUFFIXES = [...NUMBER_UNITS.filter((u) => /元|百分点|亿|万/.test(u)), "%"];

/** Name comparison key: width-folded, no spaces, punctuation, bracketed / trailing units or 数. */
export function normalizeFieldName(s: string): string {
  let out = withoutBracketed(s.normalize("NFKC")).replace(/[\s\p{P}\p{S}]/gu, "");
  for (const unit of UNIT_SUFFIXES) {
    if (out.length > unit.length && out.endsWith(unit)) {
      out = out.slice(0, -unit.length);
      break;
    }
  }
  // 理论学习次数 and 理论学习 name the same figure.
  const counted = /(?:人数|次数|户数|场次|数)$/.exec(out);
  if (counted && out.length - counted[0].length >= 2) out = out.slice(0, -counted[0].length);
  return out.toLowerCase();
}

/** Longest name compared with the labels by substring (labels are short phrases). */
const MAX_SUBSTRING_NAME = 200;

export interface MatchResult {
  matched: Array<{ group: string; label: string; value: string; row: number }>;
  unmatched: Array<{ row: number; name: string; value: string }>;
}

/**
 * Match imported rows to fields by label: exact, then normalised, then a unique substring.
 * Each field takes at most one row; rows left over are listed as unmatched. Exact and normalised
 * matches are looked up in maps; only rows left over compare with the fields still free, so the
 * work grows with rows × fields of one report, linearly in the rows. `stats` counts comparisons.
 */
export function matchImportedValues(
  rows: readonly ImportedRow[],
  fields: ReadonlyArray<{ group: string; label: string }>,
  stats?: { comparisons: number },
): MatchResult {
  const taken = new Set<number>();
  const keys = fields.map((f) => normalizeFieldName(f.label));
  const byLabel = new Map<string, number[]>();
  const byKey = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, k: string, i: number) => {
    const list = map.get(k);
    if (list) list.push(i);
    else map.set(k, [i]);
  };
  fields.forEach((f, i) => {
    add(byLabel, f.label.trim(), i);
    if (keys[i]) add(byKey, keys[i]!, i);
  });
  const firstFree = (list: number[] | undefined): number => list?.find((i) => !taken.has(i)) ?? -1;
  const result: MatchResult = { matched: [], unmatched: [] };

  for (const r of rows) {
    const name = r.name.trim();
    const key = normalizeFieldName(name);
    let index = taken.size === fields.length ? -1 : firstFree(byLabel.get(name));
    if (index < 0 && key && taken.size < fields.length) index = firstFree(byKey.get(key));
    // A name longer than any label is not compared piece by piece (a 5 MB cell against every field).
    if (index < 0 && key.length >= 2 && key.length <= MAX_SUBSTRING_NAME && taken.size < fields.length) {
      let hit = -1;
      let hits = 0;
      for (let i = 0; i < keys.length && hits < 2; i++) {
        if (taken.has(i)) continue;
        if (stats) stats.comparisons++;
        const k = keys[i]!;
        if (k.length >= 2 && (k.includes(key) || key.includes(k))) {
          hit = i;
          hits++;
        }
      }
      if (hits === 1) index = hit;
    }
    const field = index >= 0 ? fields[index] : undefined;
    if (!field) {
      result.unmatched.push({ row: r.row, name: r.name, value: r.value });
      continue;
    }
    taken.add(index);
    result.matched.push({ group: field.group, label: field.label, value: r.value, row: r.row });
  }
  return result;
}
