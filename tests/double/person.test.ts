import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { applyPersonEdit, createWordDouble, type FidelityModes } from "../../src/word-double";

/** A range over "XX" of paragraph 1 located in one Word.run; `between` edits, then the range is read. */
async function rangeAfter(modes: Partial<FidelityModes>, between: (d: ReturnType<typeof createWordDouble>) => void) {
  const d = createWordDouble({ paragraphs: ["一、收入", "完成XX亿元。", "二、支出"], modes });
  const uninstall = d.install();
  try {
    return await Word.run(async (context) => {
      const hits = context.document.body.paragraphs.getFirst().getNextOrNullObject().search("XX", { matchCase: true });
      hits.load("items/text");
      await context.sync();
      const range = hits.items[0]!;
      between(d);
      range.load("text");
      try {
        await context.sync();
        return range.text;
      } catch (e) {
        return `error ${(e as { code?: string }).code}`;
      }
    });
  } finally {
    uninstall();
  }
}

describe("Word double: a person's edits and the unsettled range modes", () => {
  test("deletedRange: a range whose paragraph was cut collapses (empty) or becomes invalid", async () => {
    assert.equal(await rangeAfter({ deletedRange: "collapses" }, (d) => applyPersonEdit(d, { kind: "cut", paragraph: 1 })), "");
    assert.equal(await rangeAfter({ deletedRange: "invalid" }, (d) => applyPersonEdit(d, { kind: "cut", paragraph: 1 })), "error ItemNotFound");
  });

  test("rangeGrowth: text typed at the range's end joins it only under edges; typed inside always does", async () => {
    assert.equal(await rangeAfter({ rangeGrowth: "inside-only" }, (d) => applyPersonEdit(d, { kind: "type", paragraph: 1, offset: 4, text: "8" })), "XX");
    assert.equal(await rangeAfter({ rangeGrowth: "edges" }, (d) => applyPersonEdit(d, { kind: "type", paragraph: 1, offset: 4, text: "8" })), "XX8");
    assert.equal(await rangeAfter({ rangeGrowth: "edges" }, (d) => applyPersonEdit(d, { kind: "type", paragraph: 1, offset: 2, text: "8" })), "8XX");
    assert.equal(await rangeAfter({}, (d) => applyPersonEdit(d, { kind: "type", paragraph: 1, offset: 3, text: "8" })), "X8X");
  });

  test("edits: Enter splits, Backspace joins, move cuts and pastes, overtype replaces the selection", () => {
    const d = createWordDouble({ paragraphs: ["甲", "乙丙", "丁"] });
    applyPersonEdit(d, { kind: "enter", paragraph: 1, offset: 1 });
    assert.deepEqual(d.model.paragraphs.map((p) => p.text), ["甲", "乙", "丙", "丁"]);
    applyPersonEdit(d, { kind: "join", paragraph: 1 });
    assert.deepEqual(d.model.paragraphs.map((p) => p.text), ["甲乙", "丙", "丁"]);
    applyPersonEdit(d, { kind: "move", from: 2, count: 0, to: 0 });
    assert.deepEqual(d.model.paragraphs.map((p) => p.text), ["丁", "甲乙", "丙"]);
    applyPersonEdit(d, { kind: "overtype", paragraph: 1, start: 0, end: 1, text: "戊" });
    assert.deepEqual(d.model.paragraphs.map((p) => p.text), ["丁", "戊乙", "丙"]);
  });

  test("injectFault: the operation after n more fails with the code; the ones before stay applied; once", async () => {
    const d = createWordDouble({ paragraphs: ["甲"] });
    const uninstall = d.install();
    try {
      d.injectFault(1, "AccessDenied");
      await assert.rejects(
        Word.run(async (context) => {
          const p = context.document.body.paragraphs.getFirst();
          p.insertText("一", "End");
          p.insertText("二", "End");
          await context.sync();
        }),
        (e: { code?: string }) => e.code === "AccessDenied",
      );
      assert.equal(d.model.paragraphs[0]!.text, "甲");
      await Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().insertText("三", "End");
        await context.sync();
      });
      assert.equal(d.model.paragraphs[0]!.text, "甲三");
    } finally {
      uninstall();
    }
  });
});

describe("Word double: a person's caret", () => {
  test("typing at the caret leaves it just after the typed text, never selecting it (as in Word)", () => {
    const d = createWordDouble({ paragraphs: ["一、收入", "完成XX亿元。"] });
    d.model.setSelection(1, 0);
    applyPersonEdit(d, { kind: "type", paragraph: 1, offset: 0, text: "键入" });
    assert.deepEqual(d.model.selectionInfo(), { startParagraph: 1, startOffset: 2, endParagraph: 1, endOffset: 2 }, "a collapsed caret after 键入");
    applyPersonEdit(d, { kind: "overtype", paragraph: 0, start: 0, end: 2, text: "二、" });
    assert.deepEqual(d.model.selectionInfo(), { startParagraph: 0, startOffset: 2, endParagraph: 0, endOffset: 2 }, "the caret follows the person's overtyping");
  });
});
