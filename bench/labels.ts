/**
 * How many 数据 labels a person would accept, on every report of ../shared/corpus, the shipped
 * samples (tests/fixtures/samples, what the preview offers) and the project's drafts.
 *
 * Acceptance rule (written down so the figure can be checked by hand): a label is accepted when
 *  1. it contains no ＿ or _ (a blank is never shown inside its own label);
 *  2. it is not empty, a lone function word, or 名称 / 数值 / 待填内容 alone;
 *  3. it does not end on a verb or adverb (设立, 赴, 作, 招商 …: `endsOnVerb`), unless it ends on
 *     what is measured (…数, …率, …额, …量, …名称, …姓名, …比例);
 *  4. it is not a bare enumeration fragment: no 等地 / 等 before the measured word, no （第N项）;
 *  5. a name written after a person's title (县长 ×××, 报告人：×××) says whose: the label starts
 *     with that title;
 *  6. it is at most 14 characters (a label, not a sentence).
 * Labels that fall back to the sentence's own words (shown with …) are accepted under the same
 * rule and counted separately.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { scanPlaceholders, type Placeholder } from "../src/core/placeholders";
import { endsOnVerb } from "../src/core/placeholders/label";
import { SHARED_DIR } from "../tests/support/shared";

const FIXTURES = join(import.meta.dirname, "../tests/fixtures");
const TITLE = /(同志|书记|主任|局长|校长|院长|县长|市长|区长|镇长|乡长|经理|董事长|总经理|述职人|汇报人|报告人)[\s\u3000]*[：:]?[\s\u3000]*$/;

/** Why a label is refused, or undefined when it is accepted. */
export function refusal(p: Placeholder, paragraph: string): string | undefined {
  const label = p.label;
  if (/[＿_]/.test(label)) return "＿ in the label";
  if (!label || /^(?:对|与|和|及|在|从|向|把|被|为|以|的|了|是|名称|数值|待填内容)$/.test(label)) return "empty or a function word";
  if (endsOnVerb(label)) return "ends on a verb";
  if (/等地|等[^级]|（第\d+项）/.test(label)) return "an enumeration fragment";
  const title = p.kind === "name" ? TITLE.exec(paragraph.slice(Math.max(0, p.start - 10), p.start)) : null;
  if (title && !label.startsWith(title[1]!)) return `a name after ${title[1]} without whose it is`;
  if ([...label].length > 14) return "longer than 14 characters";
  return undefined;
}

export interface LabelMeasure {
  documents: Array<{ name: string; labels: number; accepted: number; fallbacks: number }>;
  total: number;
  accepted: number;
  withBlank: number;
  refused: string[];
}

/** The reports measured: every .txt of the shared corpus, the shipped samples, the drafts. */
export function measuredReports(): Array<[name: string, path: string]> {
  const dir = (d: string, prefix: string) => readdirSync(d).filter((f) => f.endsWith(".txt")).sort().map((f) => [`${prefix}${f}`, join(d, f)] as [string, string]);
  return [...dir(join(SHARED_DIR, "corpus"), "corpus/"), ...dir(join(FIXTURES, "samples"), "samples/"), ...dir(join(FIXTURES, "drafts"), "drafts/")];
}

export function measureLabels(): LabelMeasure {
  const out: LabelMeasure = { documents: [], total: 0, accepted: 0, withBlank: 0, refused: [] };
  for (const [name, path] of measuredReports()) {
    const paragraphs = readFileSync(path, "utf8").replace(/\r\n/g, "\n").split("\n");
    const found = scanPlaceholders(paragraphs);
    let accepted = 0;
    for (const p of found) {
      const why = refusal(p, paragraphs[p.paragraph] ?? "");
      if (/[＿_]/.test(p.label)) out.withBlank++;
      if (why) out.refused.push(`${name}: ${p.label} — ${why} (${p.context})`);
      else accepted++;
    }
    out.documents.push({ name, labels: found.length, accepted, fallbacks: found.filter((p) => p.label.includes("…")).length });
    out.total += found.length;
    out.accepted += accepted;
  }
  return out;
}

/** The table npm run bench prints. */
export function printLabelMeasure(m: LabelMeasure = measureLabels()): void {
  console.log("\n## 数据 labels a person accepts (rule in bench/labels.ts)\n");
  console.log("| report | labels | accepted | fallbacks (…) |\n|---|---|---|---|");
  for (const d of m.documents) console.log(`| ${d.name} | ${d.labels} | ${d.accepted} | ${d.fallbacks} |`);
  console.log(`\nAccepted: ${m.accepted} of ${m.total} (${((m.accepted / Math.max(1, m.total)) * 100).toFixed(1)}%); with ＿: ${m.withBlank}.`);
  for (const r of m.refused) console.log(`  refused: ${r}`);
}
