// growth.ts value by value: wording of every branch, and the exact span fillGrowthSentence rewrites
// (the unit after the blank is taken only when it is really written there).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { fillGrowthSentence, growthWording, rateChangeWording, signedValueOf } from "../../../src/core/metrics/index";

const at = (text: string) => ({ start: text.indexOf("X"), end: text.indexOf("X") + 1 });

describe("growthWording", () => {
  const cases: Array<[string, ReturnType<typeof growthWording>, unknown]> = [
    ["103.2 over 100", growthWording(103.2, 100), { verb: "增长", value: "3.2", text: "增长3.2%", signed: "3.2", unit: "%" }],
    ["96.8 over 100", growthWording(96.8, 100), { verb: "下降", value: "3.2", text: "下降3.2%", signed: "-3.2", unit: "%" }],
    ["100.04 over 100 rounds to 持平", growthWording(100.04, 100), { verb: "持平", value: "0", text: "持平", signed: "0", unit: "%" }],
    ["0 over 0 is 持平", growthWording(0, 0), { verb: "持平", value: "0", text: "持平", signed: "0", unit: "%" }],
    ["two decimals", growthWording(110, 100, { decimals: 2 }), { verb: "增长", value: "10.00", text: "增长10.00%", signed: "10.00", unit: "%" }],
    ["rates in points", growthWording(5.2, 4.4, { unit: "个百分点" }), { verb: "提高", value: "0.8", text: "提高0.8个百分点", signed: "0.8", unit: "个百分点" }],
    ["a falling rate", rateChangeWording(4.4, 5.2), { verb: "降低", value: "0.8", text: "降低0.8个百分点", signed: "-0.8", unit: "个百分点" }],
  ];
  for (const [name, result, expected] of cases) {
    test(name, () => {
      assert.ok(result.ok, `${name} is worded`);
      const { ok: _ok, ...rest } = result;
      assert.deepEqual(rest, expected, name);
    });
  }
  for (const [name, result, zh] of [
    ["last year 0", growthWording(5, 0), "上年数为0，无法计算增长百分比，请直接填写增减额"],
    ["last year negative", growthWording(1, -1), "上年数为负数，增长百分比没有意义，请直接填写增减额"],
    ["not a number", growthWording(Number.NaN, 1), "不是有效的数字"],
    ["infinite rate", rateChangeWording(Number.POSITIVE_INFINITY, 1), "不是有效的数字"],
  ] as const) {
    test(name, () => {
      assert.equal(result.ok, false, `${name} is refused`);
      if (!result.ok) assert.equal(result.message.zh, zh, "message");
    });
  }
  test("signedValueOf", () => {
    assert.equal(signedValueOf({ verb: "下降", value: "3.2" }), "-3.2", "下降");
    assert.equal(signedValueOf({ verb: "降低", value: "0.3" }), "-0.3", "降低");
    assert.equal(signedValueOf({ verb: "增长", value: "3.2" }), "3.2", "增长");
    assert.equal(signedValueOf({ verb: "持平", value: "0" }), "0", "持平");
  });
});

describe("fillGrowthSentence: the rewritten span", () => {
  test("% after the blank is part of the span", () => {
    const text = "同比增长X%。";
    assert.deepEqual(fillGrowthSentence(text, at(text), { verb: "下降", value: "3.2" }), { start: 2, end: 6, newText: "下降3.2%" });
  });
  test("full-width ％ is taken and written half-width", () => {
    const text = "同比增长X％。";
    assert.deepEqual(fillGrowthSentence(text, at(text), { verb: "增长", value: "1.5" }), { start: 2, end: 6, newText: "增长1.5%" });
  });
  test("个百分点", () => {
    const text = "同比提高X个百分点。";
    assert.deepEqual(fillGrowthSentence(text, at(text), { verb: "降低", value: "0.3" }), { start: 2, end: 9, newText: "降低0.3个百分点" });
  });
  test("the field's unit, when written after the blank", () => {
    const text = "同比增长X亿元，";
    assert.deepEqual(fillGrowthSentence(text, at(text), { verb: "持平", value: "0" }, "亿元"), { start: 2, end: 7, newText: "持平" });
  });
  test("the field's unit, when NOT written after the blank, does not widen the span", () => {
    const text = "营业收入同比增长X，好";
    const r = fillGrowthSentence(text, at(text), { verb: "增长", value: "3.2" }, "%");
    assert.ok(r, "worded");
    assert.equal(r.end, text.indexOf("X") + 1, "the span ends at the blank");
    assert.equal(r.start, text.indexOf("增长"), "and starts at the verb");
  });
  test("no change word before the blank: nothing", () => {
    const text = "完成X亿元";
    assert.equal(fillGrowthSentence(text, at(text), { verb: "增长", value: "1" }), null, "no rewrite");
  });
});
