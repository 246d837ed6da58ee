// Pure helpers of the 短语 task pane (no Word, no DOM): highlight mapping, team ids. (Team
// downloads are content packs now: tests/taskpane/content.store.test.ts.)
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { originalOffset, previewParts } from "../../src/taskpane/snippets/highlight";
import { searchSnippets, teamSnippetId } from "../../src/core/snippets";

describe("team ids", () => {
  test("team ids are namespaced by address (favourites survive refreshes)", () => {
    assert.notEqual(teamSnippetId("https://a.example/t.json", "x"), teamSnippetId("https://b.example/t.json", "x"));
  });
});

describe("highlight mapping", () => {
  test("offsets in the matched (NFKC) form map back across …… and ㈠", () => {
    const text = "一是……增强意识；㈠加强学习";
    const matched = text.normalize("NFKC").toLowerCase();
    assert.notEqual(matched.length, text.length);
    const at = matched.indexOf("增强意识");
    assert.equal(text.slice(originalOffset(text, at), originalOffset(text, at + 4)), "增强意识");
    const later = matched.indexOf("加强");
    assert.equal(text.slice(originalOffset(text, later), originalOffset(text, later + 2)), "加强");
  });

  test("a real search hit after …… highlights the right characters", async () => {
    const snippet = { id: "h-1", category: "personal", title: "测试", text: "前面……中间部分，然后是重点词语在这里。", tags: [] };
    const [match] = await searchSnippets([snippet], "重点词语");
    assert.ok(match?.highlight, "match?.highlight");
    const parts = previewParts(snippet.text, match.highlight, 100);
    assert.equal(parts.match, "重点词语");
  });

  test("a match far into a long text is brought into the preview window", () => {
    const text = "甲".repeat(60) + "目标词" + "乙".repeat(10);
    const parts = previewParts(text, { start: 60, end: 63 }, 5);
    assert.equal(parts.before, "…甲甲甲甲甲");
    assert.equal(parts.match, "目标词");
    assert.equal(parts.after, "乙".repeat(10));
  });

  test("no highlight: the whole text, line breaks folded to spaces", () => {
    assert.deepEqual(previewParts("第一行\n第二行", null), { before: "第一行 第二行", match: "", after: "" });
  });
});
