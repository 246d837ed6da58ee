import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brandNames, detectTitle, findAdParagraphs, hasTitlePattern, isMastheadLine, titleUncertain } from "../../../src/core/ads/index";
import { classifyParagraphs, planFormat, standardProfile } from "../../../src/core/format/index";
import { SHARED_DIR } from "../../support/shared";

/** The title every report of ../shared/corpus has (null: it has none, only a source note and 各位代表：). */
const CORPUS_TITLES: Record<string, string | null> = {
  "company-annual-summary.txt": "xx集团有限公司2026年度工作总结",
  "gov-work-report-2013.txt": null,
  "gov-work-report-2024.txt": "政府工作报告",
  "school-principal-report.txt": "XX中学校长20XX年度述职述廉报告",
};
/** The preview's samples (src/preview/samples.ts imports them from tests/fixtures/samples). */
const SAMPLE_TITLES: Record<string, string | null> = {
  "company-annual-summary.txt": "xx集团有限公司2026年度工作总结",
  "draft-with-problems.txt": "某某区发展改革局2026年度工作总结",
  "gov-work-report-2024.txt": "政府工作报告",
  "school-principal-report.txt": "XX中学校长20XX年度述职述廉报告",
};
const SAMPLES_DIR = join(import.meta.dirname, "../../fixtures/samples");

const titleOf = (paragraphs: readonly string[]) => {
  const d = detectTitle(paragraphs);
  return d.index === null ? null : paragraphs[d.index]!.trim();
};

