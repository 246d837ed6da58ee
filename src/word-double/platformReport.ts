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
import { MODE_VALUES, type FidelityModes } from "./modes";

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

/** Validates a parsed JSON value as a platform report; throws an Error naming every problem. */
export function parsePlatformReport(value: unknown): PlatformReport {
  const result = platformReportSchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`Invalid platform report: ${problems.join("; ")}`);
  }
  return result.data as PlatformReport;
}
