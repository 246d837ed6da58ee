/**
 * Turning a sentence of a finished report into skeleton text: its placeholders (X, XX, ×××,
 * 20XX年 …) and the figures typed in it (126.5亿元, 99%, 2026年) become {字段} fields, {{指标}}
 * metric slots or plain placeholders, so next year's report is filled in rather than copied.
 *
 * Typed figures are first masked into the placeholders a template would have had (126.5 → XXX.X,
 * 2026年 → 20XX年); the placeholder scanner (core/placeholders) then reads every blank with its
 * kind, unit and label, exactly as the 数据 tab will. Figures the scanner does not see as a
 * quantity (1+N, (1)) get their digits back.
 */
import { scanPlaceholders, type Placeholder } from "../placeholders";
import type { GenreField } from "../genres";

/** The report's own year field, as in the built-in genres ({年度}年度工作总结). */
export const YEAR_FIELD: GenreField = {
  key: "年度",
  // eslint-disable-next-line no-restricted-syntax -- a field the skeleton declares is genre data, as in the built-in genres
  label: { zh: "年度", en: "Year" },
  example: "2026",
  placeholder: "20XX",
};

const NAME_FIELD_EN: Readonly<Record<string, string>> = {
  姓名: "Name",
  单位名称: "Organisation",
  公司名称: "Company",
  集团名称: "Group",
  学校名称: "School",
  中学名称: "School",
  小学名称: "School",
  医院名称: "Hospital",
  县名称: "County",
  市名称: "City",
  区名称: "District",
  镇名称: "Town",
  乡名称: "Township",
  村名称: "Village",
  省名称: "Province",
};

/** A typed figure replaced by its placeholder form; offsets in the masked text. */
interface MaskedSpan {
  start: number;
  end: number;
  original: string;
  /** The year, for a four-digit year written before 年. */
  year?: number;
}

