import { test } from "node:test";
import assert from "node:assert/strict";
import { withDouble } from "../support/double";
import { queueCursor, readCursor } from "../../src/word/cursor";
import { queueParagraphEdits, queueSpanRange } from "../../src/word/spans";

const readCursorNow = () =>
  Word.run(async (context) => {
    const probe = queueCursor(context);
    await context.sync();
    return readCursor(probe);
  });

test("cursor: paragraph index, collapsed, spans, table — in one sync", async () => {
  await withDouble({ paragraphs: ["甲", "乙", "丙", { text: "表格", inTable: true }] }, async (d) => {
    d.model.setSelection(2, 1);
    d.resetStats();
    assert.deepEqual(await readCursorNow(), { paragraph: 2, spansParagraphs: false, inTable: false, contentControlTag: null, collapsed: true });
    assert.equal(d.stats.syncs, 1);
    d.model.setSelection(0, 0);
    assert.equal((await readCursorNow()).paragraph, 0);
    d.model.setSelection(0, 0, 1, 1);
    const spanning = await readCursorNow();
    assert.equal(spanning.spansParagraphs, true);
    assert.equal(spanning.collapsed, false);
    d.model.setSelection(3, 1);
    assert.equal((await readCursorNow()).inTable, true);
  });
});

test("spans: repeated placeholders in one paragraph are each replaced at their own place", async () => {
  const text = "完成X亿元，同比增长X%，利润X万元，增长X%。";
  await withDouble({ paragraphs: ["前文X", text] }, async (d) => {
    const unplaced = await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const edits = [
        { start: text.indexOf("X"), end: text.indexOf("X") + 1, replacement: "12.5" },
        { start: text.indexOf("长X") + 1, end: text.indexOf("长X") + 2, replacement: "8.1" },
        { start: text.lastIndexOf("X"), end: text.lastIndexOf("X") + 1, replacement: "3.0" },
      ];
      const left = queueParagraphEdits(paragraphs.items[1]!, paragraphs.items[1]!.text, edits);
      await context.sync();
      return left;
    });
    assert.deepEqual(unplaced, []);
    assert.equal(d.model.paragraphs[1]!.text, "完成12.5亿元，同比增长8.1%，利润X万元，增长3.0%。");
    assert.equal(d.model.paragraphs[0]!.text, "前文X", "other paragraphs untouched");
  });
});

test("spans: a span that no search can single out is reported, not guessed", async () => {
  await withDouble({ paragraphs: ["XX"] }, async () => {
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      // The second "X" of "XX" alone: every window holding it finds the first X first.
      assert.equal(queueSpanRange(paragraphs.items[0]!, "XX", 1, 2), null);
      assert.notEqual(queueSpanRange(paragraphs.items[0]!, "XX", 0, 2), null);
      assert.equal(queueSpanRange(paragraphs.items[0]!, "XX", 0, 3), null, "out of bounds");
    });
  });
});
