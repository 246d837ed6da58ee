import type { SnippetMatch, SnippetMatchKind } from "../../core/snippets";

/**
 * Kinds that a query typed at random also produces (a body text whose initials happen to spell
 * "zzzz", an edit-distance guess): shown only on request when nothing better matched, so the
 * list says "nothing matched" instead of offering unrelated phrases.
 */
const LOOSE: ReadonlySet<SnippetMatchKind> = new Set<SnippetMatchKind>(["textInitials", "textMixedPinyin", "fuzzy"]);

export interface VisibleMatches<T> {
  shown: T[];
  /** Loose matches held back because nothing closer matched (0 when none). */
  hidden: number;
}

export function visibleMatches<T extends SnippetMatch>(results: readonly T[], query: string, revealLoose: boolean): VisibleMatches<T> {
  const onlyLoose = query.trim() !== "" && results.length > 0 && results.every((m) => LOOSE.has(m.kind));
  if (!onlyLoose || revealLoose) return { shown: [...results], hidden: 0 };
  return { shown: [], hidden: results.length };
}
