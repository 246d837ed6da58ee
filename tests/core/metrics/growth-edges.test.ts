// growth.ts at its edges (mutation testing, issue 27): each input checked for being a number on
// its own, the unit span after the blank (only right after it, however long the field's unit).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { fillGrowthSentence, growthWording, rateChangeWording } from "../../../src/core/metrics/index";

const at = (text: string) => ({ start: text.indexOf("X"), end: text.indexOf("X") + 1 });

describe("growthWording and rateChangeWording: every input must be a number", () => {
  for (const [name, result] of [
    ["last year NaN", growthWording(5, Number.NaN)],
    ["last year infinite", growthWording(5, Number.POSITIVE_INFINITY)],
    ["this year infinite", growthWording(Number.NEGATIVE_INFINITY, 5)],
    ["a rate against NaN", rateChangeWording(5.2, Number.NaN)],
    ["NaN against a rate", rateChangeWording(Number.NaN, 5.2)],
    ["points, last year NaN", growthWording(5.2, Number.NaN, { unit: "个百分点" })],
  ] as const) {
    test(name, () => {
      assert.equal(result.ok, false, `${name} is refused`);
      if (!result.ok) assert.deepEqual(result.message, { zh: "不是有效的数字", en: "Not a valid number" }, "message in both languages");
    });
  }
  test("last year 0 or negative: the English message too", () => {
    const zero = growthWording(5, 0);
    const negative = growthWording(5, -2);
    assert.equal(zero.ok || zero.message.en, "Last year's figure is 0: no percentage change can be computed; state the change as an amount", "0");
    assert.equal(negative.ok || negative.message.en, "Last year's figure is negative: a percentage change is meaningless; state the change as an amount", "negative");
  });
});

describe("growthWording: values near the edges", () => {
  test("a fall of exactly 100%", () => {
    const r = growthWording(0, 50);
    assert.ok(r.ok, "worded");
    assert.deepEqual([r.verb, r.text, r.signed], ["下降", "下降100.0%", "-100.0"], "下降100.0%");
  });
  test("last year between 0 and 1 is a positive figure like any other", () => {
    const r = growthWording(1, 0.5);
    assert.ok(r.ok, "worded");
    assert.equal(r.text, "增长100.0%", "doubled");
  });
  test("a small fall rounds to 持平 with no sign", () => {
    const r = growthWording(99.96, 100);
    assert.ok(r.ok, "worded");
    assert.deepEqual([r.verb, r.value, r.signed, r.text], ["持平", "0", "0", "持平"], "持平");
  });
  test("points with two decimals", () => {
    const r = rateChangeWording(5.25, 5, 2);
    assert.ok(r.ok, "worded");
    assert.deepEqual([r.verb, r.text], ["提高", "提高0.25个百分点"], "提高0.25个百分点");
  });
});

describe("fillGrowthSentence: the unit taken is the one right after the blank", () => {
  test("a % further on in the sentence is not this blank's unit", () => {
    const text = "同比增长X，占比5%。";
    assert.deepEqual(fillGrowthSentence(text, at(text), { verb: "增长", value: "3.2" }), { start: 2, end: 5, newText: "增长3.2" }, "the span ends at the blank");
  });
  test("百分点 without 个", () => {
    const text = "同比提高X百分点。";
    assert.deepEqual(fillGrowthSentence(text, at(text), { verb: "提高", value: "0.5" }), { start: 2, end: 8, newText: "提高0.5百分点" }, "百分点 kept");
  });
  test("a long field unit written after the blank is part of the span", () => {
    const unit = "万千瓦时每万元工业增加值";
    const text = `同比下降X${unit}。`;
    const r = fillGrowthSentence(text, at(text), { verb: "下降", value: "2" }, unit);
    assert.deepEqual(r, { start: 2, end: 5 + unit.length, newText: `下降2${unit}` }, "the whole unit");
  });
});
