import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readOutline, renumber } from "../../../src/core/outline";
import { correctReport, messyReport, seeded } from "../../support/reportFuzz";

const mismatches = (paragraphs: string[]) =>
  readOutline(paragraphs).filter((e) => e.written !== e.expected).map((e) => [e.paragraph, e.written, e.expected]);
const points = (paragraphs: string[]) => readOutline(paragraphs).filter((e) => e.level === 5).map((e) => e.written);

describe("enumeration reading", () => {
  test("the reported draft: 四是 after …… is read, so 五是 is right and nothing changes", () => {
    const doc = [
      "一是项目建设提速。二是产业结构优化。三是重点工程推进，部分项目具体进展如下……四是招商引资成效明显……五是服务工作全面提升。",
    ];
    assert.deepEqual(points(doc), ["一是", "二是", "三是", "四是", "五是"]);
    assert.deepEqual(renumber(doc).changes, []);
  });

  for (const boundary of ["……", "：", "。", "；", "！", "？", "，", "…", "?", "!", ";", ":"]) {
    test(`a point after “${boundary}” is read`, () => {
      const doc = [`一是甲${boundary}二是乙${boundary}三是丙。`];
      assert.deepEqual(points(doc), ["一是", "二是", "三是"]);
      assert.deepEqual(mismatches(doc), []);
    });
  }

  test("the exact next number counts anywhere (”四是, ）五是); other look-alikes do not", () => {
    const doc = ["一是“抓学习”二是（抓落实）三是抓作风，思想统一是前提。"];
    assert.deepEqual(points(doc), ["一是", "二是", "三是"]);
    assert.deepEqual(mismatches(doc), []);
  });

  test("第一/第二 with a comma or colon, 其一/其二, 首先/其次/再次", () => {
    assert.deepEqual(points(["第一，甲；第二：乙；第三，丙。"]), ["第一，", "第二：", "第三，"]);
    assert.deepEqual(points(["其一，甲；其二，乙。"]), ["其一，", "其二，"]);
    assert.deepEqual(points(["首先，甲。其次，乙。再次，丙。"]), ["首先，", "其次，", "再次，"]);
    assert.deepEqual(points(["首先要抓好学习，其次要抓好落实。坚持质量第一、效益优先。第一次会议。"]), []);
  });

  test("repeats and gaps are still found in every style", () => {
    assert.deepEqual(mismatches(["第一，甲；第一，乙。"]), [[0, "第一，", "第二，"]]);
    assert.deepEqual(mismatches(["其一，甲；其三，乙。"]), [[0, "其三，", "其二，"]]);
    assert.deepEqual(mismatches(["首先，甲；首先，乙。"]), [[0, "首先，", "其次，"]]);
  });

  test("a first point that continues nothing is trusted as written", () => {
    assert.deepEqual(mismatches(["具体做法如下……四是招商引资；五是服务提升。"]), []);
  });

  test("a paragraph-leading sub-list does not break the enumeration it interrupts", () => {
    const doc = ["一是稳增长。", "二是调结构。", "一是扩投资；二是促消费；三是稳外贸。", "三是惠民生。"];
    assert.deepEqual(mismatches(doc), []);
  });

  test("beyond what a form can write: left as written, marked beyondRange", () => {
    const doc = Array.from({ length: 1001 }, () => "一、标题");
    const entries = readOutline(doc);
    assert.equal(entries[998]!.expected, "九百九十九、");
    assert.equal(entries[999]!.expected, "一、");
    assert.equal(entries[999]!.beyondRange, true);
    const digits = Array.from({ length: 101 }, (_, i) => `${i % 99 + 1}.要点`);
    const last = readOutline(digits).at(-1)!;
    assert.equal(last.beyondRange, true);
    assert.equal(last.expected, last.written);
    const { paragraphs } = renumber(doc);
    assert.ok(paragraphs.every((p) => !/^[0-9]/.test(p)), "never writes 1000、 that it cannot read back");
  });

  test("400,000 characters of ，一是 are read without throwing", () => {
    const text = "，一是".repeat(133_334);
    const entries = readOutline([text]);
    assert.equal(entries[98]!.expected, "九十九是");
    assert.equal(entries[99]!.beyondRange, true);
    assert.equal(entries.length, 100, "one entry says the run is too long; the rest is left unread");
  });
});

describe("properties on generated reports (seeded)", () => {
  test("a correct report is never changed by renumber", () => {
    const rand = seeded(13);
    for (let round = 0; round < 300; round++) {
      const doc = correctReport(rand, 40);
      assert.deepEqual(renumber(doc).changes, [], `round ${round}:\n${doc.join("\n")}`);
    }
  });

  test("renumbering a messy report is idempotent and leaves no mismatch", () => {
    const rand = seeded(29);
    for (let round = 0; round < 300; round++) {
      const doc = messyReport(rand, 40);
      const once = renumber(doc).paragraphs;
      assert.deepEqual(mismatches(once), [], `round ${round}:\n${doc.join("\n")}`);
    }
  });
});
