/** Building report skeletons (frame, numbered headings, example body) from a catalog genre. */
import { findSection, type BodyLine, type Genre, type GenreSection, type GenreSubsection } from "../genres";
import { parseSlots } from "../genres/slots";
import { bodyLineFor, congressHeldFor, DERIVED_FIELDS, withDerivedFields } from "../genres/years";
import { parseReportYear } from "../snippets/fieldSyntax";
import { toChineseNumeral } from "../text/chineseNumerals";
import type { BuildSkeletonOptions, SkeletonParagraph, SkeletonRole, SkeletonSegment } from "./types";

type FieldValues = Readonly<Record<string, string>>;

/**
 * The organisation's 二十一大 date travels with the field values under a key no field can have
 * (field keys are written in braces and hold no spaces), so every helper below sees it.
 */
const CONGRESS_DATE_KEY = " congressDate";

/** Field values as typed, the fields derived from 年度, and the 二十一大 date when set. */
function valuesFor(fields: Readonly<Record<string, string>> | undefined, congressDate: string | undefined): FieldValues {
  const values = withDerivedFields(fields ?? {});
  if (congressDate) values[CONGRESS_DATE_KEY] = congressDate;
  return values;
}

/** Placeholder for a field nobody declared (the validator prevents it; be safe anyway). */
const UNKNOWN_FIELD_PLACEHOLDER = "×××";

/** Text with {字段} filled (or placeholder) and {{指标}} kept as metric segments. */
function renderSegments(genre: Genre, text: string, values: FieldValues): SkeletonSegment[] {
  const out: SkeletonSegment[] = [];
  const pushText = (t: string): void => {
    const prev = out[out.length - 1];
    if (prev && "text" in prev) prev.text += t;
    else if (t) out.push({ text: t });
  };
  for (const part of parseSlots(text)) {
    if ("text" in part) pushText(part.text);
    else if ("metric" in part) out.push({ metric: part.metric });
    else {
      const value = values[part.field]?.trim();
      const field = genre.fields.find((f) => f.key === part.field);
      pushText(value || field?.placeholder || DERIVED_FIELDS[part.field]?.placeholder || UNKNOWN_FIELD_PLACEHOLDER);
    }
  }
  return out;
}

/** Body paragraphs; lines written for certain years follow the 年度 field (unknown year: the year-free text). */
function bodyParagraphs(genre: Genre, sectionId: string, lines: readonly BodyLine[], values: FieldValues): SkeletonParagraph[] {
  const year = parseReportYear(values["年度"]);
  const congressHeld = congressHeldFor(genre, year, values[CONGRESS_DATE_KEY]);
  return lines.flatMap((line) => {
    const text = bodyLineFor(line, year, congressHeld);
    return text === undefined ? [] : [{ role: "body" as const, segments: renderSegments(genre, text, values), sectionId }];
  });
}

/** "一是A；二是B；三是C。" after an optional lead-in. */
function pointsText(lead: string | undefined, points: readonly string[]): string {
  const items = points.map((p, i) => `${toChineseNumeral(i + 1)}是${p}`);
  return (lead ?? "") + items.join("；") + "。";
}

function sectionParagraphs(
  genre: Genre,
  section: GenreSection | GenreSubsection,
  level: 1 | 2,
  ordinalNumber: number,
  values: FieldValues,
): SkeletonParagraph[] {
  const numeral = toChineseNumeral(ordinalNumber);
  const out: SkeletonParagraph[] = [
    {
      role: level === 1 ? "heading1" : "heading2",
      level,
      ordinal: level === 1 ? `${numeral}、` : `（${numeral}）`,
      segments: renderSegments(genre, section.title, values),
      sectionId: section.id,
    },
  ];
  for (const p of bodyParagraphs(genre, section.id, section.body, values)) out.push(p);
  if (section.points) {
    const text = pointsText(section.pointsLead, section.points);
    out.push({ role: "body", segments: renderSegments(genre, text, values), sectionId: section.id });
  }
  return out;
}

