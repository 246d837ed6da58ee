import { corpusPath } from "../../support/shared";
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readOutline, renumber } from "../../../src/core/outline";

const load = (name: string) => readFileSync(corpusPath(name), "utf8").split("\n");

describe("real government work reports", () => {
  test("2013: three parts, four sub-parts, eight + seven points, all correctly numbered", () => {
    const paragraphs = load("gov-work-report-2013.txt");
    const entries = readOutline(paragraphs);
    const level = (n: number) => entries.filter((e) => e.level === n);
    assert.deepEqual(level(1).map((e) => [e.paragraph + 1, e.written]), [[10, "一、"], [84, "二、"], [107, "三、"]]);
    assert.equal(level(1)[0]!.title, "过去五年工作回顾");
    assert.deepEqual(level(2).map((e) => [e.paragraph + 1, e.written]), [[114, "（一）"], [129, "（二）"], [138, "（三）"], [167, "（四）"]]);
    // 一是…八是 open paragraphs 21–50 with explanation paragraphs between; 101 and 103 hold inline lists.
    assert.deepEqual(level(5).map((e) => e.paragraph + 1), [21, 30, 32, 34, 44, 46, 48, 50, 101, 101, 101, 101, 103, 103, 103]);
    assert.deepEqual(level(3), []);
    assert.deepEqual(level(4), []);
    assert.ok(entries.every((e) => e.written === e.expected), "entries.every((e) => e.written === e.expected)");
  });

  test("2024: three parts, ten run-in sub-parts (一)…(十), six leading points", () => {
    const paragraphs = load("gov-work-report-2024.txt");
    const entries = readOutline(paragraphs);
    const level = (n: number) => entries.filter((e) => e.level === n);
    assert.deepEqual(level(1).map((e) => e.paragraph + 1), [24, 69, 92]);
    assert.equal(level(1)[0]!.title, "2023年工作回顾");
    assert.equal(level(2).length, 10);
    assert.equal(level(2)[9]!.written, "（十）");
    assert.ok(level(2)[9]!.title.startsWith("切实保障和改善民生"), "level(2)[9]!.title.startsWith(\"切实保障和改善民生\")");
    assert.ok(level(2).every((e) => e.runIn), "level(2).every((e) => e.runIn)");
    assert.deepEqual(level(5).map((e) => e.written), ["一是", "二是", "三是", "四是", "五是", "六是"]);
    assert.ok(entries.every((e) => e.written === e.expected), "entries.every((e) => e.written === e.expected)");
  });

  for (const name of ["gov-work-report-2013.txt", "gov-work-report-2024.txt"]) {
    test(`renumber makes no change to ${name}`, () => {
      const paragraphs = load(name);
      const result = renumber(paragraphs);
      assert.deepEqual(result.changes, []);
      assert.deepEqual(result.paragraphs, paragraphs);
    });
  }

  test("a section deleted from the 2024 report is repaired by renumber", () => {
    const paragraphs = load("gov-work-report-2024.txt");
    const without = paragraphs.filter((_, i) => i !== 104); // drop the （二） heading line (line 105)
    const { changes } = renumber(without);
    assert.deepEqual(changes.map((c) => [c.from, c.to]), [
      ["（三）", "（二）"], ["（四）", "（三）"], ["（五）", "（四）"], ["（六）", "（五）"],
      ["（七）", "（六）"], ["（八）", "（七）"], ["（九）", "（八）"], ["（十）", "（九）"],
    ]);
  });
});
