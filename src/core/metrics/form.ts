/**
 * The 数据 form as a pure reducer: a scan (paragraphs, placeholders, values stored in the
 * document) plus the person's edits give the form; the task pane only renders it. The form's
 * own keys in the store (split:, merge:, growth:) are built in storage.ts beside the serializer.
 */
import { readOutline } from "../outline";
import { COUNT_UNITS, defaultDecimals, groupPlaceholders, mergeGroups, splitGroup, type FieldGroup, type Placeholder } from "../placeholders";
import type { Bilingual } from "../text/bilingual";
import { growthWording, type GrowthWording } from "./growth";
import { metricsMessages } from "./messages";
import { growthKey, isFormKey, mergeKey, splitKey, type StoredValues } from "./storage";
import { validateValue } from "./validate";
import { changePhrase, changeWordBefore } from "./wording";

/** What a scan gives the form. */
export interface FormScan {
  paragraphs: readonly string[];
  placeholders: readonly Placeholder[];
  stored: StoredValues | null;
}

export interface FormField extends FieldGroup {
  /** Level-1 section of its first member ("" = before the first heading). */
  section: string;
  /** A change written after 增长/下降/提高 as % or 个百分点: may be computed from two figures. */
  growthUnit?: "%" | "个百分点";
  /** The change word the template wrote before it (增长, 增速为 …), for the wording table. */
  changeWord?: string;
  /** The figure the growth is of (主营业务收入 for 主营业务收入 同比增长), when it is in the form. */
  baseGroup?: string;
  /** A value kept in the document whose places are already filled: no place left, still editable. */
  kept?: boolean;
}

export interface DerivedInput {
  on: boolean;
  current: string;
  previous: string;
}

/** What 结转下一年 replaced, so that it can be undone. */
export interface CarryUndo {
  /** The values as kept just before (to write back). */
  stored: StoredValues;
  values: Record<string, string>;
  derived: Record<string, DerivedInput>;
}

export interface FormModel {
  scan: FormScan | null;
  /** The scan's placeholders with the person's splits and merges applied. */
  placeholders: Placeholder[];
  values: Record<string, string>;
  derived: Record<string, DerivedInput>;
  /** How many values came back from the document at the last scan. */
  restored: number;
  undo: CarryUndo | null;
}

export type FormAction =
  | { type: "scanned"; scan: FormScan }
  | { type: "value"; group: string; value: string }
  | { type: "derived"; group: string; input: DerivedInput }
  | { type: "split"; group: string; placeholderId: string }
  | { type: "merge"; from: string; into: string }
  | { type: "imported"; matched: ReadonlyArray<{ group: string; value: string }> }
  | { type: "saved"; stored: StoredValues }
  | { type: "carriedOver"; stored: StoredValues; before: StoredValues }
  | { type: "carryUndone"; stored: StoredValues | null }
  | { type: "reset" };

export const emptyForm: FormModel = { scan: null, placeholders: [], values: {}, derived: {}, restored: 0, undo: null };

/** Title of the level-1 section each paragraph is under ("" before the first heading). */
export function sectionsOf(paragraphs: readonly string[]): string[] {
  const titles = new Map<number, string>();
  for (const e of readOutline(paragraphs)) if (e.level === 1) titles.set(e.paragraph, `${e.written}${e.title}`);
  let current = "";
  return paragraphs.map((_, i) => (current = titles.get(i) ?? current));
}

/**
 * Re-applies the person's own grouping: splits (kept as `split:<id>` keys) and merges (kept as
 * `merge:<group>` → the group it joined) made before, so a rescan shows the same form.
 */
