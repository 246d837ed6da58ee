/**
 * The reliability campaign (issue 28): random reports, a random operation of the add-in, a
 * person's edits between any two of its syncs, a Word fault at any queued operation, every double
 * mode — and the promises as oracles: no wrong write, no lost input, honest reports, nothing left
 * behind after a fault, no duplicate on retry. `runCase` runs one case and returns the broken
 * promises (empty when all hold); campaign.test.ts (fixed seeds) and run.ts (long run) drive it.
 */
import fc from "fast-check";
import { createWordDouble, DEFAULT_MODES, PESSIMISTIC_MODES, applyPersonEdit, type FidelityModes, type PersonEdit, type WordDouble } from "../../../src/word-double";
import { scanDocument } from "../../../src/word/metricsScan";
import { fillPlaceholders } from "../../../src/word/metricsFill";
import { renumberDocument } from "../../../src/word/renumber";
import { checkDraft, fixAllFindings, fixFindings } from "../../../src/word/checks";
import { insertSkeletonBlock } from "../../../src/word/skeleton";
import { insertSnippetText } from "../../../src/word/snippets";
import { standardProfile } from "../../../src/core/format";
import { renumber } from "../../../src/core/outline";
import type { SkeletonParagraph } from "../../../src/core/skeleton";
import { FORMAT_OPERATIONS, isFormatOperation, judgeFormat, performFormat, prepareFormat, retryFormat, typeIntoMarker } from "./formatOps";

export const OPERATIONS = ["fill", "renumber", "fixAll", "fixOne", "skeleton", "snippet", ...FORMAT_OPERATIONS] as const;
export type Operation = (typeof OPERATIONS)[number];
export const PROPERTIES = ["wrongWrite", "lostInput", "dishonest", "leftovers", "duplicate", "crash"] as const;
export type Property = (typeof PROPERTIES)[number];

const CN = ["一", "二", "三", "四", "五", "六"];
const NAMES = ["财政局", "教育局", "卫健委", "交通局", "农业农村局"];
// Body lines: placeholders to fill (some identical across sections), a half-width comma to fix, plain text.
const BODY = ["预算执行XX万元。", "完成投资XX万元，带动就业XX人。", "各项工作取得新进展,成效明显。", "坚持把人民利益放在第一位。", "全年完成XX万元"];

export interface Case {
  sections: Array<{ ordinal: number; name: number; sub: boolean; body: number[] }>;
  operation: Operation;
  /** Edits, each after the given sync of the operation (0: before it starts, after the scan/check). */
  edits: Array<{ afterSync: number; edit: PersonEdit }>;
  /** A Word fault after this many queued operations, or null. */
  faultAfterOps: number | null;
  modes: keyof typeof MODE_SETS;
  cursor: number;
}

export const MODE_SETS: Record<string, Partial<FidelityModes>> = {
  default: DEFAULT_MODES,
  pessimistic: PESSIMISTIC_MODES,
  invalidRanges: { deletedRange: "invalid" },
  growingRanges: { rangeGrowth: "edges" },
  pessimisticInvalid: { ...PESSIMISTIC_MODES, deletedRange: "invalid" },
};

let tokenCounter = 0;
/** What a person types: a token no rule of the add-in touches, unique in the run. */
const TOKEN_CHARS = ["甲", "乙", "丙", "丁", "戊", "己"];
function token(n: number): string {
  return `键入${TOKEN_CHARS[n % 6]}${TOKEN_CHARS[Math.floor(n / 6) % 6]}${TOKEN_CHARS[Math.floor(n / 36) % 6]}`;
}

