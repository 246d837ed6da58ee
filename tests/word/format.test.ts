// 一键排版 through styles (issue 11): the official styles defined once, assigned per paragraph,
// read back; no word, run, field, comment, bookmark, footnote, picture or revision touched.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { localPracticeProfile, officialStyle, standardProfile, headingSentenceStyle, type FormatProfile } from "../../src/core/format";
import { formatDocument, STYLE_SIGNATURE_PROPERTY, type FormatPhase } from "../../src/word/format";
import { WordOperationError } from "../../src/word/errors";
import { MAX_SYNC_BYTES } from "../../src/word/payload";
import { PESSIMISTIC_MODES } from "../../src/word-double/modes";
import type { PlatformProfile, WordDouble } from "../../src/word-double";
import { withDouble as withAnyDouble } from "../support/double";
import type { DoubleOptions } from "../../src/word-double";

// insertOoxml that fails part-way (mode insertOoxmlThrowsPartway) has its own tests
// (format-failsafe.test.ts); here the package lands, whatever else is unkind.
const withDouble = (options: DoubleOptions, body: (d: WordDouble) => Promise<void>) =>
  withAnyDouble({ ...options, modes: { ...options.modes, insertOoxmlThrowsPartway: "never" } }, body);

const REPORT = [
  "关于2026年度工作情况的报告", // 0 title
  "各位领导、同志们：", // 1 addressee
  "现将一年来的工作报告如下：", // 2 body
  "一、主要工作", // 3 heading1
  "（一）抓好理论学习。全年参加集中学习24次。", // 4 run-in heading2
  "1.完善学习制度", // 5 heading3
  "（1）建立台账", // 6 heading4
  "全年共开展专题研讨6次。", // 7 body
  "述职人：张三", // 8 signature
  "2026年12月20日", // 9 date
];

const EXPECTED_STYLES = ["公文标题", "公文主送", "公文正文", "公文一级标题", "公文正文", "公文三级标题", "公文四级标题", "公文正文", "公文署名", "公文日期"];

const PROFILES: PlatformProfile[] = ["windows", "web", "office2019"];
const styleNames = (d: WordDouble) => d.model.paragraphs.map((p) => p.style);
const texts = (d: WordDouble) => d.model.paragraphs.map((p) => p.text);

describe("formatDocument: styles, on every platform and under Word's unkind behaviours", () => {
  for (const profile of PROFILES) {
    for (const modes of [{}, { ...PESSIMISTIC_MODES }]) {
      const label = Object.keys(modes).length ? "pessimistic" : "default";
      test(`${profile} (${label}): every paragraph gets its official style, read back; text unchanged; 3 syncs`, () =>
        withDouble({ profile, modes, paragraphs: REPORT }, async (d) => {
          d.resetStats();
          const report = await formatDocument(standardProfile);
          assert.equal(d.stats.syncs, 3, "read; styles + run-in sentences; assign + read back");
          assert.deepEqual(texts(d), REPORT, "not a character added or lost (marker paragraphs gone)");
          assert.deepEqual(styleNames(d), EXPECTED_STYLES);
          assert.equal(report.styled, REPORT.length);
          assert.deepEqual(report.notStyled, []);
          assert.equal(report.runInHeadings, 1);
          assert.equal(report.styles, "defined");
          assert.equal(report.page.applied, profile === "windows", "page setup only where WordApiDesktop 1.3 exists");
          // The body style's definition is what GB/T 9704 asks: exact 28 pt, 仿宋 in the East Asian slot, 2-character indent.
          const body = d.model.paragraphs[7]!;
          assert.equal(body.lineSpacing, 28);
          assert.equal(body.lineRule, "exact");
          assert.equal(body.firstLineChars, 200);
          const run = body.runs.find((r) => r.text)!;
          assert.equal(run.font.nameFarEast, "仿宋_GB2312");
          assert.equal(run.font.size, 16);
        }));
    }
  }

  test("run-in heading: the heading sentence alone takes the level's character style", () =>
    withDouble({ profile: "web", paragraphs: REPORT }, async (d) => {
      await formatDocument(standardProfile);
      const runs = d.model.paragraphs[4]!.runs.filter((r) => r.text);
      const styled = runs.filter((r) => r.charStyle).map((r) => r.text).join("");
      assert.equal(styled, "（一）抓好理论学习。");
      const sentenceStyle = headingSentenceStyle(2);
      assert.ok(runs.some((r) => r.charStyle === sentenceStyle.id || r.charStyle === sentenceStyle.name), "runs.some((r) => r.charStyle === sentenceStyle.id || r.charStyle === sentenceStyle.name)");
    }));

  test("a second run with the same profile defines nothing again (2 syncs' worth of work, styles unchanged)", () =>
    withDouble({ profile: "web", paragraphs: REPORT }, async (d) => {
      await formatDocument(standardProfile);
      const count = d.model.paragraphs.length;
      const report = await formatDocument(standardProfile);
      assert.equal(report.styles, "unchanged");
      assert.equal(d.model.paragraphs.length, count);
      assert.deepEqual(texts(d), REPORT);
    }));

  test("profile changed: WordApi 1.5 redefines the styles; Office 2019 keeps the old ones and says so", async () => {
    const spacious: FormatProfile = { ...structuredClone(standardProfile), id: "custom", lineSpacingPt: 29 };
    await withDouble({ profile: "web", paragraphs: REPORT }, async (d) => {
      await formatDocument(standardProfile);
      const report = await formatDocument(spacious);
      assert.equal(report.styles, "redefined");
      assert.equal(d.model.paragraphs[7]!.lineSpacing, 29);
      assert.deepEqual(styleNames(d), EXPECTED_STYLES);
    });
    await withDouble({ profile: "office2019", paragraphs: REPORT }, async (d) => {
      await formatDocument(standardProfile);
      const report = await formatDocument(spacious);
      assert.equal(report.styles, "kept-old-definitions");
      assert.equal(d.model.paragraphs[7]!.lineSpacing, 28, "Word keeps an existing style's definition on insert");
    });
  });

  test("the signature of the applied definitions is kept in a custom document property", () =>
    withDouble({ profile: "office2019", paragraphs: REPORT }, async (d) => {
      await formatDocument(standardProfile);
      assert.match(String(d.model.customProperties.get(STYLE_SIGNATURE_PROPERTY)), /^gw1-/);
    }));

  test("level 3 is plain 仿宋 in the national standard, bold in the local-practice preset", async () => {
    for (const [profile, bold] of [[standardProfile, false], [localPracticeProfile, true]] as const) {
      await withDouble({ profile: "web", paragraphs: REPORT }, async (d) => {
        await formatDocument(profile);
        assert.equal(d.model.paragraphs[5]!.runs.find((r) => r.text)!.font.bold, bold);
      });
    }
  });

  test("a downloaded template's advertising lines are not taken for the title", () =>
    withDouble({ profile: "web", paragraphs: ["仅供学习 禁止外传 用后删除", "", ...REPORT] }, async (d) => {
      await formatDocument(standardProfile);
      assert.notEqual(d.model.paragraphs[0]!.style, officialStyle("title").name);
      assert.equal(d.model.paragraphs[2]!.style, officialStyle("title").name);
    }));
});

