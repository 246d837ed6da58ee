import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { applyTextEdits, relocateEdits } from "../../../src/core/text/anchoring";
import { foldForSearch, scanOccurrences, searchableSpan } from "../../../src/core/text/searchSpan";

const edit = (paragraph: number, text: string, target: string, replacement: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(target, at + 1);
  return { paragraph, start: at, end: at + target.length, replacement };
};

describe("relocateEdits", () => {
  const doc = ["一、财政收入", "财政局完成X亿元，同比增长X%。", "教育局完成X亿元，同比增长X%。", "结尾"];

  test("an unchanged document: every edit where it was", () => {
    const e = edit(1, doc[1]!, "X", "12");
    assert.deepEqual(relocateEdits(doc, doc, [e]), [{ status: "located", edit: e, paragraph: 1, start: e.start, end: e.end }]);
  });

  test("paragraphs inserted before: found by their text at the new index", () => {
    const now = ["新的一段", ...doc];
    const e = edit(2, doc[2]!, "X", "7");
    const [r] = relocateEdits(doc, now, [e]);
    assert.equal(r!.status, "located");
    assert.equal((r as { paragraph: number }).paragraph, 3);
  });

  test("the 财政局 section deleted after the scan: its figure is never written into 教育局's sentence", () => {
    const now = [doc[0]!, doc[2]!, doc[3]!];
    const e = edit(1, doc[1]!, "X", "12");
    assert.equal(relocateEdits(doc, now, [e])[0]!.status, "changed");
  });

  test("its paragraph typed into: found by unique context, never by a bare placeholder", () => {
    const now = [doc[0]!, "财政局完成X亿元，同比增长X%。另有说明。", doc[2]!, doc[3]!];
    const e = edit(1, doc[1]!, "X", "12");
    const [r] = relocateEdits(doc, now, [e]);
    assert.deepEqual(r, { status: "located", edit: e, paragraph: 1, start: 5, end: 6 });
  });

  test("a second run of the same job: the paragraph already reads as edited", () => {
    const e = edit(1, doc[1]!, "X", "12");
    const now = [doc[0]!, applyTextEdits(doc[1]!, [e]), doc[2]!, doc[3]!];
    assert.equal(relocateEdits(doc, now, [e])[0]!.status, "done");
  });

  test("identical paragraphs match up in order; a missing one makes them ambiguous", () => {
    const twins = ["完成X项", "中间", "完成X项"];
    const e = edit(2, twins[2]!, "X", "3");
    assert.equal((relocateEdits(twins, ["开头", ...twins], [e])[0] as { paragraph: number }).paragraph, 3);
    assert.equal(relocateEdits(twins, ["完成X项", "中间"], [e])[0]!.status, "changed");
  });
});

describe("searchableSpan", () => {
  test("a plain span is itself", () => {
    assert.deepEqual(searchableSpan("完成X亿元", 2, 3, "5"), { start: 2, end: 3, rank: 0, replacement: "5" });
  });

  test("the second of two: rank 1", () => {
    assert.deepEqual(searchableSpan("X和X", 2, 3, "5"), { start: 2, end: 3, rank: 1, replacement: "5" });
  });

  test("XX after a full-width ＸＸ: widened until exact and loose Find agree", () => {
    const text = "ＸＸ和XX";
    const span = searchableSpan(text, 3, 5, "12")!;
    const needle = text.slice(span.start, span.end);
    assert.deepEqual(scanOccurrences(text, needle), scanOccurrences(foldForSearch(text), foldForSearch(needle)));
    assert.equal(applyTextEdits(text, [span]), "ＸＸ和12");
  });

  test("a half-width comma followed by a space: searchable edges, the space replaced", () => {
    const span = searchableSpan("甲, 乙", 1, 3, "，")!;
    assert.equal(applyTextEdits("甲, 乙", [span]), "甲，乙");
  });

  test("never a span across a manual line break", () => {
    assert.equal(searchableSpan("甲\u000b乙", 1, 2, ""), null);
  });

  test("straight quote among curly ones", () => {
    const text = "“甲”和\"乙\"";
    const span = searchableSpan(text, 4, 5, "“")!;
    assert.equal(applyTextEdits(text, [span]), "“甲”和“乙\"");
  });
});

