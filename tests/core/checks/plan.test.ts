import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { checkDocument, planFixes, type Finding, type FixPlan } from "../../../src/core/checks/index";
import { readOutline, renumber } from "../../../src/core/outline";
import { correctReport, messyReport, seeded } from "../../support/reportFuzz";
import { corpusPath } from "../../support/shared";

/** What the Word layer does with a plan: the edits right to left in each paragraph, then the removals. */
function applyPlan(paragraphs: readonly string[], plan: FixPlan): string[] {
  const out = paragraphs.slice();
  for (const edit of [...plan.edits].sort((a, b) => a.paragraph - b.paragraph || b.start - a.start)) {
    const text = out[edit.paragraph]!;
    out[edit.paragraph] = text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
  }
  const removals = new Set(plan.removals);
  return out.filter((_, i) => !removals.has(i));
}

/**
 * What 全部修复 promises to fix, written from its contract rather than with `isAutoFix` (the code
 * under test): a warning or error that removes its line or carries a replacement, and never one
 * whose replacement drops a manual line break (U+000B).
 */
function fixableByContract(f: Finding, text: string): boolean {
  if (f.severity === "info") return false;
  if (f.removeParagraph) return true;
  if (f.replacement === undefined) return false;
  const breaks = (t: string) => t.split("\u000b").length;
  return breaks(f.replacement) >= breaks(text.slice(f.start, f.end));
}

/** Every property a plan must have, on any input. */
function assertSettles(paragraphs: readonly string[], label: string): FixPlan {
  const plan = planFixes(paragraphs);
  assert.deepEqual(applyPlan(paragraphs, plan), plan.paragraphs, `${label}: the edits give the planned text`);
  const left = checkDocument(plan.paragraphs).filter((f) => fixableByContract(f, plan.paragraphs[f.paragraph]!));
  assert.deepEqual(left, [], `${label}: nothing fixable is left\n${paragraphs.join("\n")}`);
  let previous: { paragraph: number; end: number } | null = null;
  for (const edit of plan.edits) {
    const span = paragraphs[edit.paragraph]!.slice(edit.start, edit.end);
    assert.ok(span.length > 0, `${label}: empty span`);
    assert.doesNotMatch(span, /^\s|\s$/, `${label}: span “${span}” has whitespace at an edge`);
    assert.ok(!plan.removals.includes(edit.paragraph), "!plan.removals.includes(edit.paragraph)");
    if (previous && previous.paragraph === edit.paragraph) assert.ok(edit.start >= previous.end, `${label}: overlap`);
    previous = edit;
    const breaks = (t: string) => t.split("\u000b").length;
    assert.ok(breaks(edit.replacement) >= breaks(span), `${label}: an edit deletes a manual line break`);
  }
  return plan;
}

const corpus = (name: string) => readFileSync(corpusPath(`${name}.txt`), "utf8").split(/\r?\n/);