describe("formatDocument never loses a word", () => {
  test("rich paragraphs: bold lead-in, hyperlink, bookmark, field, comment, tracked change, picture, footnote — content identical", () =>
    withDouble(
      {
        profile: "windows",
        paragraphs: [
          "关于2026年度工作情况的报告",
          {
            text: "",
            runs: [{ text: "一是", bold: true }, { text: "抓学习，详见" }, { text: "专题网站", link: "https://example.gov.cn/" }, { text: "，第" }, { text: "3", field: "PAGE" }, { text: "页" }, { footnote: "数据来源：统计局" }, { picture: { width: 120, height: 80 } }, { text: "新增内容", revision: "insert" }, { text: "。" }],
            bookmarks: [{ name: "_Toc123", start: 0, end: 2 }],
            comments: [{ content: "请核实", start: 2, end: 5 }],
          },
          "全年共开展专题研讨6次。",
        ],
      },
      async (d) => {
        const before = d.model.paragraphs.map((_, i) => d.model.contentSignature(i));
        const report = await formatDocument(standardProfile);
        const after = d.model.paragraphs.map((_, i) => d.model.contentSignature(i));
        assert.deepEqual(after, before);
        assert.equal(report.styled, 3);
      },
    ));

  test("a sentence typed while it runs survives", () =>
    withDouble({ profile: "web", paragraphs: REPORT, typeDuring: { afterSyncs: 1, paragraph: 7, text: "（新写的一句。）" } }, async (d) => {
      await formatDocument(standardProfile);
      assert.match(d.model.paragraphs[7]!.text, /新写的一句/);
    }));

  test("Track Changes on: no text revision from formatting", () =>
    withDouble({ profile: "web", paragraphs: REPORT }, async (d) => {
      d.model.changeTrackingMode = "TrackAll";
      await formatDocument(standardProfile);
      assert.deepEqual(d.model.rich.revisions.filter((r: any) => r.kind !== "format"), []);
    }));

  test("a Chinese-language document (built-in ids 1, a3 …) gets the same styles", () =>
    withDouble({ profile: "web", styleLocale: "zh", paragraphs: REPORT }, async (d) => {
      await formatDocument(standardProfile);
      assert.deepEqual(styleNames(d), EXPECTED_STYLES);
    }));
});

describe("formatDocument: profile, progress, payload, cancel", () => {
  test("an invalid profile is refused before anything is read", () =>
    withDouble({ profile: "web", paragraphs: REPORT }, async (d) => {
      const bad = { ...structuredClone(standardProfile), lineSpacingPt: 99 };
      d.resetStats();
      await assert.rejects(formatDocument(bad), (e: unknown) => e instanceof WordOperationError);
      assert.equal(d.stats.syncs, 0);
    }));

  test("progress runs through read, styles, write, done", () =>
    withDouble({ profile: "web", paragraphs: REPORT }, async () => {
      const phases: FormatPhase[] = [];
      await formatDocument(standardProfile, (p) => phases.push(p.phase));
      assert.deepEqual([...new Set(phases)], ["read", "styles", "write", "done"]);
    }));

  test("400 pages: no sync above the payload limit, every paragraph styled", () => {
    const paragraphs = Array.from({ length: 6000 }, (_, i) => (i % 15 === 0 ? `${"一二三四五六七八九十"[(i / 15) % 10]}、第${i}部分` : `第${i}段正文，全年完成各项任务，取得明显成效。`));
    return withDouble({ profile: "web", paragraphs }, async (d) => {
      d.resetStats();
      const report = await formatDocument(standardProfile);
      // The record, the style package and the heading-sentence searches share the write sync: counted.
      assert.ok(d.stats.maxSyncBytes <= MAX_SYNC_BYTES, `largest sync ${d.stats.maxSyncBytes}`);
      assert.equal(report.styled, paragraphs.length);
    });
  });

  test("cancel: stops between syncs, says so, nothing half-written", () =>
    withDouble({ profile: "web", paragraphs: REPORT }, async (d) => {
      const controller = new AbortController();
      const report = await formatDocument(standardProfile, (p) => p.phase === "styles" && p.done > 0 && controller.abort(), { signal: controller.signal });
      assert.ok(report.interrupted, "report.interrupted");
      assert.deepEqual(texts(d), REPORT);
    }));
});
