/**
 * The 存为骨架 editor's state, as pure functions: a genre read from the document (or a saved
 * personal genre) becomes a draft the person edits — name, title line, each section's and
 * subsection's title and hint, order, removal — and the draft becomes the genre that is saved.
 * Everything the editor does not show (example text, points, fields, the frame) comes from the
 * genre the draft started from.
 */
import { cleanHeading } from "../../core/skeleton";
import { parseSlots, validateGenre, formatProblem, type Genre, type GenreSection, type GenreSubsection } from "../../core/genres";
import { untranslated, type Bilingual } from "../../core/text/bilingual";
import { defineMessages } from "../../core/text/messages";

const messages = defineMessages({
  "zh-CN": {
    nameMissing: "请填写骨架名称。",
    nameTaken: (name: string) => `已有名为“${name}”的骨架，请换一个名称。`,
    titleMissing: "请填写报告标题（可含 {年度} 等信息）。",
    headingEmpty: "标题不能为空。",
    defaultHint: (title: string) => `写“${title}”方面的情况。`,
    savedFrom: (from: Bilingual, sections: number, subs: number) => `由“${from.zh}”存为骨架：${sections} 个一级标题、${subs} 个二级标题。`,
  },
  "en-US": {
    nameMissing: "Give the skeleton a name.",
    nameTaken: (name: string) => `A skeleton named “${name}” already exists; choose another name.`,
    titleMissing: "Enter the report's title (it may hold details such as {年度}).",
    headingEmpty: "The heading must not be empty.",
    defaultHint: (title: string) => `Write about “${title}”.`,
    savedFrom: (from: Bilingual, sections: number, subs: number) => `Saved from “${from.en}”: ${sections} level-1 and ${subs} level-2 headings.`,
  },
});

export interface DraftEntry {
  id: string;
  title: string;
  hint: string;
}

export interface DraftSection extends DraftEntry {
  subsections: DraftEntry[];
}

/** The last removal, so it can be taken back. */
export interface DraftRemoval {
  entry: DraftSection | DraftEntry;
  /** Level-1 id it was under (subsections), or null for a section. */
  parent: string | null;
  index: number;
}

export interface GenreDraft {
  /** "new": read from the document just now; "edit": a saved personal genre. */
  mode: "new" | "edit";
  /** The genre the draft started from. */
  base: Genre;
  name: string;
  titlePattern: string;
  sections: DraftSection[];
  removed: DraftRemoval | null;
}

export function draftFromGenre(genre: Genre, mode: GenreDraft["mode"]): GenreDraft {
  const entry = (s: GenreSection | GenreSubsection): DraftEntry => ({ id: s.id, title: s.title, hint: s.hint.zh });
  return {
    mode,
    base: genre,
    name: genre.name.zh,
    titlePattern: genre.titlePattern,
    sections: genre.sections.map((s) => ({ ...entry(s), subsections: s.subsections.map(entry) })),
    removed: null,
  };
}

export function setName(draft: GenreDraft, name: string): GenreDraft {
  return { ...draft, name };
}

export function setTitlePattern(draft: GenreDraft, titlePattern: string): GenreDraft {
  return { ...draft, titlePattern };
}

/** Changes the title or hint of a section or subsection. */
export function editEntry(draft: GenreDraft, id: string, patch: Partial<Pick<DraftEntry, "title" | "hint">>): GenreDraft {
  return {
    ...draft,
    sections: draft.sections.map((s) =>
      s.id === id ? { ...s, ...patch } : { ...s, subsections: s.subsections.map((x) => (x.id === id ? { ...x, ...patch } : x)) },
    ),
  };
}

