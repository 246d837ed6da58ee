// 一键排版 formats only the report's text and reports only what Word did (issue 21;
// word-fidelity-review-2 #2, #4, #5, #10, #13 and the bar case), under every picture-text answer.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { officialStyle, standardProfile } from "../../src/core/format";
import { formatDocument } from "../../src/word/format";
import type { DoubleOptions, WordDouble } from "../../src/word-double";
import { withDouble as withAnyDouble } from "../support/double";
import { findGenre } from "../../src/core/genres";
import { buildSection } from "../../src/core/skeleton";
import { insertSkeletonBlock } from "../../src/word/skeleton";

const withDouble = (options: DoubleOptions, body: (d: WordDouble) => Promise<void>) =>
  withAnyDouble({ ...options, modes: { ...options.modes, insertOoxmlThrowsPartway: "never" } }, body);

/** The review's bar case: template lines above the title, a TOC, run-in headings, a picture and its caption. */
const BAR = [
  "仅供学习 禁止外传 用后删除",
  "",
  "关于2026年度工作情况的报告",
  { text: "一、主要工作\t1", styleBuiltIn: "Toc1" },
  { text: "（一）抓好理论学习\t1", styleBuiltIn: "Toc2" },
  "各位领导、同志们：",
  "一、主要工作",
  "（一）抓好理论学习。全年参加集中学习24次。",
  "（二）推进作风建设。开展专题整治3次。",
  { text: "", runs: [{ picture: { width: 400, height: 300 } }] },
  "图1 2026年学习次数",
  "全年共开展专题研讨6次。",
  "述职人：张三",
  "2026年12月20日",
];

describe("the bar case, under every answer to a picture's text", () => {
  for (const pictureCharInText of ["u0001", "", "ufffc"] as const) {
    test(`picture text "${pictureCharInText}": TOC and picture untouched by exact spacing, title styled, 0 direct formatting, not a character changed`, () =>
      withDouble({ profile: "windows", paragraphs: BAR, modes: { pictureCharInText } }, async (d) => {
        const before = d.model.paragraphs.map((_, i) => d.model.contentSignature(i));
        const report = await formatDocument(standardProfile);
        assert.deepEqual(d.model.paragraphs.map((_, i) => d.model.contentSignature(i)), before, "not a character changed");
        const style = (i: number) => d.model.paragraphs[i]!.style;
        assert.equal(style(2), officialStyle("title").name);
        assert.notEqual(style(0), officialStyle("title").name);
        assert.equal(d.model.paragraphs[3]!.styleBuiltIn, "Toc1", "TOC lines keep their style");
        assert.equal(d.model.paragraphs[4]!.styleBuiltIn, "Toc2");
        assert.deepEqual(report.tocLines, [3, 4]);
        assert.equal(style(9), officialStyle("picture").name);
        assert.equal(style(10), officialStyle("caption").name);
        assert.notEqual(d.model.paragraphs[9]!.lineRule, "exact", "a picture is never cropped to one exact line");
        assert.notEqual(d.model.paragraphs[10]!.lineRule, "exact");
        assert.deepEqual(report.pictures, [9]);
        assert.deepEqual(report.captions, [10]);
        assert.equal(report.runInHeadings, 2);
        assert.equal(report.directFormatting, 0, "a clean document has no direct formatting, run-in headings included");
        assert.deepEqual(report.emphasis, { restored: [], lost: [] });
      }));
  }
});

describe("emphasis a style assignment clears is put back or named", () => {
  for (const styleAssignDirect of ["keeps", "clears-majority"] as const) {
    test(`${styleAssignDirect}: a wholly bold red paragraph stays bold and red; a mostly bold one is named when Word cleared it`, () =>
      withDouble(
        {
          profile: "web",
          modes: { styleAssignDirect },
          paragraphs: [
            "关于2026年度工作情况的报告",
            { text: "", runs: [{ text: "此项工作务必于年底前完成。", bold: true, color: "#FF0000" }] },
            { text: "", runs: [{ text: "重点强调的大部分内容", bold: true }, { text: "和其余。" }] },
            "全年共开展专题研讨6次。",
          ],
        },
        async (d) => {
          const report = await formatDocument(standardProfile);
          const whole = d.model.paragraphs[1]!.runs.filter((r) => r.text);
          assert.ok(whole.every((r) => r.font.bold === true && r.font.color === "#FF0000"), "read back bold and red");
          const partly = d.model.paragraphs[2]!.runs.filter((r) => r.text);
          if (styleAssignDirect === "keeps") {
            assert.deepEqual(report.emphasis, { restored: [], lost: [] });
            assert.equal(partly[0]!.font.bold, true);
          } else {
            assert.deepEqual(report.emphasis.restored, [1]);
            assert.deepEqual(report.emphasis.lost, [2], "the paragraph whose partial emphasis Word cleared is named");
          }
        },
      ));
  }

  test("a heading's bold from its old style (Heading 1) is the style's, not the person's: not put back", () =>
    withDouble({ profile: "web", modes: { styleAssignDirect: "clears-majority" }, paragraphs: ["关于2026年度工作情况的报告", { text: "一、主要工作", styleBuiltIn: "Heading1" }, "正文内容。"] }, async (d) => {
      const report = await formatDocument(standardProfile);
      assert.deepEqual(report.emphasis.restored, []);
      assert.equal(d.model.paragraphs[1]!.runs.find((r) => r.text)!.font.bold, false, "公文一级标题 is 黑体, not bold");
    }));

  test("direct formatting that really overrides the style is counted and named", () =>
    withDouble({ profile: "web", paragraphs: ["关于2026年度工作情况的报告", { text: "全年共开展专题研讨6次。", lineSpacing: 20 }, "其余正文。"] }, async (d) => {
      const report = await formatDocument(standardProfile);
      assert.equal(report.directFormatting, 1);
      assert.deepEqual(report.directFormattingParagraphs, [1]);
      assert.ok(d.model.paragraphs.length === 3, "d.model.paragraphs.length === 3");
    }));
});

