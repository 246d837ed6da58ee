import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { withDouble } from "../support/double";
import { insertSnippetText, readSelectionText } from "../../src/word/snippets";
import { WordOperationError } from "../../src/word/errors";

const texts = (d: { model: { paragraphs: { text: string }[] } }) => d.model.paragraphs.map((p) => p.text);
const BODY_FONT = { name: "Times New Roman", nameFarEast: "仿宋_GB2312", size: 16, bold: false, italic: false, color: "#000000" };

const refusal = (zh: RegExp) => (e: unknown) => {
  assert.ok(e instanceof WordOperationError, `expected a refusal, got ${String(e)}`);
  assert.match(e.userMessage.zh, zh);
  return true;
};

describe("insertSnippetText", () => {
  test("replaces the selection in 1 sync, and the inserted text takes the run formatting found there", async () => {
    await withDouble({ paragraphs: ["一、总体情况", { text: "今年以来，我们XXXX，取得了明显成效。", font: BODY_FONT, firstLineIndent: 32 }] }, async (d) => {
      d.model.setSelection(1, 7, 1, 11); // XXXX
      d.resetStats();
      await insertSnippetText("坚持稳中求进工作总基调");
      assert.equal(d.stats.syncs, 1);
      assert.deepEqual(texts(d), ["一、总体情况", "今年以来，我们坚持稳中求进工作总基调，取得了明显成效。"]);
      const paragraph = d.model.paragraphs[1]!;
      // One run: the inserted text has exactly the font around it (not Word's default Calibri/等线 10.5).
      assert.equal(paragraph.runs.length, 1);
      assert.deepEqual({ ...paragraph.runs[0]!.font }, BODY_FONT);
      assert.equal(paragraph.firstLineIndent, 32);
      // The cursor ends after the inserted text, ready to type on.
      const sel = d.model.selectionInfo();
      assert.deepEqual([sel.startParagraph, sel.startOffset, sel.endParagraph, sel.endOffset], [1, 18, 1, 18]);
    });
  });

  test("inside a bold run the inserted text is bold too (the formatting of the selection's start)", async () => {
    await withDouble({ paragraphs: [{ text: "甲乙丙丁", font: BODY_FONT }] }, async (d) => {
      const p = d.model.paragraphs[0]!;
      d.model.setFont({ para: p, offset: 1 }, { para: p, offset: 3 }, { bold: true }); // 乙丙 bold
      d.model.setSelection(0, 1, 0, 3);
      await insertSnippetText("新");
      assert.deepEqual(texts(d), ["甲新丁"]);
      const bold = p.runs.filter((r) => r.font.bold).map((r) => r.text).join("");
      assert.equal(bold, "新");
    });
  });

  test("at an insertion point nothing is replaced", async () => {
    await withDouble({ paragraphs: [{ text: "前文。后文。", font: BODY_FONT }] }, async (d) => {
      d.model.setSelection(0, 3);
      await insertSnippetText("插入句。");
      assert.deepEqual(texts(d), ["前文。插入句。后文。"]);
      assert.equal(d.model.paragraphs[0]!.runs.length, 1);
    });
  });

  test("as a new paragraph: after the cursor's paragraph, inheriting its style and formatting, 1 sync", async () => {
    const heading = { text: "一、总体情况", styleBuiltIn: "Heading1", font: { ...BODY_FONT, nameFarEast: "黑体" } };
    const body = { text: "今年以来，各项工作稳步推进。", font: BODY_FONT, firstLineIndent: 32, alignment: "Justified", lineSpacing: 28, lineRule: "exact" as const };
    await withDouble({ paragraphs: [heading, body, "二、存在问题"], profile: "office2019" }, async (d) => {
      d.model.setSelection(1, 4);
      d.resetStats();
      await insertSnippetText("全年完成既定目标任务。");
      // Second insert, as a paragraph of its own.
      d.resetStats();
      await insertSnippetText("坚持以人民为中心的发展思想。", { asNewParagraph: true });
      assert.equal(d.stats.syncs, 1);
      assert.deepEqual(texts(d), [
        "一、总体情况",
        "今年以来全年完成既定目标任务。，各项工作稳步推进。",
        "坚持以人民为中心的发展思想。",
        "二、存在问题",
      ]);
      const added = d.model.paragraphs[2]!;
      assert.equal(added.styleBuiltIn, "Normal");
      assert.equal(added.firstLineIndent, 32);
      assert.equal(added.alignment, "Justified");
      assert.equal(added.lineRule, "exact");
      assert.equal(added.lineSpacing, 28);
      assert.deepEqual({ ...added.runs[0]!.font }, BODY_FONT);
      assert.equal(d.model.selectionInfo().startParagraph, 2);
    });
  });

  test("as a new paragraph after a heading, the new paragraph is a heading too (Word's insertParagraph)", async () => {
    await withDouble({ paragraphs: [{ text: "一、总体情况", styleBuiltIn: "Heading1" }, "正文"] }, async (d) => {
      d.model.setSelection(0, 2);
      await insertSnippetText("新段", { asNewParagraph: true });
      assert.deepEqual(texts(d), ["一、总体情况", "新段", "正文"]);
      assert.equal(d.model.paragraphs[1]!.styleBuiltIn, "Heading1");
    });
  });

  test("a selection over two paragraphs: the new paragraph goes after the last one", async () => {
    await withDouble({ paragraphs: ["甲段", "乙段", "丙段"] }, async (d) => {
      d.model.setSelection(0, 1, 1, 1);
      await insertSnippetText("新段", { asNewParagraph: true });
      assert.deepEqual(texts(d), ["甲段", "乙段", "新段", "丙段"]);
    });
  });

  test("multi-line snippet text becomes several paragraphs", async () => {
    await withDouble({ paragraphs: [""] }, async (d) => {
      await insertSnippetText("第一句。\r\n第二句。");
      assert.deepEqual(texts(d), ["第一句。", "第二句。"]);
    });
  });

  test("empty text is refused with no Word call at all", async () => {
    await withDouble({ paragraphs: ["原文"] }, async (d) => {
      d.resetStats();
      await assert.rejects(insertSnippetText("  \n "), refusal(/短语内容为空/));
      assert.equal(d.stats.syncs, 0);
      assert.deepEqual(texts(d), ["原文"]);
    });
  });
});

