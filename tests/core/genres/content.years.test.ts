/**
 * Year awareness: year-bound snippets and skeleton lines carry their years, the pane offers them only
 * when the report's 年度 fits, and the text.yearBound check flags them in reports of other years.
 */
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { bodyLineFor, genreCatalog, validateGenre, formatProblem, findGenre, type Genre } from "../../../src/core/genres";
import { buildSkeleton, skeletonTexts } from "../../../src/core/skeleton";
import { checkDocument } from "../../../src/core/checks";
import { reportYearOf, YEAR_BOUND_PHRASES } from "../../../src/core/checks/rules/textYearBound";
import { builtInSnippets, GENRE_IDS, parseReportYear, PLANNED_YEAR_GENRES, snippetFitsYear, snippetSchema, validateSnippets, type Snippet } from "../../../src/core/snippets";

const YEARS = [2024, 2025, 2026, 2027, 2028];
const yearFindings = (paragraphs: string[]) => checkDocument(paragraphs, { enabledRules: ["text.yearBound"] });

describe("report year", () => {
  test("parseReportYear reads what people type in 年度 and rejects placeholders", () => {
    assert.equal(parseReportYear("2027"), 2027);
    assert.equal(parseReportYear(" 2026年度 "), 2026);
    assert.equal(parseReportYear("２０２６年"), 2026);
    for (const bad of [undefined, "", "20XX", "2026年12月", "1899", "明年"]) assert.equal(parseReportYear(bad), undefined, String(bad));
  });

  test("reportYearOf takes the first year in the title lines only", () => {
    assert.equal(reportYearOf(["", "2027年度述职报告", "各位领导："]), 2027);
    assert.equal(reportYearOf(["政府工作报告", "——2027年1月12日在江城市第十七届人民代表大会第七次会议上"]), 2027);
    assert.equal(reportYearOf(["述职报告", "各位领导：", "同志们：", "2026年是开局之年。"]), undefined);
  });
});

