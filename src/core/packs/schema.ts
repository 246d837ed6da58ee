/**
 * Content packs: one versioned JSON file an organisation publishes (or a person exports) holding
 * report genres with their skeletons, phrase snippets, 提法 entries and a format profile. Each
 * part is checked by the schema of the module that owns it; this file only adds the envelope.
 *
 *   { "format": "report-composer-pack", "version": 1, "id": "…", "name": { "zh": "…", "en": "…" },
 *     "publisher"?, "description"?, "updatedAt"?,
 *     "genres"?: Genre[], "snippets"?: Snippet[], "tifa"?: TifaEntry[],
 *     "formatProfile"?: { "profile": FormatProfile, "locked": boolean },
 *     "indicators"?: PackIndicator[],   (数据核对: an organisation's own indicators; optional, added later)
 *     "drafting"?: { "endpoint": "https://…/v1", "model": "…", "systemPrompt"?, "classifiedTerms"?, "locked": boolean },
 *     "congressDate"?: { "date": "2027-10-20" | "", "locked": boolean } }   (the 二十一大's opening; "" = not yet held)
 */
import { z } from "zod";
import { tifaEntrySchema } from "../checks/data/tifa";
import { indicatorSchema } from "../figures/index";
import { formatProfileSchema } from "../format/schema";
import { genreSchema } from "../genres/schema";
import { snippetSchema } from "../snippets/schema";
import { MAX_SNIPPETS_PER_FILE } from "../snippets/exchange";
import { packDraftingSchema } from "../drafting/config";
import { normalizeCongressDate } from "../text/partyCongress";

export const PACK_FORMAT = "report-composer-pack";
export const PACK_VERSION = 1;
/** Largest pack file, in bytes (UTF-8): the same limit as a snippet file. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;
export const MAX_PACK_GENRES = 100;
export const MAX_PACK_SNIPPETS = MAX_SNIPPETS_PER_FILE;
export const MAX_PACK_TIFA = 1000;
export const MAX_PACK_INDICATORS = 500;

/** A pack id: stable across versions of the same pack (a re-import replaces the older copy). */
export const PACK_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

const text = (max: number) =>
  z
    .string()
    .refine((s) => s.trim().length > 0, "must not be empty")
    .refine((s) => s.length <= max, `must be at most ${max} characters`);

const packNameSchema = z.object({ zh: text(40), en: text(80) }).strict();

export const packFormatProfileSchema = z
  .object({
    profile: formatProfileSchema,
    /** Set by an administrator: while the pack is loaded, this is the only profile and it cannot be edited. */
    locked: z.boolean(),
  })
  .strict();

/**
 * The 党的二十一大's opening day as the organisation knows it: "YYYY-MM-DD", or "" while it has not
 * been held or its date is not announced (never a guess). Skeletons and 检查 switch 迎接 / 学习贯彻 by it.
 */
export const packCongressDateSchema = z
  .object({
    date: z
      .string()
      .max(10)
      .refine((s) => s === "" || (/^\d{4}-\d{2}-\d{2}$/.test(s) && normalizeCongressDate(s).ok), "date must be a real day such as 2027-10-20 (2023–2035), or \"\" while the congress has not been held"),
    /** Set by an administrator: while the pack is loaded, this date is in force and a person's own is not used. */
    locked: z.boolean(),
  })
  .strict();

export const packSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.literal(PACK_VERSION),
    id: z.string().regex(PACK_ID_PATTERN, "id must be 1–64 ASCII letters, digits or _.-"),
    name: packNameSchema,
    publisher: text(80).optional(),
    description: z.object({ zh: text(200), en: text(400) }).strict().optional(),
    /** ISO 8601 date or time of this version of the pack. */
    updatedAt: z
      .string()
      .max(40)
      .refine((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), "updatedAt must be an ISO date such as 2026-12-01")
      .optional(),
    genres: z.array(genreSchema).max(MAX_PACK_GENRES).optional(),
    snippets: z.array(snippetSchema).max(MAX_PACK_SNIPPETS).optional(),
    tifa: z.array(tifaEntrySchema).max(MAX_PACK_TIFA).optional(),
    formatProfile: packFormatProfileSchema.optional(),
    indicators: z.array(indicatorSchema).max(MAX_PACK_INDICATORS).optional(),
    /** 起草助手: the organisation's model endpoint (never a key). Optional: older packs parse as before. */
    drafting: packDraftingSchema.optional(),
    /** 党的二十一大 opening date. Optional: older packs parse as before (version stays 1). */
    congressDate: packCongressDateSchema.optional(),
  })
  .strict();

export type Pack = z.infer<typeof packSchema>;
