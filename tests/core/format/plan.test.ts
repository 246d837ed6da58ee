import { corpusPath } from "../../support/shared";
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  OFFICIAL_STYLES,
  classifyParagraphs,
  findTitleIndex,
  localPracticeProfile,
  planFormat,
  standardProfile,
  type ParagraphPlan,
} from "../../../src/core/format/index";

const REPORT = [
  "关于2026年度履职情况的述职报告", // 0 title
  "", // 1
  "各位领导、同志们：", // 2 addressee
  "一年来，我认真履行分管工作职责。现将本人履职情况报告如下：", // 3 body
  "一、坚持学思践悟，提升政治能力", // 4 heading 1
  "（一）抓实理论学习。认真落实中心组学习制度，全年参加集中学习12次。", // 5 run-in level 2
  "（二）完善制度机制", // 6 heading 2
  "1.加强学习。全年撰写心得体会6篇。", // 7 run-in level 3
  "2.强化调度", // 8 heading 3
  "（1）建立台账。逐项明确责任人和完成时限。", // 9 run-in level 4
  "（2）定期通报", // 10 heading 4
  "以上报告，请予评议。", // 11 body
  "述职人：李明", // 12 signature
  "二○二六年十二月", // 13 date
];

const styleNames = (plan: ParagraphPlan[]) => plan.map((p) => p.style?.name ?? null);

describe("planFormat: the style of every paragraph", () => {
  const plan = planFormat(REPORT, standardProfile);

  test("each paragraph's official style; empty paragraphs are left alone", () => {
    assert.deepEqual(styleNames(plan), [
      "公文标题",
      null,
      "公文主送",
      "公文正文",
      "公文一级标题",
      "公文正文",
      "公文二级标题",
      "公文正文",
      "公文三级标题",
      "公文正文",
      "公文四级标题",
      "公文正文",
      "公文署名",
      "公文日期",
    ]);
    for (const entry of plan) if (entry.style) assert.ok(OFFICIAL_STYLES.includes(entry.style), "styles come from OFFICIAL_STYLES");
  });

  test("a run-in heading: body paragraph, its heading sentence (up to the first 。) in the level's character style", () => {
    const runIns = plan.filter((p) => p.runIn).map((p) => ({
      paragraph: p.paragraph,
      role: p.role,
      sentence: REPORT[p.paragraph]!.slice(0, p.runIn!.end),
      style: p.runIn!.style.name,
    }));
    assert.deepEqual(runIns, [
      { paragraph: 5, role: "heading2", sentence: "（一）抓实理论学习。", style: "公文二级标题句" },
      { paragraph: 7, role: "heading3", sentence: "1.加强学习。", style: "公文三级标题句" },
      { paragraph: 9, role: "heading4", sentence: "（1）建立台账。", style: "公文四级标题句" },
    ]);
    for (const p of plan.filter((entry) => entry.runIn)) assert.equal(p.runIn!.style.type, "character");
  });

  test("standalone headings and other paragraphs have no run-in part", () => {
    for (const i of [0, 2, 3, 4, 6, 8, 10, 11, 12, 13]) assert.equal(plan[i]!.runIn, null, `paragraph ${i}`);
    // A heading that merely ends with a full stop is a standalone heading (the check flags the 。).
    const [alone] = planFormat(["（一）抓实理论学习。"], standardProfile);
    assert.deepEqual([alone!.style?.name, alone!.runIn], ["公文二级标题", null]);
  });

  test("offsets count from the paragraph's start, leading spaces and wrong ordinal forms included", () => {
    const texts = ["标题", "　　（一）抓实学习。全年参加集中学习。", "(二)严守纪律。全年未发生问题。", "一.总体情况。今年以来各项工作有序推进。"];
    const runIns = planFormat(texts, standardProfile).map((p) => (p.runIn ? texts[p.paragraph]!.slice(0, p.runIn.end) : null));
    assert.deepEqual(runIns, [null, "　　（一）抓实学习。", "(二)严守纪律。", "一.总体情况。"]);
  });

  test("level 3 is plain in the national standard, bold in the local-practice preset; the text is untouched", () => {
    const copy = [...REPORT];
    assert.equal(planFormat(copy, standardProfile)[8]!.bold, false);
    assert.equal(planFormat(copy, localPracticeProfile)[8]!.bold, true);
    assert.deepEqual(copy, REPORT);
  });
});

describe("title detection skips advertising and blank lines", () => {
  const TEMPLATE = ["仅供学习 禁止外传 用后删除", "", "关于2026年度履职情况的述职报告", "各位领导：", "一年来，我认真履职。", "一、主要工作"];

  test("the real title under a downloaded template's watermark is the title", () => {
    assert.equal(findTitleIndex(TEMPLATE), 2);
    const roles = classifyParagraphs(TEMPLATE);
    assert.deepEqual(roles.slice(0, 4), ["template", "empty", "title", "addressee"]);
    const plan = planFormat(TEMPLATE, standardProfile);
    assert.equal(plan[2]!.style?.name, "公文标题");
    assert.equal(plan[0]!.style, null, "the watermark is left unstyled");
  });

  test("several advertising lines do not use up the lines scanned for a title", () => {
    const ads = ["更多范文请关注公众号", "XX整理", "仅供学习 禁止外传", "QQ群：123456789", "本文由范文网整理", "版权所有"];
    assert.equal(findTitleIndex([...ads, "", "年度工作总结", "一、主要工作"]), 7);
  });

  test("a document without advertising keeps its first short line as the title", () => {
    assert.equal(findTitleIndex(["", "年度工作总结", "一、主要工作"]), 1);
  });
});

describe("planFormat on the corpus", () => {
  for (const file of ["school-principal-report.txt", "company-annual-summary.txt", "gov-work-report-2024.txt"]) {
    test(`${file}: every run-in heading sentence ends at its first 。 and stays inside the paragraph`, () => {
      const paragraphs = readFileSync(corpusPath(file), "utf8").split(/\r?\n/);
      const plan = planFormat(paragraphs, standardProfile);
      assert.equal(plan.length, paragraphs.length);
      let runIns = 0;
      for (const p of plan) {
        const text = paragraphs[p.paragraph] ?? "";
        if (!text.trim()) assert.equal(p.style, null);
        if (!p.runIn) continue;
        runIns++;
        assert.match(p.role, /^heading[1-4]$/);
        assert.equal(p.style?.name, "公文正文");
        assert.equal(text[p.runIn.end - 1], "。");
        assert.ok(!text.slice(0, p.runIn.end - 1).includes("。"), "the first 。");
        assert.ok(text.slice(p.runIn.end).trim().length > 0, "body text follows");
      }
      if (file === "school-principal-report.txt") assert.ok(runIns >= 5, `${runIns} run-in headings`);
    });
  }

  test("school-principal-report: （一）坚持集中学习。 is a level-2 run-in heading", () => {
    const paragraphs = readFileSync(corpusPath("school-principal-report.txt"), "utf8").split(/\r?\n/);
    const plan = planFormat(paragraphs, standardProfile);
    const i = paragraphs.findIndex((p) => p.startsWith("（一）坚持集中学习。"));
    assert.deepEqual([paragraphs[i]!.slice(0, plan[i]!.runIn!.end), plan[i]!.runIn!.style.id], ["（一）坚持集中学习。", "GongwenHeading2Sentence"]);
    assert.equal(plan[0]!.style?.name, "公文标题");
  });
});