describe("relocateEdits: review 2 and code review 3", () => {
  test("R1 (3a): identical paragraphs whose sections swapped are changed, not paired by rank", () => {
    const doc = ["一、财政局", "预算执行XX万元。", "二、教育局", "预算执行XX万元。"];
    const moved = ["二、教育局", "预算执行XX万元。", "一、财政局", "预算执行XX万元。"];
    const e1 = edit(1, doc[1]!, "XX", "100");
    const e2 = edit(3, doc[3]!, "XX", "200");
    for (const r of relocateEdits(doc, moved, [e1, e2])) assert.equal(r.status, "changed");
    // Unmoved, the twins are told apart by their headings.
    const r = relocateEdits(doc, ["前言", ...doc], [e1, e2]);
    assert.deepEqual(r.map((x) => (x as { paragraph?: number }).paragraph), [2, 4]);
  });

  test("R10 (6d): a retry after an interrupted fill is not fooled by the identical line already filled", () => {
    const doc = ["一、财政局", "预算执行XX万元。", "二、教育局", "预算执行XX万元。"];
    const e1 = edit(1, doc[1]!, "XX", "100");
    const e2 = edit(3, doc[3]!, "XX", "100");
    const half = ["一、财政局", "预算执行100万元。", "二、教育局", "预算执行XX万元。"];
    const [r1, r2] = relocateEdits(doc, half, [e1, e2]);
    assert.equal(r1!.status, "done");
    assert.deepEqual(r2, { status: "located", edit: e2, paragraph: 3, start: 4, end: 6 });
  });

  test("a match at offset 0 counts as an occurrence (a deleted paragraph is not found in another starting alike)", () => {
    const doc = ["完成X亿元，同比增长", "一、其他", "完成X亿元，同比增长5%。"];
    const e = edit(0, doc[0]!, "X", "7");
    // Paragraph 0 is deleted; paragraph 2 starts with the same text: the window is not unique.
    assert.equal(relocateEdits(doc, ["一、其他", "完成X亿元，同比增长5%。另"], [e])[0]!.status, "changed");
  });

  test("two edits in one changed paragraph: both placed, applied in order", () => {
    const doc = ["一、总体", "收入X亿元，支出Y亿元。", "结尾"];
    const e1 = edit(1, doc[1]!, "X", "12");
    const e2 = edit(1, doc[1]!, "Y", "8");
    const now = ["一、总体", "全年收入X亿元，支出Y亿元。", "结尾"];
    const rs = relocateEdits(doc, now, [e2, e1]);
    assert.deepEqual(rs.map((r) => r.status), ["located", "located"]);
    const placed = rs.map((r) => ({ ...(r as { start: number; end: number }), replacement: r.edit.replacement }));
    assert.equal(applyTextEdits(now[1]!, placed), "全年收入12亿元，支出8亿元。");
    assert.equal(applyTextEdits(doc[1]!, [e2, e1]), "收入12亿元，支出8亿元。");
    assert.equal(applyTextEdits("AB", [{ start: 0, end: 1, replacement: "xx" }, { start: 1, end: 2, replacement: "y" }]), "xxy");
  });

  test("windows taking context from both sides are all tried (anchoring.ts early break)", () => {
    const doc = ["甲乙X丙丁", "结尾"];
    const e = edit(0, doc[0]!, "X", "5");
    assert.deepEqual(relocateEdits(doc, ["甲乙X丙丁。新增", "结尾"], [e])[0], { status: "located", edit: e, paragraph: 0, start: 2, end: 3 });
  });

  test("many edits in one changed long paragraph follow the shared text (and are all placed)", () => {
    const parts: string[] = [];
    for (let i = 0; i < 200; i++) parts.push(`第${i}项完成XX万元，`);
    const text = parts.join("");
    const edits = [] as Array<{ paragraph: number; start: number; end: number; replacement: string }>;
    for (let at = text.indexOf("XX"); at >= 0; at = text.indexOf("XX", at + 2)) edits.push({ paragraph: 0, start: at, end: at + 2, replacement: "1" });
    const now = text.slice(0, 1000) + "插入" + text.slice(1000);
    const rs = relocateEdits([text], [now], edits);
    // The one placeholder whose right-hand context the insertion cut is refused; all others follow.
    assert.deepEqual(rs.filter((r) => r.status !== "located").map((r) => r.edit.start), [997]);
    const placed = rs.filter((r) => r.status === "located").map((r) => ({ ...(r as { start: number; end: number }), replacement: "1" }));
    assert.equal(applyTextEdits(now, placed).split("XX").length, 2, "only the refused XX is left");
  });
});
