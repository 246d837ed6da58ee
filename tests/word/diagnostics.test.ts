import { test } from "node:test";
import assert from "node:assert/strict";
import { withDouble } from "../support/double";
import { DEFAULT_MODES, PESSIMISTIC_MODES } from "../../src/word-double/modes";
import { parsePlatformReport } from "../../src/word-double/platformReport";
import { runDiagnostics } from "../../src/word/diagnostics";

const DOC = ["关于2026年度工作情况的报告", "一、主要工作", "全年完成各项任务。"];

for (const [name, modes] of [["default", DEFAULT_MODES], ["pessimistic", { ...PESSIMISTIC_MODES, payloadLimitBytes: null }]] as const) {
  test(`diagnostics under the ${name} modes: every probe runs, the modes it reports are the double's, the document is left as it was`, () =>
    withDouble({ profile: "web", modes, paragraphs: DOC }, async (d) => {
      const before = d.model.paragraphs.map((_, i) => d.model.contentSignature(i));
      const { results, report } = await runDiagnostics();
      assert.deepEqual(results.filter((r) => r.status === "failed").map((r) => `${r.id}: ${r.observed}`), []);
      for (const key of ["searchWidth", "searchQuotes", "rangeBoundary", "singleParagraphOoxml", "pStyleWithoutStylesPart", "fontNameSlots", "customXmlEmptyItems", "customXmlDeclaration", "getOoxmlSize"] as const) {
        assert.equal(report.modes[key], modes[key], `${key} measured as the double behaves`);
      }
      // The report is a platform report: a real Word's becomes a test profile of the double.
      const parsed = parsePlatformReport(JSON.parse(JSON.stringify(report)));
      assert.equal(parsed.host.source, "measured");
      assert.deepEqual(d.model.paragraphs.map((p) => p.text), DOC, "the temporary block is gone");
      assert.deepEqual(d.model.paragraphs.map((_, i) => d.model.contentSignature(i)), before);
      assert.equal(d.model.customXmlParts.length, 0);
    }));
}

test("diagnostics on Office 2019 (WordApi 1.3): the 1.4 probes say unsupported", () =>
  withDouble({ profile: "office2019", paragraphs: DOC }, async () => {
    const { results } = await runDiagnostics();
    assert.equal(results.find((r) => r.id === "customXmlEmptyItems")!.status, "unsupported");
    assert.deepEqual(results.filter((r) => r.status === "failed").map((r) => `${r.id}: ${r.observed}`), []);
  }));
