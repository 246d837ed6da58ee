/**
 * Built-in genres one at a time: each genre file is its own chunk in the task pane's build, so the
 * 骨架 list paints from the summaries (catalog/summaries.ts) and evaluates only the genre shown.
 * The sync catalog (index.ts `genreCatalog`) stays for code that needs every genre.
 */
import type { Genre } from "./schema";
import { GENRE_SUMMARIES } from "./catalog/summaries";

const BUILT_IN_IDS = new Set(GENRE_SUMMARIES.map((s) => s.id));
const loading = new Map<string, Promise<Genre>>();
const loaded = new Map<string, Genre>();

export function isBuiltInGenreId(id: string): boolean {
  return BUILT_IN_IDS.has(id);
}

/**
 * The built-in genre `id` (each file exports its genre under its own name). The same promise for
 * every call, so React's `use` can wait on it; a failed load is forgotten, so a later call retries.
 */
export function loadBuiltInGenre(id: string): Promise<Genre> {
  if (!BUILT_IN_IDS.has(id)) return Promise.reject(new Error(`"${id}" is not a built-in genre`));
  let promise = loading.get(id);
  if (!promise) {
    promise = import(
      /* webpackChunkName: "genre-[request]" */
      /* webpackExclude: /(summaries|lines|fields)\.ts$|\.md$/ */
      `./catalog/${id}.ts`
    ).then(
      (module: Record<string, Genre>) => {
        const genre = module[id];
        if (!genre || genre.id !== id) throw new Error(`catalog/${id}.ts does not export the genre "${id}"`);
        loaded.set(id, genre);
        return genre;
      },
      (error: unknown) => {
        loading.delete(id);
        throw error;
      },
    );
    loading.set(id, promise);
  }
  return promise;
}

/** The built-in genre `id` if already loaded (no waiting). */
export function builtInGenreIfLoaded(id: string): Genre | undefined {
  return loaded.get(id);
}
