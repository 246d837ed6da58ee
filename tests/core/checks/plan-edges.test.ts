// plan.ts with fixed expected values (mutation testing, issue 27): which findings 全部修复 takes,
// the edits in offsets of the paragraphs as read (merged where they meet), paragraphs renumbered
// after a removed line, and the findings given by the caller.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { isAutoFix, planFixes, type Finding } from "../../../src/core/checks/index";

const finding = (over: Partial<Finding>): Finding =>
  ({ rule: "punct.halfWidth", severity: "warning", paragraph: 0, start: 0, end: 1, message: { zh: "", en: "" }, replacement: "，", ...over }) as Finding;

describe("isAutoFix", () => {
  const cases: Array<[string, Finding, string | undefined, boolean]> = [
    ["a warning with a replacement", finding({}), ",甲", true],
    ["an error with a replacement", finding({ severity: "error" }), ",甲", true],
    ["an info note", finding({ severity: "info" }), ",甲", false],
    ["a paragraph that is gone", finding({}), undefined, false],
    ["a line removal", finding({ removeParagraph: true, replacement: undefined }), "广告", true],
    ["an info line removal", finding({ severity: "info", removeParagraph: true }), "广告", false],
    ["no replacement", finding({ replacement: undefined }), ",甲", false],
    ["an empty span", finding({ start: 1, end: 1 }), ",甲", false],
    ["a reversed span", finding({ start: 2, end: 1 }), ",甲", false],
    ["a deleted manual line break", finding({ start: 0, end: 2, replacement: "，" }), ",\u000b甲", false],
    ["a kept manual line break", finding({ start: 0, end: 2, replacement: "，\u000b" }), ",\u000b甲", true],
    ["a written manual line break", finding({ start: 0, end: 1, replacement: "，\u000b" }), ",甲", true],
  ];
  for (const [name, f, text, expected] of cases) test(name, () => assert.equal(isAutoFix(f, text), expected, name));
});

