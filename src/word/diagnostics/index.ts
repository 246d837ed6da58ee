/**
 * 诊断: asks the running Word how it behaves where Microsoft's docs and office-js issues leave more
 * than one answer, for every mechanism the product relies on (probes.ts). The report's `modes` is a
 * platform report (src/word-double/platform-reports): a real Word's becomes a test profile.
 *
 * It never touches a paragraph it did not create (word-fidelity-review-2 #3): its paragraphs are
 * found by their sentinel text, never by count; it refuses to start while Track Changes is on (the
 * probe edits would become revisions); it puts the selection back. The pane asks the person to
 * save first.
 */
import type { Bilingual } from "../../core/text/bilingual";
import { describeWordError, refuse, WordOperationError } from "../errors";
import { ProbeBlock, removeProbeParagraphs } from "./block";
import { PROBES, type ProbeState } from "./probes";
import { PROBE_STYLE_NAME } from "./stylePackage";

export type ProbeStatus = "as-expected" | "differs" | "unsupported" | "failed";

export interface ProbeResult {
  id: string;
  title: Bilingual;
  status: ProbeStatus;
  /** What the double assumes by default, and what this Word did. */
  expected: string;
  observed: string;
  /** The fidelity mode this probe measures, when it does. */
  mode?: { key: string; value: string | number | boolean };
  ms: number;
}

export interface DiagnosticsReport {
  schema: 1;
  host: { source: "measured"; platform: string; version: string; requirementSets: string[]; date: string };
  probes: Record<string, Omit<ProbeResult, "id" | "title">>;
  modes: Record<string, string | number | boolean>;
}

/** What the run left in the document, to say on the page (normally nothing). */
export interface DiagnosticsCleanup {
  /** Probe paragraphs a person typed into during the run: left for them. */
  leftForPerson: string[];
  /** Word kept the body's last paragraph mark: one empty paragraph stays at the end. */
  emptyLastParagraph: boolean;
  /** The probe style stays in the style list (no style objects below WordApi 1.5). */
  probeStyleStays: boolean;
  /** The selection was put back where it was. */
  selectionRestored: boolean;
}

const SETS: Array<[string, string[]]> = [
  ["WordApi", ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"]],
  ["WordApiDesktop", ["1.1", "1.2", "1.3", "1.4"]],
  ["WordApiOnline", ["1.1"]],
];

function supported(set: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
}

export const TRACKING_ON: Bilingual = {
  zh: "修订（Track Changes）已打开：诊断的测试段落会成为修订记录。请先在“审阅”中关闭修订，诊断完成后再打开。",
  en: "Track Changes is on: the probe paragraphs would become revisions. Turn it off under Review first, and on again after the diagnostics.",
};

/**
 * Runs every probe in one Word.run and returns the results, the report and what was left behind.
 * Refuses (nothing written) while Track Changes is on. Never throws for a single probe.
 */
export async function runDiagnostics(
  onProbe?: (result: ProbeResult) => void,
): Promise<{ results: ProbeResult[]; report: DiagnosticsReport; cleanup: DiagnosticsCleanup }> {
  const results: ProbeResult[] = [];
  const cleanup: DiagnosticsCleanup = { leftForPerson: [], emptyLastParagraph: false, probeStyleStays: false, selectionRestored: false };
  const styleObjects = supported("WordApi", "1.5");
  const tracking = supported("WordApi", "1.4");

  try {
    await Word.run(async (context) => {
      // Read: Track Changes and the selection (kept to put back).
      const selection = context.document.getSelection();
      if (tracking) context.document.load("changeTrackingMode");
      await context.sync();
      if (tracking && String(context.document.changeTrackingMode) !== "Off") refuse(TRACKING_ON.zh, TRACKING_ON.en);

      const block = new ProbeBlock(context);
      const state: ProbeState = { styleDefined: false, emptyLastParagraph: false, leftForPerson: [] };
      // A crashed run's paragraphs carry the same texts: the first cleanup takes them too.
      block.open();
      await context.sync();
      try {
        for (const probe of PROBES) {
          const started = Date.now();
          let result: ProbeResult;
          if (probe.needs && !supported(...probe.needs)) {
            result = { id: probe.id, title: probe.title, status: "unsupported", expected: "", observed: `${probe.needs.join(" ")} not supported`, ms: 0 };
          } else {
            try {
              const outcome = await probe.run(context, block, state);
              result = { id: probe.id, title: probe.title, status: outcome.as ? "as-expected" : "differs", expected: outcome.expected, observed: outcome.observed, ms: Date.now() - started, ...(outcome.mode ? { mode: outcome.mode } : {}) };
            } catch (error) {
              result = { id: probe.id, title: probe.title, status: "failed", expected: "", observed: describeWordError(error).en, ms: Date.now() - started };
            }
          }
          results.push(result);
          onProbe?.(result);
        }
      } finally {
        const removed = await removeProbeParagraphs(context, (text) => block.isOurs(text));
        cleanup.leftForPerson = [...removed.stayed, ...state.leftForPerson];
        cleanup.emptyLastParagraph = removed.emptyLast || state.emptyLastParagraph;
        if (state.styleDefined || results.some((r) => r.id === "styleDelete")) {
          if (styleObjects) {
            context.document.getStyles().getByNameOrNullObject(PROBE_STYLE_NAME).delete();
            await context.sync();
          } else cleanup.probeStyleStays = state.styleDefined;
        }
        if (tracking) {
          // The tracking probe ends on Off; make sure, and read it back.
          context.document.changeTrackingMode = "Off" as Word.ChangeTrackingMode;
        }
        selection.select();
        await context.sync();
        cleanup.selectionRestored = true;
      }
    });
  } catch (error) {
    if (error instanceof WordOperationError) throw error;
    throw new WordOperationError(describeWordError(error), error);
  }

  const modes: Record<string, string | number | boolean> = {};
  for (const r of results) if (r.mode && r.status !== "failed" && r.status !== "unsupported") modes[r.mode.key] = r.mode.value;
  const diagnostics: { platform?: unknown; version?: unknown } = Office.context.diagnostics ?? {};
  const report: DiagnosticsReport = {
    schema: 1,
    host: {
      source: "measured",
      platform: String(diagnostics.platform ?? Office.context.platform ?? "unknown"),
      version: String(diagnostics.version ?? "unknown"),
      requirementSets: SETS.flatMap(([set, versions]) => versions.filter((v) => supported(set, v)).map((v) => `${set} ${v}`)),
      date: new Date().toISOString(),
    },
    probes: Object.fromEntries(results.map(({ id, title: _title, ...rest }) => [id, rest])),
    modes,
  };
  return { results, report, cleanup };
}
