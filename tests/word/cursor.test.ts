import { test } from "node:test";
import assert from "node:assert/strict";
import { withDouble } from "../support/double";
import { locateCursor, queueCursor } from "../../src/word/cursor";
import { writeParagraphEdits } from "../../src/word/edits";

const readCursorNow = () =>
  Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    const probe = queueCursor(context);
    await context.sync();
    return locateCursor(context, probe, paragraphs.items.map((p) => p.text));
  });

test("cursor: paragraph index, collapsed, spans, table — 2 syncs", async () => {
  await withDouble({ paragraphs: ["甲", "乙", "丙", { text: "表格", inTable: true }] }, async (d) => {
    d.model.setSelection(2, 1);
    d.resetStats();
    assert.deepEqual(await readCursorNow(), {
      inBody: true,
      info: { paragraph: 2, spansParagraphs: false, inTable: false, contentControlTag: null, collapsed: true, text: "丙" },
    });
    assert.equal(d.stats.syncs, 2);
    d.model.setSelection(0, 0);
    assert.equal((await readCursorNow()).inBody && (await readCursorNow() as any).info.paragraph, 0);
    d.model.setSelection(0, 0, 1, 1);
    const spanning = await readCursorNow();
    assert.ok(spanning.inBody, "spanning.inBody");
    assert.equal(spanning.info.spansParagraphs, true);
    assert.equal(spanning.info.collapsed, false);
    d.model.setSelection(3, 1);
    const inTable = await readCursorNow();
    assert.ok(inTable.inBody && inTable.info.inTable, "inTable.inBody && inTable.info.inTable");
  });
});

test("cursor: at the start of an empty paragraph (the main skeleton case) the index is that paragraph's", async () => {
  for (const rangeBoundary of ["includes", "excludes"] as const) {
    await withDouble({ modes: { rangeBoundary }, paragraphs: ["标题", "", "正文", "结尾", ""] }, async (d) => {
      for (const at of [0, 1, 2, 3, 4]) {
        d.model.setSelection(at, 0);
        const place = await readCursorNow();
        assert.ok(place.inBody, "place.inBody");
        assert.equal(place.info.paragraph, at, `${rangeBoundary}: cursor at the start of paragraph ${at} (the body ends in an empty one)`);
      }
    });
  }
  await withDouble({ paragraphs: ["标题", "", "", "正文"] }, async (d) => {
    for (const at of [0, 1, 2, 3]) {
      d.model.setSelection(at, 0);
      const place = await readCursorNow();
      assert.ok(place.inBody, "place.inBody");
      assert.equal(place.info.paragraph, at, `cursor at the start of paragraph ${at}`);
    }
  });
});

test("edits: repeated placeholders in one paragraph are each replaced at their own place, and read back", async () => {
  const text = "完成X亿元，同比增长X%，利润X万元，增长X%。";
  await withDouble({ paragraphs: ["前文X", text] }, async (d) => {
    d.resetStats();
    const report = await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const at = (i: number) => ({ paragraph: 1, start: i, end: i + 1 });
      return writeParagraphEdits(context, paragraphs.items, paragraphs.items.map((p) => p.text), [
        { ...at(text.indexOf("X")), replacement: "12.5", tag: "a" },
        { ...at(text.indexOf("长X") + 1), replacement: "8.1", tag: "b" },
        { ...at(text.lastIndexOf("X")), replacement: "3.0", tag: "c" },
      ]);
    });
    assert.deepEqual(report.outcomes.map((o) => o.status), ["written", "written", "written"]);
    assert.equal(d.model.paragraphs[1]!.text, "完成12.5亿元，同比增长8.1%，利润X万元，增长3.0%。");
    assert.equal(report.readBack.get(1), d.model.paragraphs[1]!.text, "the report is what Word reads back");
    assert.equal(d.model.paragraphs[0]!.text, "前文X", "other paragraphs untouched");
    assert.equal(d.stats.syncs, 3, "read, locate, write");
  });
});

test("edits: a span ending in white space is widened to searchable edges, keeping the space's neighbours", async () => {
  await withDouble({ paragraphs: ["甲, 乙"] }, async (d) => {
    const report = await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      return writeParagraphEdits(context, paragraphs.items, ["甲, 乙"], [{ paragraph: 0, start: 1, end: 3, replacement: "，", tag: 1 }]);
    });
    assert.equal(report.outcomes[0]!.status, "written");
    assert.equal(d.model.paragraphs[0]!.text, "甲，乙");
  });
});

test("edits: a paragraph typed into between reading and writing is left alone and reported", async () => {
  await withDouble({ paragraphs: ["完成X亿元"] }, async (d) => {
    const report = await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      d.model.paragraphs[0]!.runs[0]!.text = "完成X亿元，新写的"; // the person types meanwhile
      return writeParagraphEdits(context, paragraphs.items, ["完成X亿元"], [{ paragraph: 0, start: 2, end: 3, replacement: "5", tag: 1 }]);
    });
    assert.equal(report.outcomes[0]!.status, "changed");
    assert.equal(d.model.paragraphs[0]!.text, "完成X亿元，新写的");
  });
});
