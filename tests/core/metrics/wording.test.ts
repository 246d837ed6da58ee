import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { scanPlaceholders } from "../../../src/core/placeholders";
import { applyEditsToText, changePhrase, growthWording, planFill, rateChangeWording, signedValueOf } from "../../../src/core/metrics";

describe("one wording table: changePhrase for every sign and unit", () => {
  const cases: Array<[string | undefined, string, string | undefined, string]> = [
    // % growth
    ["增长", "3.2", "%", "增长3.2%"],
    ["增长", "-3.2", "%", "下降3.2%"],
    ["增长", "0", "%", "持平"],
    ["下降", "3.2", "%", "增长3.2%"],
    ["下降", "-3.2", "%", "下降3.2%"],
    ["增长了", "-1.0", "%", "下降了1.0%"],
    ["上升", "-2.0", "%", "下降2.0%"],
    ["回落", "2.0", "%", "回升2.0%"],
    [undefined, "3.2", "%", "增长3.2%"],
    [undefined, "-3.2", "%", "下降3.2%"],
    // rate nouns keep their word and take the sign
    ["增速", "10.0", "%", "增速10.0%"],
    ["增速", "-10.0", "%", "增速-10.0%"],
    ["增速为", "-3.2", "%", "增速为-3.2%"],
    ["增幅", "0.0", "%", "持平"],
    // percentage points
    ["提高", "0.8", "个百分点", "提高0.8个百分点"],
    ["提高", "-0.3", "个百分点", "降低0.3个百分点"],
    ["提高", "0", "个百分点", "持平"],
    ["下降", "0.8", "个百分点", "提高0.8个百分点"],
    ["降低", "-0.8", "个百分点", "降低0.8个百分点"],
    [undefined, "-0.3", "个百分点", "降低0.3个百分点"],
    [undefined, "0.3", "百分点", "提高0.3百分点"],
    // amounts and counts
    ["增长", "3.2", "亿元", "增长3.2亿元"],
    ["增长", "-3.2", "亿元", "减少3.2亿元"],
    ["增加", "-12", "万元", "减少12万元"],
    ["减少", "5", "个", "增加5个"],
    ["下降", "5", "亿元", "增加5亿元"],
    ["提高", "-1.5", "分", "降低1.5分"],
    ["增长", "0", "亿元", "持平"],
    [undefined, "-3", "万元", "减少3万元"],
    [undefined, "3", undefined, "增加3"],
  ];
  for (const [word, signed, unit, expected] of cases) {
    test(`${word ?? "(no word)"} ${signed}${unit ?? ""} → ${expected}`, () => {
      assert.equal(changePhrase(word, signed, unit), expected);
    });
  }
});

describe("the preview text and the document get the same words", () => {
  const fillOne = (paragraph: string, value: string): string => {
    const found = scanPlaceholders([paragraph]);
    const target = found[found.length - 1]!;
    const plan = planFill([paragraph], found, { [target.group]: value });
    return applyEditsToText(paragraph, plan.edits).text;
  };
  test("比上年增长XX亿元 with −3.2 writes 减少3.2亿元, never 增长-3.2亿元", () => {
    assert.equal(fillOne("财政收入比上年增长XX亿元。", "-3.2"), "财政收入比上年减少3.2亿元。");
  });
  test("增速X% keeps 增速 for a rise and a decline", () => {
    assert.equal(fillOne("工业增加值增速X%。", "10"), "工业增加值增速10%。");
    assert.equal(fillOne("工业增加值增速X%。", "-3.2"), "工业增加值增速-3.2%。");
  });
  test("equal figures: 持平 replaces the verb, the figure and its unit (no stray comma)", () => {
    assert.equal(fillOne("营业收入同比增长X%，利润稳定。", "0"), "营业收入同比持平，利润稳定。");
  });
  test("derived wordings: the document gets exactly the table's phrase", () => {
    const paragraph = "规模以上工业增加值增速X.X%。";
    const found = scanPlaceholders([paragraph]);
    for (const [cur, prev, expected] of [
      [110, 100, "增速10.0%"],
      [96.8, 100, "增速-3.2%"],
      [100, 100, "持平"],
    ] as const) {
      const w = growthWording(cur, prev);
      assert.ok(w.ok, "w.ok");
      assert.equal(changePhrase("增速", w.signed, "%"), expected);
      const plan = planFill([paragraph], found, {}, { [found[0]!.group]: w });
      assert.equal(applyEditsToText(paragraph, plan.edits).text, `规模以上工业增加值${expected}。`);
    }
  });
  test("signedValueOf reads back the sign of a wording", () => {
    const down = rateChangeWording(4.1, 4.4);
    assert.ok(down.ok, "down.ok");
    assert.equal(signedValueOf(down), "-0.3");
    assert.equal(signedValueOf({ verb: "持平", value: "0" }), "0");
    assert.equal(signedValueOf({ verb: "增长", value: "2.0" }), "2.0");
  });
});

describe("planFill is linear in the number of placeholders", () => {
  // Counts reads of placeholder properties: a quadratic plan reads every other placeholder per placeholder.
  const reads = (n: number): number => {
    const paragraph = "收入X亿元，".repeat(n);
    const found = scanPlaceholders([paragraph]);
    let count = 0;
    const watched = found.map((p) => new Proxy(p, { get: (t, k, r) => (count++, Reflect.get(t, k, r)) }));
    const values = Object.fromEntries(found.map((p) => [p.group, "1"]));
    const plan = planFill([paragraph], watched, values);
    assert.equal(plan.filledCount, n);
    return count;
  };
  test("twice the placeholders, about twice the work", () => {
    const small = reads(500);
    const large = reads(2000);
    assert.ok(large / small < 4.8, `reads grew ${large / small}× for 4× the placeholders`);
  });
});