describe("snippets", () => {
  test("the years field is optional: snippets saved before it existed stay valid; bad years are refused", () => {
    const saved = { id: "mine-1", category: "mine", title: "旧短语", text: "旧的正文。", tags: [] };
    assert.ok(validateSnippets([saved]).ok, "validateSnippets([saved]).ok");
    assert.ok(snippetSchema.safeParse({ ...saved, years: [2026, 2027] }).success, "snippetSchema.safeParse({ ...saved, years: [2026, 2027] }).success");
    for (const years of [[1999], [], [2026.5], ["2026"]]) assert.ok(!snippetSchema.safeParse({ ...saved, years }).success, JSON.stringify(years));
  });

  test("snippetFitsYear: year-free snippets always fit; year-bound ones only in their years; unknown year shows all", () => {
    const bound = { years: [2026] };
    assert.ok(snippetFitsYear({}, 2027), "snippetFitsYear({}, 2027)");
    assert.ok(snippetFitsYear(bound, 2026), "snippetFitsYear(bound, 2026)");
    assert.ok(!snippetFitsYear(bound, 2027), "!snippetFitsYear(bound, 2027)");
    assert.ok(snippetFitsYear(bound, undefined), "snippetFitsYear(bound, undefined)");
    const offered2027 = builtInSnippets.filter((s) => snippetFitsYear(s, 2027));
    assert.ok(!offered2027.some((s) => s.text.startsWith("今年是“十五五”开局之年")), "!offered2027.some((s) => s.text.startsWith(\"今年是“十五五”开局之年\"))");
    assert.ok(offered2027.some((s) => s.text.includes("二十一大")), "offered2027.some((s) => s.text.includes(\"二十一大\"))");
  });

  test("every 开局之年 / 二十一大 / 开好局 snippet carries its years", () => {
    for (const s of builtInSnippets) {
      if (/开局之年|开好局、起好步|二十一大|换届之年|105周年/.test(s.text)) assert.ok(s.years?.length, s.id);
    }
  });

  test("the check agrees with the tags: a snippet of the report's own year is flagged outside its years, never inside", () => {
    const mismatches: string[] = [];
    for (const s of builtInSnippets) {
      if (s.yearRole) continue; // names its year itself: see the next tests
      for (const year of YEARS) {
        const flagged = yearFindings([`${year}年度工作报告`, s.text]).length > 0;
        const fits = !s.years || s.years.includes(year);
        // Year-free snippets are checked only in the years this library is written for.
        if (!s.years && (year < 2025 || year > 2027)) continue;
        if (flagged === fits) mismatches.push(`${s.id} in ${year}: ${flagged ? "flagged" : "not flagged"}`);
      }
    }
    assert.deepEqual(mismatches, []);
  });

  test("a snippet about the year reviewed or planned names that year and never says 今年/明年/去年", () => {
    const planOnly = (s: Snippet) => s.tags.every((t) => !(GENRE_IDS as readonly string[]).includes(t) || PLANNED_YEAR_GENRES.includes(t));
    for (const s of builtInSnippets.filter((x) => x.yearRole)) {
      // In a plan genre's own plan, 今年 is the year planned: that is the one place it may stand.
      if (s.yearRole === "planned" && planOnly(s)) continue;
      assert.ok(!/今年|明年|去年|本年|下一年/.test(s.text), s.id);
    }
  });

  test("a year-bound snippet is never flagged in a report where the pane offers it (review and plan genres)", () => {
    const flagged: string[] = [];
    for (const s of builtInSnippets.filter((x) => x.years)) {
      for (const year of YEARS) {
        for (const genre of ["nianduzongjie", "gongzuoyaodian"]) {
          if (!s.tags.includes(genre) || !snippetFitsYear(s, year, genre)) continue;
          if (yearFindings([`${year}年度工作报告`, s.text]).length) flagged.push(`${s.id} in a ${year} ${genre}`);
        }
      }
    }
    assert.deepEqual(flagged, []);
  });

  test("years with two meanings: a 2026 述职 is offered the 2026 review and the 2027 plan; a 2027 工作要点 the same two", () => {
    const review2026 = { years: [2026], yearRole: "reviewed" as const };
    const plan2027 = { years: [2027], yearRole: "planned" as const };
    assert.ok(snippetFitsYear(review2026, 2026, "shuzhi"), "snippetFitsYear(review2026, 2026, \"shuzhi\")");
    assert.ok(snippetFitsYear(plan2027, 2026, "shuzhi"), "snippetFitsYear(plan2027, 2026, \"shuzhi\")");
    assert.ok(!snippetFitsYear(review2026, 2027, "shuzhi"), "!snippetFitsYear(review2026, 2027, \"shuzhi\")");
    assert.ok(snippetFitsYear(review2026, 2027, "gongzuoyaodian"), "snippetFitsYear(review2026, 2027, \"gongzuoyaodian\")");
    assert.ok(snippetFitsYear(plan2027, 2027, "gongzuoyaodian"), "snippetFitsYear(plan2027, 2027, \"gongzuoyaodian\")");
    assert.ok(!snippetFitsYear(plan2027, 2026, "gongzuoyaodian"), "!snippetFitsYear(plan2027, 2026, \"gongzuoyaodian\")");
    // The review's examples: no 开局-achieved text for a January-2026 政府工作报告; no 第二年 for a 2026 plan.
    const offered = (year: number, genre: string) => builtInSnippets.filter((s) => snippetFitsYear(s, year, genre) && s.tags.includes(genre));
    assert.ok(!offered(2026, "zhengfugongzuobaogao").some((s) => /良好开局|开局成效/.test(s.text)), "!offered(2026, \"zhengfugongzuobaogao\").some((s) => /良好开局|开局成效/.test(s.text))");
    assert.ok(!offered(2026, "gongzuoyaodian").some((s) => /第二年/.test(s.text)), "!offered(2026, \"gongzuoyaodian\").some((s) => /第二年/.test(s.text))");
    assert.ok(!offered(2027, "gongzuoyaodian").some((s) => /保持了|取得了|实现了/.test(s.text) && s.yearRole === "reviewed"), "!offered(2027, \"gongzuoyaodian\").some((s) => /保持了|取得了|实现了/.test(s.text) && s.yearRole === \"review...");
  });

  test("plans never speak in the past tense, and 开局 achieved is never offered before 2026 is over", () => {
    for (const s of builtInSnippets) {
      if (s.yearRole === "planned") assert.ok(!/取得了|实现了|保持了|完成了/.test(s.text), s.id);
      if (/良好开局|开局成效/.test(s.text) && !/巩固|拓展/.test(s.text)) {
        assert.equal(s.yearRole, "reviewed", s.id);
        assert.ok(s.years!.every((y) => y >= 2026), s.id);
      }
    }
  });

  test("next-year sentences use {下一年度}, never the reviewed {年度}", () => {
    for (const s of builtInSnippets) {
      const reviewGenre = s.tags.some((t) => ["shuzhi", "shuzhishulian", "shuzeshulian", "nianduzongjie", "gerennianduzongjie"].includes(t));
      if (reviewGenre) assert.ok(!/\{年度\}年[，,]?(?:本人|\{单位\}|我们)?将|\{年度\}年工作的总体/.test(s.text), s.id);
    }
  });
});

