import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { localPracticeProfile, standardProfile, type FormatProfile } from "../../src/core/format";
import { formatDocument, type FormatPhase } from "../../src/word/format";
import { WordOperationError } from "../../src/word/errors";
import type { PlatformProfile, WordDouble } from "../../src/word-double";
import { withDouble } from "../support/double";

const DRAFT = readFileSync(join(import.meta.dirname, "../fixtures/samples/draft-with-problems.txt"), "utf8")
  .replace(/\n+$/, "")
  .split("\n");

const REPORT = [
  "关于2026年度工作情况的报告", // 0 title
  "各位领导、同志们：", // 1 addressee
  "现将一年来的工作报告如下：", // 2 body
  "一、主要工作", // 3 heading1
  "（一）抓好理论学习。全年参加集中学习24次。", // 4 heading2 (run-in)
  "1.完善学习制度", // 5 heading3
  "（1）建立台账", // 6 heading4
  "全年共开展专题研讨6次。", // 7 body
  "述职人：张三", // 8 signature
  "2026年12月20日", // 9 date
];

const PROFILES: PlatformProfile[] = ["windows", "web", "office2019"];

function font(d: WordDouble, i: number) {
  const p = d.model.paragraphs[i]!;
  const run = p.runs.find((r) => r.text) ?? p.runs[0]!;
  return run.font;
}

function layout(d: WordDouble, i: number) {
  const p = d.model.paragraphs[i]!;
  return { alignment: p.alignment, firstLineIndent: p.firstLineIndent, lineSpacing: p.lineSpacing, lineRule: p.lineRule };
}

async function wrapInControl(search: string, tag: string): Promise<void> {
  await Word.run(async (context) => {
    const control = context.document.body.search(search).getFirst().insertContentControl();
    control.tag = tag;
    control.title = `标题-${tag}`;
    await context.sync();
  });
}

