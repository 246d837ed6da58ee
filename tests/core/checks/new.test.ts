import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { applyFixes, checkDocument, type Finding, type RuleId } from "../../../src/core/checks/index";

function run(rule: RuleId, paragraphs: string[]): Finding[] {
  return checkDocument(paragraphs, { enabledRules: [rule] });
}
function fixed(rule: RuleId, paragraphs: string[]): string[] {
  return applyFixes(paragraphs, run(rule, paragraphs)).paragraphs;
}

describe("punct.rumao: announcing what follows", () => {
  for (const [written, right] of [
    ["主要有以下几个方面；", "主要有以下几个方面："],
    ["归纳起来有以下几点。", "归纳起来有以下几点："],
    ["现将有关情况报告如下，", "现将有关情况报告如下："],
  ] as Array<[string, string]>) {
    test(`${written} → ${right}`, () => assert.deepEqual(fixed("punct.rumao", [written]), [right]));
  }
  test("以下 in the middle of a sentence is not reported", () => {
    assert.deepEqual(run("punct.rumao", ["以下几个方面的工作取得进展。"]), []);
  });
});

describe("punct.trailingDunhao", () => {
  test("a paragraph ending in 、 is reported without a fix", () => {
    const [f] = run("punct.trailingDunhao", ["加强学习、改进作风、 "]);
    assert.equal(f?.start, 9);
    assert.equal(f?.replacement, undefined);
  });
  test("a 、 inside the paragraph is fine", () => assert.deepEqual(run("punct.trailingDunhao", ["学习、工作。"]), []));
});

describe("placeholder.field", () => {
  test("{单位} and {年度} left by a phrase are reported", () => {
    const found = run("placeholder.field", ["我在{单位}工作，{年度}完成任务。"]);
    assert.deepEqual(found.map((f) => [f.start, f.end]), [[2, 6], [9, 13]]);
  });
  test("Latin braces in code or formulas are not fields", () => {
    assert.deepEqual(run("placeholder.field", ["公式为{x+y}，集合{1,2}。"]), []);
  });
});

describe("punct.rangeDash", () => {
  for (const [written, right] of [
    ["2024-2026年", "2024—2026年"],
    ["2024 - 2026年", "2024—2026年"],
    ["2021～2025年", "2021—2025年"],
  ] as Array<[string, string]>) {
    test(`${written} → ${right}`, () => {
      const found = run("punct.rangeDash", [written]);
      assert.equal(found.length, 1);
      assert.doesNotMatch(written.slice(found[0]!.start, found[0]!.end), /^\s|\s$/);
      assert.deepEqual(fixed("punct.rangeDash", [written]), [right]);
    });
  }
  test("dates, phone numbers and falling ranges are left alone", () => {
    assert.deepEqual(run("punct.rangeDash", ["2024-05-06", "电话0571-2026", "2026-2024", "编号12024-2026"]), []);
  });
});

describe("text.yearZero", () => {
  for (const written of ["二O二六年", "二0二六年", "二○二六年", "二Ｏ二六年"]) {
    test(`${written} → 二〇二六年`, () => assert.deepEqual(fixed("text.yearZero", [written]), ["二〇二六年"]));
  }
  test("a correct year and non-years are fine", () => {
    assert.deepEqual(run("text.yearZero", ["二〇二六年", "一二O个"]), []);
  });
});

describe("text.leadingZero", () => {
  test("2026年01月08日 → 2026年1月8日", () => {
    assert.deepEqual(fixed("text.leadingZero", ["2026年01月08日"]), ["2026年1月8日"]);
  });
  test("10月, 20日 and 1.05月 are fine", () => {
    assert.deepEqual(run("text.leadingZero", ["10月20日", "增长1.05月"]), []);
  });
});

describe("punct.ellipsis", () => {
  for (const [written, right] of [
    ["等等...", "等等……"],
    ["如下。。。", "如下……"],
    ["如下…", "如下……"],
  ] as Array<[string, string]>) {
    test(`${written} → ${right}`, () => assert.deepEqual(fixed("punct.ellipsis", [written]), [right]));
  }
  test("…… is right; Latin dots and URLs stay", () => {
    assert.deepEqual(run("punct.ellipsis", ["如下……", "and so on...", "见www.a.cn/...x"]), []);
  });
});

describe("numbering.punctuation: 1． is house style", () => {
  test("1． is information; 1、 is a warning", () => {
    assert.equal(run("numbering.punctuation", ["1．要点"])[0]?.severity, "info");
    assert.equal(run("numbering.punctuation", ["1、要点"])[0]?.severity, "warning");
  });
});

describe("fixes Word can apply", () => {
  test("a half-width comma followed by spaces: the span never ends in whitespace", () => {
    const doc = ["我们坚持学习,  认真工作。"];
    const [f] = run("punct.halfWidth", doc);
    assert.ok(f, "f");
    assert.doesNotMatch(doc[0]!.slice(f.start, f.end), /\s$/);
    assert.deepEqual(fixed("punct.halfWidth", doc), ["我们坚持学习，认真工作。"]);
  });
  test("no fix deletes a manual line break", () => {
    const doc = ["我们坚持学习,\u000b认真工作。", "标题。\u000b", "报告如下；\u000b"];
    const findings = checkDocument(doc);
    for (const f of findings.filter((x) => x.replacement !== undefined)) {
      const removed = doc[f.paragraph]!.slice(f.start, f.end);
      assert.ok(!removed.includes("\u000b") || f.replacement!.includes("\u000b"), `${f.rule} deletes \\v`);
    }
    const after = applyFixes(doc, findings).paragraphs;
    assert.equal(after.join("").split("\u000b").length, 4);
  });
});

describe("numbering.beyondRange", () => {
  test("1,000 same-level headings with one malformed: no throw, no fix that cannot be read back", () => {
    const doc = Array.from({ length: 1000 }, (_, i) => (i === 500 ? "一.标题" : "一、标题"));
    const findings = checkDocument(doc);
    assert.ok(findings.some((f) => f.rule === "numbering.beyondRange"), "findings.some((f) => f.rule === \"numbering.beyondRange\")");
    for (const f of findings.filter((x) => x.rule.startsWith("numbering.") && x.replacement !== undefined)) {
      assert.doesNotMatch(f.replacement!, /^[0-9]{3,}/);
    }
  });
});