const personEdit: fc.Arbitrary<PersonEdit> = fc.oneof(
  fc.record({ kind: fc.constant("type" as const), paragraph: fc.nat(30), offset: fc.nat(40), text: fc.constant("") }),
  fc.record({ kind: fc.constant("ime" as const), paragraph: fc.nat(30), offset: fc.nat(40), text: fc.constant("") }),
  fc.record({ kind: fc.constant("enter" as const), paragraph: fc.nat(30), offset: fc.nat(40) }),
  fc.record({ kind: fc.constant("join" as const), paragraph: fc.nat(30) }),
  fc.record({ kind: fc.constant("delete" as const), paragraph: fc.nat(30), start: fc.nat(40), end: fc.nat(40) }),
  fc.record({ kind: fc.constant("cut" as const), paragraph: fc.nat(30) }),
  fc.record({ kind: fc.constant("move" as const), from: fc.nat(30), count: fc.nat(3), to: fc.nat(30) }),
  fc.record({ kind: fc.constant("overtype" as const), paragraph: fc.nat(30), start: fc.nat(40), end: fc.nat(40), text: fc.constant("") }),
);

export function caseArbitrary(operations: readonly Operation[] = OPERATIONS): fc.Arbitrary<Case> {
  return fc.record({
    sections: fc.array(
      fc.record({ ordinal: fc.integer({ min: 0, max: 5 }), name: fc.nat(NAMES.length - 1), sub: fc.boolean(), body: fc.array(fc.nat(BODY.length - 1), { minLength: 1, maxLength: 3 }) }),
      { minLength: 1, maxLength: 4 },
    ),
    operation: fc.constantFrom(...operations),
    edits: fc.array(fc.record({ afterSync: fc.nat(4), edit: personEdit }), { maxLength: 2 }),
    faultAfterOps: fc.option(fc.nat(80), { freq: 2 }),
    modes: fc.constantFrom(...Object.keys(MODE_SETS)),
    cursor: fc.nat(30),
  });
}

export function reportOf(c: Case): string[] {
  const out: string[] = ["关于2026年工作情况的报告"];
  c.sections.forEach((s, i) => {
    out.push(`${CN[(i + (s.ordinal === 0 ? 1 : 0)) % 6]}、${NAMES[s.name]}`);
    if (s.sub) out.push("（一）主要做法");
    for (const b of s.body) out.push(BODY[b]!);
  });
  return out;
}

const BLOCK: SkeletonParagraph[] = [
  { role: "heading1", level: 1, ordinal: "一、", segments: [{ text: "新增专项工作" }] },
  { role: "body", segments: [{ text: "本节说明新增专项工作的进展情况。" }] },
];
const SNIPPET = "以上情况特此报告，请审阅。";

export interface Outcome {
  broken: Array<{ property: Property; detail: string }>;
}

