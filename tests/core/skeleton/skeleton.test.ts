import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { findGenre, genreCatalog } from "../../../src/core/genres";
import { readOutline, renumber } from "../../../src/core/outline";
import { buildSection, buildSkeleton, paragraphText, planInsertion, skeletonTexts } from "../../../src/core/skeleton";
import type { SkeletonParagraph } from "../../../src/core/skeleton";
import { closingSignatureStart } from "../../../src/core/format";

const shuzhishulian = findGenre("shuzhishulian")!;
const allIds = (g = shuzhishulian) => g.sections.flatMap((s) => [s.id, ...s.subsections.map((x) => x.id)]);
const headings = (ps: SkeletonParagraph[]) => ps.filter((p) => p.role.startsWith("heading")).map((p) => paragraphText(p));

describe("buildSkeleton", () => {
  test("frame, numbered sections and placeholders for unfilled fields", () => {
    const ps = buildSkeleton(shuzhishulian, { fields: { 姓名: "李明" } });
    const texts = skeletonTexts(ps);
    assert.equal(ps[0]!.role, "title");
    assert.equal(texts[0], "20XX年度述职述廉报告");
    assert.equal(texts[1], "各位领导、同志们：");
    assert.ok(texts[2]!.startsWith("20XX年，本人担任××单位××职务"), "texts[2]!.startsWith(\"20XX年，本人担任××单位××职务\")");
    assert.ok(texts[2]!.endsWith("报告如下："), "texts[2]!.endsWith(\"报告如下：\")");
    assert.deepEqual(texts.slice(-3), ["以上报告，请予评议。", "述职人：李明", "20XX年12月"]);
    assert.deepEqual(ps.slice(-3).map((p) => p.role), ["closing", "signature", "date"]);
  });

  test("filled fields replace placeholders everywhere; blank values fall back to placeholders", () => {
    const texts = skeletonTexts(buildSkeleton(shuzhishulian, { fields: { 年度: "2026", 单位: "江城市发改委", 职务: " " } }));
    assert.equal(texts[0], "2026年度述职述廉报告");
    assert.ok(texts[2]!.startsWith("2026年，本人担任江城市发改委××职务"), "texts[2]!.startsWith(\"2026年，本人担任江城市发改委××职务\")");
    assert.ok(!texts.join("").includes("{"), "!texts.join(\"\").includes(\"{\")");
  });

  test("default selection: all non-optional sections in catalog order, level 2 restarting", () => {
    const hs = headings(buildSkeleton(shuzhishulian));
    assert.equal(hs[0], "一、坚持把政治建设摆在首位，思想政治素质进一步提升");
    assert.equal(hs[1], "（一）深入学习贯彻习近平新时代中国特色社会主义思想");
    assert.ok(!hs.some((h) => h.includes("严肃党内政治生活")), "optional subsection excluded");
    assert.equal(hs.filter((h) => /^[一二三四五六七八九十]+、/.test(h)).length, 7);
    assert.ok(hs.includes("七、下一步打算"), "hs.includes(\"七、下一步打算\")");
    const lianIndex = hs.indexOf("五、严守纪律规矩，廉洁自律意识进一步增强");
    assert.equal(hs[lianIndex + 1], "（一）认真履行“一岗双责”");
  });

  test("explicit ordered selection, optional sections included, parents implied", () => {
    const ps = buildSkeleton(shuzhishulian, {
      sections: ["lian", "lian-self", "de-party-life", "unknown-id", "lian-duty"],
      includeFrame: false,
    });
    assert.deepEqual(headings(ps), [
      "一、严守纪律规矩，廉洁自律意识进一步增强",
      "（一）管好自己和身边人",
      "（二）认真履行“一岗双责”",
      "二、坚持把政治建设摆在首位，思想政治素质进一步提升",
      "（一）严肃党内政治生活",
    ]);
    assert.equal(ps[0]!.role, "heading1");
    assert.equal(ps[0]!.level, 1);
    assert.equal(ps[1]!.level, 2);
  });

  test("level1Start and includeFrame: false", () => {
    const ps = buildSkeleton(shuzhishulian, { sections: ["plans"], includeFrame: false, level1Start: 11 });
    assert.equal(ps[0]!.ordinal, "十一、");
    assert.ok(ps.every((p) => p.role !== "title" && p.role !== "closing"), "ps.every((p) => p.role !== \"title\" && p.role !== \"closing\")");
  });

  test("metric slots become metric segments; points form one paragraph 一是…；二是…；三是…。", () => {
    const ps = buildSkeleton(shuzhishulian, { sections: ["ji", "ji-targets", "neng", "neng-innovation"], includeFrame: false });
    const target = ps.find((p) => p.sectionId === "ji-targets" && p.role === "body")!;
    assert.ok(target.segments.some((s) => "metric" in s && s.metric === "固定资产投资增速"), "target.segments.some((s) => \"metric\" in s && s.metric === \"固定资产投资增速\")");
    assert.match(paragraphText(target, "{}"), /同比增长\{\}%/);
    const points = ps.find((p) => p.sectionId === "neng-innovation" && p.role === "body")!;
    const text = paragraphText(points);
    assert.match(text, /^坚持以改革破难题、以创新增动能：一是深化.+；二是完善分管领域工作制度X项.+；三是推广.+。$/);
  });

  test("paragraphs carry the id of their section", () => {
    const ps = buildSkeleton(shuzhishulian, { sections: ["qin", "qin-discipline"], includeFrame: false });
    assert.deepEqual(ps.map((p) => p.sectionId), ["qin", "qin-discipline", "qin-discipline"]);
  });

  test("every genre's full skeleton reads back with no numbering problem", () => {
    for (const g of genreCatalog) {
      const texts = skeletonTexts(buildSkeleton(g, { sections: allIds(g) }));
      const entries = readOutline(texts);
      const wrong = entries.filter((e) => e.written !== e.expected);
      assert.deepEqual(wrong, [], g.id);
      const level1 = entries.filter((e) => e.level === 1).length;
      const level2 = entries.filter((e) => e.level === 2).length;
      assert.equal(level1, g.sections.length, g.id);
      assert.equal(level2, g.sections.reduce((n, s) => n + s.subsections.length, 0), g.id);
      assert.deepEqual(renumber(texts).changes, [], g.id);
    }
  });

  test("no skeleton text is left with unrendered braces", () => {
    for (const g of genreCatalog) {
      const text = skeletonTexts(buildSkeleton(g, { sections: allIds(g) })).join("\n");
      assert.ok(!/[{}]/.test(text), g.id);
    }
  });
});

