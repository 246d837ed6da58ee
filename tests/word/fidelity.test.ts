// The Word layer under each way real Word may behave (src/word-double/modes.ts, with sources):
// every case here names the unkind behaviour it meets and checks what the person sees.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { withDouble } from "../support/double";
import { PESSIMISTIC_MODES } from "../../src/word-double/modes";
import { scanDocument } from "../../src/word/metricsScan";
import { fillPlaceholders } from "../../src/word/metricsFill";
import { insertSkeletonBlock } from "../../src/word/skeleton";
import { renumberDocument } from "../../src/word/renumber";
import { checkDraft, fixFindings } from "../../src/word/checks";
import { saveStoredValues } from "../../src/word/metricsStore";
import { WordOperationError } from "../../src/word/errors";
import { MAX_SYNC_BYTES } from "../../src/word/payload";

const loose = { ...PESSIMISTIC_MODES, payloadLimitBytes: null };

describe("search hits are checked, never trusted", () => {
  test("width-insensitive Find: XX after a full-width ＸＸ fills the half-width one only", () =>
    withDouble({ profile: "web", modes: loose, paragraphs: ["主营业务收入ＸＸ亿元，利润XX亿元。"] }, async (d) => {
      const scan = await scanDocument();
      const target = scan.placeholders.find((p) => p.raw === "XX")!;
      assert.ok(target, "the half-width XX is a placeholder");
      const report = await fillPlaceholders({ scan, values: { [target.group]: "3.5" } });
      assert.equal(report.filled, 1);
      assert.match(d.model.paragraphs[0]!.text, /利润3\.5亿元/);
      assert.match(d.model.paragraphs[0]!.text, /ＸＸ亿元/, "the full-width one is untouched");
    }));

  test("width-insensitive Find: a half-width comma after full-width ones is fixed at its own place", () =>
    withDouble({ profile: "web", modes: loose, paragraphs: ["关于工作的报告", "学习理论，研究问题，解决难题,推动发展。"] }, async (d) => {
      const run = await checkDraft();
      const result = await fixFindings(run.findings, run.texts);
      assert.ok(result.applied.some((f) => f.rule === "punct.halfWidth"), "result.applied.some((f) => f.rule === \"punct.halfWidth\")");
      assert.equal(d.model.paragraphs[1]!.text, "学习理论，研究问题，解决难题，推动发展。");
    }));

  test("a paragraph Word's Find cannot see (IME text, #5134): nothing written there, the place reported", () =>
    withDouble({ profile: "web", modes: loose, paragraphs: [{ text: "完成投资X亿元。", ime: true }, "新建项目X个。"] }, async (d) => {
      const scan = await scanDocument();
      const values = Object.fromEntries(scan.placeholders.map((p) => [p.group, "8"]));
      const report = await fillPlaceholders({ scan, values });
      assert.equal(report.filled, 1);
      assert.equal(d.model.paragraphs[0]!.text, "完成投资X亿元。");
      assert.equal(d.model.paragraphs[1]!.text, "新建项目8个。");
      assert.equal(report.skipped.length, 1);
      assert.match(report.skipped[0]!.reason.zh, /定位/);
    }));

  test("the Find pane open: a plain bilingual message, nothing changed", () =>
    withDouble({ profile: "web", modes: loose, paragraphs: ["三、甲", "一、乙"] }, async (d) => {
      d.model.findPaneOpen = true;
      await assert.rejects(renumberDocument(), (e: unknown) => e instanceof WordOperationError && /查找和替换/.test(e.userMessage.zh) && /Find and Replace/.test(e.userMessage.en));
      assert.deepEqual(d.model.paragraphs.map((p) => p.text), ["三、甲", "一、乙"]);
    }));
});