/** Runs one case on a fresh double; returns the promises it broke. */
export async function runCase(c: Case): Promise<Outcome> {
  const paragraphs = reportOf(c);
  const d = createWordDouble({ paragraphs, modes: MODE_SETS[c.modes] });
  const uninstall = d.install();
  const broken: Outcome["broken"] = [];
  const typed: string[] = [];
  let mustSurvive: string[] = [];
  const personLog: string[] = [];
  const apply = (edit: PersonEdit) => {
    const e = edit.kind === "type" || edit.kind === "ime" || edit.kind === "overtype" ? { ...edit, text: token(tokenCounter++) } : edit;
    if ("text" in e && e.text) typed.push(e.text);
    personLog.push(applyPersonEdit(d, e));
    mustSurvive = typed.filter((t) => d.model.text().includes(t));
  };
  try {
    d.model.setSelection(c.cursor % d.model.paragraphs.length, 0);
    const original = d.model.paragraphs.map((p) => p.text);
    // Preparation outside the operation (scan, check), then the edits before it (k = 0).
    let prepared: unknown = null;
    if (c.operation === "fill") prepared = await scanDocument();
    if (c.operation === "fixOne") prepared = await checkDraft();
    if (isFormatOperation(c.operation)) await prepareFormat(c.operation, c, d);
    for (const e of c.edits.filter((x) => x.afterSync === 0)) apply(e.edit);
    for (const e of c.edits.filter((x) => x.afterSync > 0)) d.model.onNextSync(() => apply(e.edit), e.afterSync);
    if (isFormatOperation(c.operation) && c.cursor % 2 === 0) for (let k = 1; k <= 5; k++) d.model.onNextSync(() => { const t = token(tokenCounter++); if (typeIntoMarker(d, t)) { typed.push(t); mustSurvive.push(t); personLog.push(`typed ${t} into a marker`); } }, k);
    if (c.faultAfterOps !== null) d.injectFault(c.faultAfterOps);
    const before = d.model.paragraphs.map((p) => p.text);
    const syncsBefore = d.stats.syncs;
    let result: unknown = null;
    let error: unknown = null;
    try {
      result = await perform(c.operation, prepared);
    } catch (e) {
      error = e;
    }
    // Edits scheduled past the operation's last sync never happen: drop them.
    (d.model as unknown as { syncHooks: unknown[] }).syncHooks = [];
    (d as unknown as { injectFault(n: number): void }).injectFault(1e9);
    const after = d.model.paragraphs.map((p) => p.text);
    const text = after.join("\n");
    // An edit due at or after the operation's last sync came after it: the report cannot know it.
    const opSyncs = d.stats.syncs - syncsBefore;
    const late = c.edits.some((e) => e.afterSync >= opSyncs && e.afterSync > 0);
    for (const t of mustSurvive) if (!text.includes(t)) broken.push({ property: "lostInput", detail: `typed "${t}" is gone` });
    if (error && !isWordError(error)) broken.push({ property: "crash", detail: String((error as Error)?.stack ?? error) });
    const ctx: Check = { c, original, before, after, result, error, broken, typed, d, faulted: c.faultAfterOps !== null, edited: personLog.length > 0, late };
    judge(ctx);
    if (process.env.CAMPAIGN_VERBOSE) console.log({ opSyncs, late, error: error ? String(error) : null, result: JSON.stringify(result)?.slice(0, 2000), after });
    // Retry without edits or faults: completes, and never duplicates.
    if (c.faultAfterOps !== null || error) await retry(ctx);
  } finally {
    uninstall();
  }
  if (broken.length && process.env.CAMPAIGN_VERBOSE) console.log(JSON.stringify(c), personLog, broken);
  return { broken };
}

interface Check {
  c: Case;
  original: string[];
  before: string[];
  after: string[];
  result: unknown;
  error: unknown;
  broken: Outcome["broken"];
  typed: string[];
  d: WordDouble;
  faulted: boolean;
  edited: boolean;
  late: boolean;
}

function isWordError(e: unknown): boolean {
  const name = (e as { name?: string })?.name ?? "";
  return name === "WordOperationError" || name === "OfficeError" || (e as { code?: string })?.code !== undefined;
}

const VALUE_BASE = 7301;

async function perform(operation: Operation, prepared: unknown): Promise<unknown> {
  switch (operation) {
    case "fill": {
      const scan = prepared as Awaited<ReturnType<typeof scanDocument>>;
      const groups = [...new Set(scan.placeholders.map((p) => p.group))];
      const values = Object.fromEntries(groups.map((g, i) => [g, String(VALUE_BASE + i)]));
      return { scan, values, report: await fillPlaceholders({ scan, values }) };
    }
    case "renumber":
      return renumberDocument();
    case "fixAll":
      return fixAllFindings();
    case "fixOne": {
      const run = prepared as Awaited<ReturnType<typeof checkDraft>>;
      return fixFindings(run.findings.filter((f) => f.replacement !== undefined).slice(0, 2), run.texts);
    }
    case "skeleton":
      return insertSkeletonBlock(BLOCK);
    case "snippet":
      return insertSnippetText(SNIPPET);
    case "format":
    case "undoFormat":
      return performFormat(operation);
  }
}

const count = (text: string, needle: string) => (needle ? text.split(needle).length - 1 : 0);

