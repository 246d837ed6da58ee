import { test } from "node:test";
import assert from "node:assert/strict";
import { findGenre } from "../../src/core/genres";
import { buildSkeleton, skeletonTexts } from "../../src/core/skeleton";
import { checkFields } from "../../src/taskpane/skeleton/fields";

const nianduzongjie = findGenre("nianduzongjie")!;

test("the year accepts 2025, 2025年, 2025年度 and full-width digits, and the skeleton never says 2025年年度", () => {
  for (const typed of ["2025", "2025年", "2025年度", " ２０２５年 "]) {
    const { values, problems } = checkFields(nianduzongjie, { 年度: typed, 单位: "  某单位 " });
    assert.deepEqual(problems, {}, typed);
    assert.deepEqual(values, { 年度: "2025", 单位: "某单位" }, typed);
    const texts = skeletonTexts(buildSkeleton(nianduzongjie, { fields: values })).join("\n");
    assert.ok(texts.includes("2025年度工作总结") && texts.includes("2025年12月"), typed);
    assert.ok(!/年年/.test(texts), `${typed}: ${texts.match(/.{4}年年.{2}/)?.[0]}`);
  }
});

test("a year that is not four digits is refused with a bilingual message; blanks stay placeholders", () => {
  for (const typed of ["25", "二〇二五", "2025年12月", "abcd"]) {
    const { values, problems } = checkFields(nianduzongjie, { 年度: typed });
    assert.equal(values["年度"], undefined, typed);
    assert.match(problems["年度"]!.zh, /4 位数字/);
    assert.match(problems["年度"]!.en, /four digits/);
  }
  assert.deepEqual(checkFields(nianduzongjie, { 年度: "  ", 单位: "" }), { values: {}, problems: {} });
});

test("a question with fixed answers (巡视 or 巡察) accepts only its answers", () => {
  const genre = findGenre("xunshizhenggai")!;
  assert.equal(checkFields(genre, { 巡视巡察: "巡察" }).values["巡视巡察"], "巡察");
  const wrong = checkFields(genre, { 巡视巡察: "巡查" });
  assert.equal(wrong.values["巡视巡察"], undefined);
  assert.match(wrong.problems["巡视巡察"]!.zh, /巡视或巡察/);
});

test("a detail still holding a placeholder mark (××局, XX亿元, 20XX) is refused: leave it blank instead", () => {
  for (const [key, typed, mark] of [["单位", "××局", "××"], ["单位", "XX亿元", "XX"], ["年度", "20XX", "20XX"]] as const) {
    const { values, problems } = checkFields(nianduzongjie, { [key]: typed });
    assert.equal(values[key], undefined, typed);
    assert.ok(problems[key]!.zh.startsWith(`“${mark}”是占位符`), problems[key]!.zh);
    assert.match(problems[key]!.en, /is a placeholder/);
  }
  assert.deepEqual(checkFields(nianduzongjie, { 单位: "X射线检测中心" }).problems, {});
});
