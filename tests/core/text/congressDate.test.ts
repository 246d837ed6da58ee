// The 党的二十一大 date an organisation sets: its validation, the pack field, the merge (a locked
// pack wins), and the report's year 检查 uses in the pane (title, else the 数据 form's {年度}).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { normalizeCongressDate } from "../../../src/core/text/partyCongress";
import { buildPack, mergeContent, packFromJson, type LoadedPack, type Pack } from "../../../src/core/packs";
import { checkDocument, formYearOf, reportYearFor } from "../../../src/core/checks";
import { findGenre } from "../../../src/core/genres";
import { buildSkeleton, skeletonTexts } from "../../../src/core/skeleton";

const EXAMPLE = JSON.parse(readFileSync(join(import.meta.dirname, "../../../assets/packs/example-pack.json"), "utf8")) as Pack;
const withCongress = (congressDate: unknown): unknown => ({ ...structuredClone(EXAMPLE), congressDate });
const loaded = (key: string, congressDate: Pack["congressDate"], zh = key): LoadedPack => {
  const { congressDate: _example, ...rest } = structuredClone(EXAMPLE);
  return { key, pack: { ...rest, id: key.replace(/\W/g, ""), name: { zh, en: zh }, ...(congressDate ? { congressDate } : {}) } };
};

describe("normalizeCongressDate", () => {
  test("empty is 'not yet held'; a real day in any accepted spelling becomes YYYY-MM-DD", () => {
    assert.deepEqual(normalizeCongressDate("  "), { ok: true, value: "" }, "blank is not yet held");
    for (const typed of ["2027-10-20", "2027年10月20日", "２０２７．１０．２０", "2027/10/20"]) {
      assert.deepEqual(normalizeCongressDate(typed), { ok: true, value: "2027-10-20" }, typed);
    }
    assert.deepEqual(normalizeCongressDate("2027-1-5"), { ok: true, value: "2027-01-05" }, "single digits are padded");
  });
  test("what is not a day is refused with its reason", () => {
    assert.deepEqual(normalizeCongressDate("十月"), { ok: false, problem: "format" }, "words");
    assert.deepEqual(normalizeCongressDate("2027-13-01"), { ok: false, problem: "format" }, "month 13");
    assert.deepEqual(normalizeCongressDate("2027-02-30"), { ok: false, problem: "noSuchDay" }, "30 February");
    assert.deepEqual(normalizeCongressDate("2022-10-16"), { ok: false, problem: "year" }, "the 20th congress's year");
    assert.deepEqual(normalizeCongressDate("2099-10-01"), { ok: false, problem: "year" }, "far future");
  });
});

describe("the pack's congressDate", () => {
  test("the example pack locks it as not yet held, and parses", () => {
    const result = packFromJson(structuredClone(EXAMPLE));
    assert.ok(result.ok, result.ok ? "" : result.error.en);
    assert.deepEqual(result.pack.congressDate, { date: "", locked: true }, "example keeps the date empty");
  });
  test("a pack without it parses as before (the field is optional, version 1)", () => {
    const { congressDate: _dropped, ...older } = structuredClone(EXAMPLE);
    const result = packFromJson(older);
    assert.ok(result.ok && result.pack.congressDate === undefined, "older pack still reads");
  });
  test("a pack holding only a date is not empty", () => {
    const result = packFromJson({ format: EXAMPLE.format, version: 1, id: "only-date", name: { zh: "日期", en: "Date" }, congressDate: { date: "2027-10-20", locked: true } });
    assert.ok(result.ok, result.ok ? "" : result.error.zh);
  });
  test("a day that does not exist, another spelling, or a missing lock is refused", () => {
    for (const bad of [{ date: "2027-02-30", locked: true }, { date: "2027年10月20日", locked: true }, { date: "2027-10-20" }, { date: "2027-10-20", locked: true, note: "x" }]) {
      const result = packFromJson(withCongress(bad));
      assert.ok(!result.ok, `refused: ${JSON.stringify(bad)}`);
    }
  });
  test("buildPack writes it and the result imports", () => {
    const built = buildPack({ id: "x", name: { zh: "甲", en: "A" }, congressDate: { date: "2027-10-20", locked: false } });
    assert.ok(built.ok && built.pack.congressDate?.date === "2027-10-20" && built.pack.congressDate.locked === false, "round trip");
  });
});