describe("skeletons", () => {
  const fullSkeleton = (g: Genre, year: string) =>
    skeletonTexts(buildSkeleton(g, { sections: g.sections.flatMap((s) => [s.id, ...s.subsections.map((x) => x.id)]), fields: year ? { 年度: year } : {} }));

  test("bodyLineFor picks the line for the year, else the year-free text, else nothing", () => {
    const line = { byYear: { "2026": "甲" }, otherwise: "乙" };
    assert.equal(bodyLineFor(line, 2026), "甲");
    assert.equal(bodyLineFor(line, 2027), "乙");
    assert.equal(bodyLineFor(line, undefined), "乙");
    assert.equal(bodyLineFor({ byYear: { "2026": "甲" } }, 2027), undefined);
    assert.equal(bodyLineFor("丙", 2030), "丙");
  });

  test("the 年度 field chooses the line: 2026 plans a start, 2027 the run-up to the 二十一大", () => {
    const plan = findGenre("gongzuoyaodian")!;
    assert.match(fullSkeleton(plan, "2026").join("\n"), /2026年是“十五五”开局之年/);
    const in2027 = fullSkeleton(plan, "2027").join("\n");
    assert.match(in2027, /迎接党的二十一大胜利召开/);
    assert.ok(!in2027.includes("开局之年"), "!in2027.includes(\"开局之年\")");
    assert.ok(!fullSkeleton(plan, "").join("\n").includes("二十一大"), "!fullSkeleton(plan, \"\").join(\"\\n\").includes(\"二十一大\")");
    const gov = findGenre("zhengfugongzuobaogao")!;
    assert.match(fullSkeleton(gov, "2027").join("\n"), /过去一年，是“十五五”规划开局之年/);
    assert.match(fullSkeleton(gov, "2026").join("\n"), /确保“十五五”开好局、起好步/);
  });

  test("no genre trips the year check in 2025, 2026 or 2027", () => {
    for (const g of genreCatalog) {
      if (!g.fields.some((f) => f.key === "年度")) continue;
      for (const year of ["2025", "2026", "2027"]) {
        const texts = fullSkeleton(g, year);
        const title = texts[0]!.includes(year) ? [] : [`${year}年度报告`];
        assert.deepEqual(yearFindings([...title, ...texts]).map((f) => f.message.zh), [], `${g.id} ${year}`);
      }
    }
  });

  test("a year line with a malformed year key is refused by validation", () => {
    const g = structuredClone(findGenre("gongzuoyaodian")!) as Genre;
    g.sections[0]!.body = [{ byYear: { "26": "文字" } }];
    assert.ok(validateGenre(g).map(formatProblem).some((m) => m.includes("requirements › body[0]")), "validateGenre(g).map(formatProblem).some((m) => m.includes(\"requirements › body[0]\"))");
    g.sections[0]!.body = [{ byYear: {} }];
    assert.ok(validateGenre(g).length > 0, "validateGenre(g).length > 0");
  });
});

describe("text.yearBound", () => {
  test("flags 今年是开局之年 in a 2027 report with a bilingual message, and nothing in 2026", () => {
    const doc = (year: number) => [`${year}年工作要点`, "今年是“十五五”开局之年，各项工作全面起步。"];
    const found = yearFindings(doc(2027));
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, "warning");
    assert.equal(found[0]!.replacement, undefined);
    assert.match(found[0]!.message.zh, /2027年度/);
    assert.match(found[0]!.message.en, /2027/);
    assert.deepEqual(yearFindings(doc(2026)), []);
  });

  test("leaves sentences that name their own year alone, unless the phrase says 今年", () => {
    assert.deepEqual(yearFindings(["2027年度述职报告", "2026年是“十五五”开局之年，我们实现了良好开局。"]), []);
    assert.deepEqual(yearFindings(["2027年度述职报告", "过去一年，是“十五五”规划开局之年。"]), []);
    assert.equal(yearFindings(["2025年工作总结", "明年是“十五五”开局之年。今年是“十五五”开局之年。"]).length, 1);
  });

  test("no report year in the title lines: no findings", () => {
    assert.deepEqual(yearFindings(["述职报告", "各位领导：", "今年是“十五五”开局之年。"]), []);
  });

  test("every phrase has a reason in both languages and at least one year", () => {
    for (const p of YEAR_BOUND_PHRASES) assert.ok(p.years.length && p.zh && p.en && p.pattern.global, String(p.pattern));
  });
});
