import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { withDouble } from "../support/double";
import { readDraftingSource, writeDraft } from "../../src/word/drafting";
import { WordOperationError } from "../../src/word/errors";

const texts = (d: { model: { paragraphs: { text: string }[] } }) => d.model.paragraphs.map((p) => p.text);
const DOC = ["报告", "一、学习", "全年学习12次。", "二、教学", "三、纪律", "未发生问题。"];

describe("readDraftingSource", () => {
  test("paragraphs, the cursor's paragraph and the selection's, in 2 syncs", async () => {
    await withDouble({ paragraphs: DOC }, async (d) => {
      d.model.setSelection(2, 2);
      d.resetStats();
      const source = await readDraftingSource();
      assert.equal(d.stats.syncs, 2);
      assert.deepEqual(source.paragraphs, DOC);
      assert.deepEqual(source.place, { first: 2, last: 2, collapsed: true });
      assert.equal(source.stored, null);
      d.model.setSelection(1, 0, 2, 3);
      assert.deepEqual((await readDraftingSource()).place, { first: 1, last: 2, collapsed: false });
    });
  });
});

describe("writeDraft", () => {
  test("replace: the target's paragraphs give way to the draft, read back, 2 syncs", async () => {
    await withDouble({ paragraphs: DOC }, async (d) => {
      d.resetStats();
      const result = await writeDraft({ mode: "replace", target: { first: 2, texts: ["全年学习12次。"] }, heading: { paragraph: 1, text: "一、学习" }, paragraphs: ["全年组织集中学习12次。", "学习形式不断创新。"] });
      assert.equal(d.stats.syncs, 2);
      assert.deepEqual(texts(d), ["报告", "一、学习", "全年组织集中学习12次。", "学习形式不断创新。", "二、教学", "三、纪律", "未发生问题。"]);
      assert.deepEqual(result, { readBack: ["全年组织集中学习12次。", "学习形式不断创新。"], verified: true, at: 2 });
    });
  });

  test("insert after a heading with no body: Normal style, not the heading's", async () => {
    await withDouble({ paragraphs: ["报告", { text: "二、教学", styleBuiltIn: "Heading1" }, "三、纪律"] }, async (d) => {
      const result = await writeDraft({ mode: "insert", target: { first: 2, texts: [] }, heading: { paragraph: 1, text: "二、教学" }, paragraphs: ["教学质量稳步提升。"] });
      assert.deepEqual(texts(d), ["报告", "二、教学", "教学质量稳步提升。", "三、纪律"]);
      assert.equal(d.model.paragraphs[2]!.styleBuiltIn, "Normal");
      assert.equal(result.verified, true);
    });
  });

  test("the target is found by its text where it moved; nothing written when it changed", async () => {
    await withDouble({ paragraphs: ["新加的一段", ...DOC] }, async (d) => {
      await writeDraft({ mode: "insert", target: { first: 2, texts: ["全年学习12次。"] }, heading: null, paragraphs: ["续写一段。"] });
      assert.deepEqual(texts(d).slice(3, 5), ["全年学习12次。", "续写一段。"]);
      const before = texts(d);
      await assert.rejects(
        writeDraft({ mode: "replace", target: { first: 3, texts: ["全年学习13次。"] }, heading: null, paragraphs: ["x"] }),
        (e: unknown) => e instanceof WordOperationError && /已被改动/.test(e.userMessage.zh),
      );
      assert.deepEqual(texts(d), before);
    });
  });

  test("an empty draft is refused before Word is asked", async () => {
    await withDouble({ paragraphs: DOC }, async (d) => {
      d.resetStats();
      await assert.rejects(writeDraft({ mode: "insert", target: { first: 2, texts: ["全年学习12次。"] }, heading: null, paragraphs: ["  "] }), WordOperationError);
      assert.equal(d.stats.syncs, 0);
    });
  });
});
