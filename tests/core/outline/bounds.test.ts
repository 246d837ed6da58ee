// 存为骨架 on odd documents (reliability review 2, section 8): genreFromOutline never throws; it
// gives a genre the catalog accepts, or a refusal in words.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { validateGenre } from "../../../src/core/genres/validate";
import { cleanHeading, genreFromOutline } from "../../../src/core/skeleton";

function valid(paragraphs: string[]) {
  const result = genreFromOutline(paragraphs);
  if (result.ok) assert.deepEqual(validateGenre(result.genre), []);
  else assert.ok(result.message.zh && result.message.en, "result.message.zh && result.message.en");
  return result;
}

describe("genreFromOutline: repeated ordinals", () => {
  test("a paragraph of repeated 一、 gives a valid genre (it threw “built an invalid genre”)", () => {
    for (const doc of [["一、".repeat(50)], ["工作报告", "一、".repeat(50), "正文。"], ["一、（一）1.（1）一是".repeat(20)]]) {
      const result = valid(doc);
      assert.ok(result.ok, JSON.stringify(result));
    }
  });

  test("cleanHeading drops every leading ordinal, in linear time", () => {
    assert.equal(cleanHeading("一、一、一、总体情况。"), "总体情况");
    assert.equal(cleanHeading("（一）1. 一是加强学习"), "加强学习");
    const started = process.cpuUsage().user;
    assert.equal(cleanHeading("一、".repeat(100_000) + "标题"), "标题");
    assert.ok((process.cpuUsage().user - started) / 1000 < 3000, "(process.cpuUsage().user - started) / 1000 < 3000");
  });

  test("random documents of ordinals, punctuation and words never throw (seeded)", () => {
    const piece = fc.constantFrom("一、", "二、", "（一）", "1.", "（1）", "一是", "。", "，", "工作", " ", "XX", "20XX年", "：", "“", "”");
    const paragraph = fc.array(piece, { maxLength: 12 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 12 }), (doc) => {
        valid(doc);
      }),
      { seed: 436, numRuns: 400 },
    );
  });
});