function judge(x: Check): void {
  const { c, broken, after } = x;
  const doc = after.join("\n");
  if (c.operation === "fill") {
    if (!x.result) return;
    const { scan, values, report } = x.result as { scan: Awaited<ReturnType<typeof scanDocument>>; values: Record<string, string>; report: Awaited<ReturnType<typeof fillPlaceholders>> };
    const filled = new Set(report.filledIds);
    for (const p of scan.placeholders) {
      const value = values[p.group]!;
      const text = scan.paragraphs[p.paragraph]!;
      const left = text.slice(Math.max(0, p.start - 2), p.start);
      const right = text.slice(p.end, p.end + 2);
      const inPlace = doc.includes(left + value) || doc.includes(value + right);
      if (filled.has(p.id) && !inPlace && !x.late) broken.push({ property: "dishonest", detail: `${p.id} reported filled, "${left}${value}" not in the document` });
      const reason = report.skipped.find((s) => s.placeholderId === p.id)?.reason.zh ?? "";
      if (!filled.has(p.id) && inPlace && !reason.includes("无法确认") && count(doc, value) > 0 && !x.edited) broken.push({ property: "dishonest", detail: `${p.id} reported "${reason}" but written` });
    }
    // Every written value sits beside the text around one of its placeholders.
    for (const [group, value] of Object.entries(values)) {
      const places = scan.placeholders.filter((p) => p.group === group);
      let at = doc.indexOf(value);
      while (at >= 0) {
        const ok = places.some((p) => {
          const text = scan.paragraphs[p.paragraph]!;
          const left = text.slice(Math.max(0, p.start - 2), p.start);
          const right = text.slice(p.end, p.end + 2);
          return doc.slice(at - left.length, at) === left || doc.slice(at + value.length, at + value.length + right.length) === right || isTokenNear(doc, at, value.length);
        });
        if (!ok) broken.push({ property: "wrongWrite", detail: `${value} at "${doc.slice(Math.max(0, at - 6), at + value.length + 6)}"` });
        at = doc.indexOf(value, at + 1);
      }
      if (count(doc, value) > places.length) broken.push({ property: "duplicate", detail: `${value} written ${count(doc, value)} times for ${places.length} places` });
    }
  }
  if (c.operation === "renumber" && x.result) {
    const r = x.result as Awaited<ReturnType<typeof renumberDocument>>;
    for (const ch of r.changed) {
      const ctx = x.before[ch.paragraph]!.slice(ch.end, ch.end + 3);
      if (!doc.includes(ch.to + ctx) && !x.edited) broken.push({ property: "dishonest", detail: `${ch.from}→${ch.to} reported changed, not in the document` });
    }
    for (const ch of r.skipped) {
      const ctx = x.before[ch.paragraph]!.slice(ch.end, ch.end + 3);
      if (count(doc, ch.to + ctx) > count(x.before.join("\n"), ch.to + ctx) && !x.edited) broken.push({ property: "dishonest", detail: `${ch.from}→${ch.to} reported unchanged, but changed` });
    }
    wrongOrdinals(x);
  }
  if ((c.operation === "fixAll" || c.operation === "fixOne") && x.result) {
    const r = x.result as Awaited<ReturnType<typeof fixAllFindings>>;
    if (!x.late && r.texts.join("\n") !== doc) broken.push({ property: "dishonest", detail: "the fix's texts differ from the document" });
  }
  if (c.operation === "skeleton") {
    const n = blockCount(after);
    if (x.error && n > 0 && !x.edited) broken.push({ property: "leftovers", detail: "insertion failed but block paragraphs remain" });
    if (n > 1) broken.push({ property: "duplicate", detail: `block inserted ${n} times` });
    // An edit after the last sync (late) may remove the block the report rightly said went in.
    if (!x.error && !x.late && x.result && (x.result as { inserted: number }).inserted > 0 && n === 0) broken.push({ property: "dishonest", detail: "reported inserted, not in the document" });
  }
  if (isFormatOperation(c.operation)) judgeFormat(x);
  if (c.operation === "snippet") {
    const n = count(doc, SNIPPET);
    if (x.error && n > 0 && !x.edited) broken.push({ property: "dishonest", detail: "error reported but the snippet is in" });
    if (!x.error && n !== 1 && !x.edited) broken.push({ property: "dishonest", detail: `no error but ${n} snippets` });
  }
}

