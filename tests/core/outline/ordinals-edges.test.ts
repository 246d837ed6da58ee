// ordinals.ts at its edges (mutation testing, issue 27): numerals that are not numbers, 0, the
// limits of each written form, both Arabic forms written back, and a paired number later in a
// heading.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readOutline } from "../../../src/core/outline";
import { formatNumeral, formatOrdinal, formatOrdinalOrNull, matchHeadingOrdinal, maxOrdinal, pointForm, POINT_PATTERN, type OrdinalForm } from "../../../src/core/outline/ordinals";

const form = (text: string): OrdinalForm => {
  const f = matchHeadingOrdinal(text);
  assert.ok(f, `${text} is a heading`);
  return f;
};
const points = (text: string) => [...text.matchAll(POINT_PATTERN)].map((m) => pointForm(m));

describe("matchHeadingOrdinal: not numbers, not headings", () => {
  for (const text of ["〇、其他", "百百、其他", "（一一）其他", "0.其他", "（0）其他", "（０）全角"]) {
    test(text, () => assert.equal(matchHeadingOrdinal(text), null, `${text} is not a heading`));
  }
  test("a paired number later in the heading does not unmake it", () => {
    const f = form("一、做好一、二季度工作");
    assert.deepEqual([f.level, f.value, f.numeral, f.suffix], [1, 1, "一", "、"], "level 1, number 1");
  });
  test("a heading at the start of the text: the parts", () => {
    assert.deepEqual(form("（三）落实"), { level: 2, style: "chinese-paren", prefix: "（", numeral: "三", suffix: "）", value: 3 }, "level 2");
    assert.deepEqual(form("(4)落实"), { level: 4, style: "arabic-paren", prefix: "(", numeral: "4", suffix: ")", value: 4 }, "level 4");
    assert.deepEqual(form("1.落实"), { level: 3, style: "arabic-dot", prefix: "", numeral: "1", suffix: ".", value: 1 }, "level 3");
  });
});

describe("writing numbers back", () => {
  test("both Arabic forms keep their digit width", () => {
    assert.equal(formatOrdinal(form("（１２）全角"), 13), "（１３）", "full-width in brackets");
    assert.equal(formatOrdinal(form("(9)半角"), 10), "(10)", "half-width in brackets");
    assert.equal(formatOrdinal(form("9.半角"), 10), "10.", "half-width with a dot");
  });
  test("Chinese numerals from 1 to 999, figures outside", () => {
    const dun = form("一、总体");
    assert.equal(formatNumeral(dun, 1), "一", "1");
    assert.equal(formatNumeral(dun, 999), "九百九十九", "999");
    assert.equal(formatOrdinal(dun, 1000), "1000、", "1000 never throws");
    assert.equal(formatOrdinal(dun, 0), "0、", "0 never throws");
  });
  test("the limits of each form", () => {
    assert.equal(maxOrdinal("chinese-dun"), 999, "chinese-dun");
    assert.equal(maxOrdinal("arabic-dot"), 99, "arabic-dot");
    assert.equal(maxOrdinal("arabic-paren"), 99, "arabic-paren");
    const dun = form("一、总体");
    assert.equal(formatOrdinalOrNull(dun, 999), "九百九十九、", "999 written");
    assert.equal(formatOrdinalOrNull(dun, 1), "一、", "1 written");
    assert.equal(formatOrdinalOrNull(dun, 1.5), null, "not a whole number");
    const dot = form("１．全角");
    assert.equal(formatOrdinalOrNull(dot, 1), "１．", "1 written");
  });
  test("首先/其次/再次 and no fourth", () => {
    const [shouxian] = points("首先，学习。");
    assert.ok(shouxian, "首先 is a point");
    assert.deepEqual([shouxian.style, shouxian.value, shouxian.suffix], ["shouxian", 1, "，"], "首先");
    assert.equal(formatOrdinalOrNull(shouxian, 1), "首先，", "1");
    assert.equal(formatOrdinalOrNull(shouxian, 3), "再次，", "3");
    assert.equal(formatOrdinalOrNull(shouxian, 4), null, "4");
  });
});

describe("pointForm: each written form", () => {
  test("values and parts", () => {
    const [yishi, diyi, qiyi, zaici] = points("九十九是甲；第十一：乙；其三,丙；再次：丁");
    assert.deepEqual(yishi, { level: 5, style: "yishi", prefix: "", numeral: "九十九", suffix: "是", value: 99 }, "九十九是");
    assert.deepEqual(diyi, { level: 5, style: "diyi", prefix: "第", numeral: "十一", suffix: "：", value: 11 }, "第十一：");
    assert.deepEqual(qiyi, { level: 5, style: "qiyi", prefix: "其", numeral: "三", suffix: ",", value: 3 }, "其三,");
    assert.deepEqual(zaici, { level: 5, style: "shouxian", prefix: "", numeral: "再次", suffix: "：", value: 3 }, "再次：");
  });
  test("numerals that are not numbers are no point", () => {
    assert.deepEqual(points("一一是甲，第二一，乙，其十十，丙"), [null, null, null], "三 nulls");
  });
});

describe("where a point may start", () => {
  test("after any sentence or clause mark, full or half width", () => {
    for (const sep of ["。", "；", "：", "，", "！", "？", "…", ";", ":", ",", "!", "?"]) {
      const text = `工作有两项${sep}一是学习；二是落实。`;
      assert.deepEqual(readOutline([text]).map((e) => [e.level, e.writtenNumber]), [[5, 1], [5, 2]], text);
    }
  });
  test("not after a character of a word", () => {
    assert.deepEqual(readOutline(["工作有两项的一是学习；二是落实。"]).map((e) => e.writtenNumber), [2], "only 二是");
  });
  test("not inside a word (统一是)", () => {
    assert.deepEqual(readOutline(["统一是前提"]), [], "no point");
  });
});

describe("a second 一是 starts a new enumeration only after the end of a sentence", () => {
  const expected = (sep: string) => readOutline([`一是学习${sep}一是落实。`]).map((e) => e.expectedNumber);
  for (const sep of ["。", "？", "?", "！", "!", "：", ":", "…"]) {
    test(`after ${sep}: 一是 again`, () => assert.deepEqual(expected(sep), [1, 1], sep));
  }
  for (const sep of ["；", ";", "，", ","]) {
    test(`after ${sep}: 二是 was meant`, () => assert.deepEqual(expected(sep), [1, 2], sep));
  }
});
