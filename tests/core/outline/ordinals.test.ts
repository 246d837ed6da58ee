// ordinals.ts read and written back number by number: the values of two-digit and full-width
// ordinals, the anchoring of every level to the paragraph's start, and the limits of each form.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { matchHeadingOrdinal, formatOrdinal, contentStart, readOutline, renumber } from "../../../src/core/outline";
import { checkDocument } from "../../../src/core/checks/index";
import { formatOrdinalOrNull, maxOrdinal, pointForm, POINT_PATTERN } from "../../../src/core/outline/ordinals";

describe("matchHeadingOrdinal: values", () => {
  for (const [text, level, value] of [
    ["10.加强队伍建设", 3, 10],
    ["12．强化考核", 3, 12],
    ["１０．全角序号", 3, 10],
    ["（10）具体措施", 4, 10],
    ["(11)具体措施", 4, 11],
    ["（１２）全角", 4, 12],
    ["十、其他", 1, 10],
    ["十二、其他", 1, 12],
    ["（十一）其他", 2, 11],
    ["二十三、其他", 1, 23],
  ] as Array<[string, number, number]>) {
    test(text, () => {
      const form = matchHeadingOrdinal(text);
      assert.ok(form, `${text} is a heading`);
      assert.equal(form.level, level, "level");
      assert.equal(form.value, value, "value");
    });
  }
});

describe("matchHeadingOrdinal: only at the start", () => {
  for (const text of ["附件1.说明", "见表（1）所列", "其中一、二季度", "共3.5亿元", "按照（一）要求", "3.2026年"]) {
    test(text, () => {
      const form = matchHeadingOrdinal(text);
      if (text === "3.2026年") {
        assert.ok(form, "3.2026年…… is heading 3 about a year");
        assert.equal(form.value, 3, "value");
      } else assert.equal(form, null, `${text} is not a heading`);
    });
  }
  test("a paragraph with leading full-width spaces starts after them", () => {
    assert.equal(contentStart("\u3000\u3000一、总体"), 2, "two ideographic spaces");
    assert.equal(contentStart("一、总体"), 0, "none");
  });
});

describe("writing ordinals back in the same form", () => {
  test("full-width Arabic stays full-width, two digits included", () => {
    const form = matchHeadingOrdinal("９．事项")!;
    assert.equal(formatOrdinal(form, 10), "１０．", "10 in full width");
    assert.equal(formatOrdinalOrNull(form, 99), "９９．", "99");
    assert.equal(formatOrdinalOrNull(form, 100), null, "100. would not read back");
    assert.equal(formatOrdinalOrNull(form, 0), null, "0");
  });
  test("Chinese forms to 999 and not beyond", () => {
    const form = matchHeadingOrdinal("（九）事项")!;
    assert.equal(formatOrdinal(form, 10), "（十）", "十");
    assert.equal(maxOrdinal("chinese-paren"), 999, "limit");
    assert.equal(formatOrdinalOrNull(form, 1000), null, "beyond the limit");
    assert.equal(maxOrdinal("shouxian"), 3, "首先/其次/再次");
  });
  test("点 forms: 一是, 第一，, 其一，, 首先，", () => {
    const forms = [..."一是抓学习；二是抓落实。第一，学习；其二，落实。首先，学；其次，做。".matchAll(POINT_PATTERN)].map((m) => pointForm(m));
    assert.deepEqual(forms.map((f) => f?.value), [1, 2, 1, 2, 1, 2], "values");
    assert.deepEqual(forms.map((f) => f?.style), ["yishi", "yishi", "diyi", "qiyi", "shouxian", "shouxian"], "styles");
  });
});

describe("two-digit sequences are consecutive", () => {
  const doc = ["关于工作的报告", "一、总体情况", "（一）具体做法", ...Array.from({ length: 12 }, (_, i) => `${i + 1}.第${i + 1}项工作`)];
  test("1.–12. has no numbering finding", () => {
    const numbering = checkDocument(doc).filter((f) => f.rule.startsWith("numbering."));
    assert.deepEqual(numbering, [], "no gap or repeat");
  });
  test("renumber leaves 1.–12. alone and fixes a gap after 10.", () => {
    assert.deepEqual(renumber(doc).changes, [], "nothing to change");
    const gap = [...doc.slice(0, 13), "12.跳号", "13.跳号"];
    const result = renumber(gap);
    assert.deepEqual(result.changes.map((c) => [c.paragraph, c.to]), [[13, "11."], [14, "12."]], "11. and 12.");
  });
  test("readOutline reads 10. as 10", () => {
    const entry = readOutline(doc).find((e) => e.paragraph === 12);
    assert.equal(entry?.writtenNumber, 10, "value of the tenth item");
  });
});
