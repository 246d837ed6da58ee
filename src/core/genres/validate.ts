/**
 * Catalog validation: the zod schema plus the rules zod cannot express (unique ids, declared
 * fields, slot syntax, ordinals kept out of titles). Every problem names its genre and section.
 */
import { matchHeadingOrdinal } from "../outline/ordinals";
import { genreSchema, type Genre } from "./schema";
import { parseSlots, slotSyntaxProblem } from "./slots";
import { bodyLineTexts, DERIVED_FIELDS } from "./years";

export interface GenreProblem {
  /** Genre id as written in the entry ("?" when it has none). */
  genre: string;
  /** Section id path, "de" or "de/de-study"; absent for genre-level problems. */
  section?: string;
  /** Where in the entry, e.g. "hint.zh" or "body[1]". */
  path: string;
  message: string;
}

/** "shuzhishulian › de/de-study › hint.zh: must not be empty" */
export function formatProblem(p: GenreProblem): string {
  return [p.genre, p.section, p.path].filter(Boolean).join(" › ") + ": " + p.message;
}

function genreIdOf(entry: unknown): string {
  const id = (entry as { id?: unknown } | null)?.id;
  return typeof id === "string" && id ? id : "?";
}

/** Maps a zod issue path to the section id path and the rest of the path. */
function locate(entry: unknown, path: readonly PropertyKey[]): { section?: string; rest: string } {
  const ids: string[] = [];
  let node: unknown = entry;
  let i = 0;
  while (i + 1 < path.length && (path[i] === "sections" || path[i] === "subsections")) {
    const list = (node as Record<string, unknown> | undefined)?.[path[i] as string];
    const item = Array.isArray(list) ? list[path[i + 1] as number] : undefined;
    const id = (item as { id?: unknown } | undefined)?.id;
    ids.push(typeof id === "string" && id ? id : `#${String(path[i + 1])}`);
    node = item;
    i += 2;
  }
  const rest = path
    .slice(i)
    .map((k, j) => (typeof k === "number" ? `[${k}]` : (j ? "." : "") + String(k)))
    .join("");
  return { section: ids.length ? ids.join("/") : undefined, rest: rest || "(entry)" };
}

const TITLE_END = /[。；：，]$/;
const POINT_ORDINAL = /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+，)/;

function checkText(
  text: string,
  where: { section?: string; path: string },
  fieldKeys: ReadonlySet<string>,
  allowMetrics: boolean,
  problems: Omit<GenreProblem, "genre">[],
): void {
  const syntax = slotSyntaxProblem(text);
  if (syntax) problems.push({ ...where, message: syntax });
  for (const part of parseSlots(text)) {
    if ("field" in part && !fieldKeys.has(part.field)) {
      problems.push({ ...where, message: `unknown field {${part.field}}` });
    }
    if ("metric" in part && !allowMetrics) {
      problems.push({ ...where, message: `metric slot {{${part.metric}}} not allowed here` });
    }
  }
}

/** Problems of one catalog entry; empty when it is a valid Genre. */
export function validateGenre(entry: unknown): GenreProblem[] {
  const genre = genreIdOf(entry);
  const parsed = genreSchema.safeParse(entry);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const { section, rest } = locate(entry, issue.path);
      return { genre, ...(section ? { section } : {}), path: rest, message: issue.message };
    });
  }
  const g: Genre = parsed.data;
  const problems: Omit<GenreProblem, "genre">[] = [];
  const fieldKeys = new Set<string>();
  for (const [i, f] of g.fields.entries()) {
    if (fieldKeys.has(f.key)) problems.push({ path: `fields[${i}]`, message: `duplicate field key ${f.key}` });
    if (f.key in DERIVED_FIELDS) problems.push({ path: `fields[${i}]`, message: `${f.key} follows 年度 and cannot be declared` });
    fieldKeys.add(f.key);
  }
  // 下一年度 and 上一年度 follow 年度, so a genre may use them once it asks for the year.
  if (fieldKeys.has("年度")) for (const key of Object.keys(DERIVED_FIELDS)) fieldKeys.add(key);
  for (const key of ["titlePattern", "addressee", "opening", "closing", "signature", "date"] as const) {
    const text = g[key];
    if (text !== undefined) checkText(text, { path: key }, fieldKeys, false, problems);
  }
  g.subtitle?.forEach((line, i) => checkText(line, { path: `subtitle[${i}]` }, fieldKeys, false, problems));
  const seen = new Set<string>();
  const visit = (s: Genre["sections"][number] | Genre["sections"][number]["subsections"][number], path: string) => {
    if (seen.has(s.id)) problems.push({ section: path, path: "id", message: `duplicate section id ${s.id}` });
    seen.add(s.id);
    checkText(s.title, { section: path, path: "title" }, fieldKeys, false, problems);
    if (matchHeadingOrdinal(s.title) || POINT_ORDINAL.test(s.title)) {
      problems.push({ section: path, path: "title", message: "title must not carry an ordinal" });
    }
    if (TITLE_END.test(s.title)) problems.push({ section: path, path: "title", message: "title must not end with punctuation" });
    s.body.forEach((line, i) => {
      for (const b of bodyLineTexts(line)) {
        checkText(b, { section: path, path: `body[${i}]` }, fieldKeys, true, problems);
        if (matchHeadingOrdinal(b.trimStart())) {
          problems.push({ section: path, path: `body[${i}]`, message: "body text must not start with a heading ordinal" });
        }
      }
    });
    if (s.pointsLead) checkText(s.pointsLead, { section: path, path: "pointsLead" }, fieldKeys, true, problems);
    s.points?.forEach((pt, i) => {
      checkText(pt, { section: path, path: `points[${i}]` }, fieldKeys, true, problems);
      if (POINT_ORDINAL.test(pt) || matchHeadingOrdinal(pt)) {
        problems.push({ section: path, path: `points[${i}]`, message: "point must not carry its ordinal" });
      }
      if (/[。；，、：]$/.test(pt)) problems.push({ section: path, path: `points[${i}]`, message: "point must not end with punctuation" });
    });
  };
  for (const s of g.sections) {
    visit(s, s.id);
    s.after?.forEach((line, i) => {
      for (const b of bodyLineTexts(line)) checkText(b, { section: s.id, path: `after[${i}]` }, fieldKeys, true, problems);
    });
    for (const sub of s.subsections) visit(sub, `${s.id}/${sub.id}`);
  }
  return problems.map((p) => ({ genre, ...p }));
}

/** Problems of a whole catalog: every entry's, plus duplicate genre ids. */
export function validateCatalog(entries: readonly unknown[]): GenreProblem[] {
  const problems: GenreProblem[] = [];
  const ids = new Set<string>();
  for (const entry of entries) {
    const id = genreIdOf(entry);
    if (ids.has(id)) problems.push({ genre: id, path: "id", message: `duplicate genre id ${id}` });
    ids.add(id);
    for (const problem of validateGenre(entry)) problems.push(problem);
  }
  return problems;
}