describe("planFixes: exact edits", () => {
  test("fixes that meet are one edit; a space outside the fixes stays", () => {
    const plan = planFixes(["　　主要做法：一是甲?三是乙 ,  丙"]);
    assert.deepEqual(
      plan.edits,
      [
        { paragraph: 0, start: 10, end: 13, replacement: "？二是" },
        { paragraph: 0, start: 15, end: 19, replacement: "，丙" },
      ],
      "? and 三 meet",
    );
    assert.deepEqual(plan.paragraphs, ["　　主要做法：一是甲？二是乙 ，丙"], "the text planned");
  });

  test("lengthening and shortening fixes: edits in the offsets as read", () => {
    const plan = planFixes(["学习习总书记讲话,落实习总书记要求……"]);
    assert.deepEqual(
      plan.edits,
      [
        { paragraph: 0, start: 2, end: 6, replacement: "习近平总书记" },
        { paragraph: 0, start: 8, end: 9, replacement: "，" },
        { paragraph: 0, start: 11, end: 15, replacement: "习近平总书记" },
      ],
      "three edits",
    );
    assert.deepEqual(plan.applied.map((f) => f.rule), ["text.tifa", "punct.halfWidth", "text.tifa"], "the findings carried out");
  });

  test("after a removed line, the lines renumbered keep their original indices", () => {
    const doc = ["一、总体情况", "一、本文由笔耕资料站整理，QQ群：612345789", "一、存在问题", "一、下一步"];
    const plan = planFixes(doc);
    assert.deepEqual(plan.removals, [1], "the ad line");
    assert.deepEqual(
      plan.edits,
      [
        { paragraph: 2, start: 0, end: 2, replacement: "二、" },
        { paragraph: 3, start: 0, end: 2, replacement: "三、" },
      ],
      "paragraphs 2 and 3 as read",
    );
    assert.deepEqual(plan.paragraphs, ["一、总体情况", "二、存在问题", "三、下一步"], "the text planned");
    assert.equal(plan.rounds, 2, "a fix round and the settling check");
    assert.deepEqual(plan.applied.map((f) => f.rule), ["ads.line", "numbering.repeat", "numbering.repeat"], "the first check's findings");
  });

  test("the findings the person saw are the ones planned: none given, nothing done", () => {
    const doc = ["坚持学习,认真工作。"];
    const plan = planFixes(doc, {}, []);
    assert.deepEqual([plan.edits, plan.removals, plan.applied, plan.paragraphs, plan.rounds], [[], [], [], doc, 1], "nothing");
    assert.deepEqual(plan.findings, [], "and the findings are the ones given");
  });

  test("a fix that makes a new fixable finding: a second round, the first round's findings reported, one edit", () => {
    const given = finding({ rule: "text.tifa", start: 3, end: 4, replacement: "," });
    const plan = planFixes(["学习甲乙丙的工作"], {}, [given]);
    assert.equal(plan.rounds, 3, "two fix rounds and the settling check");
    assert.deepEqual(plan.applied, [given], "what the person saw and 全部修复 carried out");
    assert.deepEqual(plan.paragraphs, ["学习甲，丙的工作"], "the half-width comma written then fixed");
    assert.deepEqual(plan.edits, [{ paragraph: 0, start: 3, end: 4, replacement: "，" }], "composed into one edit");
  });

  test("edits in paragraph order, whichever round first touched each paragraph", () => {
    const given = finding({ rule: "text.tifa", paragraph: 1, start: 3, end: 4, replacement: "," });
    const plan = planFixes(["甲,乙的工作", "学习甲乙丙的工作"], {}, [given]);
    assert.deepEqual(
      plan.edits,
      [
        { paragraph: 0, start: 1, end: 2, replacement: "，" },
        { paragraph: 1, start: 3, end: 4, replacement: "，" },
      ],
      "paragraph 0 (second round) before paragraph 1 (first round)",
    );
  });

  test("a finding given by the caller is applied as given", () => {
    const doc = ["甲乙丙"];
    const given = finding({ start: 1, end: 2, replacement: "丁" });
    const plan = planFixes(doc, {}, [given]);
    assert.deepEqual(plan.edits, [{ paragraph: 0, start: 1, end: 2, replacement: "丁" }], "one edit");
    assert.deepEqual(plan.paragraphs, ["甲丁丙"], "applied");
    assert.deepEqual(plan.applied, [given], "carried out");
  });

  test("a span ending in a space grows to the right, one starting with a space to the left", () => {
    const doc = ["甲乙 丙丁"];
    const ending = planFixes(doc, {}, [finding({ start: 1, end: 3, replacement: "" })]);
    assert.deepEqual(ending.paragraphs, ["甲丙丁"], "乙 and the space removed");
    assert.deepEqual(ending.edits, [{ paragraph: 0, start: 1, end: 4, replacement: "丙" }], "乙 丙 → 丙");
    const starting = planFixes(doc, {}, [finding({ start: 2, end: 4, replacement: "" })]);
    assert.deepEqual(starting.paragraphs, ["甲乙丁"], "the space and 丙 removed");
    assert.deepEqual(starting.edits, [{ paragraph: 0, start: 1, end: 4, replacement: "乙" }], "乙 丙 → 乙");
  });

  test("at the paragraph's edges a span never runs past them, even with a space there", () => {
    const cases: Array<[string, Partial<Finding>, unknown]> = [
      ["甲乙 ", { start: 1, end: 3, replacement: "" }, { paragraph: 0, start: 1, end: 3, replacement: "" }],
      [" 甲乙", { start: 0, end: 2, replacement: "" }, { paragraph: 0, start: 0, end: 2, replacement: "" }],
      ["甲乙 ", { start: 2, end: 3, replacement: "" }, { paragraph: 0, start: 1, end: 3, replacement: "乙" }],
    ];
    for (const [text, fix, edit] of cases) {
      assert.deepEqual(planFixes([text], {}, [finding(fix)]).edits, [edit], JSON.stringify([text, fix]));
    }
  });

  test("spans that meet once grown are merged into one edit", () => {
    const plan = planFixes(["甲 乙 丙"], {}, [finding({ start: 1, end: 2, replacement: "" }), finding({ start: 3, end: 4, replacement: "" })]);
    assert.deepEqual(plan.paragraphs, ["甲乙丙"], "both spaces removed");
    assert.deepEqual(plan.edits, [{ paragraph: 0, start: 0, end: 5, replacement: "甲乙丙" }], "one edit");
  });

  test("a removal right before a space grows to the left only as far as needed", () => {
    const doc = ["甲乙 丙"];
    const plan = planFixes(doc, {}, [finding({ start: 2, end: 3, replacement: "" })]);
    assert.deepEqual(plan.paragraphs, ["甲乙丙"], "the space removed");
    assert.deepEqual(plan.edits, [{ paragraph: 0, start: 1, end: 4, replacement: "乙丙" }], "乙 丙 → 乙丙");
  });
});
