// scan.ts at its edges (mutation testing, issue 27): the sentence a blank right after a full stop
// belongs to, a sentence of exactly 80 characters, content controls' labels and kinds, the
// longest gap of an enumeration, and what forEachPlaceholderLabel leaves out.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { forEachPlaceholderLabel, scanPlaceholders, type ContentControlInfo, type Placeholder } from "../../../src/core/placeholders/index";

const brief = (ps: readonly Placeholder[]) => ps.map((p) => [p.start, p.kind, p.label]);

describe("context", () => {
  test("a blank right after a full stop belongs to the next sentence", () => {
    const found = scanPlaceholders(["全年完成XX亿元。XX万人参加培训。"]);
    assert.deepEqual(found.map((p) => p.context), ["全年完成XX亿元。", "XX万人参加培训。"], "one sentence each");
  });
  test("a sentence of exactly 80 characters is shown whole", () => {
    const text = `${"甲".repeat(30)}完成投资XX亿元${"乙".repeat(41)}。`;
    assert.equal(text.length, 80, "80 characters");
    assert.equal(scanPlaceholders([text])[0]!.context, text, "whole");
  });
  test("a sentence of 81 characters is cut to 40 either side", () => {
    const text = `${"甲".repeat(30)}完成投资XX亿元${"乙".repeat(42)}。`;
    const [p] = scanPlaceholders([text]);
    assert.equal(p!.context, text.slice(0, 76), "from the start to 40 after the blank");
  });
});

describe("content controls", () => {
  const text = "本单位2026年度营业收入为123亿元，负责人张三。";
  const cc = (tag: string, title: string, start: number, end: number): ContentControlInfo => ({
    tag, title, text: text.slice(start, end), paragraph: 0, start, end,
  });

  test("labels from the tag after its colon, else the title, else the text, else the tag; kinds from the label and tag", () => {
    const found = scanPlaceholders([text], {
      contentControls: [cc("rc:2026年度", "", 3, 7), cc("rc-metric:营业收入", "x", 14, 17), cc("nocolon", "负责人姓名", 23, 25)],
    });
    assert.deepEqual(
      found.map((p) => [p.start, p.end, p.kind, p.label, p.group, p.id, p.raw]),
      [
        [3, 7, "year", "2026年度", "cc:rc:2026年度", "0:3", "2026"],
        [14, 17, "number", "营业收入", "cc:rc-metric:营业收入", "0:14", "123"],
        [23, 25, "name", "负责人姓名", "cc:nocolon", "0:23", "张三"],
      ],
      "three controls",
    );
    assert.ok(found.every((p) => p.context === text), "the sentence as context");
    assert.equal(found[1]!.unit, "亿元", "a figure before 亿元 keeps its unit");
  });

  test("a control over a full stop: its context runs to the end of the sentence it ends in", () => {
    const two = "甲完成XX。乙完成YY。丙。";
    const control: ContentControlInfo = { tag: "rc:甲乙", title: "", text: two.slice(3, 9), paragraph: 0, start: 3, end: 9 };
    const [p] = scanPlaceholders([two], { contentControls: [control] });
    assert.equal(p!.context, "甲完成XX。乙完成YY。", "two sentences");
  });

  test("a blank title falls back to the text, a blank text to the tag", () => {
    const found = scanPlaceholders([text], { contentControls: [cc("", "", 14, 17), { ...cc("tagonly", "  ", 23, 25), text: "  " }] });
    assert.deepEqual(found.map((p) => [p.kind, p.label, p.group]), [["number", "123", "cc:"], ["text", "tagonly", "cc:tagonly"]], "labels");
  });
});

describe("enumerations", () => {
  test("two blanks 12 characters apart with a joiner are one enumeration", () => {
    assert.deepEqual(brief(scanPlaceholders(["在XX、东部的新区城区中心地带XX两地。"])), [[1, "name", "地名（第1个）"], [15, "name", "地名（第2个）"]], "numbered");
  });
  test("13 characters apart they are not", () => {
    assert.deepEqual(brief(scanPlaceholders(["在XX、东部的新区城区中心地带内XX两地。"])), [[1, "text", "在…"], [16, "name", "地名"]], "apart");
  });
  test("a comma between them ends the enumeration; no joiner, none either", () => {
    assert.deepEqual(brief(scanPlaceholders(["在XX，XX两地。"])), [[1, "text", "在…"], [4, "name", "地名"]], "comma");
    assert.deepEqual(brief(scanPlaceholders(["在XX XX两地。"])), [[1, "text", "在…XX两地"], [4, "name", "地名"]], "space only");
  });
  test("named blanks keep their noun and are numbered; 公司 after each blank", () => {
    const found = scanPlaceholders(["甲公司XX和乙公司XX，XX公司与XX公司。"]);
    assert.deepEqual(
      found.map((p) => [p.start, p.kind, p.label, p.group]),
      [
        [3, "text", "甲公司", "field:甲公司|text#1"],
        [9, "text", "乙公司", "field:乙公司|text#1"],
        [12, "name", "公司名称（第1个）", "field:公司名称（第1个）|name#1"],
        [17, "name", "公司名称（第2个）", "field:公司名称（第2个）|name#1"],
      ],
      "two enumerations",
    );
  });
  test("what the items are is read right after the last blank, and only after a number", () => {
    const found = scanPlaceholders(["在XX、XX召开会议，涉及两地。"]);
    assert.deepEqual(brief(found), [[1, "text", "在…"], [4, "name", "…召开会议"]], "两地 later in the sentence is not their noun");
  });
  test("两家企业: nameless blanks take the noun with 名称", () => {
    assert.deepEqual(brief(scanPlaceholders(["支持XX、XX两家企业发展。"])), [[2, "name", "企业名称（第1个）"], [5, "name", "企业名称（第2个）"]], "企业名称");
  });
  test("三个园区 after blanks already named: numbered, not renamed", () => {
    const found = scanPlaceholders(["建成X科技园、X科技园、X科技园三个园区。"]);
    assert.deepEqual(found.map((p) => p.label), ["科技园名称（第1个）", "科技园名称（第2个）", "科技园名称（第3个）"], "numbered");
  });
});

describe("forEachPlaceholderLabel", () => {
  test("labels and places only: no id, no context, the field group not yet numbered", () => {
    const seen: unknown[] = [];
    forEachPlaceholderLabel(["上半年完成投资XX亿元。"], (p) => seen.push(p));
    assert.deepEqual(
      seen,
      [{ id: "", paragraph: 0, start: 7, end: 9, raw: "XX", kind: "number", label: "完成投资", group: "field:", context: "", unit: "亿元" }],
      "one placeholder",
    );
  });
});

describe("groups", () => {
  test("years share the group year:年度", () => {
    const found = scanPlaceholders(["20XX年，XX公司完成XX亿元。", "20XX年XX公司的工作。"]);
    assert.deepEqual(
      found.filter((p) => p.kind === "year").map((p) => p.group),
      ["year:年度", "year:年度"],
      "one year group",
    );
  });
});
