/**
 * Importing values from a two-column table pasted from Excel or read from a CSV file.
 */
import Papa from "papaparse";
import { NUMBER_UNITS } from "../placeholders/units";

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
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? "";
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

const UNIT_SUFFIXES = [...NUMBER_UNITS.filter((u) => /元|百分点|亿|万/.test(u)), "%"];

/** Name comparison key: width-folded, no spaces, punctuation or bracketed / trailing units. */
export function normalizeFieldName(s: string): string {
  let out = s
    .normalize("NFKC")
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, "")
    .replace(/[\s\p{P}\p{S}]/gu, "");
  for (const unit of UNIT_SUFFIXES) {
    if (out.length > unit.length && out.endsWith(unit)) {
      out = out.slice(0, -unit.length);
      break;
    }
  }
  return out.toLowerCase();
}

export interface MatchResult {
  matched: Array<{ group: string; label: string; value: string; row: number }>;
  unmatched: Array<{ row: number; name: string; value: string }>;
}

/**
 * Match imported rows to fields by label: exact, then normalised, then a unique substring.
 * Each field takes at most one row; rows left over are listed as unmatched.
 */
export function matchImportedValues(rows: readonly ImportedRow[], fields: ReadonlyArray<{ group: string; label: string }>): MatchResult {
  const taken = new Set<number>();
  const keys = fields.map((f) => normalizeFieldName(f.label));
  const result: MatchResult = { matched: [], unmatched: [] };
  const free = (i: number): boolean => !taken.has(i);

  for (const r of rows) {
    const name = r.name.trim();
    const key = normalizeFieldName(name);
    let index = fields.findIndex((f, i) => free(i) && f.label.trim() === name);
    if (index < 0 && key) {
      const same = keys.flatMap((k, i) => (free(i) && k === key ? [i] : []));
      if (same.length >= 1) index = same[0] ?? -1;
    }
    if (index < 0 && key.length >= 2) {
      const partial = keys.flatMap((k, i) => (free(i) && k.length >= 2 && (k.includes(key) || key.includes(k)) ? [i] : []));
      if (partial.length === 1) index = partial[0] ?? -1;
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
