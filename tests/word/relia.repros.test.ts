/**
 * The repros of reliability review 2 (findings 3–6), each named by its R-number: a person's edit
 * between two syncs of an operation, or Word failing at one of its queued operations.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { withDouble } from "../support/double";
import { applyPersonEdit, type WordDouble } from "../../src/word-double";
import { scanDocument } from "../../src/word/metricsScan";
import { fillPlaceholders } from "../../src/word/metricsFill";
import { renumberDocument } from "../../src/word/renumber";
import { fixAllFindings } from "../../src/word/checks";
import { insertSkeletonBlock } from "../../src/word/skeleton";
import type { SkeletonParagraph } from "../../src/core/skeleton";

const texts = (d: WordDouble) => d.model.paragraphs.map((p) => p.text);

/** Fills every group of the scan with `valueOf(group index)`. */
async function scanAndValues(valueOf: (i: number) => string) {
  const scan = await scanDocument();
  const groups = [...new Set(scan.placeholders.map((p) => p.group))];
  return { scan, values: Object.fromEntries(groups.map((g, i) => [g, valueOf(i)])) };
}

describe("reliability review 2: repros", () => {
  test("R1 (3a): sections swapped after the scan — no figure lands under the other section", async () => {
    await withDouble({ paragraphs: ["一、财政局", "预算执行XX万元。", "二、教育局", "预算执行XX万元。"] }, async (d) => {
      const { scan, values } = await scanAndValues((i) => String(100 * (i + 1)));
      applyPersonEdit(d, { kind: "move", from: 2, count: 1, to: 0 });
      const report = await fillPlaceholders({ scan, values });
      assert.deepEqual(texts(d), ["二、教育局", "预算执行XX万元。", "一、财政局", "预算执行XX万元。"]);
      assert.equal(report.filled, 0);
    });
  });

  test("R2 (3b): the target paragraph cut between locate and write — nothing written into the neighbour", async () => {
    await withDouble({ paragraphs: ["一、收入", "完成XX亿元。", "二、支出"] }, async (d) => {
      const { scan, values } = await scanAndValues(() => "100");
      d.model.onNextSync(() => applyPersonEdit(d, { kind: "cut", paragraph: 1 }), 2);
      const report = await fillPlaceholders({ scan, values });
      assert.deepEqual(texts(d), ["一、收入", "二、支出"]);
      assert.equal(report.filled, 0);
      assert.equal(report.interrupted, null);
    });
  });

  test("R2b (3b): 重新编号 — a heading cut between locate and write never puts its ordinal on the body text after it", async () => {
    await withDouble({ paragraphs: ["一、甲", "正文一。", "三、乙", "正文二。"] }, async (d) => {
      d.model.onNextSync(() => applyPersonEdit(d, { kind: "cut", paragraph: 2 }), 2);
      const report = await renumberDocument();
      assert.deepEqual(texts(d), ["一、甲", "正文一。", "正文二。"]);
      assert.deepEqual(report.changed, []);
      assert.equal(report.skipped.length, 1);
    });
  });

  test("R3 (3c): XX selected and overtyped with 35 meanwhile — stays 35, reported as changed, not as an interruption", async () => {
    await withDouble({ paragraphs: ["一、收入", "完成XX亿元。"] }, async (d) => {
      const { scan, values } = await scanAndValues(() => "100");
      d.model.onNextSync(() => applyPersonEdit(d, { kind: "overtype", paragraph: 1, start: 2, end: 4, text: "35" }), 2);
      const report = await fillPlaceholders({ scan, values });
      assert.deepEqual(texts(d), ["一、收入", "完成35亿元。"]);
      assert.equal(report.filled, 0);
      assert.equal(report.interrupted, null);
      assert.match(report.skipped[0]!.reason.zh, /已改动/);
    });
  });

  test("R4 (4b): a digit typed inside the located XX is not replaced, and nothing is reported filled", async () => {
    await withDouble({ paragraphs: ["一、收入", "完成XX亿元。"] }, async (d) => {
      const { scan, values } = await scanAndValues(() => "100");
      d.model.onNextSync(() => applyPersonEdit(d, { kind: "type", paragraph: 1, offset: 3, text: "8" }), 2);
      const report = await fillPlaceholders({ scan, values });
      assert.deepEqual(texts(d), ["一、收入", "完成X8X亿元。"]);
      assert.equal(report.filled, 0);
    });
  });

  test("R5 (6a): an ordinal written while the person typed in its paragraph is reported changed, not skipped", async () => {
    await withDouble({ paragraphs: ["一、甲", "正文一。", "三、乙", "正文二。"] }, async (d) => {
      d.model.onNextSync(() => applyPersonEdit(d, { kind: "type", paragraph: 2, offset: 3, text: "补充" }), 2);
      const report = await renumberDocument();
      assert.deepEqual(texts(d), ["一、甲", "正文一。", "二、乙补充", "正文二。"]);
      assert.deepEqual(report.changed.map((c) => c.to), ["二、"]);
      assert.deepEqual(report.skipped, []);
      assert.deepEqual(report.unverified, []);
    });
  });

  test("R6 (6b): a partial 全部修复 reports the fixes it applied", async () => {
    await withDouble({ paragraphs: ["一、总体", "工作取得进展,成效明显。", { text: "任务完成良好,群众满意。", ime: true }, "措施落实到位,效果显著。"], modes: { searchImeMiss: true } }, async (d) => {
      const result = await fixAllFindings();
      assert.deepEqual(texts(d), ["一、总体", "工作取得进展，成效明显。", "任务完成良好,群众满意。", "措施落实到位，效果显著。"]);
      assert.equal(result.applied.length, 2);
      assert.equal(result.skipped.length, 1);
      assert.deepEqual(result.texts, texts(d));
    });
  });

  test("R7 (4a): 插入骨架 on an empty line keeps what the person typed there after clicking", async () => {
    const block: SkeletonParagraph[] = [{ role: "heading1", level: 1, ordinal: "一、", segments: [{ text: "新增" }] }];
    await withDouble({ paragraphs: ["标题", "", "结尾"] }, async (d) => {
      d.model.setSelection(1, 0);
      d.model.onNextSync(() => applyPersonEdit(d, { kind: "type", paragraph: 1, offset: 0, text: "刚输入的话" }), 2);
      await insertSkeletonBlock(block);
      assert.ok(texts(d).includes("刚输入的话"), texts(d).join("|"));
      assert.ok(texts(d).includes("一、新增"), texts(d).join("|"));
    });
  });

  test("R8 (5): Word refusing part-way through 插入骨架 leaves the document as it was, and the retry inserts once", async () => {
    const block: SkeletonParagraph[] = [
      { role: "heading1", level: 1, ordinal: "一、", segments: [{ text: "新增" }] },
      { role: "body", segments: [{ text: "新增正文。" }] },
    ];
    await withDouble({ paragraphs: ["一、甲", "正文。", "二、乙", "正文。"] }, async (d) => {
      d.model.setSelection(1, 0);
      const before = texts(d);
      d.model.onNextSync(() => d.injectFault(8, "AccessDenied"), 2);
      await assert.rejects(insertSkeletonBlock(block), (e: Error) => /撤回|taken back/.test(e.message) || e.name === "WordOperationError");
      assert.deepEqual(texts(d), before);
      await insertSkeletonBlock(block);
      assert.deepEqual(texts(d), ["一、甲", "正文。", "二、新增", "新增正文。", "三、乙", "正文。"]);
    });
  });

  test("R10 (6d): a retry after an interrupted 填入 fills the identical line still reading XX", async () => {
    await withDouble({ paragraphs: ["一、财政局", "预算执行XX万元。", "二、教育局", "预算执行XX万元。"] }, async (d) => {
      const { scan, values } = await scanAndValues(() => "100");
      // Word fails at the second write: 2 × (search, getFirst), 2 × paragraphs.getFirst, the first write.
      d.model.onNextSync(() => d.injectFault(7), 2);
      const first = await fillPlaceholders({ scan, values }).catch(() => null);
      assert.ok(first === null || first.filled < 2, "first === null || first.filled < 2");
      const second = await fillPlaceholders({ scan, values });
      assert.deepEqual(texts(d), ["一、财政局", "预算执行100万元。", "二、教育局", "预算执行100万元。"]);
      assert.equal(second.filled, 2);
    });
  });

  test("R17 (6c): Backspace joins the figure's paragraph to the one above — written, reported filled, no error", async () => {
    await withDouble({ paragraphs: ["一、收入", "完成XX亿元。"] }, async (d) => {
      const { scan, values } = await scanAndValues(() => "100");
      d.model.onNextSync(() => applyPersonEdit(d, { kind: "join", paragraph: 1 }), 2);
      const report = await fillPlaceholders({ scan, values });
      assert.deepEqual(texts(d), ["一、收入完成100亿元。"]);
      assert.equal(report.filled, 1);
      assert.equal(report.interrupted, null);
    });
  });
});