describe("page setup goes to every section; a landscape one is left alone and named", () => {
  test("windows: portrait sections get A4 and the grid, the landscape appendix keeps its page", () =>
    withDouble({ profile: "windows", styleLocale: "zh", paragraphs: ["关于2026年度工作情况的报告", "正文。"], moreSections: [{}, { orientation: "Landscape" }] }, async (d) => {
      const landscape = structuredClone(d.model.moreSections[1]!);
      const report = await formatDocument(standardProfile);
      assert.equal(report.page.applied, true);
      assert.equal(report.page.sectionsApplied, 2);
      assert.deepEqual(report.page.sectionsLeft, [{ section: 3, reason: "landscape" }]);
      assert.equal(d.model.moreSections[0]!.linesPage, 22);
      assert.equal(d.model.pageSetup.charsLine, 28);
      assert.deepEqual(d.model.moreSections[1], landscape);
    }));
});

describe("a skeleton inserted after 一键排版 uses the official styles", () => {
  test("its headings and body take 公文一级标题 / 公文正文, not direct formatting", () =>
    withDouble({ profile: "web", paragraphs: ["关于2026年度工作情况的报告", "全年共开展专题研讨6次。", ""] }, async (d) => {
      await formatDocument(standardProfile);
      d.model.setSelection(2, 0);
      const genre = findGenre("shuzhishulian")!;
      await insertSkeletonBlock(buildSection(genre, genre.sections[0]!.id, 1));
      const heading = d.model.paragraphs.find((p) => /^一、/.test(p.text))!;
      assert.equal(heading.style, officialStyle("heading1").name);
      assert.deepEqual(d.model.directFormatting(heading).paragraph, [], "no direct paragraph formatting over the style");
    }));
});

describe("TOC lines inside a TOC field keep their style, whatever it is (review-2 #10)", () => {
  const TOC = ' TOC \\o "1-3" \\n \\h \\z \\u ';
  /** A TOC field (page numbers off: no tab, no number) whose lines are in Normal, not Toc1–9; then the report. */
  const doc = () => [
    "关于2026年度工作情况的报告",
    "目录",
    { text: "", runs: [{ text: "一、主要工作", field: TOC, fieldGroup: "toc" }] },
    { text: "", runs: [{ text: "（一）抓好理论学习", field: TOC, fieldGroup: "toc" }] },
    { text: "", runs: [{ text: "二、存在问题", field: TOC, fieldGroup: "toc" }] },
    "各位领导、同志们：",
    "一、主要工作",
    "（一）抓好理论学习。全年参加集中学习24次。",
    "二、存在问题",
    "学习深度不够。",
  ];
  for (const fieldsInRange of ["overlapping", "contained"] as const) {
    test(`fields ${fieldsInRange}: the field's lines are TOC lines and keep Normal; the body's headings of the same text are styled`, () =>
      withDouble({ profile: "windows", paragraphs: doc(), modes: { fieldsInRange } }, async (d) => {
        const before = d.model.paragraphs.map((_, i) => d.model.contentSignature(i));
        const normal = d.model.paragraphs[2]!.style;
        const report = await formatDocument(standardProfile);
        assert.equal(report.interrupted, null, "the run completes");
        assert.deepEqual(report.tocLines, [2, 3, 4], "the three lines of the TOC field are TOC lines");
        for (const i of [2, 3, 4]) {
          assert.equal(d.model.paragraphs[i]!.style, normal, `TOC line ${i} keeps its style`);
          assert.notEqual(d.model.paragraphs[i]!.lineRule, "exact", `TOC line ${i} gets no exact spacing`);
        }
        assert.equal(d.model.paragraphs[6]!.style, officialStyle("heading1").name, "the body's heading of the same text is a heading");
        assert.equal(d.model.paragraphs[8]!.style, officialStyle("heading1").name);
        assert.equal(d.model.paragraphs[0]!.style, officialStyle("title").name);
        assert.deepEqual(d.model.paragraphs.map((_, i) => d.model.contentSignature(i)), before, "not a character changed");
      }));
  }

  test("a host without WordApi 1.4 (no fields): lines with a tab and a page number are still TOC lines; sync count unchanged", () =>
    withDouble({
      profile: "office2019",
      paragraphs: [
        "关于2026年度工作情况的报告",
        { text: "", runs: [{ text: "一、主要工作\t1", field: TOC, fieldGroup: "toc" }] },
        { text: "", runs: [{ text: "二、存在问题\t2", field: TOC, fieldGroup: "toc" }] },
        "一、主要工作",
        "全年参加集中学习24次。",
      ],
    }, async (d) => {
      const normal = d.model.paragraphs[1]!.style;
      const report = await formatDocument(standardProfile);
      assert.deepEqual(report.tocLines, [1, 2], "the shape still finds them");
      assert.equal(d.model.paragraphs[1]!.style, normal, "kept");
      assert.equal(d.model.paragraphs[3]!.style, officialStyle("heading1").name, "the body heading is styled");
    }));
});
