// 提法 lists from outside (reliability review 2, findings 1 and 7b): a wording of quotation marks
// only is refused and never matched; matching is linear in the document and the list, gives the
// findings the per-entry regular expressions gave, and never throws on a 500 KB list.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import {
  applyFixes,
  checkDocument,
  isAutoFix,
  planFixes,
  TIFA_ENTRIES,
  tifaEntrySchema,
  type Finding,
  type TifaEntry,
} from "../../../src/core/checks/index";
import { packFromJson, parsePack } from "../../../src/core/packs";
import { generateReport } from "../../../bench/generate";
import { referenceTifa } from "../../support/tifaReference";
import { hostileTifaList, TIFA_107K, TIFA_500K, utf8Bytes } from "../../support/hostileInputs";
import { corpusPath } from "../../support/shared";

const RULES = ["text.tifa", "text.outdated"];
const tifaFindings = (paragraphs: readonly string[], tifa?: readonly TifaEntry[], year?: number) =>
  checkDocument(paragraphs, { enabledRules: RULES, ...(tifa ? { tifa } : {}), ...(year !== undefined ? { year } : {}) });

/** The entries the checker uses for `extra`: built-ins not replaced, then the organisation's. */
const withBuiltIns = (extra: readonly TifaEntry[]) => {
  const ids = new Set(extra.map((e) => e.id));
  return [...TIFA_ENTRIES.filter((e) => !ids.has(e.id)), ...extra];
};

const comparable = (findings: readonly Finding[]) =>
  findings.map((f) => ({ rule: f.rule, paragraph: f.paragraph, start: f.start, end: f.end, zh: f.message.zh, ...(f.replacement !== undefined ? { replacement: f.replacement } : {}) }));

describe("提法: a wording of quotation marks only (review finding 1, R11)", () => {
  const quotesOnly: TifaEntry = { id: "x", right: "两个确立", wrong: ["“”"] };

  test("the schema refuses it in right, wrong, order and outdated phrases, naming the field", () => {
    for (const wording of ["“”", "'", "‘ ’", "  ", "\"\""]) {
      const cases: unknown[] = [
        { id: "x", right: "两个确立", wrong: [wording] },
        { id: "x", right: wording, wrong: ["两个确定"] },
        { id: "x", right: "四个意识", order: ["政治意识", wording] },
        { id: "x", right: "甲", outdated: { from: 2026, phrases: [wording], note: { zh: "甲", en: "a" } } },
      ];
      for (const entry of cases) {
        const parsed = tifaEntrySchema.safeParse(entry);
        assert.equal(parsed.success, false, JSON.stringify(entry));
        assert.ok(parsed.error!.issues.some((i) => /quotation marks/.test(i.message)), JSON.stringify(parsed.error!.issues));
      }
    }
    assert.ok(tifaEntrySchema.safeParse({ id: "x", right: "“五位一体”总体布局", wrong: ["“五位一体”战略布局", "'两个'确定"] }).success, "tifaEntrySchema.safeParse({ id: \"x\", right: \"“五位一体”总体布局\", wrong: [\"“五位一体”战略布局\", \"'两个'确定\"] }).success");
  });

  test("a pack with it is refused with the entry's path, in both languages", () => {
    const pack = { format: "report-composer-pack", version: 1, id: "hostile", name: { zh: "包", en: "Pack" }, tifa: [{ id: "ok", right: "甲乙", wrong: ["甲丙"] }, quotesOnly] };
    for (const result of [parsePack(JSON.stringify(pack)), packFromJson(pack)]) {
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.deepEqual(result.problems.map((p) => p.path), ["tifa[1]（x）.wrong[0]"]);
      assert.match(result.error.zh, /tifa\[1\]（x）\.wrong\[0\]：去掉引号和空格后为空/);
      assert.match(result.error.en, /tifa\[1\]（x）\.wrong\[0\]: must not be empty once quotation marks/);
    }
  });

  test("an entry that reaches the checker unvalidated matches nothing, and 全部修复 changes nothing", () => {
    const doc = ["加强学习，提高能力。", "深刻领悟“两个确定”。"];
    for (const wrong of [["“”"], ["'"], ["“", "”"], [" "]]) {
      const entry = { id: "x", right: "两个确立", wrong };
      assert.deepEqual(tifaFindings(doc, [entry]).filter((f) => f.rule === "text.tifa" && f.paragraph === 0), []);
      const plan = planFixes(doc, { tifa: [entry] });
      assert.equal(plan.paragraphs[0], "加强学习，提高能力。");
      assert.equal(plan.paragraphs[1], "深刻领悟“两个确立”。", "the built-in entries still work");
    }
    assert.deepEqual(tifaFindings(["政治意识、大局意识"], [{ id: "x", right: "甲", order: ["“”", "”“"] }]), []);
  });

  test("an empty span is never an automatic fix, whatever rule made it", () => {
    const empty: Finding = { id: "f", rule: "text.tifa", paragraph: 0, start: 2, end: 2, severity: "warning", message: { zh: "甲", en: "a" }, replacement: "两个确立" };
    assert.equal(isAutoFix(empty, "加强学习"), false);
    assert.equal(isAutoFix({ ...empty, end: 3 }, "加强学习"), true);
    const plan = planFixes(["加强学习"], { enabledRules: RULES }, [empty]);
    assert.deepEqual(plan.edits, []);
    assert.deepEqual(plan.paragraphs, ["加强学习"]);
  });
});

