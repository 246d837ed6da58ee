/**
 * 数据核对 (issue 22): the written-for-this-project cases (recall ≥ 90%, no false alarm), no
 * finding on the corpus or the shipped samples, the arithmetic of each check, and inputs that
 * must not throw.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { BUILT_IN_INDICATORS, findFigureIssues, indicatorIndex, indicatorSchema, type FigureOptions } from "../../../src/core/figures";
import { parseChinese, parseArabic } from "../../../src/core/figures/numbers";
import { corpusPath, SHARED_DIR } from "../../support/shared";
import { FIGURE_CASES, type FigureCase } from "./cases";

const optionsOf = (c: FigureCase): FigureOptions => ({ year: c.year ?? 2025, ...(c.form ? { form: c.form } : {}) });

/** Recall over the wrong cases and false alarms over the right ones (also printed by the bench). */
export function scoreCases() {
  const missed = FIGURE_CASES.wrong.filter((c) => !findFigureIssues(c.paragraphs, optionsOf(c)).some((i) => i.rule === c.rule));
  const falseAlarms = FIGURE_CASES.right.filter((c) => findFigureIssues(c.paragraphs, optionsOf(c)).length > 0);
  return { missed, falseAlarms };
}

describe("数据核对 cases", () => {
  test("at least 60 of each kind, written for the project", () => {
    assert.ok(FIGURE_CASES.wrong.length >= 60, `${FIGURE_CASES.wrong.length} wrong`);
    assert.ok(FIGURE_CASES.right.length >= 60, `${FIGURE_CASES.right.length} right`);
    const names = [...FIGURE_CASES.wrong, ...FIGURE_CASES.right].map((c) => c.name);
    assert.equal(new Set(names).size, names.length, "case names are unique");
  });

  test("no false alarm on a correct passage", () => {
    const { falseAlarms } = scoreCases();
    assert.deepEqual(
      falseAlarms.map((c) => `${c.name}: ${findFigureIssues(c.paragraphs, optionsOf(c)).map((i) => i.message.zh).join(" / ")}`),
      [],
    );
  });

  test("finds at least 90% of the disagreements, each by the right rule", () => {
    const { missed } = scoreCases();
    const recall = 1 - missed.length / FIGURE_CASES.wrong.length;
    assert.ok(recall >= 0.9, `recall ${recall}; missed: ${missed.map((c) => c.name).join(", ")}`);
  });
});

describe("数据核对 on real reports", () => {
  const corpus = readdirSync(join(SHARED_DIR, "corpus")).filter((f) => f.endsWith(".txt"));
  const samples = join(import.meta.dirname, "../../fixtures/samples");
  test("nothing on any report of ../shared/corpus", () => {
    assert.ok(corpus.length >= 4, "corpus.length >= 4");
    for (const name of corpus) {
      const issues = findFigureIssues(readFileSync(corpusPath(name), "utf8").split(/\r?\n/));
      assert.deepEqual(issues.map((i) => i.message.zh), [], name);
    }
  });
  test("nothing on the shipped samples (src/preview/samples.ts)", () => {
    for (const name of readdirSync(samples)) {
      const issues = findFigureIssues(readFileSync(join(samples, name), "utf8").split(/\r?\n/));
      assert.deepEqual(issues.map((i) => i.message.zh), [], name);
    }
  });
});

