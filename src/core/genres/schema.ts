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
    /**
     * A question with fixed answers (巡视 or 巡察): the pane offers these in a list, and every line
     * using the field follows the answer.
     */
    choices: z.array(nonEmpty).min(2).max(8).optional(),
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
    /**
     * The text once the 党的二十一大 has met by the report's reference day, by the date the
     * organisation set (core/text/partyCongress): 学习宣传贯彻 instead of 迎接. Unused while no date is set.
     */
    congressHeld: nonEmpty.optional(),
  })
  .strict()
  .refine((line) => Object.keys(line.byYear).length > 0 || line.congressHeld !== undefined, "byYear needs at least one year (or the line a congressHeld text)");

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
  .object({
    ...sectionShape,
    subsections: z.array(subsectionSchema),
    /** Unnumbered paragraphs after the subsections (政府工作报告: the thanks and problems paragraphs closing 工作回顾). */
    after: z.array(bodyLineSchema).optional(),
  })
  .strict();

export const genreSchema = z
  .object({
    id: z.string().regex(SLUG, "must be an ASCII slug"),
    name: bilingual,
    description: bilingual,
    fields: z.array(genreFieldSchema),
    titlePattern: nonEmpty,
    /**
     * Where in its 年度 the report speaks from: a plan (工作要点, 政府工作报告) at the year's start, so
     * 年度 is the year planned; a 半年总结 at mid-year; default the year's end (年度 is the year reviewed).
     */
    reportTime: z.enum(["yearStart", "midYear", "yearEnd"]).optional(),
    /** Lines under the title (题注): "——在……会议上", the speaker; a 政府工作报告 has these instead of a 落款. */
    subtitle: z.array(nonEmpty).optional(),
    /** 主送/称呼; absent for a written 总结 that has none. */
    addressee: nonEmpty.optional(),
    /** Opening paragraph; absent only in a skeleton saved from a report that has none (存为骨架). */
    opening: nonEmpty.optional(),
    sections: z.array(sectionSchema).min(1, "needs at least one section"),
    /** Closing line (以上报告，请予评议。); absent for a plain 总结 that ends with its last section. */
    closing: nonEmpty.optional(),
    /** 落款 and date; absent where the genre has none (政府工作报告, 发言材料 with the name under the title). */
    signature: nonEmpty.optional(),
    date: nonEmpty.optional(),
  })
  .strict();

export type GenreField = z.infer<typeof genreFieldSchema>;
export type YearLine = z.infer<typeof yearLineSchema>;
export type BodyLine = z.infer<typeof bodyLineSchema>;
export type GenreSubsection = z.infer<typeof subsectionSchema>;
export type GenreSection = z.infer<typeof sectionSchema>;
export type Genre = z.infer<typeof genreSchema>;
