/**
 * Platform reports: what one Word host was measured (or assumed) to do, as JSON files in
 * platform-reports/. The diagnostics page produces them; `createWordDouble({ report })` applies
 * their `modes`, so a report from a real Word becomes a test profile.
 *
 * {
 *   "schema": 1,
 *   "host": { "source": "measured" | "assumed", "platform": "OfficeOnline", "version": "16.0…", … },
 *   "probes": { "<probe id>": { "status": "as-expected" | "differs" | …, … }, … },
 *   "modes": { "searchWidth": "insensitive", … }   // Partial<FidelityModes>
 * }
 */
import { z } from "zod";
import { MODE_VALUES, modeProblems, type FidelityModes } from "./modes";

const modeShape: Record<string, z.ZodType> = {};
for (const [key, allowed] of Object.entries(MODE_VALUES)) {
  const base =
    allowed === "boolean"
      ? z.boolean()
      : allowed === "number-or-null"
        ? z.number().int().positive().nullable()
        : z.enum(allowed as unknown as [string, ...string[]]);
  modeShape[key] = base.optional();
}

/** Partial<FidelityModes>; unknown mode names are rejected so a typo cannot pass silently. */
export const modesSchema = z.strictObject(modeShape);

export const platformReportSchema = z.object({
  schema: z.literal(1),
  host: z.looseObject({
    /** "measured": produced by the diagnostics page in a real Word; "assumed": written by hand from docs and issues. */
    source: z.enum(["measured", "assumed"]),
    platform: z.string().optional(),
    version: z.string().optional(),
    note: z.string().optional(),
  }),
  /** Probe results by probe id, as the diagnostics page writes them. */
  probes: z.record(z.string(), z.unknown()),
  modes: modesSchema,
});

export interface PlatformReport {
  schema: 1;
  host: { source: "measured" | "assumed"; platform?: string; version?: string; note?: string; [key: string]: unknown };
  probes: Record<string, unknown>;
  modes: Partial<FidelityModes>;
}

/**
 * Which 诊断 probe (src/word/diagnostics/probes.ts) measures which fidelity mode. A measured report
 * sets every one of them; modes missing here cannot be measured from inside Word: searchImeMiss
 * (needs a person typing through an IME), payloadLimitBytes (would send megabytes), and
 * personEditsBetweenSyncs (a test scenario, not a platform behaviour). singleParagraphOoxml,
 * pStyleWithoutStylesPart and getOoxmlSize describe mechanisms the product no longer uses.
 */
export const PROBE_MODES: Readonly<Record<string, keyof FidelityModes>> = Object.freeze({
  searchWidth: "searchWidth",
  searchQuotes: "searchQuotes",
  searchTooLong: "searchErrorCode",
  rangeBoundary: "rangeBoundary",
  zeroWidthJoiner: "zeroWidthJoinerInInsert",
  pictureText: "pictureCharInText",
  lastParagraph: "lastParagraphDeletable",
  stylePackage: "insertOoxmlThrowsPartway",
  styleAssignDirect: "styleAssignDirect",
  fontNameSlots: "fontNameSlots",
  styleDelete: "styleDeleteTurnsNormal",
  trackingRestore: "trackingRestoreIgnored",
  customXmlEmptyItems: "customXmlEmptyItems",
  customXmlDeclaration: "customXmlDeclaration",
  tocField: "fieldsInRange",
  deletedRange: "deletedRange",
  rangeGrowth: "rangeGrowth",
  wholeParagraphsDelete: "wholeParagraphsDelete",
});

/** The modes a report's probe results measured (probes that failed or were unsupported set none). */
export function modesFromProbes(probes: Record<string, unknown>): Partial<FidelityModes> {
  const out: Record<string, unknown> = {};
  for (const [probe, key] of Object.entries(PROBE_MODES)) {
    const result = probes[probe] as { status?: string; mode?: { key?: string; value?: unknown } } | undefined;
    if (!result?.mode || result.mode.key !== key || result.status === "failed" || result.status === "unsupported") continue;
    out[key] = result.mode.value;
  }
  return out as Partial<FidelityModes>;
}

/** Validates a parsed JSON value as a platform report; throws an Error naming every problem. */
export function parsePlatformReport(value: unknown): PlatformReport {
  const result = platformReportSchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`Invalid platform report: ${problems.join("; ")}`);
  }
  const report = result.data as PlatformReport;
  // A measured report's modes are what its probes say: a hand-edited mode cannot contradict them.
  if (report.host.source === "measured") {
    const measured = modesFromProbes(report.probes);
    const problems = modeProblems(measured);
    if (problems.length) throw new Error(`Invalid platform report: probes: ${problems.join("; ")}`);
    const contradicted = Object.entries(measured).filter(([k, v]) => k in report.modes && (report.modes as Record<string, unknown>)[k] !== v);
    if (contradicted.length) throw new Error(`Invalid platform report: modes ${contradicted.map(([k]) => k).join(", ")} contradict the probes`);
    report.modes = { ...report.modes, ...measured };
  }
  return report;
}