describe("title detection on every corpus report and shipped sample", () => {
  const corpus = readdirSync(join(SHARED_DIR, "corpus")).filter((f) => f.endsWith(".txt"));
  test("every corpus report is listed here", () => assert.deepEqual(corpus.sort(), Object.keys(CORPUS_TITLES).sort()));
  for (const file of corpus) {
    test(`${file}: the title is the report's title`, () => {
      const paragraphs = readFileSync(join(SHARED_DIR, "corpus", file), "utf8").split(/\r?\n/);
      assert.equal(titleOf(paragraphs), CORPUS_TITLES[file]);
    });
  }
  test("the 2024 report's source note above the title is a template line, and the title is shown for confirmation", () => {
    const paragraphs = readFileSync(join(SHARED_DIR, "corpus", "gov-work-report-2024.txt"), "utf8").split(/\r?\n/);
    const d = detectTitle(paragraphs);
    assert.deepEqual(d.template, [0]);
    assert.equal(titleUncertain(d), true);
  });
  test("every sample the preview ships is listed here", () => {
    const shipped = [...readFileSync(join(import.meta.dirname, "../../../src/preview/samples.ts"), "utf8").matchAll(/fixtures\/samples\/([^"]+\.txt)/g)].map((m) => m[1]);
    assert.deepEqual(shipped.sort(), Object.keys(SAMPLE_TITLES).sort());
  });
  for (const file of Object.keys(SAMPLE_TITLES)) {
    test(`sample ${file}: the title, sure of it, nothing above it`, () => {
      const paragraphs = readFileSync(join(SAMPLES_DIR, file), "utf8").replace(/\n+$/, "").split(/\r?\n/);
      const d = detectTitle(paragraphs);
      assert.equal(titleOf(paragraphs), SAMPLE_TITLES[file]);
      assert.deepEqual([d.template, d.masthead, titleUncertain(d)], [[], [], false]);
    });
  }
});

describe("title detection on crafted documents", () => {
  const SITE = [
    "笔杆子之家整理，咨询QQ123456789", // 0 advertising line
    "笔杆子之家", //                     1 the bare site name: repeats the brand
    "专注公文写作 每日更新", //           2 slogan
    "",
    "XX县2026年度工作总结", //            4 the title
    "各位领导：",
    "2026年，我县坚持稳中求进。",
    "一、主要工作",
  ];

  test("a site-name line and a slogan above the title: the title is picked by its pattern, the lines above are template lines", () => {
    const d = detectTitle(SITE);
    assert.equal(d.index, 4);
    assert.deepEqual(d.template, [0, 1, 2]);
    assert.equal(titleUncertain(d), true, "text above the title: the pane asks");
    assert.ok(d.candidates.includes(2) && d.candidates.includes(4) && !d.candidates.includes(0), "d.candidates.includes(2) && d.candidates.includes(4) && !d.candidates.includes(0)");
    const roles = classifyParagraphs(SITE);
    assert.deepEqual(roles.slice(0, 6), ["template", "template", "template", "empty", "title", "addressee"]);
    const plan = planFormat(SITE, standardProfile);
    assert.deepEqual(plan.slice(0, 3).map((p) => p.style), [null, null, null], "template lines are left unstyled");
    assert.equal(plan[4]!.style?.name, "公文标题");
  });

  test("without the advertising line the site name is still not the title", () => {
    const bare = SITE.slice(1);
    const d = detectTitle(bare);
    assert.equal(bare[d.index!], "XX县2026年度工作总结");
    assert.deepEqual(d.template, [0, 1]);
  });

  test("a line repeating a flagged line's brand is an advertising line; the brand is what precedes 整理", () => {
    assert.deepEqual(brandNames("笔杆子之家整理，咨询QQ123456789"), ["笔杆子之家"]);
    assert.deepEqual(brandNames("更多范文请关注公众号「公文素材库」"), ["公文素材库"]);
    assert.deepEqual(findAdParagraphs(SITE).ads, [0, 1]);
    // Report text naming the brand in a sentence is not flagged.
    assert.deepEqual(findAdParagraphs([...SITE, "笔杆子之家的同志参加了全年各项工作，表现突出，受到表扬。"]).ads, [0, 1]);
    // No flagged line, no brand: a bare name alone is not an advertising line.
    assert.deepEqual(findAdParagraphs(["笔杆子之家", "XX县2026年度工作总结"]).ads, []);
  });

  test("版头 lines (份号, 密级, 紧急程度, 发文机关标志, 发文字号) are not template lines", () => {
    const doc = ["000123", "机密★1年", "特急", "XX市人民政府文件", "X政发〔2026〕5号", "", "关于印发2026年工作要点的通知", "各区县人民政府：", "现将要点印发给你们。"];
    const d = detectTitle(doc);
    assert.deepEqual([d.index, d.masthead, d.template, titleUncertain(d)], [6, [0, 1, 2, 3, 4], [], false]);
    assert.deepEqual(classifyParagraphs(doc).slice(0, 7), ["masthead", "masthead", "masthead", "masthead", "masthead", "empty", "title"]);
    assert.deepEqual(planFormat(doc, standardProfile).slice(0, 5).map((p) => p.style), [null, null, null, null, null]);
  });

  test("an upward report's organ and number with 签发人", () => {
    const doc = ["XX省发展改革委", "X发改〔2026〕12号      签发人：张三", "关于2026年工作情况的报告", "省政府："];
    assert.deepEqual(detectTitle(doc).masthead, [0, 1]);
    assert.ok(isMastheadLine("签发人：李四"), "isMastheadLine(\"签发人：李四\")");
    assert.ok(!isMastheadLine("XX省发展改革委"), "an organ's name alone needs its 发文字号 under it");
  });

  test("a subtitle under a speech's title does not take the title", () => {
    assert.equal(detectTitle(["奋力谱写高质量发展新篇章", "——在全县经济工作会议上的讲话", "同志们："]).index, 0);
    assert.equal(detectTitle(["奋力谱写高质量发展新篇章", "在全县经济工作会议上的讲话", "同志们："]).index, 0);
    assert.ok(hasTitlePattern("关于2026年度履职情况的述职报告") && hasTitlePattern("2026年工作要点（征求意见稿）"), "hasTitlePattern(\"关于2026年度履职情况的述职报告\") && hasTitlePattern(\"2026年工作要点（征求意见稿）\")");
    assert.ok(!hasTitlePattern("——在全县经济工作会议上的讲话"), "!hasTitlePattern(\"——在全县经济工作会议上的讲话\")");
  });

  test("no title: a document opening with a heading or an addressee", () => {
    assert.deepEqual(detectTitle(["一、主要工作", "全年完成任务。"]).index, null);
    assert.deepEqual(detectTitle(["", "各位代表：", "现在，我代表政府报告工作。"]).index, null);
    assert.deepEqual(detectTitle([]).basis, "none");
  });

  test("a first line without the pattern is a guess; with nothing else to pick, the pane does not ask", () => {
    const d = detectTitle(["今年的几点体会与打算", "各位领导：", "一、主要工作"]);
    assert.deepEqual([d.index, d.basis, titleUncertain(d)], [0, "guess", false]);
  });

  test("the person's choice wins, and lines above it become template lines", () => {
    const d = detectTitle(SITE, { chosen: 2 });
    assert.deepEqual([d.index, d.basis, d.template], [2, "chosen", [0, 1]]);
    assert.equal(planFormat(SITE, standardProfile, [], { titleParagraph: 2 })[2]!.style?.name, "公文标题");
    assert.equal(detectTitle(SITE, { chosen: 3 }).index, 4, "an empty line cannot be chosen");
  });
});
