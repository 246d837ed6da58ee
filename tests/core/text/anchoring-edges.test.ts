// anchoring.ts at its edges (mutation testing, issue 27): the shortest context, edits outside the
// document, the landmarks that tell identical lines apart (the document's ends, an empty line), a
// re-run whose result was already there, and edits that only the shared stretch can place.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { applyTextEdits, relocateEdits, type TextEdit } from "../../../src/core/text/anchoring";

const edit = (paragraph: number, text: string, target: string, replacement: string, nth = 0): TextEdit => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(target, at + 1);
  assert.ok(at >= 0, `${target} occurs in ${text}`);
  return { paragraph, start: at, end: at + target.length, replacement };
};

describe("relocateEdits: context", () => {
  test("four characters each side identify a place: a change five characters away does not matter", () => {
    const doc = ["甲乙丙丁戊己庚辛X子丑寅卯辰巳午未", "结尾"];
    const now = ["甲乙丙改戊己庚辛X子丑寅卯辰巳午未", "结尾"];
    const e = edit(0, doc[0]!, "X", "9");
    assert.deepEqual(relocateEdits(doc, now, [e]), [{ status: "located", edit: e, paragraph: 0, start: 8, end: 9 }], "found by 戊己庚辛X子丑寅卯");
  });

  test("a window that overlaps itself occurs twice: never taken for unique", () => {
    const doc = ["哈哈哈哈哈哈哈哈哈哈", "结尾"];
    const now = ["哈哈哈哈哈哈哈哈哈嘿", "结尾"];
    const e: TextEdit = { paragraph: 0, start: 4, end: 5, replacement: "笑" };
    // Nine 哈 occur at 0 and at 1 of the ten: only the whole paragraph is unique, and it is gone.
    assert.deepEqual(relocateEdits(doc, now, [e]), [{ status: "changed", edit: e }], "changed");
  });

  test("the widest window, 40 characters on each side, is tried", () => {
    // Paragraph 0 shares its left 40 characters with paragraph 1 and its right 40 with paragraph
    // 2: only a window of 40 on both sides is unique.
    const L = "按照全年工作目标任务要求各项重点工作扎实推进主要经济指标稳中有进总体运行平稳良好".slice(0, 39);
    const R = "为全面完成全年目标任务奠定了坚实基础各项工作取得明显成效群众满意度持续提升社会大局保持和谐稳定".slice(0, 39);
    const doc = [`甲${L}X${R}乙`, `甲${L}X${R}丙`, `丁${L}X${R}乙`];
    const now = [`新增${doc[0]}`, doc[1]!, doc[2]!];
    const e: TextEdit = { paragraph: 0, start: 40, end: 41, replacement: "5" };
    assert.equal(doc[0]!.slice(40, 41), "X", "the blank");
    assert.deepEqual(relocateEdits(doc, now, [e]), [{ status: "located", edit: e, paragraph: 0, start: 42, end: 43 }], "found by the 81-character window");
  });

  test("an edit at the very start of a changed paragraph takes context from the right only", () => {
    const doc = ["X亿元的收入全部到账。", "结尾"];
    const now = ["X亿元的收入全部到账。另有说明。", "结尾"];
    const e = edit(0, doc[0]!, "X", "9");
    assert.deepEqual(relocateEdits(doc, now, [e]), [{ status: "located", edit: e, paragraph: 0, start: 0, end: 1 }], "at offset 0");
  });

  test("a one-character window beside an edit at the paragraph's start is tried first", () => {
    const doc = ["X亿", "结尾"];
    const now = ["X亿。", "结尾"];
    const e: TextEdit = { paragraph: 0, start: 0, end: 1, replacement: "5" };
    assert.deepEqual(relocateEdits(doc, now, [e]), [{ status: "located", edit: e, paragraph: 0, start: 0, end: 1 }], "found by X亿");
  });

  test("an edit of a whole changed paragraph is never placed by its own characters alone", () => {
    const doc = ["甲", "XX", "乙"];
    const now = ["甲", "XX亿元", "乙"];
    const e: TextEdit = { paragraph: 1, start: 0, end: 2, replacement: "12" };
    assert.deepEqual(relocateEdits(doc, now, [e]), [{ status: "changed", edit: e }], "no context: changed");
  });

  test("an edit of a paragraph the document never had is changed", () => {
    const doc = ["一、总体", "完成X亿元。"];
    const e: TextEdit = { paragraph: 5, start: 0, end: 1, replacement: "9" };
    assert.deepEqual(relocateEdits(doc, doc, [e]), [{ status: "changed", edit: e }], "paragraph 5 of 2");
  });
});