describe("formatDocument: the official format on every platform", () => {
  for (const profile of PROFILES) {
    test(`${profile}: fonts per level, sizes, indents, exact 28 pt lines, right-aligned signature (2 syncs, text unchanged)`, () =>
      withDouble({ profile, paragraphs: REPORT }, async (d) => {
        d.resetStats();
        const report = await formatDocument(standardProfile);
        assert.equal(d.stats.syncs, 2);
        assert.deepEqual(d.model.paragraphs.map((p) => p.text), REPORT);
        assert.equal(report.rebuilt, REPORT.length);
        assert.deepEqual(report.apiOnly, []);
        assert.equal(report.fontRoute, profile === "windows" ? "nameFarEast" : "ooxml");

        const expectFont = (i: number, nameFarEast: string, size: number, bold: boolean) => {
          const f = font(d, i);
          assert.deepEqual({ nameFarEast: f.nameFarEast, name: f.name, size: f.size, bold: f.bold }, { nameFarEast, name: nameFarEast, size, bold }, `paragraph ${i}`);
        };
        expectFont(0, "方正小标宋简体", 22, false);
        expectFont(3, "黑体", 16, false);
        expectFont(4, "楷体_GB2312", 16, false);
        expectFont(5, "仿宋_GB2312", 16, false); // level 3 plain: GB/T 9704 7.3.3 names only 仿宋 (issue 11)
        expectFont(6, "仿宋_GB2312", 16, false);
        expectFont(7, "仿宋_GB2312", 16, false);

        assert.deepEqual(layout(d, 0), { alignment: "Centered", firstLineIndent: 0, lineSpacing: 28, lineRule: "exact" });
        assert.deepEqual(layout(d, 7), { alignment: "Justified", firstLineIndent: 32, lineSpacing: 28, lineRule: "exact" });
        assert.equal(d.model.paragraphs[7]!.firstLineChars, 200);
        assert.deepEqual(layout(d, 3), { alignment: "Justified", firstLineIndent: 32, lineSpacing: 28, lineRule: "exact" });
        assert.equal(layout(d, 8).alignment, "Right");
        assert.equal(layout(d, 9).alignment, "Right");
        // Headings get an outline level (Navigation Pane) but keep their Normal style.
        assert.equal(d.model.paragraphs[3]!.outlineLevel, 1);
        assert.equal(d.model.paragraphs[4]!.outlineLevel, 2);
        assert.equal(d.model.paragraphs[3]!.styleBuiltIn, "Normal");
        assert.equal(d.model.paragraphs[7]!.outlineLevel, undefined);
      }));
  }

  test("windows: local practice puts Times New Roman in the Latin slot and 仿宋 in the East Asian slot", () =>
    withDouble({ profile: "windows", paragraphs: REPORT }, async (d) => {
      await formatDocument(localPracticeProfile);
      assert.deepEqual([font(d, 7).name, font(d, 7).nameFarEast], ["Times New Roman", "仿宋_GB2312"]);
      assert.deepEqual([font(d, 4).name, font(d, 4).nameFarEast, font(d, 4).bold], ["Times New Roman", "楷体_GB2312", true]);
    }));

  test("web: local practice goes through OOXML with both slots", () =>
    withDouble({ profile: "web", paragraphs: REPORT }, async (d) => {
      await formatDocument(localPracticeProfile);
      assert.deepEqual([font(d, 7).name, font(d, 7).nameFarEast], ["Times New Roman", "仿宋_GB2312"]);
    }));

  test("line spacing and indent follow the profile (29 pt, 0 indent for body)", () =>
    withDouble({ profile: "web", paragraphs: REPORT }, async (d) => {
      const custom: FormatProfile = {
        ...standardProfile,
        lineSpacingPt: 29,
        roles: { ...standardProfile.roles, body: { ...standardProfile.roles.body, firstLineIndentChars: 0 } },
      };
      await formatDocument(custom);
      assert.deepEqual(layout(d, 7), { alignment: "Justified", firstLineIndent: 0, lineSpacing: 29, lineRule: "exact" });
    }));

  test("the draft sample: classified and formatted on the web", () =>
    withDouble({ profile: "web", paragraphs: DRAFT }, async (d) => {
      const report = await formatDocument(standardProfile);
      assert.equal(report.roles[0], "title");
      assert.equal(report.roles[3], "heading1");
      assert.equal(font(d, 3).nameFarEast, "黑体");
      assert.equal(font(d, 4).nameFarEast, "楷体_GB2312");
      assert.deepEqual(d.model.paragraphs.map((p) => p.text), DRAFT);
    }));

  test("missing fonts fall back to installed ones (宋体 bold for 小标宋)", () =>
    withDouble({ profile: "windows", paragraphs: REPORT }, async (d) => {
      const report = await formatDocument(standardProfile, undefined, { availableFonts: new Set(["仿宋", "楷体", "黑体", "宋体"]) });
      assert.deepEqual([font(d, 7).nameFarEast, font(d, 0).nameFarEast, font(d, 0).bold], ["仿宋", "宋体", true]);
      assert.ok(report.fonts.substitutions.some((s) => s.from === "方正小标宋简体" && s.to === "宋体"));
      assert.equal(report.fonts.unknown, false);
    }));

  test("progress reports read, plan, write and done in order", () =>
    withDouble({ profile: "web", paragraphs: REPORT }, async () => {
      const phases: FormatPhase[] = [];
      await formatDocument(standardProfile, (p) => {
        if (phases[phases.length - 1] !== p.phase) phases.push(p.phase);
      });
      assert.deepEqual(phases, ["read", "plan", "write", "done"]);
    }));

  test("an invalid profile is refused before anything is read or written", () =>
    withDouble({ profile: "web", paragraphs: REPORT }, async (d) => {
      d.resetStats();
      const bad = { ...standardProfile, lineSpacingPt: 40 };
      await assert.rejects(formatDocument(bad), (e: unknown) => e instanceof WordOperationError && /行距/.test(e.userMessage.zh));
      assert.equal(d.stats.syncs, 0);
      assert.equal(d.model.paragraphs[7]!.lineRule, "multiple");
    }));
});