const swap = <T>(list: readonly T[], index: number, delta: -1 | 1): T[] => {
  const target = index + delta;
  if (index < 0 || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
};

/** Moves a section among the sections, or a subsection among its siblings. */
export function moveEntry(draft: GenreDraft, id: string, delta: -1 | 1): GenreDraft {
  const index = draft.sections.findIndex((s) => s.id === id);
  if (index >= 0) return { ...draft, sections: swap(draft.sections, index, delta) };
  return {
    ...draft,
    sections: draft.sections.map((s) => {
      const i = s.subsections.findIndex((x) => x.id === id);
      return i < 0 ? s : { ...s, subsections: swap(s.subsections, i, delta) };
    }),
  };
}

/** Removes a section (with its subsections) or a subsection; the last section stays. */
export function removeEntry(draft: GenreDraft, id: string): GenreDraft {
  const index = draft.sections.findIndex((s) => s.id === id);
  if (index >= 0) {
    if (draft.sections.length <= 1) return draft;
    return { ...draft, sections: draft.sections.filter((s) => s.id !== id), removed: { entry: draft.sections[index]!, parent: null, index } };
  }
  for (const s of draft.sections) {
    const i = s.subsections.findIndex((x) => x.id === id);
    if (i < 0) continue;
    return {
      ...draft,
      sections: draft.sections.map((x) => (x === s ? { ...s, subsections: s.subsections.filter((y) => y.id !== id) } : x)),
      removed: { entry: s.subsections[i]!, parent: s.id, index: i },
    };
  }
  return draft;
}

/** Puts the last removed section or subsection back where it was. */
export function undoRemove(draft: GenreDraft): GenreDraft {
  const removed = draft.removed;
  if (!removed) return draft;
  const insert = <T>(list: readonly T[], item: T, at: number) => [...list.slice(0, at), item, ...list.slice(at)];
  if (removed.parent === null) {
    return { ...draft, sections: insert(draft.sections, removed.entry as DraftSection, Math.min(removed.index, draft.sections.length)), removed: null };
  }
  if (!draft.sections.some((s) => s.id === removed.parent)) return { ...draft, removed: null };
  return {
    ...draft,
    sections: draft.sections.map((s) =>
      s.id === removed.parent ? { ...s, subsections: insert(s.subsections, removed.entry, Math.min(removed.index, s.subsections.length)) } : s,
    ),
    removed: null,
  };
}

/** What the person must correct before saving, keyed "name", "title" or a section id. */
export type DraftProblems = Partial<Record<string, Bilingual>>;

// One heading cleaner for 存为骨架's reading and the editor's typing (core/skeleton).
export { cleanHeading };

/** Braces that are not a field the genre declares become full-width, so they are plain text. */
function keepDeclaredFields(text: string, keys: ReadonlySet<string>): string {
  return text.replace(/\{([^{}]*)\}|[{}]/g, (whole, key: string | undefined) =>
    key !== undefined && keys.has(key.trim()) ? `{${key.trim()}}` : whole.replace(/\{/g, "｛").replace(/\}/g, "｝"),
  );
}

export function draftProblems(draft: GenreDraft, otherNames: readonly string[]): DraftProblems {
  const problems: DraftProblems = {};
  const name = draft.name.trim();
  if (!name) problems.name = messages.nameMissing;
  else if (otherNames.includes(name)) problems.name = messages.nameTaken(name);
  if (!draft.titlePattern.trim()) problems.title = messages.titleMissing;
  for (const s of draft.sections.flatMap((x) => [x, ...x.subsections])) {
    if (!cleanHeading(s.title)) problems[s.id] = messages.headingEmpty;
  }
  return problems;
}

/** Every {字段} a genre's texts use. */
function usedFields(genre: Genre): Set<string> {
  const texts: string[] = [genre.titlePattern, ...(genre.subtitle ?? [])];
  for (const key of ["addressee", "opening", "closing", "signature", "date"] as const) if (genre[key]) texts.push(genre[key]!);
  for (const s of genre.sections) {
    for (const x of [s, ...s.subsections]) {
      texts.push(x.title, ...x.body.flatMap((b) => (typeof b === "string" ? [b] : [...Object.values(b.byYear), b.otherwise ?? ""])));
      if (x.pointsLead) texts.push(x.pointsLead);
      texts.push(...(x.points ?? []));
    }
    for (const b of s.after ?? []) texts.push(typeof b === "string" ? b : [...Object.values(b.byYear), b.otherwise ?? ""].join(""));
  }
  const keys = new Set<string>();
  for (const t of texts) for (const part of parseSlots(t)) if ("field" in part) keys.add(part.field);
  return keys;
}

export type DraftResult = { ok: true; genre: Genre } | { ok: false; problems: DraftProblems; invalid?: string[] };

/** The draft's genre as it stands, unchecked (empty headings shown as `untitled`): for the preview. */
export function assembleGenre(draft: GenreDraft, id = draft.base.id, untitled = "（未命名）"): Genre {
  const base = draft.base;
  const keys = new Set(base.fields.map((f) => f.key));
  const baseEntries = new Map<string, GenreSection | GenreSubsection>();
  for (const s of base.sections) for (const x of [s, ...s.subsections]) baseEntries.set(x.id, x);
  const apply = <T extends GenreSection | GenreSubsection>(original: T, edited: DraftEntry): T => {
    const title = keepDeclaredFields(cleanHeading(edited.title), keys) || untitled;
    const hintText = edited.hint.trim().replace(/[\r\n]+/g, " ");
    const hint =
      hintText === original.hint.zh
        ? original.hint
        : hintText
          ? untranslated(hintText)
          : messages.defaultHint(title);
    return { ...original, title, hint };
  };
  const sections: GenreSection[] = draft.sections.map((s) => ({
    ...apply(baseEntries.get(s.id) as GenreSection, s),
    subsections: s.subsections.map((x) => apply(baseEntries.get(x.id) as GenreSubsection, x)),
  }));
  const name = draft.name.trim();
  const genre: Genre = {
    ...base,
    id,
    name: !name || name === base.name.zh ? base.name : untranslated(name),
    titlePattern: keepDeclaredFields(draft.titlePattern.trim(), keys) || untitled,
    sections,
  };
  // Fields nothing uses any more (a title edited without them) are not kept.
  const used = usedFields(genre);
  genre.fields = base.fields.filter((f) => used.has(f.key));
  // 由“…”存为骨架：N 个一级标题… states the counts: they follow removals.
  const from = /^由“(.*)”存为骨架：/.exec(base.description.zh)?.[1];
  const fromEn = /^Saved from “(.*)”:/.exec(base.description.en)?.[1];
  if (from !== undefined && fromEn !== undefined) {
    const subs = sections.reduce((n, x) => n + x.subsections.length, 0);
    genre.description = messages.savedFrom({ zh: from, en: fromEn }, sections.length, subs);
  }
  return genre;
}

/** The genre to save under `id`, or what stops it. */
export function draftToGenre(draft: GenreDraft, otherNames: readonly string[], id = draft.base.id): DraftResult {
  const problems = draftProblems(draft, otherNames);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const genre = assembleGenre(draft, id);
  const invalid = validateGenre(genre);
  if (invalid.length > 0) return { ok: false, problems: {}, invalid: invalid.map(formatProblem) };
  return { ok: true, genre };
}

/** Headings and metric slots of the draft, for the editor's first line. */
export function draftStats(draft: GenreDraft): { sections: number; subsections: number; metrics: number } {
  const ids = new Set(draft.sections.flatMap((s) => [s.id, ...s.subsections.map((x) => x.id)]));
  let metrics = 0;
  for (const s of draft.base.sections) {
    for (const x of [s, ...s.subsections]) {
      if (!ids.has(x.id)) continue;
      for (const text of [...x.body.filter((b): b is string => typeof b === "string"), ...(x.points ?? [])]) {
        metrics += parseSlots(text).filter((part) => "metric" in part).length;
      }
    }
  }
  return { sections: draft.sections.length, subsections: draft.sections.reduce((n, s) => n + s.subsections.length, 0), metrics };
}