describe("readSelectionText", () => {
  test("reads the selected text in 1 sync and changes nothing", async () => {
    await withDouble({ paragraphs: ["前言：坚持稳中求进工作总基调。"] }, async (d) => {
      d.model.setSelection(0, 3, 0, 15);
      d.resetStats();
      const text = await readSelectionText();
      assert.equal(d.stats.syncs, 1);
      assert.equal(text, "坚持稳中求进工作总基调。");
      assert.deepEqual(texts(d), ["前言：坚持稳中求进工作总基调。"]);
    });
  });

  test("a selection over paragraphs keeps the paragraph break as \\n, trimmed", async () => {
    await withDouble({ paragraphs: ["  第一句。", "第二句。  ", "其他"] }, async (d) => {
      d.model.setSelection(0, 0, 1, 6);
      assert.equal(await readSelectionText(), "第一句。\n第二句。");
    });
  });

  test("an empty selection is refused with a clear message (1 sync, nothing written)", async () => {
    await withDouble({ paragraphs: ["正文"] }, async (d) => {
      d.model.setSelection(0, 1);
      d.resetStats();
      await assert.rejects(readSelectionText(), refusal(/没有选中文字/));
      assert.equal(d.stats.syncs, 1);
      assert.deepEqual(texts(d), ["正文"]);
    });
  });

  test("whitespace only counts as empty", async () => {
    await withDouble({ paragraphs: ["甲    乙"] }, async (d) => {
      d.model.setSelection(0, 1, 0, 5);
      await assert.rejects(readSelectionText(), refusal(/没有选中文字/));
    });
  });

  test("a selection longer than a snippet may be is refused", async () => {
    await withDouble({ paragraphs: ["长".repeat(4100)] }, async (d) => {
      d.model.setSelection(0, 0, 0, 4100);
      await assert.rejects(readSelectionText(), refusal(/4100 字/));
    });
  });
});

