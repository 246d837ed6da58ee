// scan.ts at its edges: the context window of a long sentence (80 characters around the blank) and
// blanks that touch a content control without overlapping it.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { scanPlaceholders, type ContentControlInfo } from "../../../src/core/placeholders/index";

const LONG =
  "在各级党委的坚强领导下，全县上下深入贯彻落实新发展理念，坚持稳中求进工作总基调，统筹发展和安全，扎实推进各项工作，" +
  "全年实现地区生产总值XX亿元，同比增长X%，经济运行总体平稳、稳中有进、持续向好，为全面建设社会主义现代化国家开好局起好步作出了积极贡献。";

describe("context of a sentence longer than the window", () => {
  const found = scanPlaceholders([LONG]);
  test("two blanks", () => assert.deepEqual(found.map((p) => [p.start, p.end]), [[67, 69], [76, 77]], "positions"));
  test("40 characters either side of the blank, trimmed", () => {
    assert.equal(found[0]!.context, LONG.slice(27, 109).trim(), "first blank");
    assert.equal(found[1]!.context, LONG.slice(36, 117).trim(), "second blank");
  });
  test("a short sentence is shown whole", () => {
    const [p] = scanPlaceholders(["一、总体情况", "全年完成投资XX亿元。下一句。"]);
    assert.equal(p!.context, "全年完成投资XX亿元。", "the sentence only");
  });
});

describe("blanks beside a content control", () => {
  const text = "共有XX名干部参加培训。";
  const control = (start: number, end: number): ContentControlInfo => ({
    tag: "rc-metric:甲", title: "甲", text: text.slice(start, end), paragraph: 0, start, end,
  });
  const spans = (cc: ContentControlInfo[]) => scanPlaceholders([text], { contentControls: cc }).map((p) => [p.start, p.end]);
  test("a control ending where the blank starts: both", () => assert.deepEqual(spans([control(0, 2)]), [[0, 2], [2, 4]], "both kept"));
  test("a control starting where the blank ends: both", () => assert.deepEqual(spans([control(4, 5)]), [[2, 4], [4, 5]], "both kept"));
  test("a control over the blank: the control only", () => assert.deepEqual(spans([control(2, 4)]), [[2, 4]], "one place"));
  test("a control elsewhere: both", () => assert.deepEqual(spans([control(5, 7)]), [[2, 4], [5, 7]], "both kept"));
});
