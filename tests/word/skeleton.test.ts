import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { withDouble } from "../support/double";
import { findGenre } from "../../src/core/genres";
import { buildSection, buildSkeleton, skeletonTexts } from "../../src/core/skeleton";
import { readOutline } from "../../src/core/outline";
import { insertSkeletonBlock, METRIC_TAG_PREFIX } from "../../src/word/skeleton";
import { WordOperationError } from "../../src/word/errors";

const genre = findGenre("shuzhishulian")!;
const texts = (d: { model: { paragraphs: { text: string }[] } }) => d.model.paragraphs.map((p) => p.text);

describe("insertSkeletonBlock", () => {
  test("a whole skeleton of 60+ paragraphs into an empty document costs 3 syncs", async () => {
    await withDouble({ paragraphs: [""] }, async (d) => {
      const everySection = genre.sections.flatMap((s) => [s.id, ...s.subsections.map((x) => x.id)]);
      // Every section, then every section again numbered on (八、…): a long skeleton of 100+ paragraphs.
      const block = [
        ...buildSkeleton(genre, { sections: everySection }),
        ...buildSkeleton(genre, { sections: everySection, includeFrame: false, level1Start: genre.sections.length + 1 }),
      ];
      assert.ok(block.length >= 60, `skeleton has ${block.length} paragraphs`);
      d.resetStats();
      const result = await insertSkeletonBlock(block);
      assert.equal(d.stats.syncs, 3, "read, cursor index, write");
      assert.equal(result.inserted, block.length);
      // The empty paragraph was the last one: Word keeps it, after the skeleton.
      // Inserted in order (the closing frame sits before the repeated sections, as built).
      assert.deepEqual(texts(d).slice(0, block.length), skeletonTexts(block));
      assert.equal(texts(d).length, block.length + 1);
      assert.ok(readOutline(texts(d)).every((e) => e.written === e.expected), "readOutline(texts(d)).every((e) => e.written === e.expected)");
      assert.equal(d.model.paragraphs.filter((p) => p.styleBuiltIn === "Heading1").length, 2 * genre.sections.length);
    });
  });

  test("headings get built-in styles and the official fonts; metric slots become tagged controls", async () => {
    await withDouble({ paragraphs: [""], profile: "windows" }, async (d) => {
      const block = buildSkeleton(genre);
      await insertSkeletonBlock(block);
      const paragraphs = d.model.paragraphs;
      const title = paragraphs[0]!;
      assert.equal(title.styleBuiltIn, "Title");
      assert.equal(title.alignment, "Centered");
      assert.equal(title.runs[0]!.font.size, 22);
      assert.equal(title.runs[0]!.font.nameFarEast, "方正小标宋简体");
      const h1 = paragraphs.find((p) => p.text.startsWith("一、"))!;
      assert.equal(h1.styleBuiltIn, "Heading1");
      assert.equal(h1.runs[0]!.font.nameFarEast, "黑体");
      assert.equal(h1.runs[0]!.font.size, 16);
      const h2 = paragraphs.find((p) => p.text.startsWith("（一）"))!;
      assert.equal(h2.styleBuiltIn, "Heading2");
      assert.equal(h2.runs[0]!.font.nameFarEast, "楷体_GB2312");
      const body = paragraphs.find((p) => p.styleBuiltIn === "Normal" && p.text.length > 30)!;
      assert.equal(body.firstLineIndent, 32);
      assert.equal(body.runs[0]!.font.nameFarEast, "仿宋_GB2312");
      const metricKeys = block.flatMap((p) => p.segments.flatMap((s) => ("metric" in s ? [s.metric] : [])));
      const controls = d.model.controls();
      assert.ok(metricKeys.length > 0, "metricKeys.length > 0");
      assert.deepEqual(controls.map((c) => c.tag), metricKeys.map((k) => METRIC_TAG_PREFIX + k));
      assert.ok(controls.every((c) => c.text === "X" && c.title === c.tag.slice(METRIC_TAG_PREFIX.length)), "controls.every((c) => c.text === \"X\" && c.title === c.tag.slice(METRIC_TAG_PREFIX.length))");
    });
  });

  test("asked to, a second whole skeleton is not written: no write, the repeated headings named", async () => {
    await withDouble({ paragraphs: [""] }, async (d) => {
      const first = await insertSkeletonBlock(buildSkeleton(genre), undefined, { askBeforeRepeating: true });
      assert.ok(first.inserted > 0, "first.inserted > 0");
      assert.deepEqual(first.alreadyPresent, []);
      const before = texts(d);
      d.resetStats();
      const second = await insertSkeletonBlock(buildSkeleton(genre), undefined, { askBeforeRepeating: true });
      assert.equal(d.stats.syncs, 2, "read, cursor index; no write");
      assert.equal(second.inserted, 0);
      assert.ok(second.alreadyPresent.length > 1 && second.alreadyPresent.every((t) => before.some((p) => p.endsWith(t))), "second.alreadyPresent.length > 1 && second.alreadyPresent.every((t) => before.some((p) => p.endsW...");
      assert.deepEqual(texts(d), before, "nothing written");
      // Confirmed: written, numbered on after the first skeleton.
      const third = await insertSkeletonBlock(buildSkeleton(genre));
      assert.ok(third.inserted > 0 && texts(d).length > before.length, "third.inserted > 0 && texts(d).length > before.length");
    });
  });

  test("without WordApiDesktop 1.3 (web) one font name is set, and no ApiNotFound", async () => {
    await withDouble({ paragraphs: [""], profile: "web" }, async (d) => {
      await insertSkeletonBlock(buildSkeleton(genre));
      const h1 = d.model.paragraphs.find((p) => p.text.startsWith("一、"))!;
      assert.equal(h1.runs[0]!.font.name, "黑体");
    });
  });

  test("a level-1 section inserted after 三、's section becomes 四、 and the following shift", async () => {
    const doc = ["一、甲", "正文", "二、乙", "正文", "三、丙", "（一）丙一", "正文", "四、丁", "正文", "五、戊"];
    await withDouble({ paragraphs: doc }, async (d) => {
      d.model.setSelection(6, 2); // in 三's body
      d.resetStats();
      const result = await insertSkeletonBlock(buildSection(genre, "de", 1));
      assert.equal(d.stats.syncs, 3);
      const after = texts(d);
      assert.equal(after[7], after[7]!.startsWith("四、") ? after[7] : "expected 四、 at 7");
      assert.ok(after.includes("五、丁") && after.includes("六、戊"), "after.includes(\"五、丁\") && after.includes(\"六、戊\")");
      assert.equal(result.renumbered.length, 2);
      assert.ok(readOutline(after).every((e) => e.written === e.expected), after.join("\n"));
    });
  });

  test("with the cursor on the closing date, a section goes before the signature block in 3 syncs, and says so", async () => {
    const doc = ["一、甲", "正文", "二、乙", "正文", "以上报告，请予评议。", "", "述职人：李明", "2026年12月"];
    await withDouble({ paragraphs: doc }, async (d) => {
      d.model.setSelection(7, 8); // end of the date line, the end of the document
      d.resetStats();
      const block = buildSection(genre, "de", 9);
      const result = await insertSkeletonBlock(block);
      assert.equal(d.stats.syncs, 3, "read, cursor index, write");
      assert.equal(result.beforeSignature, true);
      assert.equal(result.inserted, block.length);
      const after = texts(d);
      assert.deepEqual(after.slice(0, 5), doc.slice(0, 5));
      assert.ok(after[5]!.startsWith("三、"), after[5]);
      assert.deepEqual(after.slice(-3), ["", "述职人：李明", "2026年12月"], "the signature block still ends the document");
      assert.equal(after.length, doc.length + block.length);
    });
  });

  test("a subsection inserted after （一） becomes （二）; the later （二） becomes （三）", async () => {
    const doc = ["一、甲", "（一）甲一", "正文", "（二）甲二", "正文"];
    await withDouble({ paragraphs: doc }, async (d) => {
      d.model.setSelection(2, 0);
      await insertSkeletonBlock(buildSection(genre, genre.sections[0]!.subsections[0]!.id, 1));
      const after = texts(d);
      assert.ok(after[3]!.startsWith("（二）"), after[3]);
      assert.equal(after.filter((t) => t.startsWith("（三）甲二")).length, 1);
    });
  });

  test("cursor in a table: refused with a clear message, nothing written", async () => {
    await withDouble({ paragraphs: ["一、甲", { text: "表格单元格", inTable: true }] }, async (d) => {
      d.model.setSelection(1, 1);
      const before = texts(d);
      await assert.rejects(insertSkeletonBlock(buildSection(genre, "de", 1)), (e: unknown) => {
        assert.ok(e instanceof WordOperationError, "e instanceof WordOperationError");
        assert.match(e.userMessage.zh, /表格/);
        return true;
      });
      assert.deepEqual(texts(d), before);
      assert.equal(d.stats.syncs, 1);
    });
  });

  test("selection spanning paragraphs or inside a content control: refused, nothing written", async () => {
    await withDouble({ paragraphs: ["一、甲", "正文", "二、乙"] }, async (d) => {
      d.model.setSelection(0, 1, 2, 1);
      await assert.rejects(insertSkeletonBlock(buildSection(genre, "de", 1)), /several paragraphs/);
      assert.deepEqual(texts(d), ["一、甲", "正文", "二、乙"]);
    });
    await withDouble({ paragraphs: [""] }, async (d) => {
      await insertSkeletonBlock(buildSection(genre, "ji", 1)); // its body has metric slots
      const control = d.model.controls()[0]!;
      d.model.setSelection(control.startParagraph, control.startOffset, control.endParagraph, control.endOffset);
      const before = texts(d);
      await assert.rejects(insertSkeletonBlock(buildSection(genre, "de", 1)), /content control/);
      assert.deepEqual(texts(d), before);
    });
  });

  test("Office 2019 (WordApi 1.3 only) inserts too", async () => {
    await withDouble({ paragraphs: [""], profile: "office2019" }, async (d) => {
      await insertSkeletonBlock(buildSkeleton(genre));
      assert.ok(texts(d).some((t) => t.startsWith("五、")), "texts(d).some((t) => t.startsWith(\"五、\"))");
    });
  });

  test("an empty block is refused before Word is touched", async () => {
    await withDouble({ paragraphs: [""] }, async (d) => {
      await assert.rejects(insertSkeletonBlock([]), WordOperationError);
      assert.equal(d.stats.syncs, 0);
    });
  });
});
