import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { withDouble } from "../support/double";
import { createWordDouble, DEFAULT_MODES, modesFromEnvironment, PESSIMISTIC_MODES, PROBE_MODES, type FidelityModes } from "../../src/word-double";
import { MODE_VALUES } from "../../src/word-double/modes";
import { parsePlatformReport } from "../../src/word-double/platformReport";
import { runDiagnostics } from "../../src/word/diagnostics";

const DOC = ["关于2026年度工作情况的报告", "一、主要工作", "全年完成各项任务。"];
/** Probes that measure nothing on the double (timing, the double's own grid, state checks without a mode). */
const WITHOUT_MODE = ["searchComma", "sameNameStyle", "unknownStyleName", "styleName", "tocStyle", "documentGrid", "insertTiming"];

for (const [name, modes] of [["default", DEFAULT_MODES], ["pessimistic", { ...PESSIMISTIC_MODES, payloadLimitBytes: null }]] as const) {
  test(`诊断 under the ${name} modes: every probe runs, each mode measured as the double behaves, the person's paragraphs untouched`, () =>
    withDouble({ profile: "web", modes, paragraphs: DOC }, async (d) => {
      const before = d.model.paragraphs.map((_, i) => d.model.contentSignature(i));
      d.model.setSelection(1, 2);
      const { results, report, cleanup } = await runDiagnostics();
      assert.deepEqual(results.filter((r) => r.status === "failed").map((r) => `${r.id}: ${r.observed}`), []);
      for (const [probe, key] of Object.entries(PROBE_MODES)) assert.equal(report.modes[key], modes[key], `${probe} measures ${key}`);
      const parsed = parsePlatformReport(JSON.parse(JSON.stringify(report)));
      assert.equal(parsed.host.source, "measured");
      // Word may keep the body's last paragraph mark: then one empty paragraph stays, and the page says so.
      const trailing = modes.lastParagraphDeletable ? [] : [""];
      assert.deepEqual(d.model.paragraphs.map((p) => p.text), [...DOC, ...trailing]);
      assert.equal(cleanup.emptyLastParagraph, !modes.lastParagraphDeletable);
      assert.deepEqual(d.model.paragraphs.slice(0, DOC.length).map((_, i) => d.model.contentSignature(i)), before);
      assert.deepEqual(d.model.selectionInfo(), { startParagraph: 1, startOffset: 2, endParagraph: 1, endOffset: 2 }, "the selection is back");
      assert.equal(d.model.customXmlParts.length, 0);
      assert.equal(d.model.styles.findByName("报告助手诊断样式"), undefined, "the probe style is deleted (WordApi 1.5)");
      assert.equal(d.model.changeTrackingMode, "Off");
      assert.deepEqual(cleanup.leftForPerson, []);
    }));
}

