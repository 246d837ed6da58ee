import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { applyTextEdits, relocateEdits } from "../../src/core/text/anchoring";
import { foldForSearch, scanOccurrences, searchableSpan } from "../../src/core/text/searchSpan";

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
