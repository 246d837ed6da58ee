import type { Genre } from "../../core/genres";

/** The person's choice of sections for one genre: order and ticks, level 1 and level 2. */
export interface SectionChoice {
  /** Level-1 ids in the chosen order, each with its subsection ids in order. */
  order: Array<{ id: string; children: string[] }>;
  /** Ticked ids (level 1 and level 2). */
  ticked: string[];
}

export function defaultChoice(genre: Genre): SectionChoice {
  return {
    order: genre.sections.map((s) => ({ id: s.id, children: s.subsections.map((x) => x.id) })),
    ticked: genre.sections.flatMap((s) => [
      ...(s.optional ? [] : [s.id]),
      ...s.subsections.filter((x) => !x.optional && !s.optional).map((x) => x.id),
    ]),
  };
}

/** A saved choice made against an older catalog: keep what still exists, add what is new. */
export function reconcileChoice(genre: Genre, saved: SectionChoice | undefined): SectionChoice {
  if (!saved) return defaultChoice(genre);
  const known = new Map(genre.sections.map((s) => [s.id, s]));
  const order = saved.order
    .filter((o) => known.has(o.id))
    .map((o) => {
      const subs = known.get(o.id)!.subsections.map((x) => x.id);
      return { id: o.id, children: [...o.children.filter((c) => subs.includes(c)), ...subs.filter((c) => !o.children.includes(c))] };
    });
  for (const s of genre.sections) {
    if (!order.some((o) => o.id === s.id)) order.push({ id: s.id, children: s.subsections.map((x) => x.id) });
  }
  const allIds = new Set(order.flatMap((o) => [o.id, ...o.children]));
  return { order, ticked: saved.ticked.filter((id) => allIds.has(id)) };
}

/** Ordered ids for buildSkeleton: ticked level-1 sections with their ticked subsections. */
export function chosenSectionIds(choice: SectionChoice): string[] {
  const ticked = new Set(choice.ticked);
  return choice.order.filter((o) => ticked.has(o.id)).flatMap((o) => [o.id, ...o.children.filter((c) => ticked.has(c))]);
}

export function move<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/**
 * The first `rows` rows of the list (sections and subsections, in order): for each level-1 section
 * that starts within them, how many of its subsections. A prefix of the full list, so a shown
 * row's buttons act on the whole section, its subsections still to come included.
 */
export function leadingRows(order: SectionChoice["order"], rows: number): number[] {
  const shown: number[] = [];
  for (const entry of order) {
    if (rows <= 0) break;
    const children = Math.min(entry.children.length, rows - 1);
    shown.push(children);
    rows -= 1 + children;
  }
  return shown;
}