describe("the cursor, under either range-boundary rule", () => {
  for (const rangeBoundary of ["includes", "excludes"] as const) {
    test(`${rangeBoundary}: a section inserted on an empty line lands on that line, the empty line kept after it (review 2, 4a)`, () =>
      withDouble({ modes: { rangeBoundary }, paragraphs: ["一、总体情况", "正文一。", "", "二、下一步", "正文二。"] }, async (d) => {
        d.model.setSelection(2, 0);
        await insertSkeletonBlock([{ role: "heading1", ordinal: "二、", segments: [{ text: "新增章节" }] }]);
        assert.deepEqual(d.model.paragraphs.map((p) => p.text), ["一、总体情况", "正文一。", "二、新增章节", "", "三、下一步", "正文二。"]);
      }));
  }

  test("cursor in a header: refused with a message about the header, nothing written", () =>
    withDouble({ modes: loose, paragraphs: ["一、总体情况", ""] }, async (d) => {
      d.model.setSelectionStory("header");
      await assert.rejects(
        insertSkeletonBlock([{ role: "heading1", ordinal: "二、", segments: [{ text: "新增" }] }]),
        (e: unknown) => e instanceof WordOperationError && /页眉/.test(e.userMessage.zh),
      );
      assert.deepEqual(d.model.paragraphs.map((p) => p.text), ["一、总体情况", ""]);
    }));
});

describe("stored values on every host", () => {
  test("no part yet and items undefined (#6673): scanning and saving work", () =>
    withDouble({ profile: "web", modes: loose, paragraphs: ["完成X亿元。"] }, async () => {
      const scan = await scanDocument();
      assert.equal(scan.stored, null);
      await saveStoredValues({ values: { a: "1" }, previous: {}, updatedAt: "2026-11-30T10:00:00Z" });
      assert.deepEqual((await scanDocument()).stored?.values, { a: "1" });
    }));

  test("a part written with an XML declaration by an old version (#1643): replaced, never setXml'd", () =>
    withDouble({ profile: "web", modes: loose, paragraphs: ["完成X亿元。"] }, async (d) => {
      d.model.customXmlParts.push({
        id: "old",
        namespaceUri: "urn:report-composer:metrics:v1",
        xml: '<?xml version="1.0" encoding="UTF-8"?>\n<metrics xmlns="urn:report-composer:metrics:v1" version="1" updatedAt="2025-01-01T00:00:00Z"><value group="a">old</value></metrics>',
      } as any);
      await saveStoredValues({ values: { a: "new" }, previous: {}, updatedAt: "2026-11-30T10:00:00Z" });
      assert.deepEqual((await scanDocument()).stored?.values, { a: "new" });
      assert.ok(d.model.customXmlParts.every((p: any) => !p.xml.startsWith("<?xml")), "no declaration written");
    }));

  test("Microsoft 365 → Office 2019 (fill) → 365: the newer values win, by updatedAt", async () => {
    let saved: any;
    await withDouble({ profile: "web", paragraphs: ["完成X亿元。"] }, async (d) => {
      await saveStoredValues({ values: { a: "365" }, previous: {}, updatedAt: "2026-11-01T00:00:00Z" });
      saved = d.snapshot();
    });
    await withDouble({ profile: "office2019", snapshot: saved }, async (d) => {
      await saveStoredValues({ values: { a: "2019" }, previous: {}, updatedAt: "2026-11-20T00:00:00Z" });
      saved = d.snapshot();
    });
    await withDouble({ profile: "web", snapshot: saved }, async () => {
      assert.deepEqual((await scanDocument()).stored?.values, { a: "2019" });
    });
  });
});

