import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { checkDocument, isAutoFix, planFixes, type FixPlan } from "../../src/core/checks/index";
import { readOutline, renumber } from "../../src/core/outline";
import { correctReport, messyReport, seeded } from "../support/reportFuzz";
import { corpusPath } from "../support/shared";

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

/** Every property a plan must have, on any input. */
function assertSettles(paragraphs: readonly string[], label: string): FixPlan {
  const plan = planFixes(paragraphs);
  assert.deepEqual(applyPlan(paragraphs, plan), plan.paragraphs, `${label}: the edits give the planned text`);
  const left = checkDocument(plan.paragraphs).filter((f) => isAutoFix(f, plan.paragraphs[f.paragraph]));
  assert.deepEqual(left, [], `${label}: nothing fixable is left\n${paragraphs.join("\n")}`);
  let previous: { paragraph: number; end: number } | null = null;
  for (const edit of plan.edits) {
    const span = paragraphs[edit.paragraph]!.slice(edit.start, edit.end);
    assert.ok(span.length > 0, `${label}: empty span`);
    assert.doesNotMatch(span, /^\s|\s$/, `${label}: span “${span}” has whitespace at an edge`);
    assert.ok(!plan.removals.includes(edit.paragraph));
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
    assert.ok(plan.edits.every((e) => e.start >= 2));
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