describe("relocateEdits: identical lines and their landmarks", () => {
  const twin = "同比增长X%。";

  test("identical lines after a new first paragraph are still matched in order", () => {
    const doc = [twin, twin, "结尾"];
    const now = ["新增的一段", twin, twin, "结尾"];
    const e = edit(0, twin, "X", "3");
    assert.deepEqual(relocateEdits(doc, now, [e]), [{ status: "located", edit: e, paragraph: 1, start: 4, end: 5 }], "the first twin is now paragraph 1");
  });

  test("a line between twins and the next landmark may change: the landmark is the next unique line, not the next line", () => {
    const doc = [twin, twin, "甲单位", "结尾"];
    const now = [twin, twin, "乙单位", "结尾"];
    const e = edit(1, twin, "X", "3");
    assert.deepEqual(relocateEdits(doc, now, [e]), [{ status: "located", edit: e, paragraph: 1, start: 4, end: 5 }], "the second twin stays");
  });

  test("an empty line is a landmark like any other, never taken for the start of the document", () => {
    const doc = ["", twin, twin, "结尾"];
    const now = [twin, twin, "结尾", ""];
    const e = edit(1, twin, "X", "3");
    assert.deepEqual(relocateEdits(doc, now, [e]), [{ status: "changed", edit: e }], "the twins left their landmark");
  });

  test("an empty line is a landmark like any other, never taken for the end of the document", () => {
    const doc = ["开头", twin, twin, ""];
    const now = ["", "开头", twin, twin];
    const e = edit(1, twin, "X", "3");
    assert.deepEqual(relocateEdits(doc, now, [e]), [{ status: "changed", edit: e }], "the twins left their landmark");
  });

  test("a re-run: a line already reading as done wins over an identical unedited line moved to the same place (campaign, 填入 retry)", () => {
    // Two identical lines in two sections; the person moved the first one into the second section,
    // the first run filled the second section's own line, and Word failed. The retry must not write
    // that value again into the moved line.
    const doc = ["一、甲", "预算执行XX万元。", "二、乙", "完成投资XX万元。", "预算执行XX万元。"];
    const now = ["一、甲", "二、乙", "预算执行XX万元。", "完成投资30万元。", "预算执行50万元。"];
    const e = edit(4, doc[4]!, "XX", "50");
    assert.deepEqual(relocateEdits(doc, now, [e]), [{ status: "done", edit: e, paragraph: 4 }]);
  });

  test("a re-run: the edited text must be new, a line that already read so before is not this one", () => {
    const doc = ["甲", "完成X亿元。", "乙", "完成12亿元。", "丙"];
    const now = ["甲", "完成12亿元。", "乙", "完成12亿元。", "丙"];
    const e = edit(1, doc[1]!, "X", "12");
    assert.deepEqual(relocateEdits(doc, now, [e]), [{ status: "changed", edit: e }], "not reported done");
  });
});

describe("relocateEdits: edits placed by the text their paragraph shares", () => {
  // 38 characters shared by both paragraphs before the blanks, 45 after: a window around the
  // second blank would need 41 characters of context to reach the one that tells them apart.
  const C = "按照全年工作目标任务要求各项重点工作扎实推进主要经济指标稳中有进总体运行平稳良好";
  const T = "为全面完成全年目标任务奠定了坚实基础各项工作取得明显成效群众满意度持续提升社会大局保持和谐稳定";
  const mine = `（一）甲${C.slice(0, 38)}X、X${T.slice(0, 45)}`;
  const other = `（二）乙${C.slice(0, 38)}X、X${T.slice(0, 45)}`;
  const doc = [mine, other];
  const now = [`（一）今年甲${C.slice(0, 38)}X、X${T.slice(0, 45)}`, other];
  const first = edit(0, mine, "X", "5");
  const second = edit(0, mine, "X", "6", 1);

  test("the layout is as intended", () => {
    assert.equal(first.start, 42, "first blank 39 characters after 甲");
    assert.equal(second.start, 44, "second blank 41 characters after 甲");
    assert.equal(mine.length - second.end, 45, "45 shared characters after it");
  });

  test("the second blank follows the first: located at the same shift", () => {
    assert.deepEqual(
      relocateEdits(doc, now, [first, second]),
      [
        { status: "located", edit: first, paragraph: 0, start: 44, end: 45 },
        { status: "located", edit: second, paragraph: 0, start: 46, end: 47 },
      ],
      "both two characters to the right",
    );
  });

  test("given in reverse order, they are placed in reading order all the same", () => {
    assert.deepEqual(
      relocateEdits(doc, now, [second, first]).map((r) => [r.status, r.edit === first ? "first" : "second"]),
      [["located", "first"], ["located", "second"]],
      "the first blank places the second",
    );
  });

  test("alone, the second blank cannot be told apart", () => {
    assert.deepEqual(relocateEdits(doc, now, [second]), [{ status: "changed", edit: second }], "no unique window within 40 characters");
  });

  test("an insertion (an empty span) is never placed by the stretch: its own text cannot be checked", () => {
    const insertion: TextEdit = { paragraph: 0, start: 46, end: 46, replacement: "亿元" };
    const [a, b] = relocateEdits(doc, now, [first, insertion]);
    assert.equal(a!.status, "located", "the blank");
    assert.deepEqual(b, { status: "changed", edit: insertion }, "the insertion");
  });
});

describe("applyTextEdits", () => {
  test("edits in any order; at one offset an insertion goes before a replacement", () => {
    assert.equal(applyTextEdits("AB", [{ start: 1, end: 2, replacement: "y" }, { start: 1, end: 1, replacement: "x" }]), "Axy", "insertion first");
    assert.equal(applyTextEdits("ABCD", [{ start: 3, end: 4, replacement: "d" }, { start: 0, end: 1, replacement: "a" }, { start: 2, end: 2, replacement: "+" }]), "aB+Cd", "sorted by start");
  });
});
