/**
 * Report genres: the zod schema every catalog entry must satisfy, and the types derived from it.
 * Text fields may carry {字段} fields (declared in `fields`) and, in body text, {{指标}} metric slots.
 */
import { z } from "zod";

/** ASCII slug used for genre and section ids (stable: selections and settings refer to them). */
export const SLUG = /^[a-z][a-z0-9-]*$/;

const nonEmpty = z.string().trim().min(1, "must not be empty");
const bilingual = z.object({ zh: nonEmpty, en: nonEmpty }).strict();

export const genreFieldSchema = z
  .object({
    /** Written in braces in patterns: {单位}. */
    key: nonEmpty,
    label: bilingual,
    example: nonEmpty,
    /** What the skeleton shows while unfilled: a form the placeholder scanner finds (×××, 20XX). */
    placeholder: nonEmpty,
  })
  .strict();

/**
 * A body line that holds only in certain report years (年度): the text for each listed year and,
 * optionally, the text for any other year. With no `otherwise`, other years get no line at all.
 */
export const yearLineSchema = z
  .object({
    byYear: z.record(z.string().regex(/^20\d\d$/, "year keys are four digits"), nonEmpty),
    otherwise: nonEmpty.optional(),
  })
  .strict()
  .refine((line) => Object.keys(line.byYear).length > 0, "byYear needs at least one year");

/** A body paragraph: the same in every year, or varying by the report's year. */
export const bodyLineSchema = z.union([nonEmpty, yearLineSchema]);

const sectionShape = {
  id: z.string().regex(SLUG, "must be an ASCII slug"),
  /** Heading text without its ordinal. */
  title: nonEmpty,
  /** One-line writing hint shown in the task pane; never inserted. */
  hint: bilingual,
  /** Example paragraphs; may contain {字段} and {{指标}}; a line may vary by report year. */
  body: z.array(bodyLineSchema),
  /** Lead-in of the points paragraph, e.g. "重点抓了三个方面：". */
  pointsLead: nonEmpty.optional(),
  /** Rendered as one paragraph 一是……；二是……。 Items carry no ordinal and no end punctuation. */
  points: z.array(nonEmpty).min(2, "needs at least two points").optional(),
  /** Not ticked by default. */
  optional: z.boolean().optional(),
};

export const subsectionSchema = z.object(sectionShape).strict();
export const sectionSchema = z
  .object({ ...sectionShape, subsections: z.array(subsectionSchema) })
  .strict();

export const genreSchema = z
  .object({
    id: z.string().regex(SLUG, "must be an ASCII slug"),
    name: bilingual,
    description: bilingual,
    fields: z.array(genreFieldSchema),
    titlePattern: nonEmpty,
    addressee: nonEmpty,
    opening: nonEmpty,
    sections: z.array(sectionSchema).min(1, "needs at least one section"),
    closing: nonEmpty,
    signature: nonEmpty,
    date: nonEmpty,
  })
  .strict();

export type GenreField = z.infer<typeof genreFieldSchema>;
export type YearLine = z.infer<typeof yearLineSchema>;
export type BodyLine = z.infer<typeof bodyLineSchema>;
export type GenreSubsection = z.infer<typeof subsectionSchema>;
export type GenreSection = z.infer<typeof sectionSchema>;
export type Genre = z.infer<typeof genreSchema>;
