import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { rejectsWithCode, withDouble } from "../support/double";

/** Texts of the hits of one search on the whole body. */
async function hits(text: string, options?: Word.SearchOptions | { matchCase?: boolean; matchWholeWord?: boolean; matchWildcards?: boolean }): Promise<string[]> {
  return Word.run(async (context) => {
    const found = context.document.body.search(text, options);
    found.load("items/text");
    await context.sync();
    return found.items.map((r) => r.text);
  });
}

describe("Word double: search (docs: word.body#search, word-api.md#search)", () => {
  const doc = { paragraphs: ["Word word WORD words", "第1条 第22条 第333条", "XML 和 X射线", "段尾ab", "cd段首"] };

  test("default search is case-insensitive; matchCase narrows it", () =>
    withDouble(doc, async () => {
      assert.deepEqual(await hits("word"), ["Word", "word", "WORD", "word"]);
      assert.deepEqual(await hits("word", { matchCase: true }), ["word", "word"]);
    }));

  test("matchWholeWord skips hits inside longer words", () =>
    withDouble(doc, async () => {
      assert.deepEqual(await hits("word", { matchWholeWord: true }), ["Word", "word", "WORD"]);
    }));

  test("plain search for X also hits XML and X射线 (word-api.md: filter in JS)", () =>
    withDouble(doc, async () => {
      assert.equal((await hits("X", { matchCase: true })).length, 2);
    }));

  test("wildcards: [0-9]@ is one-or-more, ? is one char, * is a lazy run (office-js #313: Word syntax, not regex)", () =>
    withDouble(doc, async () => {
      assert.deepEqual(await hits("第[0-9]@条", { matchWildcards: true }), ["第1条", "第22条", "第333条"]);
      assert.deepEqual(await hits("第?条", { matchWildcards: true }), ["第1条"]);
      assert.deepEqual(await hits("第*条", { matchWildcards: true }), ["第1条", "第22条", "第333条"]);
      assert.deepEqual(await hits("[0-9]{2,3}", { matchWildcards: true }), ["22", "333"]);
      assert.deepEqual(await hits("第[!1]", { matchWildcards: true }), ["第2", "第3"]);
    }));

  test("wildcards: < and > anchor word starts and ends; wildcard matching is case-sensitive", () =>
    withDouble(doc, async () => {
      assert.deepEqual(await hits("<word>", { matchWildcards: true }), ["word"]);
      assert.deepEqual(await hits("<w*d>", { matchWildcards: true }), ["word"], "* is lazy and > needs a word end");
      assert.deepEqual(await hits("W?RD", { matchWildcards: true }), ["WORD"]);
    }));

  test("wildcards: backslash escapes a special character", () =>
    withDouble({ paragraphs: ["问号? 与 星号*"] }, async () => {
      assert.deepEqual(await hits("号\\?", { matchWildcards: true }), ["号?"]);
      assert.deepEqual(await hits("号\\*", { matchWildcards: true }), ["号*"]);
    }));

  test("search text over 255 characters fails InvalidArgument (office-js #168)", () =>
    withDouble(doc, async () => {
      await rejectsWithCode(hits("字".repeat(256)), "InvalidArgument");
      assert.deepEqual(await hits("字".repeat(255)), []);
    }));

  test("matches never cross paragraph boundaries (word-api.md#search)", () =>
    withDouble(doc, async () => {
      assert.deepEqual(await hits("abcd"), []);
      assert.deepEqual(await hits("段尾*段首", { matchWildcards: true }), []);
    }));

  test("CJK text is found (office-js #5134 reported IME text missed)", () =>
    withDouble(doc, async () => {
      assert.deepEqual(await hits("射线"), ["射线"]);
    }));

  test("returned ranges are live: they follow edits made before them", () =>
    withDouble({ paragraphs: ["甲 乙 丙 乙"] }, async (d) => {
      await Word.run(async (context) => {
        const found = context.document.body.search("乙");
        found.load("items");
        await context.sync();
        context.document.body.paragraphs.getFirst().insertText("开头：", "Start");
        for (const r of found.items) r.insertText("【乙】", "Replace");
        await context.sync();
      });
      assert.equal(d.model.text(), "开头：甲 【乙】 丙 【乙】");
    }));

  test("search inside a paragraph or range stays inside it", () =>
    withDouble({ paragraphs: ["aXa", "aXa"] }, async () => {
      await Word.run(async (context) => {
        const p = context.document.body.paragraphs.getLast();
        const inPara = p.search("a");
        const inRange = p.getRange("Whole").search("X");
        inPara.load("items");
        inRange.load("items");
        await context.sync();
        assert.equal(inPara.items.length, 2);
        assert.equal(inRange.items.length, 1);
      });
    }));
});