describe("提法: the same findings as the per-entry regular expressions", () => {
  const texts: Array<[string, string[]]> = [];
  for (const file of readdirSync(corpusPath("")).filter((f) => f.endsWith(".txt"))) texts.push([file, readFileSync(corpusPath(file), "utf8").split(/\r?\n/)]);
  for (const dir of ["drafts", "samples"]) {
    const folder = join(import.meta.dirname, "../../fixtures", dir);
    for (const file of readdirSync(folder)) texts.push([`${dir}/${file}`, readFileSync(join(folder, file), "utf8").split(/\r?\n/)]);
  }
  texts.push(["generated report", generateReport(40)]);
  test("the corpus, the fixtures and a generated report, with every built-in entry, in 2021, 2024 and 2026", () => {
    assert.ok(texts.length >= 10, "texts.length >= 10");
    let compared = 0;
    for (const [name, paragraphs] of texts) {
      for (const year of [undefined, 2021, 2024, 2026]) {
        const expected = referenceTifa(paragraphs, TIFA_ENTRIES, year);
        assert.deepEqual(comparable(tifaFindings(paragraphs, undefined, year)), expected, `${name} ${year}`);
        compared += expected.length;
      }
    }
    assert.ok(compared > 0, "some findings were compared");
  });

  test("a hostile list on the first 60 paragraphs of a report", () => {
    const list = hostileTifaList(TIFA_107K);
    const paragraphs = generateReport(40).slice(0, 60);
    const expected = referenceTifa(paragraphs, withBuiltIns(list), 2026);
    assert.ok(expected.length > 0, "expected.length > 0");
    assert.deepEqual(comparable(tifaFindings(paragraphs, list, 2026)), expected);
  });

  test("random entries and drafts over a small alphabet with quotation marks and separators (seeded)", () => {
    const letter = fc.constantFrom("甲", "乙", "丙", "丁", "“", "”", "'", "、", "，");
    const plain = fc.constantFrom("甲", "乙", "丙", "丁");
    // A wording: letters, at least one of them not a quotation mark.
    const wording = fc
      .tuple(fc.array(letter, { maxLength: 3 }), plain, fc.array(letter, { maxLength: 3 }))
      .map(([a, b, c]) => [...a, b, ...c].join(""));
    const entry = (i: number) =>
      fc.record({
        right: fc.oneof(wording, wording.map((w) => "“" + w)),
        wrong: fc.option(fc.array(wording, { minLength: 1, maxLength: 4 }), { nil: undefined }),
        order: fc.option(fc.array(fc.array(plain, { minLength: 1, maxLength: 2 }).map((a) => a.join("")), { minLength: 2, maxLength: 4 }), { nil: undefined }),
        outdated: fc.option(
          fc.record({ from: fc.constantFrom(2020, 2026), phrases: fc.array(wording, { minLength: 1, maxLength: 3 }), except: fc.array(plain, { maxLength: 2 }) }),
          { nil: undefined },
        ),
      }).map((e): TifaEntry => {
        const out: TifaEntry = { id: `e${i}`, right: e.right };
        if (e.wrong) out.wrong = e.wrong;
        if (e.order) out.order = e.order;
        if (e.outdated) out.outdated = { ...e.outdated, note: { zh: "过时", en: "old" } };
        if (!out.wrong && !out.order && !out.outdated) out.wrong = ["丁丁"];
        return out;
      });
    const entries = fc.tuple(entry(0), entry(1), entry(2), entry(3));
    const paragraph = fc.array(letter, { maxLength: 40 }).map((a) => a.join(""));
    fc.assert(
      fc.property(entries, fc.array(paragraph, { minLength: 1, maxLength: 4 }), fc.constantFrom(undefined, 2026), (list, paragraphs, year) => {
        assert.deepEqual(comparable(tifaFindings(paragraphs, list, year)), referenceTifa(paragraphs, withBuiltIns(list), year));
      }),
      { seed: 2807, numRuns: 600 },
    );
  });
});

