/**
 * The 数据 form's state, kept out of React so it can be tested: fields by section, type-aware
 * validation, derived growth figures, and what to keep in the document.
 */
import { readOutline } from "../../core/outline";
import { groupPlaceholders, mergeGroups, splitGroup, splitGroupId, defaultDecimals, COUNT_UNITS, type FieldGroup, type Placeholder } from "../../core/placeholders";
import { growthVerbBefore, growthWording, validateValue, type DerivedWordings, type GrowthWording, type Bilingual, type StoredValues } from "../../core/metrics";

/** Section name for paragraphs before the first level-1 heading. */
export const FRONT_SECTION = { zh: "文首", en: "Opening" };

/** Key under which a growth field's own this-year figure is stored (carried to last year's). */
export const growthKey = (group: string): string => `growth:${group}`;

export interface FormField extends FieldGroup {
  /** Level-1 section of its first member ("" = before the first heading). */
  section: string;
  /** A change written after 增长/下降/提高 as % or 个百分点: may be computed from two figures. */
  growthUnit?: "%" | "个百分点";
  /** The figure the growth is of (主营业务收入 for 主营业务收入 同比增长), when it is in the form. */
  baseGroup?: string;
}

export interface DerivedInput {
  on: boolean;
  current: string;
  previous: string;
}

export interface FormState {
  values: Record<string, string>;
  derived: Record<string, DerivedInput>;
}

/** Title of the level-1 section each paragraph is under ("" before the first heading). */
export function sectionsOf(paragraphs: readonly string[]): string[] {
  const titles = new Map<number, string>();
  for (const e of readOutline(paragraphs)) if (e.level === 1) titles.set(e.paragraph, `${e.written}${e.title}`);
  let current = "";
  return paragraphs.map((_, i) => (current = titles.get(i) ?? current));
}

/** Stored-values key recording that the scan's group `group` was merged into another. */
export const mergeKey = (group: string) => `merge:${group}`;

/**
 * Re-applies the person's own grouping: splits (kept as `split:<id>` keys) and merges (kept as
 * `merge:<group>` → the group it joined) made before, so a rescan shows the same form.
 */
export function applyStoredGroupings(placeholders: readonly Placeholder[], stored: StoredValues | null): Placeholder[] {
  let out = [...placeholders];
  if (!stored) return out;
  for (const p of placeholders) {
    if (Object.hasOwn(stored.values, splitGroupId(p.id))) out = splitGroup(out, p.group, p.id);
  }
  for (const [key, target] of Object.entries(stored.values)) {
    if (!key.startsWith("merge:")) continue;
    const from = key.slice("merge:".length);
    if (from !== target && out.some((p) => p.group === from) && out.some((p) => p.group === target)) out = mergeGroups(out, target, from);
  }
  return out;
}

/** `merge:` entries describing how `current` regroups the scan's own `scanned` placeholders. */
export function mergesOf(scanned: readonly Placeholder[], current: readonly Placeholder[]): Record<string, string> {
  const groupOf = new Map(current.map((p) => [p.id, p.group]));
  const merges: Record<string, string> = {};
  for (const p of scanned) {
    const now = groupOf.get(p.id);
    if (now && now !== p.group && !now.startsWith("split:")) merges[mergeKey(p.group)] = now;
  }
  return merges;
}

/** Fields of the form, one per group, with their section and growth information. */
export function buildFields(paragraphs: readonly string[], placeholders: readonly Placeholder[]): FormField[] {
  const sections = sectionsOf(paragraphs);
  const groups = groupPlaceholders(placeholders);
  return groups.map((g) => {
    const first = g.members[0]!;
    const field: FormField = { ...g, section: sections[first.paragraph] ?? "" };
    const rate = g.unit === "%" || g.unit === "个百分点" || g.unit === "百分点";
    if (rate && g.members.length === 1 && growthVerbBefore(paragraphs[first.paragraph] ?? "", first.start)) {
      field.growthUnit = g.unit === "%" ? "%" : "个百分点";
      const subject = g.label.includes(" ") ? g.label.slice(0, g.label.lastIndexOf(" ")) : "";
      const base = [...placeholders]
        .filter((p) => p.paragraph === first.paragraph && p.end <= first.start && p.label === subject)
        .pop();
      if (base) field.baseGroup = base.group;
    }
    return field;
  });
}

/** Fields grouped by section, in document order. */
export function bySection(fields: readonly FormField[]): Array<{ section: string; fields: FormField[] }> {
  const out: Array<{ section: string; fields: FormField[] }> = [];
  for (const f of fields) {
    const last = out[out.length - 1];
    if (last && last.section === f.section) last.fields.push(f);
    else out.push({ section: f.section, fields: [f] });
  }
  return out;
}

/** The form as it opens: values already kept in the document, last year's figures offered. */
export function initialState(fields: readonly FormField[], stored: StoredValues | null): FormState {
  const values: Record<string, string> = {};
  const derived: Record<string, DerivedInput> = {};
  for (const f of fields) {
    const v = stored && Object.hasOwn(stored.values, f.group) ? stored.values[f.group] : undefined;
    if (v !== undefined) values[f.group] = v;
    if (f.growthUnit) {
      const key = growthKey(f.group);
      const previous = (stored?.previous[key] ?? (f.baseGroup ? stored?.previous[f.baseGroup] : undefined)) ?? "";
      const current = stored?.values[key] ?? "";
      derived[f.group] = { on: v === undefined && (previous !== "" || current !== ""), current, previous };
    }
  }
  return { values, derived };
}

