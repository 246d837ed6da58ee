/**
 * Personal genres: skeletons a person saved from a report of their own (存为骨架). Kept in
 * localStorage beside the other settings, validated against the same schema as the built-in
 * catalog, and shared by every tab through a tiny external store (useSyncExternalStore), so the
 * 骨架 list and the 内容包 export see a save at once.
 */
import { useSyncExternalStore } from "react";
import { z } from "zod";
import { genreSchema, type Genre } from "../../core/genres";
import type { Bilingual } from "../../core/text/bilingual";
import { defineMessages } from "../../core/text/messages";
import { TAB_NAMES } from "../shell/tabNames";
import { readSetting, saveSetting, type SaveResult } from "../shell/settingsStore";

export const PERSONAL_GENRES_KEY = "report-composer:personal-genres:v1";

/** Most skeletons kept: the reader refuses a longer list, so a save refuses to write one. */
export const MAX_PERSONAL_GENRES = 200;
const storedSchema = z.object({ version: z.literal(1), genres: z.array(genreSchema).max(MAX_PERSONAL_GENRES) });
const messages = defineMessages({
  "zh-CN": {
    name: "我的骨架",
    storedUnreadable: `我的骨架未保存：本机已存的骨架列表无法读取，保存会覆盖其中的骨架。请先导出当前草稿，再按“${TAB_NAMES.skeleton.zh}”标签中的提示处理原有内容。`,
    tooMany: (max: number, count: number) => `我的骨架未保存：最多保存 ${max} 个骨架（保存后为 ${count} 个）。请先删除一些。`,
    unreadableAfter: (path: string, message: string) => `我的骨架未保存：保存后无法读回（${path}：${message}）。`,
  },
  "en-US": {
    name: "your saved skeletons",
    storedUnreadable:
      `Your saved skeletons were not saved: the list already stored could not be read, and saving would replace the skeletons in it. Export the current draft, then follow the notice on the ${TAB_NAMES.skeleton.en} tab for the stored list.`,
    tooMany: (max: number, count: number) => `Your saved skeletons were not saved: at most ${max} can be kept (this would make ${count}). Remove some first.`,
    unreadableAfter: (path: string, message: string) => `Your saved skeletons were not saved: they could not be read back (${path}: ${message}).`,
  },
});

/** What the list is called in storage notices (保存失败, 无法读取). */
export const PERSONAL_GENRES_NAME: Bilingual = messages.name;

let cache: readonly Genre[] | null = null;
let corruptAtLoad = false;
const listeners = new Set<() => void>();

function load(): readonly Genre[] {
  if (cache) return cache;
  const read = readSetting<readonly Genre[]>(
    PERSONAL_GENRES_KEY,
    (json) => {
      const parsed = storedSchema.safeParse(json);
      return parsed.success ? Object.freeze(parsed.data.genres) : null;
    },
    () => Object.freeze([]),
  );
  corruptAtLoad = read.corrupt;
  cache = read.value;
  return cache;
}

/** The saved personal genres (read once, then from memory). */
export function personalGenres(): readonly Genre[] {
  return load();
}

/**
 * True when the stored list could not be read. Reading writes nothing (it runs during render):
 * call keepUnreadable(addinStorage(), PERSONAL_GENRES_KEY) from an effect to copy the text to
 * `<key>:corrupt-backup`; savePersonalGenres refuses while that copy cannot be made.
 */
export function personalGenresCorrupt(): boolean {
  load();
  return corruptAtLoad;
}

/**
 * Replaces the list and saves it, or says why not (nothing changed): the stored list could not be
 * read (saving would replace the skeletons in it), the list would not read back (past 200, or past
 * the storage read limit — then with the room left), or storage refused the write.
 */
export function savePersonalGenresResult(genres: readonly Genre[]): SaveResult {
  load();
  if (corruptAtLoad) {
    return { ok: false, error: messages.storedUnreadable };
  }
  const stored = { version: 1 as const, genres };
  if (genres.length > MAX_PERSONAL_GENRES) {
    return { ok: false, error: messages.tooMany(MAX_PERSONAL_GENRES, genres.length) };
  }
  const readable = storedSchema.safeParse(stored);
  if (!readable.success) {
    const issue = readable.error.issues[0];
    return { ok: false, error: messages.unreadableAfter(issue?.path.join(".") ?? "", issue?.message ?? "") };
  }
  const saved = saveSetting(PERSONAL_GENRES_KEY, stored, PERSONAL_GENRES_NAME);
  if (!saved.ok) return saved;
  cache = Object.freeze([...genres]);
  for (const listener of listeners) listener();
  return saved;
}

/** Replaces the list and saves it; false (and nothing changed) when it was refused (savePersonalGenresResult says why). */
export function savePersonalGenres(genres: readonly Genre[]): boolean {
  return savePersonalGenresResult(genres).ok;
}

/** Saves a genre (replacing the one with its id where it stands, or at the end), or says why not. */
export function savePersonalGenre(genre: Genre): SaveResult {
  const list = load();
  const at = list.findIndex((g) => g.id === genre.id);
  return savePersonalGenresResult(at < 0 ? [...list, genre] : list.map((g, i) => (i === at ? genre : g)));
}

/**
 * Saves a genre: replaces the one with its id where it stands, or adds it at the end. False (the
 * stored list and the pane unchanged) when storage refused the write — full or disabled.
 */
export function upsertPersonalGenre(genre: Genre): boolean {
  return savePersonalGenre(genre).ok;
}

/** A removed genre and where it stood, to put it back with restorePersonalGenre. */
export interface RemovedGenre {
  genre: Genre;
  index: number;
}

/** Removes the genre with this id; null when there is none or storage refused the write. */
export function removePersonalGenre(id: string): RemovedGenre | null {
  const list = load();
  const index = list.findIndex((g) => g.id === id);
  if (index < 0) return null;
  return savePersonalGenres(list.filter((g) => g.id !== id)) ? { genre: list[index]!, index } : null;
}

/** Puts a removed genre back where it stood (undo); false when storage refused the write. */
export function restorePersonalGenre(removed: RemovedGenre): boolean {
  const list = load().filter((g) => g.id !== removed.genre.id);
  const at = Math.min(Math.max(0, removed.index), list.length);
  return savePersonalGenres([...list.slice(0, at), removed.genre, ...list.slice(at)]);
}

export function subscribePersonalGenres(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The personal genres, re-rendering on every save. */
export function usePersonalGenres(): readonly Genre[] {
  return useSyncExternalStore(subscribePersonalGenres, personalGenres, personalGenres);
}

/** Tests and the preview's document swap: forget the in-memory copy. */
export function resetPersonalGenresCache(): void {
  cache = null;
  corruptAtLoad = false;
}