/** Headings of the inserted block (its ordinal follows where it lands). */
const blockCount = (paragraphs: readonly string[]) => paragraphs.filter((t) => /^[一二三四五六七八九十]+、新增专项工作$/.test(t)).length;

function isTokenNear(doc: string, at: number, length: number): boolean {
  return doc.slice(Math.max(0, at - 5), at).includes("键入") || doc.slice(at + length, at + length + 5).includes("键入") || doc.slice(at + length, at + length + 1) === "键";
}

/** An ordinal written where no heading was: a paragraph starting with an ordinal whose rest was never a heading's. */
function wrongOrdinals(x: Check): void {
  const headingRests = new Set(x.before.map((t) => t.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/, "")));
  const wasOrdinal = new Set(x.before.filter((t) => /^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/.test(t)).map((t) => t.replace(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/, "")));
  for (const t of x.after) {
    const m = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)(.*)$/.exec(t);
    if (!m) continue;
    const rest = m[2]!;
    if (wasOrdinal.has(rest) || x.typed.some((k) => rest.includes(k) || t.includes(k))) continue;
    if (![...wasOrdinal].some((w) => rest.startsWith(w.slice(0, 2)) || w.startsWith(rest.slice(0, 2))) && headingRests.has(rest)) x.broken.push({ property: "wrongWrite", detail: `ordinal written onto "${t}"` });
  }
}

async function retry(x: Check): Promise<void> {
  const { c, d } = x;
  let again: unknown = null;
  try {
    if (isFormatOperation(c.operation)) return await retryFormat(x);
    if (c.operation === "fill") {
      const prev = x.result as { scan: Awaited<ReturnType<typeof scanDocument>>; values: Record<string, string> } | null;
      if (!prev) return;
      await fillPlaceholders({ scan: prev.scan, values: prev.values });
      const doc = d.model.text();
      for (const [group, value] of Object.entries(prev.values)) {
        const places = prev.scan.placeholders.filter((p) => p.group === group).length;
        if (count(doc, value) > places) x.broken.push({ property: "duplicate", detail: `retry: ${value} ${count(doc, value)} times for ${places}` });
      }
      return;
    }
    if (c.operation === "renumber") {
      again = await renumberDocument();
      if (renumber(d.model.paragraphs.map((p) => p.text)).changes.length > 0 && !x.edited) x.broken.push({ property: "duplicate", detail: "retry of 重新编号 did not settle" });
      return;
    }
    if (c.operation === "skeleton") {
      const had = blockCount(d.model.paragraphs.map((p) => p.text));
      await insertSkeletonBlock(BLOCK, standardProfile, { askBeforeRepeating: true });
      const n = blockCount(d.model.paragraphs.map((p) => p.text));
      if (n > 1 || (had === 0 && n !== 1 && !x.edited)) x.broken.push({ property: "duplicate", detail: `retry left the block ${n} times` });
      return;
    }
    if (c.operation === "snippet") {
      // The person retries only when told it failed.
      if (x.error) await insertSnippetText(SNIPPET);
      const n = count(d.model.text(), SNIPPET);
      if (n > 1) x.broken.push({ property: "duplicate", detail: `retry: snippet ${n} times` });
      return;
    }
  } catch (e) {
    if (!isWordError(e)) x.broken.push({ property: "crash", detail: `retry: ${String((e as Error)?.stack ?? e)}` });
  }
  void again;
}