const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/;
/** A figure: digits with thousands separators, or digits, with an optional decimal part. */
const FIGURE = /[0-9]{1,3}(?:,[0-9]{3})+(?:[.．][0-9]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?/g;
const YEAR_RANGE_JOINERS = "—–-~～至到";

const toAscii = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/**
 * Masks the typed figures of a text into template placeholders: digits → X (a four-digit year
 * before 年 keeps its century: 2026年 → 20XX年). Figures glued to Latin letters (PM2.5, 5G, G20)
 * are names, not quantities, and stay.
 */
export function maskFigures(text: string): { text: string; spans: MaskedSpan[] } {
  let out = "";
  let last = 0;
  const spans: MaskedSpan[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = text[start - 1] ?? "";
    const next = text[end] ?? "";
    if (LATIN.test(prev) || LATIN.test(next) || (prev === "-" && LATIN.test(text[start - 2] ?? ""))) continue;
    const digits = toAscii(m[0]).replace(/,/g, "").replace("．", ".");
    const value = Number(digits);
    const isYear =
      /^(?:19|20)[0-9]{2}$/.test(digits) &&
      (next === "年" || (YEAR_RANGE_JOINERS.includes(next) && /^[0-9０-９]{4}年/.test(text.slice(end + 1, end + 6))));
    const masked = isYear ? `${digits.slice(0, 2)}XX` : digits.replace(/[0-9]/g, "X");
    out += text.slice(last, start);
    const span: MaskedSpan = { start: out.length, end: out.length + masked.length, original: m[0] };
    if (isYear) span.year = value;
    spans.push(span);
    out += masked;
    last = end;
  }
  out += text.slice(last);
  return { text: out, spans };
}

/** The typed four-digit years (before 年) of a text, in order. */
export function typedYears(text: string): number[] {
  return maskFigures(text).spans.flatMap((s) => (s.year === undefined ? [] : [s.year]));
}

/** Where converted text goes: what each kind of blank may become there. */
export type TextMode =
  /** Title, subtitle, addressee, opening, closing, signature, date: fields (new ones too), no metric slots. */
  | "frame"
  /** Heading titles: fields already declared by the frame, no metric slots. */
  | "heading"
  /** Body and points: metric slots for figures, fields already declared. */
  | "body";

/** What the conversion of one genre collects as it goes. */
export class SlotContext {
  readonly fields: GenreField[] = [];
  private readonly metricUses = new Map<string, number>();
  /** Metric slot names in order of first use. */
  readonly metrics: string[] = [];

  constructor(readonly reportYear: number | null) {}

  hasField(key: string): boolean {
    return this.fields.some((f) => f.key === key);
  }

  /** Declares a field (first declaration wins) and returns its slot text. */
  field(field: GenreField): string {
    if (!this.hasField(field.key)) this.fields.push(field);
    return `{${field.key}}`;
  }

  /** A metric slot named after the figure; a second figure with the same name gets （2）. */
  metric(label: string): string {
    const base = label.replace(/[\s{}]/g, "") || "数值";
    const n = (this.metricUses.get(base) ?? 0) + 1;
    this.metricUses.set(base, n);
    const name = n === 1 ? base : `${base}（${n}）`;
    this.metrics.push(name);
    return `{{${name}}}`;
  }
}

/** ASCII braces in report text would read as slots: they become full-width. */
export function escapeBraces(text: string): string {
  return text.replace(/\{/g, "｛").replace(/\}/g, "｝");
}

function nameField(label: string, raw: string): GenreField {
  const key = label.replace(/[\s{}]/g, "");
  return {
    key,
    label: { zh: key, en: NAME_FIELD_EN[key] ?? key },
    example: raw,
    placeholder: raw,
  };
}

function isVariableYear(year: number, reportYear: number | null): boolean {
  return reportYear === null || Math.abs(year - reportYear) <= 2;
}

/** What one blank becomes in `mode`. */
function replacement(p: Placeholder, typed: MaskedSpan | undefined, ctx: SlotContext, mode: TextMode): string {
  switch (p.kind) {
    case "year": {
      if (typed) {
        if (typed.year === undefined) return typed.original;
        if (!isVariableYear(typed.year, ctx.reportYear)) return typed.original;
        return typed.year === ctx.reportYear ? ctx.field(YEAR_FIELD) : p.raw;
      }
      return ctx.field(YEAR_FIELD);
    }
    case "number":
    case "percent":
      return mode === "body" ? ctx.metric(p.label) : p.raw;
    case "name": {
      if (typed) return typed.original;
      const specific = p.group.startsWith("name:");
      if (!specific) return p.raw;
      const field = nameField(p.label, p.raw);
      if (mode === "frame" || ctx.hasField(field.key)) return ctx.field(field);
      return p.raw;
    }
    case "date":
      return p.raw;
    default:
      return typed ? typed.original : p.raw;
  }
}

/**
 * One paragraph (or part of one) of the report as skeleton text for `mode`. Braces are made
 * full-width first, so the result's only slots are the ones made here.
 */
export function convertText(text: string, ctx: SlotContext, mode: TextMode): string {
  const masked = maskFigures(escapeBraces(text));
  const edits: Array<{ start: number; end: number; text: string }> = [];
  let last = 0;
  for (const p of scanPlaceholders([masked.text])) {
    const typed = masked.spans.find((s) => s.start < p.end && s.end > p.start);
    // A typed figure the scanner reads only part of is replaced whole.
    const start = typed ? Math.min(typed.start, p.start) : p.start;
    const end = typed ? Math.max(typed.end, p.end) : p.end;
    if (start < last) continue;
    edits.push({ start, end, text: replacement({ ...p, raw: masked.text.slice(start, end) }, typed, ctx, mode) });
    last = end;
  }
  // Typed figures the scanner passed over get their digits back: their X's would read as blanks.
  for (const s of masked.spans) {
    if (!edits.some((e) => s.start < e.end && s.end > e.start)) edits.push({ start: s.start, end: s.end, text: s.original });
  }
  edits.sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const e of edits) {
    out += masked.text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + masked.text.slice(at);
}