describe("a phrase with the cursor at the end of a heading (issue 24)", () => {
  test("goes into a new body paragraph below the heading, 2 syncs; the pane is told where first, 1 sync", async () => {
    const heading = { text: "一、总体情况", styleBuiltIn: "Heading1" };
    await withDouble({ paragraphs: [heading, { text: "今年以来，各项工作稳步推进。", font: BODY_FONT }], profile: "office2019" }, async (d) => {
      d.model.setSelection(0, 6);
      d.resetStats();
      const { readInsertionPoint } = await import("../../src/word/snippets");
      assert.deepEqual(await readInsertionPoint({ newParagraphAfterHeading: true }), { kind: "afterHeading", heading: "一、总体情况" });
      assert.equal(d.stats.syncs, 1);
      d.resetStats();
      await insertSnippetText("坚持稳中求进。", { newParagraphAfterHeading: true });
      assert.equal(d.stats.syncs, 2);
      assert.deepEqual(texts(d), ["一、总体情况", "坚持稳中求进。", "今年以来，各项工作稳步推进。"]);
      assert.equal(d.model.paragraphs[1]!.styleBuiltIn, "Normal", "body text, not a second heading");
    });
  });

  test("a heading drawn with direct formatting (黑体) lends the phrase nothing: it takes the body paragraph's formatting; never into a table", async () => {
    const heading = { text: "二、主要措施", font: { name: "SimHei", nameFarEast: "黑体", size: 16, bold: true } };
    await withDouble({ paragraphs: [heading, { text: "围绕中心工作，抓好落实。", font: BODY_FONT }], profile: "office2019" }, async (d) => {
      d.model.setSelection(0, 6);
      d.resetStats();
      await insertSnippetText("坚持问题导向。", { newParagraphAfterHeading: true });
      assert.equal(d.stats.syncs, 2, "still one read and one write");
      assert.deepEqual(texts(d), ["二、主要措施", "坚持问题导向。", "围绕中心工作，抓好落实。"]);
      const phrase = d.model.paragraphs[1]!.runs.find((r) => r.text)!;
      const body = d.model.paragraphs[2]!.runs.find((r) => r.text)!;
      assert.equal(phrase.font.nameFarEast, body.font.nameFarEast, "the phrase's East Asian font is the body's, not the heading's 黑体");
      assert.notEqual(phrase.font.bold, true, "not bold like the heading");
      assert.deepEqual(phrase.direct, body.direct, "no direct formatting the body line lacks");
    });
    await withDouble({ paragraphs: [heading, { text: "指标", inTable: true }], profile: "office2019" }, async (d) => {
      d.model.setSelection(0, 6);
      await insertSnippetText("甲", { newParagraphAfterHeading: true });
      assert.deepEqual(texts(d), ["二、主要措施", "甲", "指标"]);
      assert.equal(d.model.paragraphs[1]!.inTable, false, "the phrase never goes into the table that follows");
    });
  });

  test("a plain numbered heading line (no heading style) counts too; mid-heading or in body text the phrase goes in at the cursor", async () => {
    await withDouble({ paragraphs: ["（一）加强组织领导", "正文一句"], profile: "office2019" }, async (d) => {
      d.model.setSelection(0, 9);
      await insertSnippetText("甲", { newParagraphAfterHeading: true });
      assert.deepEqual(texts(d), ["（一）加强组织领导", "甲", "正文一句"]);
      d.model.setSelection(0, 3);
      await insertSnippetText("乙", { newParagraphAfterHeading: true });
      assert.equal(texts(d)[0], "（一）乙加强组织领导");
      d.model.setSelection(2, 4);
      const { readInsertionPoint } = await import("../../src/word/snippets");
      assert.equal((await readInsertionPoint({ newParagraphAfterHeading: true })).kind, "atCursor");
      await insertSnippetText("丙", { newParagraphAfterHeading: true });
      assert.equal(texts(d)[2], "正文一句丙");
    });
  });
});
