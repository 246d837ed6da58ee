import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { withDouble } from "../support/double";
import { readOutlineForSkeleton } from "../../src/word";
import { WordOperationError } from "../../src/word/errors";
import { genreFromOutline } from "../../src/core/skeleton";

const SCHOOL = [
  "XX中学校长20XX年度述职述廉报告",
  "各位领导、各位老师：",
  "20XX年，我认真履行校长职责。现将本人履职情况报告如下：",
  "一、加强政治理论学习",
  "（一）坚持集中学习。全年组织理论学习XX次。",
  "二、存在的问题和不足",
  "述职人：×××",
  "20XX年X月X日",
];

describe("readOutlineForSkeleton", () => {
  test("reads every paragraph's text in exactly 1 sync and writes nothing", async () => {
    await withDouble({ paragraphs: SCHOOL }, async (d) => {
      const before = d.snapshot();
      d.resetStats();
      const read = await readOutlineForSkeleton();
      assert.equal(d.stats.syncs, 1);
      assert.equal(d.stats.ops, 0, "no write or method call queued");
      assert.deepEqual(read.map((p) => p.text), SCHOOL);
      assert.ok(read.every((p) => p.styleLevel === null && p.inTable === false), "read.every((p) => p.styleLevel === null && p.inTable === false)");
      assert.deepEqual(d.snapshot(), before);
      // What it reads is what 存为骨架 needs.
      const result = genreFromOutline(read);
      assert.ok(result.ok, "result.ok");
      if (result.ok) assert.equal(result.genre.titlePattern, "{中学名称}中学校长{年度}年度述职述廉报告");
    });
  });

  test("heading levels from built-in heading styles and outline levels; table paragraphs marked", async () => {
    const paragraphs = [
      { text: "工作总结", styleBuiltIn: "Title" },
      { text: "主要工作", styleBuiltIn: "Heading1" },
      { text: "抓学习", styleBuiltIn: "Heading2" },
      { text: "自定义标题样式", outlineLevel: 2 },
      { text: "表格里的字", inTable: true },
      "正文。",
    ];
    await withDouble({ paragraphs }, async (d) => {
      d.resetStats();
      const read = await readOutlineForSkeleton();
      assert.equal(d.stats.syncs, 1);
      assert.deepEqual(
        read.map((p) => [p.text, p.styleLevel, p.inTable]),
        [
          ["工作总结", null, false],
          ["主要工作", 1, false],
          ["抓学习", 2, false],
          ["自定义标题样式", 2, false],
          ["表格里的字", null, true],
          ["正文。", null, false],
        ],
      );
      // Headings Word numbers itself (no ordinal in the text) make sections.
      const result = genreFromOutline(read);
      assert.ok(result.ok, "result.ok");
      if (result.ok) assert.deepEqual(result.genre.sections.map((s) => [s.title, s.subsections.map((x) => x.title)]), [["主要工作", ["抓学习", "自定义标题样式"]]]);
    });
  });

  test("Word's manual line breaks read as spaces", async () => {
    await withDouble({ paragraphs: ["一、总体\u000b情况"] }, async () => {
      const read = await readOutlineForSkeleton();
      assert.equal(read[0]!.text, "一、总体 情况");
    });
  });

  test("an empty document reads as one empty paragraph (the saver then says it is empty)", async () => {
    await withDouble({ paragraphs: [""] }, async (d) => {
      d.resetStats();
      const read = await readOutlineForSkeleton();
      assert.equal(d.stats.syncs, 1);
      assert.deepEqual(read.map((p) => p.text), [""]);
      const result = genreFromOutline(read);
      assert.equal(result.ok, false);
    });
  });

  for (const profile of ["web", "office2019"] as const) {
    test(`${profile}: the same read in 1 sync`, async () => {
      await withDouble({ profile, paragraphs: [{ text: "主要工作", styleBuiltIn: "Heading1" }, { text: "甲", inTable: true }] }, async (d) => {
        d.resetStats();
        const read = await readOutlineForSkeleton();
        assert.equal(d.stats.syncs, 1);
        assert.deepEqual(read.map((p) => [p.styleLevel, p.inTable]), [[1, false], [null, true]]);
      });
    });
  }

  test("WordApi 1.1 (volume-licensed Office 2016): texts and outline levels only, still 1 sync", async () => {
    await withDouble({ profile: "office2016", paragraphs: [{ text: "主要工作", outlineLevel: 1 }, { text: "甲", inTable: true }] }, async (d) => {
      d.resetStats();
      const read = await readOutlineForSkeleton();
      assert.equal(d.stats.syncs, 1);
      assert.deepEqual(read.map((p) => [p.text, p.styleLevel, p.inTable]), [["主要工作", 1, false], ["甲", null, false]]);
    });
  });

  test("a failed read becomes a message to show", async () => {
    await withDouble({ paragraphs: ["一、甲"] }, async () => {
      const word = (globalThis as unknown as { Word: { run: unknown } }).Word;
      word.run = async () => {
        throw Object.assign(new Error("host busy"), { code: "GeneralException" });
      };
      await assert.rejects(readOutlineForSkeleton(), (e: unknown) => e instanceof WordOperationError && /暂时无法完成/.test(e.userMessage.zh));
    });
  });
});