describe("merging packs' dates", () => {
  const builtIn = { genres: [] };
  test("the first locked date is in force; a later different lock is noted; unlocked ones are listed", () => {
    const merged = mergeContent(builtIn, {}, [
      loaded("https://a.example/p.json", { date: "2027-10-20", locked: false }, "甲"),
      loaded("https://b.example/p.json", { date: "2027-10-18", locked: true }, "乙"),
      loaded("https://c.example/p.json", { date: "", locked: true }, "丙"),
    ]);
    assert.equal(merged.congressDates.length, 3, "every pack's date is listed");
    assert.equal(merged.lockedCongressDate?.date, "2027-10-18", "first locked wins");
    assert.ok(merged.lockedCongressDate?.source.kind === "pack" && merged.lockedCongressDate.source.name.zh === "乙", "source named");
    assert.ok(merged.notes.some((n) => n.zh.includes("丙") && n.zh.includes("二十一大")), "the ignored lock is reported");
  });
  test("no pack date: nothing locked, nothing listed", () => {
    const merged = mergeContent(builtIn, {}, [loaded("https://a.example/p.json", undefined)]);
    assert.deepEqual([merged.congressDates, merged.lockedCongressDate], [[], null], "nothing");
  });
});

describe("the date reaches skeletons and the checker", () => {
  const genre = findGenre("nianduzongjie")!;
  const texts = (congressDate?: string) =>
    skeletonTexts(buildSkeleton(genre, { fields: { 年度: "2027" }, ...(congressDate ? { congressDate } : {}) }), "12").join("\n");
  test("a 2027 summary studies the congress only once its date is set and passed", () => {
    assert.ok(!texts().includes("学习宣传贯彻党的二十一大精神"), "no date: nothing says it has met");
    assert.ok(texts("2027-10-20").includes("学习宣传贯彻党的二十一大精神"), "date set: the summary studies it");
  });
  test("the checker flags 迎接 after the date, and not without it", () => {
    const doc = ["某单位2027年度工作总结", "今年以来，我们以优异成绩迎接党的二十一大胜利召开。", "2027年12月20日"];
    const rule = { enabledRules: ["text.yearBound"] };
    assert.equal(checkDocument(doc, rule).length, 0, "no date: nothing judged by it");
    assert.ok(checkDocument(doc, { ...rule, congressDate: "2027-10-20" }).some((f) => f.message.zh.includes("本单位设置")), "date set: flagged");
  });
});

describe("the report's year for 检查", () => {
  test("the title's year first, else the 数据 form's {年度}, else none", () => {
    assert.equal(reportYearFor(["县司法局2026年度法治政府建设情况报告", "正文"], 2025), 2026, "title wins");
    assert.equal(reportYearFor(["县司法局{年度}年度法治政府建设情况报告", "正文"], 2026), 2026, "form's 年度 while the title has its placeholder");
    assert.equal(reportYearFor(["没有年份的标题", "正文"]), undefined, "nothing to go by");
  });
  test("formYearOf reads only the {年度} field and only a four-digit year", () => {
    assert.equal(formYearOf([{ group: "field:地区生产总值|亿元#1", value: "2026" }, { group: "field:年度|year#1", value: "２０２６年" }]), 2026, "年度 field");
    assert.equal(formYearOf([{ group: "field:年度|year#1", value: "26" }]), undefined, "two digits are not a year");
    assert.equal(formYearOf([{ group: "field:年度人数|人#1", value: "2026" }]), undefined, "another field");
    assert.equal(formYearOf(undefined), undefined, "no form");
  });
  test("with the year, an outdated 提法 is flagged; without it, it is not", () => {
    const doc = ["县司法局工作报告", "深入推进“八五”普法。"];
    const outdated = (year?: number) => checkDocument(doc, year ? { year } : {}).filter((f) => f.rule === "text.outdated");
    assert.equal(outdated().length, 0, "no year, no judgement");
    assert.ok(outdated(reportYearFor(doc, 2026)).length > 0, "form's year 2026: flagged");
  });
});