function level1Paragraphs(
  genre: Genre,
  section: GenreSection,
  subsections: readonly GenreSubsection[],
  ordinalNumber: number,
  values: FieldValues,
): SkeletonParagraph[] {
  const out = sectionParagraphs(genre, section, 1, ordinalNumber, values);
  subsections.forEach((sub, i) => {
    for (const p of sectionParagraphs(genre, sub, 2, i + 1, values)) out.push(p);
  });
  for (const p of bodyParagraphs(genre, section.id, section.after ?? [], values)) out.push(p);
  return out;
}

interface Selection {
  section: GenreSection;
  subsections: GenreSubsection[];
}

/** Resolves the ordered id list (or the default) into level-1 sections with their subsections. */
function selectSections(genre: Genre, ids: readonly string[] | undefined): Selection[] {
  if (!ids) {
    return genre.sections
      .filter((s) => !s.optional)
      .map((s) => ({ section: s, subsections: s.subsections.filter((x) => !x.optional) }));
  }
  const picked: Selection[] = [];
  const entryFor = (s: GenreSection): Selection => {
    let entry = picked.find((p) => p.section === s);
    if (!entry) picked.push((entry = { section: s, subsections: [] }));
    return entry;
  };
  for (const id of ids) {
    const found = findSection(genre, id);
    if (!found) continue; // ids saved from an older catalog: skip quietly
    if (found.parent === undefined) entryFor(found.section);
    else {
      const entry = entryFor(found.parent);
      if (!entry.subsections.includes(found.section)) entry.subsections.push(found.section);
    }
  }
  return picked;
}

function frameParagraph(genre: Genre, role: SkeletonRole, text: string, values: FieldValues): SkeletonParagraph {
  return { role, segments: renderSegments(genre, text, values) };
}

/** The whole report skeleton: frame, numbered sections and example body text, in order. */
export function buildSkeleton(genre: Genre, options: BuildSkeletonOptions = {}): SkeletonParagraph[] {
  const values = valuesFor(options.fields, options.congressDate);
  const includeFrame = options.includeFrame ?? true;
  const start = options.level1Start ?? 1;
  const out: SkeletonParagraph[] = [];
  if (includeFrame) {
    out.push(frameParagraph(genre, "title", genre.titlePattern, values));
    for (const line of genre.subtitle ?? []) out.push(frameParagraph(genre, "subtitle", line, values));
    if (genre.addressee) out.push(frameParagraph(genre, "addressee", genre.addressee, values));
    if (genre.opening) out.push(frameParagraph(genre, "opening", genre.opening, values));
  }
  selectSections(genre, options.sections).forEach((sel, i) => {
    for (const p of level1Paragraphs(genre, sel.section, sel.subsections, start + i, values)) out.push(p);
  });
  if (includeFrame) {
    if (genre.closing) out.push(frameParagraph(genre, "closing", genre.closing, values));
    if (genre.signature) out.push(frameParagraph(genre, "signature", genre.signature, values));
    if (genre.date) out.push(frameParagraph(genre, "date", genre.date, values));
  }
  return out;
}

/**
 * One section numbered `ordinalNumber`: a level-1 section with its subsections (the given ids,
 * default the non-optional ones), or a single level-2 subsection. Throws on an unknown id.
 */
export function buildSection(
  genre: Genre,
  sectionId: string,
  ordinalNumber: number,
  options: { subsections?: readonly string[]; fields?: Readonly<Record<string, string>>; congressDate?: string } = {},
): SkeletonParagraph[] {
  const found = findSection(genre, sectionId);
  if (!found) throw new RangeError(`Unknown section ${sectionId} in genre ${genre.id}`);
  const values = valuesFor(options.fields, options.congressDate);
  if (found.parent !== undefined) return sectionParagraphs(genre, found.section, 2, ordinalNumber, values);
  const section = found.section;
  const subsections = options.subsections
    ? options.subsections
        .map((id) => section.subsections.find((s) => s.id === id))
        .filter((s): s is GenreSubsection => s !== undefined)
    : section.subsections.filter((s) => !s.optional);
  return level1Paragraphs(genre, section, subsections, ordinalNumber, values);
}