describe("buildSection", () => {
  test("a level-1 section with its non-optional subsections, numbered as asked", () => {
    const ps = buildSection(shuzhishulian, "de", 4);
    assert.deepEqual(headings(ps), [
      "四、坚持把政治建设摆在首位，思想政治素质进一步提升",
      "（一）深入学习贯彻习近平新时代中国特色社会主义思想",
      "（二）坚定拥护“两个确立”、坚决做到“两个维护”",
    ]);
  });

  test("a single subsection as a level-2 heading with its body", () => {
    const ps = buildSection(shuzhishulian, "lian-eight-rules", 3);
    assert.equal(paragraphText(ps[0]!), "（三）严格落实中央八项规定精神");
    assert.equal(ps[0]!.role, "heading2");
    assert.equal(ps.length, 2);
  });

  test("chosen subsections and an unknown id", () => {
    const ps = buildSection(shuzhishulian, "de", 1, { subsections: ["de-party-life"] });
    assert.deepEqual(headings(ps), ["一、坚持把政治建设摆在首位，思想政治素质进一步提升", "（一）严肃党内政治生活"]);
    assert.throws(() => buildSection(shuzhishulian, "nope", 1), RangeError);
  });
});

describe("planInsertion", () => {
  const heading1 = (title: string, ordinal = "一、"): SkeletonParagraph => ({ role: "heading1", level: 1, ordinal, segments: [{ text: title }] });
  const heading2 = (title: string, ordinal = "（一）"): SkeletonParagraph => ({ role: "heading2", level: 2, ordinal, segments: [{ text: title }] });
  const body = (text: string): SkeletonParagraph => ({ role: "body", segments: [{ text }] });

  const doc = ["述职报告", "一、甲", "正文", "二、乙", "（一）a", "正文", "（二）b", "三、丙", "正文", "四、丁", "五、戊"];

  test("a level-1 section after 三、's section becomes 四、; following 四、五、 become 五、六、", () => {
    const plan = planInsertion(doc, 8, [heading1("新增"), heading2("子项"), body("内容")]);
    assert.equal(plan.insertAfter, 8);
    assert.equal(plan.replaceCursorParagraph, false);
    assert.deepEqual(plan.block.map((p) => p.ordinal), ["四、", "（一）", undefined]);
    assert.deepEqual(plan.changes, [
      { paragraph: 9, start: 0, end: 2, from: "四、", to: "五、" },
      { paragraph: 10, start: 0, end: 2, from: "五、", to: "六、" },
    ]);
  });

  test("a level-2 subsection inside its parent shifts only its later siblings", () => {
    const plan = planInsertion(doc, 5, [heading2("新增", "（五）"), body("内容")]);
    assert.deepEqual(plan.block.map((p) => p.ordinal), ["（二）", undefined]);
    assert.deepEqual(plan.changes, [{ paragraph: 6, start: 0, end: 3, from: "（二）", to: "（三）" }]);
  });

  test("a level-2 block right after a level-1 heading becomes （一）", () => {
    const plan = planInsertion(doc, 3, [heading2("新增", "（七）")]);
    assert.equal(plan.block[0]!.ordinal, "（一）");
    assert.deepEqual(plan.changes.map((c) => [c.paragraph, c.to]), [[4, "（二）"], [6, "（三）"]]);
  });

  test("an empty cursor paragraph is replaced", () => {
    const d = ["一、甲", "正文", "　", "二、乙"];
    const plan = planInsertion(d, 2, [heading1("新增", "九、")]);
    assert.equal(plan.replaceCursorParagraph, true);
    assert.equal(plan.insertAfter, 1);
    assert.equal(plan.block[0]!.ordinal, "二、");
    assert.deepEqual(plan.changes, [{ paragraph: 3, start: 0, end: 2, from: "二、", to: "三、" }]);
  });

  test("at the start of the document (-1) and into an empty document", () => {
    const plan = planInsertion(["一、甲", "二、乙"], -1, [heading1("新增", "三、")]);
    assert.equal(plan.insertAfter, -1);
    assert.equal(plan.block[0]!.ordinal, "一、");
    assert.deepEqual(plan.changes.map((c) => c.to), ["二、", "三、"]);
    const empty = planInsertion([], -1, buildSection(shuzhishulian, "de", 5));
    assert.equal(empty.block[0]!.ordinal, "一、");
    assert.deepEqual(empty.changes, []);
  });

  test("a whole skeleton block with several level-1 sections", () => {
    const block = buildSkeleton(shuzhishulian, { sections: ["problems", "plans"], includeFrame: false });
    const plan = planInsertion(["一、甲", "正文", "二、乙"], 1, block);
    assert.deepEqual(headings(plan.block).filter((h) => /^[一二三四五六七八九十]+、/.test(h)).map((h) => h.slice(0, 2)), ["二、", "三、"]);
    assert.deepEqual(plan.changes.map((c) => [c.paragraph, c.from, c.to]), [[2, "二、", "四、"]]);
  });

  test("applying the plan yields a consistently numbered document", () => {
    const block = buildSection(shuzhishulian, "lian", 1);
    for (let cursor = -1; cursor < doc.length; cursor++) {
      const plan = planInsertion(doc, cursor, block);
      const fixed = doc.slice();
      for (const c of plan.changes) fixed[c.paragraph] = fixed[c.paragraph]!.slice(0, c.start) + c.to + fixed[c.paragraph]!.slice(c.end);
      const merged = [
        ...fixed.slice(0, plan.insertAfter + 1),
        ...skeletonTexts(plan.block),
        ...fixed.slice(plan.insertAfter + 1 + (plan.replaceCursorParagraph ? 1 : 0)),
      ];
      assert.deepEqual(readOutline(merged).filter((e) => e.written !== e.expected), [], `cursor ${cursor}`);
    }
  });

  test("existing numbering errors are shifted, not silently fixed; the block follows its written sibling", () => {
    const plan = planInsertion(["一、甲", "三、乙", "正文", "四、丙"], 2, [heading1("新增")]);
    assert.equal(plan.block[0]!.ordinal, "四、");
    assert.deepEqual(plan.changes.map((c) => [c.paragraph, c.from, c.to]), [[3, "四、", "五、"]]);
  });

  test("a section added at the end goes before the closing 署名、日期, with the blank line above them kept", () => {
    // As the Word layer calls it: the signature block found by 排版's own detection.
    const plan = (d: string[], cursor: number, block: SkeletonParagraph[]) => planInsertion(d, cursor, block, closingSignatureStart(d));
    const closing = ["一、甲", "正文", "二、乙", "正文", "以上报告，请予评议。", "", "述职人：李明", "2026年12月"];
    for (const cursor of [6, 7]) {
      const atDate = plan(closing, cursor, [heading1("新增", "九、"), body("内容")]);
      assert.equal(atDate.beforeSignature, true, `cursor ${cursor}`);
      assert.equal(atDate.insertAfter, 4, "after the closing sentence, before the blank line and the signature");
      assert.equal(atDate.replaceCursorParagraph, false);
      assert.equal(atDate.block[0]!.ordinal, "三、");
    }
    // An empty paragraph after the date: still before the signature, not in place of that paragraph.
    const trailing = plan([...closing, ""], 8, [heading1("新增")]);
    assert.deepEqual([trailing.beforeSignature, trailing.insertAfter, trailing.replaceCursorParagraph], [true, 4, false]);
    // A cursor above the signature block is obeyed.
    const above = plan(closing, 3, [heading1("新增")]);
    assert.deepEqual([above.beforeSignature, above.insertAfter], [false, 3]);
    // A unit name and a date, unlabelled: the same signature detection as 排版.
    const unit = plan(["一、甲", "全年完成各项任务。", "江城市发改委", "二○二六年十二月"], 3, [heading1("新增")]);
    assert.deepEqual([unit.beforeSignature, unit.insertAfter], [true, 1]);
    // No signature block: at the cursor, as before; a block that brings its own signature: at the cursor.
    assert.equal(plan(doc, 10, [heading1("新增")]).beforeSignature, false);
    const whole = plan(closing, 7, buildSkeleton(shuzhishulian));
    assert.deepEqual([whole.beforeSignature, whole.insertAfter], [false, 7]);
  });

  test("the input block is not mutated; an out-of-range cursor throws", () => {
    const block = [heading1("新增", "九、")];
    planInsertion(["一、甲"], 0, block);
    assert.equal(block[0]!.ordinal, "九、");
    assert.throws(() => planInsertion(["一、甲"], 1, block), RangeError);
    assert.throws(() => planInsertion(["一、甲"], -2, block), RangeError);
  });

  test("plans on a 6,000-paragraph document (speed: npm run bench)", () => {
    const big: string[] = [];
    for (let i = 1; i <= 20; i++) {
      big.push(`${["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][(i - 1) % 10]}、标题`);
      for (let j = 0; j < 299; j++) big.push("　　正文段落，全年完成投资1.5亿元。");
    }
    const plan = planInsertion(big, 3000, buildSection(shuzhishulian, "de", 1));
    // Paragraph 3000 lies in the eleventh section, written 一、 (the headings cycle 一 to 十):
    // the new section continues from what is written, and the nine after it shift by one.
    assert.equal(plan.block[0]!.ordinal, "二、");
    assert.equal(plan.changes.length, 9);
    assert.deepEqual(plan.changes[0], { paragraph: 3300, start: 0, end: 2, from: "二、", to: "三、" });
  });

  test("reports the title and level-1 headings the document already holds, so a second whole skeleton can be confirmed", () => {
    const skeleton = buildSkeleton(shuzhishulian, { sections: allIds() });
    const once = skeletonTexts(planInsertion([""], 0, skeleton).block);
    assert.deepEqual(planInsertion([""], 0, skeleton).alreadyPresent, [], "an empty document holds nothing yet");
    const again = planInsertion(once, once.length - 1, skeleton);
    const level1 = skeleton.filter((p) => p.role === "heading1").length;
    assert.equal(again.alreadyPresent.length, level1 + 1, "every level-1 heading and the title");
    // A document with other headings only: nothing to confirm.
    assert.deepEqual(planInsertion(doc, 8, [heading1("新增")]).alreadyPresent, []);
    // The same heading under another ordinal is still the same section.
    assert.deepEqual(planInsertion(["三、甲", "正文"], 1, [heading1("甲", "一、")]).alreadyPresent, ["甲"]);
  });
});
