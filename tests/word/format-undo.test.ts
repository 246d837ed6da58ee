// 撤销排版 (issue 21): puts back each paragraph's style and the page setup from the record 一键排版
// left in the document, verified by read-back, on every platform, after reopening; refuses what
// the person changed since.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { standardProfile } from "../../src/core/format";
import { formatDocument } from "../../src/word/format";
import { undoFormat } from "../../src/word/formatUndo";
import { WordOperationError } from "../../src/word/errors";
import { MAX_SYNC_BYTES } from "../../src/word/payload";
import type { DocumentSnapshot, DoubleOptions, PlatformProfile, WordDouble } from "../../src/word-double";
import { withDouble as withAnyDouble } from "../support/double";

const withDouble = (options: DoubleOptions, body: (d: WordDouble) => Promise<void>) =>
  withAnyDouble({ ...options, modes: { ...options.modes, insertOoxmlThrowsPartway: "never" } }, body);

const REPORT = [
  { text: "关于2026年度工作情况的报告", styleBuiltIn: "Title" },
  { text: "一、主要工作", styleBuiltIn: "Heading1" },
  "（一）抓好理论学习。全年参加集中学习24次。",
  "全年共开展专题研讨6次。",
  "2026年12月20日",
];
const styles = (d: WordDouble) => d.model.paragraphs.map((p) => p.style);
const PROFILES: PlatformProfile[] = ["windows", "web", "office2019"];

describe("撤销排版 restores styles and page setup, read back", () => {
  for (const profile of PROFILES) {
    test(`${profile}: styles back as they were, page setup back, 2 syncs; survives reopening`, async () => {
      let saved: DocumentSnapshot | null = null;
      let before: string[] = [];
      let page: unknown = null;
      // A Chinese Word document: A4 with a 44-line grid (an English one's "no grid" has no counts to restore).
      await withDouble({ profile, styleLocale: "zh", paragraphs: REPORT }, async (d) => {
        before = styles(d);
        page = structuredClone(d.model.pageSetup);
        await formatDocument(standardProfile);
        assert.notDeepEqual(styles(d), before);
        saved = d.snapshot();
      });
      await withDouble({ profile, snapshot: saved! }, async (d) => {
        d.resetStats();
        const report = await undoFormat();
        assert.ok(d.stats.syncs <= 3, `${d.stats.syncs} syncs`);
        assert.deepEqual(styles(d), before);
        assert.equal(report.restored, REPORT.length);
        assert.deepEqual(report.refused, []);
        if (profile === "windows") {
          assert.deepEqual(d.model.pageSetup, page, "every figure of the page setup as before");
          assert.deepEqual(report.sections, { restored: 1, recorded: 1 });
        }
        // The heading sentence's character style went with it: the style deleted (WordApi 1.5), or
        // the sentence given Default Paragraph Font (Office 2019: no style objects), read back.
        assert.ok(d.model.paragraphs[2]!.runs.every((r) => !r.charStyle), `no character style left in the run-in heading (${profile})`);
        assert.equal(report.sentenceStylesRemoved, true, "the report says so");
        assert.deepEqual(report.sentencesLeft, []);
        await assert.rejects(undoFormat(), (e: unknown) => e instanceof WordOperationError && /没有可撤销/.test(e.userMessage.zh), "once");
      });
    });
  }

  test("a paragraph edited or restyled since is refused and named; the others are restored", () =>
    withDouble({ profile: "web", paragraphs: REPORT }, async (d) => {
      const before = styles(d);
      await formatDocument(standardProfile);
      d.model.typeText(3, "（补充）");
      const normal = d.model.styles.byName("Normal")!.id;
      d.model.setParagraphStyle(d.model.paragraphs[4]!, normal);
      const report = await undoFormat();
      assert.equal(report.restored, 3);
      assert.deepEqual(report.refused.map((r) => r.reason).sort(), ["style-changed", "text-changed"]);
      assert.deepEqual(styles(d).slice(0, 3), before.slice(0, 3));
      assert.equal(report.recordKept, true);
    }));

  test("a paragraph inserted since is passed over, the rest paired by their text", () =>
    withDouble({ profile: "web", paragraphs: REPORT }, async (d) => {
      const before = styles(d);
      await formatDocument(standardProfile);
      d.model.splitParagraph(d.model.paragraphs[1]!, d.model.paragraphs[1]!.length);
      d.model.typeText(2, "新加的一段。");
      const report = await undoFormat();
      assert.equal(report.restored, REPORT.length);
      assert.deepEqual([...styles(d).slice(0, 2), ...styles(d).slice(3)], before);
    }));

  test("no record: refused with a reason, nothing read twice", () =>
    withDouble({ profile: "web", paragraphs: REPORT }, async (d) => {
      d.resetStats();
      await assert.rejects(undoFormat(), (e: unknown) => e instanceof WordOperationError && /没有可撤销/.test(e.userMessage.zh));
      assert.equal(d.stats.syncs, 1);
    }));

  test("100 pages: ≤ 3 syncs, each below the payload limit", () => {
    const paragraphs = Array.from({ length: 1500 }, (_, i) => (i % 15 === 0 ? `${"一二三四五六七八九十"[(i / 15) % 10]}、第${i}部分` : `第${i}段正文，全年完成各项任务，取得明显成效。`));
    return withDouble({ profile: "windows", paragraphs }, async (d) => {
      await formatDocument(standardProfile);
      d.resetStats();
      const report = await undoFormat();
      assert.ok(d.stats.syncs <= 3, "d.stats.syncs <= 3");
      assert.ok(d.stats.maxSyncBytes < MAX_SYNC_BYTES, `${d.stats.maxSyncBytes} bytes`);
      assert.equal(report.restored, paragraphs.length);
      assert.ok(styles(d).every((s) => s === "Normal"), "styles(d).every((s) => s === \"Normal\")");
    });
  });
});