describe("提法: long lists (review finding 7b)", () => {
  const report = generateReport(400);

  test("a 500 KB list on a 400-page report: no throw, the expected findings, fixes that apply", { timeout: 20_000 }, () => {
    const list = hostileTifaList(TIFA_500K);
    assert.ok(utf8Bytes(list) >= 500_000, `${utf8Bytes(list)} bytes`);
    assert.ok(list.every((e) => tifaEntrySchema.safeParse(e).success), "every entry is schema-valid");
    const findings = tifaFindings(report, list, 2026);
    assert.ok(findings.length > 0, "findings.length > 0");
    // Every reported wording is where it is said to be, and its fix is not empty.
    for (const f of findings.slice(0, 2000)) {
      assert.ok(f.end > f.start, "f.end > f.start");
      assert.ok(f.rule === "text.outdated" || f.replacement, "f.rule === \"text.outdated\" || f.replacement");
    }
    // The findings of one 15-page stretch are those of the per-entry expressions (which a list of
    // this size made throw "Regular expression too large" over the whole report).
    const stretch = report.slice(3000, 3225);
    assert.deepEqual(comparable(tifaFindings(stretch, list, 2026)), referenceTifa(stretch, withBuiltIns(list), 2026));
    const fixed = applyFixes(report, findings.filter((f) => f.replacement !== undefined));
    assert.equal(fixed.paragraphs.length, report.length);
  });

  test("linear: a list 4× as long, or a report 4× as long, costs about 4× (not 16×)", { timeout: 30_000 }, () => {
    const cost = (list: readonly TifaEntry[], paragraphs: readonly string[]) => {
      tifaFindings(paragraphs.slice(0, 10), list); // builds and caches the list's matcher
      const started = process.cpuUsage().user;
      tifaFindings(paragraphs, list);
      return (process.cpuUsage().user - started) / 1000;
    };
    const long = hostileTifaList({ entries: 1000, wrongPerEntry: 20, length: 6 });
    const short = long.slice(0, 250);
    const small = cost(short, report.slice(0, 1500));
    const bigList = cost(long, report.slice(0, 1500));
    const bigReport = cost(short, report);
    // Generous: a shared 2-core machine is noisy; the regular expressions this replaces were 16×.
    assert.ok(bigList < Math.max(small, 20) * 8, `list ×4: ${small} → ${bigList} ms`);
    assert.ok(bigReport < Math.max(small, 20) * 8, `report ×4: ${small} → ${bigReport} ms`);
  });
});
