/**
 * The 数据 form and the document: a figure the form filled and a person later changed by hand.
 * The form keeps each value under "field:label|unit#n" — the n-th figure of that label and unit
 * in reading order — so a document figure is paired with a form value only when the document
 * holds exactly as many figures of that label and unit as the form has values.
 */
import type { Mention } from "./extract";
import { figuresMessages } from "./messages";
import { halfStep, parseArabic } from "./numbers";
import { unitInfo } from "./units";
import type { IndicatorIndex } from "./indicators";
import type { FigureIssue, FormFigure } from "./types";

interface FormKey {
  label: string;
  unit: string;
  n: number;
}

function parseGroup(group: string): FormKey | null {
  const m = /^field:(.+)\|([^|#]+)#(\d+)$/.exec(group);
  if (!m || !unitInfo(m[2]!)) return null;
  return { label: m[1]!, unit: m[2]!, n: Number(m[3]) };
}

const valueOf = (text: string | undefined) => (text === undefined ? null : parseArabic(text.trim().replace(/[，,]/g, "")));

/** Document figures that differ from the form's value for them. */
export function formDisagreements(mentions: readonly Mention[], form: readonly FormFigure[]): FigureIssue[] {
  const wanted = new Map<string, Array<{ key: FormKey; entry: FormFigure }>>();
  for (const entry of form) {
    const key = parseGroup(entry.group);
    if (!key || valueOf(entry.value) === null) continue;
    const name = `${key.label}|${key.unit}`;
    const list = wanted.get(name);
    if (list) list.push({ key, entry });
    else wanted.set(name, [{ key, entry }]);
  }
  if (wanted.size === 0) return [];
  const inDocument = new Map<string, Mention[]>();
  for (const m of mentions) {
    const name = `${m.label}|${m.unit}`;
    if (!wanted.has(name)) continue;
    const list = inDocument.get(name);
    if (list) list.push(m);
    else inDocument.set(name, [m]);
  }
  const out: FigureIssue[] = [];
  for (const [name, entries] of wanted) {
    const found = inDocument.get(name) ?? [];
    const sorted = [...entries].sort((a, b) => a.key.n - b.key.n);
    if (found.length !== sorted.length || sorted.some((e, i) => e.key.n !== i + 1)) continue;
    sorted.forEach(({ key, entry }, i) => {
      const m = found[i]!;
      const form = valueOf(entry.value)!;
      // The fill may have rounded the form's value to the decimals shown.
      if (Math.abs(form.value - m.value) <= halfStep(m.decimals) + 1e-9) return;
      const formText = `${entry.value!.trim()}${key.unit}`;
      out.push({
        rule: "figures.form",
        places: [{ paragraph: m.paragraph, start: m.start, end: m.end }],
        message: figuresMessages.formDiffers(key.label, m.paragraph + 1, m.text, formText),
        key: `figures.form|${entry.group}|${m.text}|${formText}`,
        formValue: formText,
        formGroup: entry.group,
      });
    });
  }
  return out;
}

/** Last year's values the form keeps, as figures per indicator ("地区生产总值|money"). */
export function previousFromForm(form: readonly FormFigure[], indicators: IndicatorIndex): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const entry of form) {
    const key = parseGroup(entry.group);
    const parsed = valueOf(entry.previous);
    if (!key || !parsed || key.n !== 1) continue;
    const info = unitInfo(key.unit)!;
    const indicator = indicators.lookup(key.label);
    if (!indicator || !indicator.dimensions.includes(info.dimension)) continue;
    out.set(`${indicator.name}|${info.dimension}`, {
      paragraph: -1, start: 0, end: 0, sentence: -1, sentenceStart: 0, sentenceEnd: 0,
      text: `${entry.previous!.trim()}${key.unit}`,
      value: parsed.value, decimals: parsed.decimals, unit: key.unit, dimension: info.dimension,
      base: parsed.value * info.factor, step: halfStep(parsed.decimals) * info.factor,
      label: key.label, indicator, before: "", target: false, part: false, approx: false, period: false, namedScope: false,
    });
  }
  return out;
}