describe("formatDocument: content, controls, styles and special paragraphs", () => {
  for (const profile of PROFILES) {
    test(`${profile}: content controls keep tags and texts; text identical; 3 syncs`, () =>
      withDouble({ profile, paragraphs: [...REPORT, "某某科技园", "联系人：王五，电话：12345"] }, async (d) => {
        await wrapInControl("张三", "rc:name");
        await wrapInControl("24", "rc:count");
        await wrapInControl("某某科技园", "rc:park"); // a whole paragraph
        await wrapInControl("王五", "rc:contact");
        const before = d.model.controls().map((c) => [c.tag, c.title, c.text]);
        const texts = d.model.paragraphs.map((p) => p.text);
        d.resetStats();
        const report = await formatDocument(standardProfile);
        assert.equal(d.stats.syncs, 3);
        assert.deepEqual(d.model.paragraphs.map((p) => p.text), texts);
        assert.deepEqual(d.model.controls().map((c) => [c.tag, c.title, c.text]), before);
        assert.deepEqual(report.apiOnly, []);
        // Control paragraphs are formatted like the rest.
        assert.deepEqual(layout(d, 4).lineRule, "exact");
        assert.equal(font(d, 8).nameFarEast, "仿宋_GB2312");
        assert.equal(layout(d, 10).lineRule, "exact");
        const controlRun = d.model.paragraphs[8]!.runs.find((r) => r.text === "张三")!;
        assert.equal(controlRun.font.nameFarEast, "仿宋_GB2312");
        assert.equal(controlRun.font.size, 16);
      }));
  }

  test("a locked control is not rebuilt: API formatting only, control and text intact", () =>
    withDouble({ profile: "web", paragraphs: REPORT }, async (d) => {
      await Word.run(async (context) => {
        const control = context.document.body.search("张三").getFirst().insertContentControl();
        control.tag = "rc:locked";
        control.cannotDelete = true;
        await context.sync();
      });
      const report = await formatDocument(standardProfile);
      assert.deepEqual(report.apiOnly, [8]);
      assert.deepEqual(d.model.controls().map((c) => [c.tag, c.text]), [["rc:locked", "张三"]]);
      assert.equal(layout(d, 8).alignment, "Right");
      assert.equal(font(d, 8).name, "仿宋_GB2312");
      assert.equal(layout(d, 8).lineRule, "multiple"); // honest: no exact spacing through the API
    }));

  test("paragraphs in tables are left alone; a paragraph with a line break gets API formatting only", () =>
    withDouble(
      { profile: "windows", paragraphs: [REPORT[0]!, { text: "表格内容", inTable: true }, "正文第一行。\u000b第二行。"] },
      async (d) => {
        const report = await formatDocument(standardProfile);
        assert.equal(report.inTables, 1);
        assert.equal(font(d, 1).name, "Calibri");
        assert.deepEqual(report.apiOnly, [2]);
        assert.equal(d.model.paragraphs[2]!.text, "正文第一行。\u000b第二行。");
        assert.deepEqual([layout(d, 2).firstLineIndent, font(d, 2).nameFarEast], [32, "仿宋_GB2312"]);
      },
    ));

  test("the paragraph's own style is kept through the rebuild (built-in and custom)", () =>
    withDouble(
      { profile: "web", paragraphs: [REPORT[0]!, { text: "一、总体情况", styleBuiltIn: "Heading1" }, { text: "正文。", style: "公文正文" }] },
      async (d) => {
        await formatDocument(standardProfile);
        assert.equal(d.model.paragraphs[1]!.styleBuiltIn, "Heading1");
        assert.equal(d.model.paragraphs[2]!.style, "公文正文");
        assert.equal(layout(d, 2).lineRule, "exact");
      },
    ));

  for (const profile of PROFILES) {
    test(`${profile}: 1,500 paragraphs with controls in at most 3 syncs`, () =>
      withDouble(
        {
          profile,
          paragraphs: [
            "关于工作情况的报告",
            ...Array.from({ length: 1499 }, (_, i) => (i % 50 === 0 ? `${"一二三四五六七八九十"[(i / 50) % 10]}、第${i}部分` : `第${i}段正文，记录工作进展情况。`)),
          ],
        },
        async (d) => {
          await wrapInControl("第7段", "rc:a");
          d.resetStats();
          const report = await formatDocument(standardProfile);
          assert.ok(d.stats.syncs <= 3, `syncs ${d.stats.syncs}`);
          assert.equal(d.model.paragraphs.length, 1500);
          assert.equal(report.rebuilt, 1500);
          assert.equal(d.model.controls()[0]?.tag, "rc:a");
          assert.equal(layout(d, 1499).lineRule, "exact");
        },
      ));
  }
});
