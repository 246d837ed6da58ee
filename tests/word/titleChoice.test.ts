import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { standardProfile } from "../../src/core/format";
import { formatDocument } from "../../src/word/format";
import { locateChosenTitle, readTitleCandidates } from "../../src/word/titleChoice";
import { withDouble } from "../support/double";

const SITE = ["笔杆子之家整理，咨询QQ123456789", "笔杆子之家", "专注公文写作 每日更新", "XX县2026年度工作总结", "各位领导：", "2026年，我县坚持稳中求进。", "一、主要工作", "全年完成投资12亿元。"];

describe("the title before 一键排版 writes: read, shown when uncertain, passed as titleParagraph", () => {
  test("template lines above the title: uncertain, the pattern's title proposed, the lines named; 1 sync, nothing written", () =>
    withDouble({ profile: "web", paragraphs: SITE }, async (d) => {
      const before = d.model.paragraphs.map((_, i) => d.model.styleSignature(i));
      d.resetStats();
      const found = await readTitleCandidates();
      assert.equal(d.stats.syncs, 1);
      assert.equal(found.uncertain, true);
      assert.deepEqual(found.title, { paragraph: 3, text: "XX县2026年度工作总结" });
      assert.deepEqual(found.template.map((t) => t.paragraph), [0, 1, 2]);
      assert.deepEqual(found.candidates.map((c) => c.paragraph), [2, 3]);
      assert.deepEqual(d.model.paragraphs.map((_, i) => d.model.styleSignature(i)), before);
    }));

  test("一键排版 puts the title on the title and leaves the template lines unstyled; a picked line wins", () =>
    withDouble({ profile: "windows", paragraphs: SITE }, async (d) => {
      // Where insertOoxml fails part-way (mode insertOoxmlThrowsPartway), running 一键排版 again completes it (issue 21).
      // The first run may also report a part-way stop instead of throwing: a second run completes it.
      await formatDocument(standardProfile).catch(() => undefined);
      await formatDocument(standardProfile);
      const styles = () => d.model.paragraphs.map((p) => p.style);
      assert.equal(styles()[3], "公文标题");
      assert.deepEqual(styles().slice(0, 3), ["Normal", "Normal", "Normal"]);
      await formatDocument(standardProfile, undefined, { titleParagraph: 2, titleText: "专注公文写作 每日更新" });
      assert.equal(styles()[2], "公文标题");
    }));

  test("the pick is anchored by its text: an index that moved finds its line again, a vanished line falls back to detection", () => {
    const texts = ["新插入的一行", ...SITE];
    assert.equal(locateChosenTitle(texts, { titleParagraph: 2, titleText: "专注公文写作 每日更新" }), 3);
    assert.equal(locateChosenTitle(SITE, { titleParagraph: 2, titleText: "已删除的标题" }), undefined);
    assert.equal(locateChosenTitle(SITE, { titleParagraph: 3, titleText: "XX县2026年度工作总结" }), 3);
    assert.equal(locateChosenTitle(SITE, undefined), undefined);
  });
});