describe("stored values that cannot be read (another tool's, damaged, hostile)", () => {
  const deepXml = `<metrics xmlns="urn:report-composer:metrics:v1" version="1" updatedAt="x">${"<value>".repeat(1_500)}${"</value>".repeat(1_500)}</metrics>`;
  const deepJson = "[".repeat(10_000) + "]".repeat(10_000);

  test("a custom XML part nested thousands of levels deep (20 KB): ignored and flagged, no throw; a save replaces it", () =>
    withDouble({ profile: "web", modes: loose, paragraphs: ["完成X亿元。"] }, async (d) => {
      assert.ok(deepXml.length >= 20_000, "deepXml.length >= 20_000");
      d.model.customXmlParts.push({ id: "deep", namespaceUri: "urn:report-composer:metrics:v1", xml: deepXml } as any);
      const scan = await scanDocument();
      assert.equal(scan.stored, null);
      assert.equal(scan.storedUnreadable, true);
      await saveStoredValues({ values: { a: "1" }, previous: {}, updatedAt: "2026-11-30T10:00:00Z" });
      const again = await scanDocument();
      assert.deepEqual(again.stored?.values, { a: "1" });
      assert.equal(again.storedUnreadable, false);
    }));

  test("Office document settings holding deep JSON (a string, or an object Office parsed): ignored and flagged, no throw", async () => {
    for (const value of [deepJson, JSON.parse("[".repeat(500) + "]".repeat(500))]) {
      await withDouble({ profile: "office2019", paragraphs: ["完成X亿元。"] }, async () => {
        (globalThis as any).Office.context.document.settings.set("report-composer:metrics:v1", value);
        const scan = await scanDocument();
        assert.equal(scan.stored, null);
        assert.equal(scan.storedUnreadable, true);
      });
    }
    await withDouble({ profile: "office2019", paragraphs: ["完成X亿元。"] }, async () => {
      assert.equal((await scanDocument()).storedUnreadable, false, "nothing stored is not unreadable");
    });
  });
});

describe("payload: no sync above the limit, whatever the document's size", () => {
  test("filling 6,000 placeholders: every sync under 1 MB, all filled, constant syncs per MB", () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `第${i + 1}项工作完成投资X亿元，带动就业X人，${"相关情况说明。".repeat(20)}`);
    return withDouble({ profile: "web", modes: { ...loose, payloadLimitBytes: MAX_SYNC_BYTES + 200_000 }, paragraphs }, async (d) => {
      const scan = await scanDocument();
      const values = Object.fromEntries(scan.placeholders.map((p, i) => [p.group, String((i % 9) + 1)]));
      d.resetStats();
      const report = await fillPlaceholders({ scan, values });
      assert.equal(report.filled, scan.placeholders.length);
      assert.ok(d.stats.maxSyncBytes <= MAX_SYNC_BYTES + 50_000, `largest sync ${d.stats.maxSyncBytes} bytes`);
      assert.ok(d.stats.syncs >= 3, "d.stats.syncs >= 3");
    });
  });

  test("a write sync Word rejects part-way: the report says what landed; running again completes", () =>
    withDouble({ profile: "web", paragraphs: ["三、甲", "一、乙", "五、丙"] }, async (d) => {
      const run = await checkDraft();
      const fixes = run.findings.filter((f) => f.replacement !== undefined);
      assert.ok(fixes.length >= 2, "fixes.length >= 2");
      // Word refuses the second write (a protected paragraph, say).
      let writes = 0;
      const original = d.model.deleteRange.bind(d.model);
      (d.model as any).deleteRange = (...args: any[]) => {
        if (++writes === 2) throw Object.assign(new Error("refused"), { code: "AccessDenied" });
        return (original as any)(...args);
      };
      const first = await fixFindings(fixes, run.texts);
      (d.model as any).deleteRange = original;
      // The first write landed, the second was refused, the third never ran: the report says so.
      assert.equal(first.applied.length, 1);
      assert.equal(first.applied.length + first.skipped.length, fixes.length);
      assert.match(first.interrupted?.zh ?? "", /只读或受保护/);
      assert.equal(d.model.paragraphs[0]!.text, "一、甲", "what was written is in the document");
      const again = await checkDraft();
      const second = await fixFindings(again.findings.filter((f) => f.replacement !== undefined), again.texts);
      assert.equal(second.interrupted, null);
      assert.deepEqual(second.findings.filter((f) => f.rule.startsWith("numbering")), []);
    }));
});
