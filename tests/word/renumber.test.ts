import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { withDouble } from "../support/double";
import { renumberDocument } from "../../src/word/renumber";

const texts = (d: { model: { paragraphs: { text: string }[] } }) => d.model.paragraphs.map((p) => p.text);

describe("renumberDocument", () => {
  test("fixes gaps and repeats at every level in 3 syncs, keeping run formatting", async () => {
    const doc = [
      "一、总体情况",
      { text: "（一）坚持学习。全年学习X次。", font: { name: "楷体_GB2312", size: 16 } },
      "（三）严守纪律",
      "三、存在问题",
      "一是学习不深；三是调研不够；三是创新不足。",
      "三、下一步打算",
    ];
    await withDouble({ paragraphs: doc }, async (d) => {
      d.resetStats();
      const report = await renumberDocument();
      assert.equal(d.stats.syncs, 3, "read, locate, write");
      assert.deepEqual(texts(d), [
        "一、总体情况",
        "（一）坚持学习。全年学习X次。",
        "（二）严守纪律",
        "二、存在问题",
        "一是学习不深；二是调研不够；三是创新不足。",
        "三、下一步打算",
      ]);
      assert.equal(report.changed.length, 3);
      assert.deepEqual(report.skipped, []);
      assert.equal(d.model.paragraphs[1]!.runs[0]!.font.name, "楷体_GB2312");
    });
  });

  test("a correctly numbered document gets one read sync and no write at all", async () => {
    await withDouble({ paragraphs: ["一、甲", "（一）子", "二、乙"] }, async (d) => {
      d.resetStats();
      const report = await renumberDocument();
      assert.equal(d.stats.syncs, 1);
      assert.equal(d.stats.ops, 0);
      assert.deepEqual(report.changed, []);
    });
  });

  test("1,500 paragraphs with hundreds of fixes: still 3 syncs", async () => {
    const doc: string[] = [];
    for (let i = 0; i < 250; i++) doc.push(`${i % 2 ? "三" : "一"}、标题`, "（二）小标题", "一是甲；三是乙。", "正文", "1.要点", "正文");
    await withDouble({ paragraphs: doc }, async (d) => {
      d.resetStats();
      const report = await renumberDocument();
      assert.equal(d.stats.syncs, 3);
      assert.ok(report.changed.length > 700, "report.changed.length > 700");
      const after = texts(d);
      assert.equal(after[0], "一、标题");
      assert.equal(after[6], "二、标题");
      assert.equal(after[1], "（一）小标题");
      assert.equal(after[2], "一是甲；二是乙。");
    });
  });
});
