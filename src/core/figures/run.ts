import { conflicts, growth, parts, respectively, units } from "./analyse";
import { extractMentions } from "./extract";
import { formDisagreements, previousFromForm } from "./form";
import { BUILT_IN_INDICATORS, indicatorIndex, type Indicator } from "./indicators";
import { unitInfo } from "./units";
import { completedFuture, periodSums } from "./years";
import type { FigureIssue, FigureOptions } from "./types";

/** The report's year: the first four-digit year in its first three non-empty paragraphs (title, 副标题, 主送). */
export function reportYearFrom(paragraphs: readonly string[]): number | undefined {
  let seen = 0;
  for (const p of paragraphs) {
    if (!p.trim()) continue;
    const match = /((?:19|20)\d{2})\s*年/.exec(p.slice(0, 200).normalize("NFKC"));
    if (match) return Number(match[1]);
    if (++seen >= 3) break;
  }
  return undefined;
}

/** A pack's indicators, their units turned into dimensions (units we do not know are left out). */
function packIndicators(options: FigureOptions): Indicator[] {
  const out: Indicator[] = [];
  for (const p of options.indicators ?? []) {
    const dimensions = [...new Set(p.units.map((u) => unitInfo(u)?.dimension).filter((d) => d !== undefined))];
    if (dimensions.length === 0) continue;
    const indicator: Indicator = { name: p.name, synonyms: p.synonyms ?? [], dimensions };
    if (p.real) indicator.real = true;
    if (p.bounded) indicator.bounded = true;
    out.push(indicator);
  }
  return out;
}

export function analyseAll(paragraphs: readonly string[], options: FigureOptions): FigureIssue[] {
  const reportYear = options.year ?? reportYearFrom(paragraphs);
  const extra = packIndicators(options);
  const index = indicatorIndex(extra);
  const mentions = extractMentions(paragraphs, reportYear === undefined ? { indicators: index } : { indicators: index, reportYear });
  const form = options.form ?? [];
  const issues = [
    ...conflicts(mentions),
    ...growth(mentions, { paragraphs, previousFromForm: previousFromForm(form, index), indicators: [...BUILT_IN_INDICATORS, ...extra] }),
    ...parts(mentions, paragraphs),
    ...respectively(paragraphs, mentions),
    ...units(mentions),
    ...formDisagreements(mentions, form),
    ...completedFuture(paragraphs, reportYear),
    ...periodSums(mentions, paragraphs, reportYear),
  ];
  // One finding per set of places and rule (two checks may see the same disagreement).
  const seen = new Set<string>();
  return issues.filter((i) => {
    const id = `${i.rule}|${i.places.map((p) => `${p.paragraph}:${p.start}`).join(",")}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