/** Decimals per unit: the person's choice, else the default (亿元 2, % 1, counts 0). */
export function decimalsFor(unit: string | undefined, custom: Readonly<Record<string, number>>): number {
  return (unit !== undefined ? custom[unit] : undefined) ?? defaultDecimals(unit);
}

/** Units of the form whose decimals the person may change (not counts). */
export function adjustableUnits(fields: readonly FormField[]): string[] {
  const units = new Set<string>();
  for (const f of fields) if ((f.kind === "number" || f.kind === "percent") && f.unit && !COUNT_UNITS.has(f.unit)) units.add(f.unit);
  return [...units];
}

export interface FieldCheck {
  /** Bilingual beside the main input, or beside the derived inputs. */
  error?: Bilingual;
  currentError?: Bilingual;
  previousError?: Bilingual;
  /** The computed wording, shown to the person before filling. */
  wording?: GrowthWording;
  /** True when this field will be filled. */
  filled: boolean;
}

export interface FormCheck {
  fields: Record<string, FieldCheck>;
  valid: boolean;
  values: Record<string, string>;
  derived: Record<string, DerivedWordings[string]>;
  filledGroups: number;
}

const figure = (input: string): ReturnType<typeof validateValue> => validateValue({ kind: "number" }, input, { decimals: {} });

function numberOf(input: string): { value?: number; error?: Bilingual } {
  const checked = figure(input);
  if (!checked.ok) return { error: checked.message };
  return { value: Number(checked.normalized) };
}

/** Validates the whole form: what would be filled, and every message to show. */
export function checkForm(fields: readonly FormField[], state: FormState, decimals: Readonly<Record<string, number>>): FormCheck {
  const result: FormCheck = { fields: {}, valid: true, values: {}, derived: {}, filledGroups: 0 };
  for (const f of fields) {
    const d = state.derived[f.group];
    const check: FieldCheck = { filled: false };
    if (f.growthUnit && d?.on) {
      if (d.current.trim() || d.previous.trim()) {
        const cur = numberOf(d.current);
        const prev = numberOf(d.previous);
        if (cur.error) check.currentError = cur.error;
        if (prev.error) check.previousError = prev.error;
        if (cur.value !== undefined && prev.value !== undefined) {
          const w = growthWording(cur.value, prev.value, { unit: f.growthUnit, decimals: decimalsFor(f.unit, decimals) });
          if (w.ok) {
            check.wording = w;
            result.derived[f.group] = w;
            check.filled = true;
          } else check.error = w.message;
        }
      }
    } else {
      const raw = state.values[f.group] ?? "";
      if (raw.trim()) {
        const spec = { kind: f.kind, ...(f.unit !== undefined ? { unit: f.unit } : {}) };
        const checked = validateValue(spec, raw, { decimals: f.unit ? { [f.unit]: decimalsFor(f.unit, decimals) } : {} });
        if (checked.ok) {
          result.values[f.group] = raw;
          check.filled = true;
        } else check.error = checked.message;
      }
    }
    if (check.error || check.currentError || check.previousError) result.valid = false;
    if (check.filled) result.filledGroups++;
    result.fields[f.group] = check;
  }
  return result;
}

/**
 * What to keep in the document after a fill or save: earlier values, the form's valid values,
 * growth inputs (this year's under growthKey in values, last year's in previous), the year,
 * and the splits the person made.
 */
export function storedFrom(
  previous: StoredValues | null,
  fields: readonly FormField[],
  state: FormState,
  check: FormCheck,
  now: string,
  merges: Readonly<Record<string, string>> = {},
): StoredValues {
  // Merges are recomputed each time from the form as it stands (an undone merge disappears).
  const values: Record<string, string> = Object.fromEntries(
    Object.entries(previous?.values ?? {}).filter(([key]) => !key.startsWith("merge:")),
  );
  Object.assign(values, merges);
  const last: Record<string, string> = { ...(previous?.previous ?? {}) };
  for (const [group, v] of Object.entries(check.values)) values[group] = v.trim();
  for (const f of fields) {
    if (f.group.startsWith("split:")) values[f.group] ??= state.values[f.group]?.trim() ?? "";
    const d = state.derived[f.group];
    if (!d?.on || !check.fields[f.group]?.wording) continue;
    values[growthKey(f.group)] = d.current.trim();
    last[growthKey(f.group)] = d.previous.trim();
  }
  const out: StoredValues = { values, previous: last, updatedAt: now };
  const year = fields.find((f) => f.kind === "year");
  const yearValue = year ? check.values[year.group] : undefined;
  if (yearValue !== undefined) out.year = validated(yearValue);
  else if (previous?.year !== undefined) out.year = previous.year;
  return out;
}

function validated(year: string): string {
  const r = validateValue({ kind: "year" }, year);
  return r.ok ? r.normalized : year.trim();
}

/** Groups that keep their value over 结转下一年: names and free text do not change by year. */
export function keepOverYear(fields: readonly FormField[]): string[] {
  return fields.filter((f) => f.kind === "name" || f.kind === "text").map((f) => f.group);
}