describe("诊断 and the person at the keyboard", () => {
  test("a person typing and pressing Enter between any two syncs: only the probe paragraphs go, everything typed stays", () =>
    withDouble({ profile: "web", modes: { personEditsBetweenSyncs: "type-and-enter" }, paragraphs: DOC }, async (d) => {
      const { results } = await runDiagnostics();
      assert.deepEqual(results.filter((r) => r.status === "failed").map((r) => r.id), []);
      const texts = d.model.paragraphs.map((p) => p.text);
      // The person types "（补）" at the end of the document after every sync (wherever the end is then).
      const typed = texts.join("").split("（补）").length - 1;
      assert.equal(typed, d.stats.syncs, "every keystroke typed between syncs stays");
      assert.ok(texts[0]!.startsWith(DOC[0]!), "the first paragraph keeps its text");
      assert.ok(texts.includes(DOC[1]!), "the person's second paragraph stays");
      assert.ok(texts.some((t) => t.startsWith(DOC[2]!)), "the person's last paragraph stays");
      assert.ok(!texts.some((t) => t.includes("报告助手诊断")), "no probe paragraph stays");
      assert.ok(texts.filter((t) => t === "").length >= 2, "the empty paragraphs the person made by pressing Enter stay");
    }));

  test("text typed into a probe paragraph is left for the person and named", () =>
    withDouble({ profile: "web", paragraphs: DOC }, async (d) => {
      // After the block opens (sync 2), the person types into its first paragraph.
      d.model.onNextSync((m) => {
        const i = m.paragraphs.findIndex((p) => p.text.startsWith("报告助手诊断·（完成后自动删除）"));
        m.typeText(i, "我的字");
      }, 2);
      const { cleanup } = await runDiagnostics();
      assert.deepEqual(cleanup.leftForPerson, ["报告助手诊断·（完成后自动删除）我的字"]);
      assert.ok(d.model.paragraphs.some((p) => p.text.endsWith("我的字")), "d.model.paragraphs.some((p) => p.text.endsWith(\"我的字\"))");
    }));

  test("Track Changes on: refused before anything is written, tracking left as it was", () =>
    withDouble({ profile: "web", paragraphs: DOC }, async (d) => {
      d.model.changeTrackingMode = "TrackAll";
      await assert.rejects(runDiagnostics(), /Track Changes is on/);
      assert.deepEqual(d.model.paragraphs.map((p) => p.text), DOC);
      assert.equal(d.model.changeTrackingMode, "TrackAll");
    }));

  test("Office 2019 (WordApi 1.3): the 1.4 and 1.5 probes say unsupported, none fails; the probe style is said to stay", () =>
    withDouble({ profile: "office2019", paragraphs: DOC }, async (d) => {
      const { results, cleanup, report } = await runDiagnostics();
      for (const id of ["customXmlEmptyItems", "trackingRestore", "styleDelete"]) assert.equal(results.find((r) => r.id === id)!.status, "unsupported", id);
      assert.deepEqual(results.filter((r) => r.status === "failed").map((r) => `${r.id}: ${r.observed}`), []);
      assert.equal(report.modes.trackingRestoreIgnored, undefined, "an unsupported probe sets no mode");
      assert.equal(cleanup.probeStyleStays, true);
      assert.deepEqual(d.model.paragraphs.map((p) => p.text), [...DOC, ...(d.modes.lastParagraphDeletable ? [] : [""])]);
    }));
});

describe("the report is a platform profile: 诊断 on a double in mode value A → report → a new double in A", () => {
  const probed = [...new Set(Object.values(PROBE_MODES))];
  test("every probe with a mode is mapped, and every probe is listed", async () => {
    const d = createWordDouble({ profile: "web", paragraphs: DOC });
    const uninstall = d.install();
    try {
      const { results } = await runDiagnostics();
      const withMode = results.filter((r) => r.mode).map((r) => r.id);
      assert.deepEqual(withMode.sort(), Object.keys(PROBE_MODES).sort());
      assert.deepEqual(results.filter((r) => !r.mode).map((r) => r.id).sort(), [...WITHOUT_MODE].sort());
    } finally {
      uninstall();
    }
  });

  for (const key of probed) {
    const allowed = MODE_VALUES[key];
    const values = allowed === "boolean" ? [true, false] : (allowed as readonly unknown[]);
    for (const value of values) {
      test(`${key} = ${JSON.stringify(value)}`, async () => {
        // The environment's modes (the pessimistic pass) apply under the one being proved.
        const modes = { ...modesFromEnvironment(), payloadLimitBytes: null, [key]: value } as Partial<FidelityModes>;
        const d = createWordDouble({ profile: "web", paragraphs: DOC, modes });
        const uninstall = d.install();
        let report;
        try {
          report = (await runDiagnostics()).report;
        } finally {
          uninstall();
        }
        const fromReport = createWordDouble({ report: JSON.parse(JSON.stringify(report)) });
        assert.equal(fromReport.modes[key], value);
      });
    }
  }
});
