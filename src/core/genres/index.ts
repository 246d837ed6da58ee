/**
 * Report genres: the built-in catalog, its schema and validation, and slot parsing.
 * Catalog order is the order the task pane lists genres in.
 */
import { bannianzongjie } from "./catalog/bannianzongjie";
import { duizhaojiancha } from "./catalog/duizhaojiancha";
import { gerennianduzongjie } from "./catalog/gerennianduzongjie";
import { nianduzongjie } from "./catalog/nianduzongjie";
import { shuzeshulian } from "./catalog/shuzeshulian";
import { shuzhi } from "./catalog/shuzhi";
import { shuzhishulian } from "./catalog/shuzhishulian";
import { zhengfugongzuobaogao } from "./catalog/zhengfugongzuobaogao";
import { zhuanxianghuibao } from "./catalog/zhuanxianghuibao";
import type { Genre, GenreSection, GenreSubsection } from "./schema";

export type { BodyLine, Genre, GenreField, GenreSection, GenreSubsection, YearLine } from "./schema";
export { bodyLineFor, bodyLineTexts, bodyLineYears } from "./years";
export { genreSchema, SLUG } from "./schema";
export { parseSlots, slotSyntaxProblem, type SlotPart } from "./slots";
export { formatProblem, validateCatalog, validateGenre, type GenreProblem } from "./validate";

/** Every built-in genre. */
export const genreCatalog: readonly Genre[] = Object.freeze([
  shuzhishulian,
  shuzhi,
  shuzeshulian,
  nianduzongjie,
  gerennianduzongjie,
  bannianzongjie,
  zhengfugongzuobaogao,
  duizhaojiancha,
  zhuanxianghuibao,
]);

/** The built-in genre with this id, or undefined. */
export function findGenre(id: string): Genre | undefined {
  return genreCatalog.find((g) => g.id === id);
}

/** A section or subsection of a genre by id, with its parent for subsections. */
export function findSection(
  genre: Genre,
  sectionId: string,
): { section: GenreSection; parent?: undefined } | { section: GenreSubsection; parent: GenreSection } | undefined {
  for (const s of genre.sections) {
    if (s.id === sectionId) return { section: s };
    const sub = s.subsections.find((x) => x.id === sectionId);
    if (sub) return { section: sub, parent: s };
  }
  return undefined;
}
