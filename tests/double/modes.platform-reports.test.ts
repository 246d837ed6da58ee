import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createWordDouble, modesFromProbes, parsePlatformReport, PESSIMISTIC_MODES, resolveModes, type PlatformReport } from "../../src/word-double";
import { runDiagnostics } from "../../src/word/diagnostics";

/** What every report of the folder must satisfy; a measured one carries its probes and their modes. */
function checkReport(report: PlatformReport): void {
  const d = createWordDouble({ report, paragraphs: ["一"] });
  assert.deepEqual({ ...d.modes }, resolveModes(report.modes));
  if (report.host.source === "assumed") return;
  assert.ok(Object.keys(report.probes).length > 0, "a measured report carries its probe results");
  assert.deepEqual(modesFromProbes(report.probes), Object.fromEntries(Object.entries(report.modes).filter(([k]) => k in modesFromProbes(report.probes))));
}

const DIR = join(import.meta.dirname, "../../src/word-double/platform-reports");
const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));

describe("Word double: platform reports (src/word-double/platform-reports)", () => {
  test("the folder holds at least the assumed pessimistic report", () => {
    assert.ok(files.includes("assumed-pessimistic.json"), files.join(", "));
  });

  for (const file of files) {
    test(`${file}: valid, and a double created from it has its modes`, () => {
      checkReport(parsePlatformReport(JSON.parse(readFileSync(join(DIR, file), "utf8"))));
    });
  }

  test("a measured report (诊断 run on the double) passes the same checks; one whose modes contradict its probes is refused", async () => {
    const d = createWordDouble({ profile: "web", paragraphs: ["一"], modes: { searchWidth: "insensitive" } });
    const uninstall = d.install();
    let measured: unknown;
    try {
      measured = JSON.parse(JSON.stringify((await runDiagnostics()).report));
    } finally {
      uninstall();
    }
    const report = parsePlatformReport(measured);
    assert.equal(report.host.source, "measured");
    checkReport(report);
    assert.equal(report.modes.searchWidth, "insensitive");
    const edited = { ...(measured as PlatformReport), modes: { ...(measured as PlatformReport).modes, searchWidth: "exact" } };
    assert.throws(() => parsePlatformReport(edited), /searchWidth contradict the probes/);
  });

  test("assumed-pessimistic.json is marked assumed and sets every mode to its pessimistic value", () => {
    const report = parsePlatformReport(JSON.parse(readFileSync(join(DIR, "assumed-pessimistic.json"), "utf8")));
    assert.equal(report.host.source, "assumed");
    assert.deepEqual(report.modes, { ...PESSIMISTIC_MODES });
  });

  test("invalid reports are refused with every problem named", () => {
    const ok = { schema: 1, host: { source: "measured", platform: "PC" }, probes: { search: { status: "differs" } }, modes: {} };
    assert.doesNotThrow(() => parsePlatformReport(ok));
    assert.throws(() => parsePlatformReport({ ...ok, schema: 2 }), /schema/);
    assert.throws(() => parsePlatformReport({ ...ok, host: { platform: "PC" } }), /host\.source/);
    assert.throws(() => parsePlatformReport({ ...ok, modes: { searchWidht: "insensitive" } }), /searchWidht/);
    assert.throws(() => parsePlatformReport({ ...ok, modes: { rangeBoundary: "sometimes" } }), /modes\.rangeBoundary/);
    assert.throws(() => parsePlatformReport({ ...ok, modes: { payloadLimitBytes: "4MB" } }), /modes\.payloadLimitBytes/);
    assert.throws(() => createWordDouble({ report: { ...ok, schema: 3 } as never }), /Invalid platform report/);
  });

  test("explicit modes win over the report's", () => {
    const report = parsePlatformReport({ schema: 1, host: { source: "assumed" }, probes: {}, modes: { rangeBoundary: "excludes", searchWidth: "insensitive" } });
    const d = createWordDouble({ report, modes: { rangeBoundary: "includes" } });
    assert.deepEqual([d.modes.rangeBoundary, d.modes.searchWidth], ["includes", "insensitive"]);
  });
});