describe("planFixes: 全部修复 settles in one pass", () => {
  for (const [name, doc] of [
    ["“;(一)”", ["我们的工作;(一)抓学习。"]],
    ["“一、(1):”", ["一、(1):要点"]],
    ["“?二是”", ["主要做法：一是抓学习?二是抓落实?四是抓作风。"]],
    ["half-width comma and spaces", ["坚持学习,   认真工作。"]],
    ["ads and numbering together", ["一、总体情况", "一、本文由笔耕资料站整理，QQ群：612345789", "三、存在问题", "四、下一步打算"]],
  ] as Array<[string, string[]]>) {
    test(name, () => {
      assertSettles(doc, name);
    });
  }

  test("the ad line is removed and the numbering is right in the same pass", () => {
    const doc = ["一、总体情况", "一、本文由笔耕资料站整理，QQ群：612345789", "三、存在问题"];
    const plan = assertSettles(doc, "ads");
    assert.deepEqual(plan.paragraphs, ["一、总体情况", "二、存在问题"]);
    assert.deepEqual(plan.removals, [1]);
  });

  test("edits are in offsets of the paragraphs as read", () => {
    const doc = ["　　主要做法：一是甲?三是乙 ,  丙"];
    const plan = assertSettles(doc, "offsets");
    assert.deepEqual(plan.paragraphs, ["　　主要做法：一是甲？二是乙 ，丙"]);
    assert.ok(plan.edits.every((e) => e.start >= 2), "plan.edits.every((e) => e.start >= 2)");
  });

  const reports = readdirSync(corpusPath("")).filter((f) => f.endsWith(".txt")).map((f) => f.replace(/\.txt$/, ""));
  test("the corpus has its reports", () => assert.ok(reports.length >= 4, reports.join(", ")));
  for (const name of reports) {
    test(`corpus: ${name}`, () => {
      const doc = corpus(name);
      const plan = assertSettles(doc, name);
      assert.deepEqual(plan.removals, [], "nothing of a public report is removed");
      assert.deepEqual(renumber(plan.paragraphs).changes, []);
    });
  }

  test("fuzzed messy reports settle (seeded)", () => {
    const rand = seeded(41);
    for (let round = 0; round < 150; round++) assertSettles(messyReport(rand, 30), `messy ${round}`);
  });

  test("fixing a correct report never touches its numbering (seeded)", () => {
    const rand = seeded(53);
    for (let round = 0; round < 150; round++) {
      const doc = correctReport(rand, 30);
      const plan = assertSettles(doc, `correct ${round}`);
      const ordinals = (texts: readonly string[]) =>
        readOutline(texts).map((e) => `${e.paragraph}:${e.level}:${e.writtenNumber}`);
      assert.deepEqual(ordinals(plan.paragraphs), ordinals(doc), `correct ${round}\n${doc.join("\n")}`);
    }
  });
});

describe("planFixes: fixed expected values (mutation gaps of code-review-3)", () => {
  test("an info finding (a sentence-style heading's full stop) is shown but never applied", () => {
    const doc = ["关于2026年工作情况的报告", "一、坚持学习，提高能力。", "正文一段。"];
    const info = checkDocument(doc).filter((f) => f.paragraph === 1 && f.rule === "punct.titleFullStop");
    assert.equal(info.length, 1, "the heading's full stop is reported");
    assert.equal(info[0]!.severity, "info", "as a house-style note");
    const plan = planFixes(doc);
    assert.deepEqual(plan.paragraphs, doc, "nothing is changed");
    assert.deepEqual(plan.edits, [], "no edit is planned");
    assert.equal(plan.rounds, 1, "one check, no fix round");
  });

  test("a fix that lengthens the text (习总书记 → 习近平总书记) plans and applies", () => {
    const doc = ["关于2026年工作情况的报告", "深入学习习总书记重要讲话精神，认真落实。"];
    const plan = planFixes(doc);
    assert.deepEqual(plan.paragraphs, ["关于2026年工作情况的报告", "深入学习习近平总书记重要讲话精神，认真落实。"]);
    assert.deepEqual(applyPlan(doc, plan), plan.paragraphs, "the edits give the planned text");
    assert.equal(plan.rounds, 2, "one fix round, then the settling check");
  });

  test("two lengthening fixes and a shortening one in one paragraph", () => {
    const doc = ["关于2026年工作情况的报告", "学习习总书记讲话,落实习总书记要求……"];
    const plan = planFixes(doc);
    assert.equal(plan.paragraphs[1], "学习习近平总书记讲话，落实习近平总书记要求……");
    assert.deepEqual(applyPlan(doc, plan), plan.paragraphs);
  });

  test("rounds stop as soon as nothing fixable is left", () => {
    assert.equal(planFixes(["关于工作的报告", "正文。"]).rounds, 1, "a clean document: one check");
    assert.equal(planFixes(["关于工作的报告", "一．总体情况", "二、主要做法"]).rounds, 2, "one fix: two checks");
    const ad = planFixes(["一、总体情况", "一、本文由笔耕资料站整理，QQ群：612345789", "三、存在问题"]);
    assert.deepEqual(ad.paragraphs, ["一、总体情况", "二、存在问题"]);
    assert.ok(ad.rounds >= 2 && ad.rounds <= 3, `rounds ${ad.rounds}`);
  });
});