export function applyStoredGroupings(placeholders: readonly Placeholder[], stored: StoredValues | null): Placeholder[] {
  let out = [...placeholders];
  if (!stored) return out;
  for (const p of placeholders) {
    if (Object.hasOwn(stored.values, splitKey(p.id))) out = splitGroup(out, p.group, p.id);
  }
  const groups = new Set(out.map((p) => p.group));
  for (const [key, target] of Object.entries(stored.values)) {
    if (!key.startsWith("merge:")) continue;
    const from = key.slice("merge:".length);
    if (from !== target && groups.has(from) && groups.has(target)) {
      out = mergeGroups(out, target, from);
      groups.delete(from);
    }
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

/** A readable label for a stored key whose places are filled: field:主营业务收入|亿元#1 → 主营业务收入. */
export function labelOfKey(key: string): { label: string; unit?: string } {
  const body = key.replace(/^(?:field|name|year|cc|split):/, "").replace(/^rc-[a-z]+:/, "");
  const m = /^(.*)\|([^|#]*)#\d+$/.exec(body);
  if (!m) return { label: body };
  const unit = m[2] ?? "";
  const isKind = ["number", "percent", "year", "date", "name", "text"].includes(unit);
  return isKind || !unit ? { label: m[1] ?? body } : { label: m[1] ?? body, unit };
}

/** Fields of the form, one per group, with their section and growth information. */
export function buildFields(paragraphs: readonly string[], placeholders: readonly Placeholder[], stored: StoredValues | null = null): FormField[] {
  const sections = sectionsOf(paragraphs);
  const groups = groupPlaceholders(placeholders);
  const byParagraph = new Map<number, Placeholder[]>();
  for (const p of placeholders) {
    const list = byParagraph.get(p.paragraph);
    if (list) list.push(p);
    else byParagraph.set(p.paragraph, [p]);
  }
  const fields: FormField[] = groups.map((g) => {
    const first = g.members[0]!;
    const field: FormField = { ...g, section: sections[first.paragraph] ?? "" };
    if ((g.kind === "number" || g.kind === "percent") && g.members.length === 1) {
      const word = changeWordBefore(paragraphs[first.paragraph] ?? "", first.start);
      if (word) field.changeWord = word.word;
      const rate = g.unit === "%" || g.unit === "个百分点" || g.unit === "百分点";
      if (rate && word) {
        field.growthUnit = g.unit === "%" ? "%" : "个百分点";
        const subject = g.label.includes(" ") ? g.label.slice(0, g.label.lastIndexOf(" ")) : "";
        const base = (byParagraph.get(first.paragraph) ?? []).filter((p) => p.end <= first.start && p.label === subject).pop();
        if (base) field.baseGroup = base.group;
      }
    }
    return field;
  });
  if (stored) {
    // Values kept for places already filled: shown (and kept, carried over) though no place is left.
    const present = new Set(groups.map((g) => g.group));
    for (const [key, value] of Object.entries(stored.values)) {
      if (isFormKey(key) || present.has(key) || value === "") continue;
      const { label, unit } = labelOfKey(key);
      const kind = key.startsWith("year:") ? "year" : key.startsWith("name:") ? "name" : unit === "%" ? "percent" : unit ? "number" : "text";
      const field: FormField = { group: key, label, kind, members: [], section: "", kept: true };
      if (unit !== undefined) field.unit = unit;
      fields.push(field);
    }
  }
  return fields;
}

/** Fields grouped by section, in document order; kept-only fields last, in a section of their own. */
export function bySection(fields: readonly FormField[]): Array<{ section: string; kept: boolean; fields: FormField[] }> {
  const out: Array<{ section: string; kept: boolean; fields: FormField[] }> = [];
  const kept = fields.filter((f) => f.kept);
  for (const f of fields) {
    if (f.kept) continue;
    const last = out[out.length - 1];
    if (last && last.section === f.section) last.fields.push(f);
    else out.push({ section: f.section, kept: false, fields: [f] });
  }
  if (kept.length) out.push({ section: "", kept: true, fields: kept });
  return out;
}

/** The form's values as they open: values already kept in the document, last year's figures offered. */
function initialInputs(fields: readonly FormField[], stored: StoredValues | null): Pick<FormModel, "values" | "derived"> {
  const values: Record<string, string> = {};
  const derived: Record<string, DerivedInput> = {};
  for (const f of fields) {
    const v = stored && Object.hasOwn(stored.values, f.group) ? stored.values[f.group] : undefined;
    if (v !== undefined && v !== "") values[f.group] = v;
    if (f.growthUnit) {
      const key = growthKey(f.group);
      const previous = (stored?.previous[key] ?? (f.baseGroup ? stored?.previous[f.baseGroup] : undefined)) ?? "";
      const current = stored?.values[key] ?? "";
      derived[f.group] = { on: v === undefined && (previous !== "" || current !== ""), current, previous };
    }
  }
  return { values, derived };
}

const FIELD_KEY = /^field:(.*)\|([^|#]*)#(\d+)$/;

/**
 * Values stored under a figure's earlier name (labels read better now: 理论学习 → 理论学习次数)
 * find their field again: same unit and number, a renamed label (isRenameOf), exactly one
 * candidate, and no value of its own. The store is returned with those keys renamed.
 */
export function adoptRenamedKeys(stored: StoredValues | null, groups: readonly string[]): StoredValues | null {
  if (!stored) return stored;
  const present = new Set(groups);
  const byUnitAndNumber = new Map<string, Array<{ group: string; label: string }>>();
  for (const g of groups) {
    const m = FIELD_KEY.exec(g);
    if (!m) continue;
    const k = `${m[2]}#${m[3]}`;
    const list = byUnitAndNumber.get(k) ?? [];
    list.push({ group: g, label: m[1] ?? "" });
    byUnitAndNumber.set(k, list);
  }
  const renamed = new Map<string, string>();
  const claimed = new Set<string>();
  const consider = (key: string) => {
    const inner = key.startsWith("growth:") ? key.slice(7) : key;
    if (present.has(inner) || renamed.has(inner)) return;
    const m = FIELD_KEY.exec(inner);
    if (!m) return;
    const old = m[1] ?? "";
    const candidates = (byUnitAndNumber.get(`${m[2]}#${m[3]}`) ?? []).filter(
      (c) => isRenameOf(old, c.label) && !Object.hasOwn(stored.values, c.group) && !claimed.has(c.group),
    );
    if (candidates.length !== 1) return;
    renamed.set(inner, candidates[0]!.group);
    claimed.add(candidates[0]!.group);
  };
  for (const key of [...Object.keys(stored.values), ...Object.keys(stored.previous)]) consider(key);
  if (renamed.size === 0) return stored;
  const rename = (record: Record<string, string>): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(record)) {
      const growth = key.startsWith("growth:");
      const inner = growth ? key.slice(7) : key;
      const to = renamed.get(inner);
      const target = to ? (growth ? growthKey(to) : to) : key;
      if (key.startsWith("merge:")) {
        const from = renamed.get(key.slice(6));
        out[from ? mergeKey(from) : key] = renamed.get(value) ?? value;
      } else out[target] = value;
    }
    return out;
  };
  return { ...stored, values: rename(stored.values), previous: rename(stored.previous) };
}

/** 理论学习 → 理论学习次数, 资金 → 投入资金: the old name with a count ending or a short verb before it. */
function isRenameOf(old: string, now: string): boolean {
  if (old.length < 2 || old === now) return false;
  if (now.startsWith(old)) return /^(?:数|次数|人数|户数|场次|[台栋间节份]数)$/.test(now.slice(old.length));
  if (now.endsWith(old)) return now.length - old.length <= 2;
  if (now.startsWith("新") && now.slice(1).startsWith(old.replace(/^新/, ""))) return isRenameOf(old.replace(/^新/, ""), now.slice(1));
  return false;
}

function load(rawScan: FormScan, undo: CarryUndo | null): FormModel {
  const scan: FormScan = { ...rawScan, stored: adoptRenamedKeys(rawScan.stored, rawScan.placeholders.map((p) => p.group)) };
  const placeholders = applyStoredGroupings(scan.placeholders, scan.stored);
  const fields = buildFields(scan.paragraphs, placeholders, scan.stored);
  const inputs = initialInputs(fields, scan.stored);
  return { scan, placeholders, ...inputs, restored: Object.keys(inputs.values).length, undo };
}

/**
 * The growth inputs after the base field `group` became `value`: a growth computed from it whose
 * 本年数 is empty or was the base's figure takes the new figure too, so the two never disagree.
 */
function baseFollowed(state: FormModel, group: string, value: string): Record<string, DerivedInput> {
  const open = Object.entries(state.derived).filter(([, d]) => d.on);
  if (open.length === 0 || !state.scan) return state.derived;
  const bases = new Map(buildFields(state.scan.paragraphs, state.placeholders).map((f) => [f.group, f.baseGroup]));
  const before = state.values[group] ?? "";
  let derived = state.derived;
  for (const [growth, d] of open) {
    if (bases.get(growth) !== group || (d.current.trim() && d.current !== before)) continue;
    derived = { ...derived, [growth]: { ...d, current: value } };
  }
  return derived;
}

/** The form's reducer: every change the person or a Word operation makes to it. */
export function formReducer(state: FormModel, action: FormAction): FormModel {
  switch (action.type) {
    case "scanned":
      return load(action.scan, null);
    case "value":
      return { ...state, values: { ...state.values, [action.group]: action.value }, derived: baseFollowed(state, action.group, action.value) };
    case "derived": {
      // Switching on offers this year's figure of the base field, when it has one.
      const prev = state.derived[action.group];
      let input = action.input;
      const baseGroup = input.on && state.scan ? buildFields(state.scan.paragraphs, state.placeholders).find((f) => f.group === action.group)?.baseGroup : undefined;
      const base = baseGroup ? state.values[baseGroup] : undefined;
      if (!prev?.on && !input.current && base) input = { ...input, current: base };
      // This year's figure typed here is the base field's too (主营业务收入 and its growth), unless
      // the person gave the base field a different figure of its own.
      const values = { ...state.values };
      if (baseGroup && input.current !== (base ?? "") && input.current !== prev?.current && (!base?.trim() || base === prev?.current)) values[baseGroup] = input.current;
      return { ...state, values, derived: { ...state.derived, [action.group]: input } };
    }
    case "split": {
      const placeholders = splitGroup(state.placeholders, action.group, action.placeholderId);
      const moved = splitKey(action.placeholderId);
      const value = state.values[action.group];
      const values = { ...state.values };
      if (value !== undefined && placeholders.some((p) => p.group === moved)) values[moved] = value;
      return { ...state, placeholders, values };
    }
    case "merge":
      if (action.from === action.into) return state;
      return { ...state, placeholders: mergeGroups(state.placeholders, action.into, action.from) };
    case "imported": {
      const values = { ...state.values };
      const derived = { ...state.derived };
      for (const m of action.matched) {
        values[m.group] = m.value;
        const d = derived[m.group];
        if (d) derived[m.group] = { ...d, on: false };
      }
      return { ...state, values, derived };
    }
    case "saved":
      return state.scan ? { ...state, scan: { ...state.scan, stored: action.stored } } : state;
    case "carriedOver":
      if (!state.scan) return state;
      return load({ ...state.scan, stored: action.stored }, { stored: action.before, values: state.values, derived: state.derived });
    case "carryUndone": {
      if (!state.scan || !state.undo) return state;
      const back = load({ ...state.scan, stored: action.stored }, null);
      return { ...back, values: state.undo.values, derived: state.undo.derived };
    }
    case "reset":
      return emptyForm;
  }
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
  /** Beside the main input, or beside the derived inputs. */
  error?: Bilingual;
  currentError?: Bilingual;
  previousError?: Bilingual;
  /** The computed change. */
  wording?: GrowthWording;
  /** Exactly what the document will get for it (by the wording table): 增速为-3.2%, 持平 … */
  preview?: string;
  /** The number read from what was typed when it differs from it (12,345.6 → 12345.6, 3个 → 3). */
  readAs?: string;
  /** Accepted, but worth a second look (a 处理率 over 100%). */
  warning?: Bilingual;
  /** True when this field will be filled. */
  filled: boolean;
}

export interface FormCheck {
  fields: Record<string, FieldCheck>;
  valid: boolean;
  /**
   * The first field with an error, in form order, and why; for a growth computed from two
   * figures, which of its two inputs the error is about (a failed computation: last year's).
   */
  firstInvalid?: { group: string; label: string; message: Bilingual; part?: "current" | "previous" };
  values: Record<string, string>;
  derived: Record<string, Pick<GrowthWording, "verb" | "value">>;
  filledGroups: number;
}

/**
 * Rates that cannot pass 100%: a share of a whole (处理率, 覆盖率, 占比 …). Growth, completion,
 * return and debt ratios can, so they never warn.
 */
export function cannotExceedHundred(label: string): boolean {
  if (/(?:增长|增速|增幅|完成|超额|回报|收益|利润|负债|周转|贡献|杠杆|变化|提高|下降)/.test(label)) return false;
  return /(?:率|占比|比重|比例|满意度)$/.test(label.replace(/（[^）]*）$/, ""));
}

function numberOf(input: string): { value?: number; error?: Bilingual } {
  const checked = validateValue({ kind: "number" }, input, { decimals: {} });
  if (!checked.ok) return { error: checked.message };
  return { value: Number(checked.normalized) };
}

/**
 * Validates the whole form: what would be filled, and every message to show. A growth field
 * left with one of its two figures empty is simply not filled: it never blocks 填入.
 */
export function checkForm(fields: readonly FormField[], model: Pick<FormModel, "values" | "derived">, decimals: Readonly<Record<string, number>>): FormCheck {
  const result: FormCheck = { fields: {}, valid: true, values: {}, derived: {}, filledGroups: 0 };
  for (const f of fields) {
    const d = model.derived[f.group];
    const check: FieldCheck = { filled: false };
    if (f.growthUnit && d?.on) {
      const cur = d.current.trim() ? numberOf(d.current) : {};
      const prev = d.previous.trim() ? numberOf(d.previous) : {};
      if (cur.error) check.currentError = cur.error;
      if (prev.error) check.previousError = prev.error;
      if (cur.value !== undefined && prev.value !== undefined) {
        const w = growthWording(cur.value, prev.value, { unit: f.growthUnit, decimals: decimalsFor(f.unit, decimals) });
        if (w.ok) {
          check.wording = w;
          check.preview = changePhrase(f.changeWord, w.signed, f.unit);
          result.derived[f.group] = w;
          check.filled = true;
        } else check.error = w.message;
      }
    } else {
      const raw = model.values[f.group] ?? "";
      if (raw.trim()) {
        const spec = { kind: f.kind, ...(f.unit !== undefined ? { unit: f.unit } : {}) };
        const checked = validateValue(spec, raw, { decimals: f.unit ? { [f.unit]: decimalsFor(f.unit, decimals) } : {}, label: f.label });
        if (checked.ok) {
          result.values[f.group] = raw;
          check.filled = !f.kept;
          if ((f.kind === "number" || f.kind === "percent") && checked.normalized !== raw.trim()) check.readAs = checked.normalized;
          if (f.kind === "percent" && cannotExceedHundred(f.label) && Number(checked.normalized) > 100) {
            check.warning = metricsMessages.over100(f.label);
          }
          if (f.changeWord && /^-|^[+]?0*(?:\.0*)?$/.test(checked.normalized)) check.preview = changePhrase(f.changeWord, checked.normalized, f.unit);
        } else check.error = checked.message;
      }
    }
    const message = check.currentError ?? check.previousError ?? check.error;
    if (message) {
      result.valid = false;
      if (!result.firstInvalid) {
        const part = !(f.growthUnit && d?.on) ? undefined : check.currentError ? "current" : "previous";
        result.firstInvalid = { group: f.group, label: f.label, message, ...(part ? { part } : {}) };
      }
    }
    if (check.filled) result.filledGroups++;
    result.fields[f.group] = check;
  }
  return result;
}

/**
 * What to keep in the document after a fill or save: earlier values, the form's valid values,
 * growth inputs (this year's under growthKey in values, last year's in previous, the change
 * itself under the field), the year, and the person's splits and merges.
 */
export function storedFrom(model: FormModel, fields: readonly FormField[], check: FormCheck, now: string): StoredValues {
  const previousStore = model.scan?.stored ?? null;
  // Merges are recomputed each time from the form as it stands (an undone merge disappears).
  const values: Record<string, string> = Object.fromEntries(Object.entries(previousStore?.values ?? {}).filter(([key]) => !key.startsWith("merge:")));
  Object.assign(values, model.scan ? mergesOf(model.scan.placeholders, model.placeholders) : {});
  const last: Record<string, string> = { ...(previousStore?.previous ?? {}) };
  for (const [group, v] of Object.entries(check.values)) values[group] = v.trim();
  for (const f of fields) {
    if (f.group.startsWith("split:")) values[f.group] ??= model.values[f.group]?.trim() ?? "";
    const d = model.derived[f.group];
    const wording = check.fields[f.group]?.wording;
    if (!d?.on || !wording) continue;
    values[f.group] = wording.signed;
    values[growthKey(f.group)] = d.current.trim();
    last[growthKey(f.group)] = d.previous.trim();
  }
  const out: StoredValues = { values, previous: last, updatedAt: now };
  const year = fields.find((f) => f.kind === "year");
  const yearValue = year ? check.values[year.group] : undefined;
  if (yearValue !== undefined) out.year = validatedYear(yearValue);
  else if (previousStore?.year !== undefined) out.year = previousStore.year;
  return out;
}

function validatedYear(year: string): string {
  const r = validateValue({ kind: "year" }, year);
  return r.ok ? r.normalized : year.trim();
}

/** Groups that keep their value over 结转下一年: names and free text do not change by year. */
export function keepOverYear(fields: readonly FormField[]): string[] {
  return fields.filter((f) => f.kind === "name" || f.kind === "text").map((f) => f.group);
}

/** How many of this year's values 结转下一年 would move to last year's (for its question). */
export function carryCount(stored: StoredValues, keep: readonly string[]): number {
  const kept = new Set(keep);
  return Object.entries(stored.values).filter(([k, v]) => v !== "" && !kept.has(k) && !k.startsWith("merge:") && !k.startsWith("growth:") && !k.startsWith("dismissed:")).length;
}