describe("数据核对 findings", () => {
  test("one line naming both places", () => {
    const [issue, ...rest] = findFigureIssues(["某市2025年政府工作报告", "地区生产总值386.5亿元。", "", "全市地区生产总值达到368.5亿元。"]);
    assert.equal(rest.length, 0);
    assert.equal(issue?.message.zh, "地区生产总值：第2段 386.5亿元，第4段 368.5亿元。");
    assert.deepEqual(issue?.places, [{ paragraph: 1, start: 6, end: 13 }, { paragraph: 3, start: 10, end: 17 }]);
  });

  test("the growth message shows the arithmetic in both languages", () => {
    const [issue] = findFigureIssues(["某公司2025年工作总结", "主营业务收入由20.0亿元增加到21.6亿元，增长12.5%。"]);
    assert.equal(issue?.rule, "figures.growth");
    assert.match(issue?.message.zh ?? "", /增幅为8%，不是12\.5%/);
    assert.match(issue?.message.en ?? "", /is 8%, not 12\.5%/);
  });

  test("a dismissal key does not depend on where the figures are", () => {
    const a = findFigureIssues(["某市2025年", "地区生产总值386.5亿元。", "地区生产总值368.5亿元。"]);
    const b = findFigureIssues(["某市2025年", "前言。", "地区生产总值386.5亿元。", "其他。", "地区生产总值368.5亿元。"]);
    assert.equal(a.length, 1);
    assert.equal(a[0]?.key, b[0]?.key);
  });

  test("a form finding carries the form's value and group", () => {
    const [issue] = findFigureIssues(["某公司2025年工作总结", "全年实现主营业务收入5.6亿元。"], { form: [{ group: "field:主营业务收入|亿元#1", value: "5.2" }] });
    assert.equal(issue?.rule, "figures.form");
    assert.equal(issue?.formValue, "5.2亿元");
    assert.equal(issue?.formGroup, "field:主营业务收入|亿元#1");
    assert.deepEqual(issue?.places, [{ paragraph: 1, start: 10, end: 15 }]);
  });

  test("full-width digits are read like ASCII ones", () => {
    const issues = findFigureIssues(["某市2025年", "地区生产总值３８６．５亿元。", "地区生产总值386.5亿元。"]);
    assert.deepEqual(issues, []);
  });
});

describe("数据核对 indicators", () => {
  test("at least 120 common indicators, each name once", () => {
    assert.ok(BUILT_IN_INDICATORS.length >= 120, String(BUILT_IN_INDICATORS.length));
    const names = BUILT_IN_INDICATORS.map((i) => i.name);
    assert.equal(new Set(names).size, names.length);
    for (const name of ["地区生产总值", "一般公共预算收入", "固定资产投资", "社会消费品零售总额", "城镇新增就业", "主营业务收入", "利润总额"]) {
      assert.ok(names.includes(name), name);
    }
  });

  test("synonyms and scope words find the indicator; other places do not", () => {
    const index = indicatorIndex();
    assert.equal(index.lookup("全市GDP")?.name, "地区生产总值");
    assert.equal(index.lookup("规上工业增加值")?.name, "规模以上工业增加值");
    assert.equal(index.lookup("城镇新增就业人数")?.name, "城镇新增就业");
    assert.equal(index.lookup("高新区地区生产总值"), undefined);
  });

  test("a content pack's indicator is compared like a built-in one", () => {
    const pack = indicatorSchema.parse({ name: "光伏装机容量", synonyms: ["光伏装机"], units: ["万千瓦"] });
    const paragraphs = ["某公司2025年工作总结", "光伏装机容量12.5万千瓦。", "全年光伏装机15.2万千瓦。"];
    assert.deepEqual(findFigureIssues(paragraphs), []);
    assert.equal(findFigureIssues(paragraphs, { indicators: [pack] })[0]?.rule, "figures.conflict");
    assert.equal(indicatorSchema.safeParse({ name: "x", units: [] }).success, false);
  });
});

describe("数据核对 numbers", () => {
  test("Chinese numerals", () => {
    assert.equal(parseChinese("三千五百")?.value, 3500);
    assert.equal(parseChinese("一万二千")?.value, 12000);
    assert.equal(parseChinese("十二")?.value, 12);
    assert.equal(parseChinese("两百")?.value, 200);
    assert.equal(parseChinese("一一"), null);
    assert.equal(parseChinese("千"), null);
  });
  test("Arabic numbers with separators; overlong runs are not figures", () => {
    assert.deepEqual(parseArabic("12,000.50"), { value: 12000.5, decimals: 2 });
    assert.equal(parseArabic("1".repeat(40)), null);
  });
});

describe("数据核对 never throws", () => {
  test("arbitrary text", () => {
    const pieces = ["地区生产总值", "386.5", "亿元", "万元", "%", "个百分点", "其中", "、", "，", "。", "由", "增长到", "增长", "占比", "共", "分别为", "2025年", "近三年累计", "三千", "０", "\u000b", "（", "万", "亿"];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join("")), { maxLength: 8 }), fc.string(), (paragraphs, noise) => {
        const issues = findFigureIssues([...paragraphs, noise]);
        assert.ok(Array.isArray(issues), "Array.isArray(issues)");
      }),
      { numRuns: 300, seed: 22 },
    );
  });
  test("a 1 MB paragraph of digits gives nothing", () => {
    assert.deepEqual(findFigureIssues(["某市2025年", "1234567890".repeat(100_000) + "亿元"]), []);
  });
});
