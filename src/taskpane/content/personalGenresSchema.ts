/**
 * How the stored list of personal genres is read and checked: zod and the genre schema, in their
 * own chunk, loaded only when a list is stored or a genre is about to be saved (personalGenres).
 */
import { z } from "zod";
import { genreSchema, type Genre } from "../../core/genres";

export interface StoredGenresParser {
  /** The genres of a stored list, or null when it is not one. */
  parse(json: unknown): readonly Genre[] | null;
  /** Why `stored` would not read back (its first problem), or null when it would. */
  problem(stored: unknown): { path: string; message: string } | null;
}

export function storedGenresParser(maxGenres: number): StoredGenresParser {
  const schema = z.object({ version: z.literal(1), genres: z.array(genreSchema).max(maxGenres) });
  return {
    parse(json) {
      const parsed = schema.safeParse(json);
      return parsed.success ? Object.freeze(parsed.data.genres) : null;
    },
    problem(stored) {
      const parsed = schema.safeParse(stored);
      if (parsed.success) return null;
      const issue = parsed.error.issues[0];
      return { path: issue?.path.join(".") ?? "", message: issue?.message ?? "" };
    },
  };
}
