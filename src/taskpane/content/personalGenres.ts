/**
 * Personal genres: skeletons a person saved from a report of their own (存为骨架). Kept in
 * localStorage beside the other settings, validated against the same schema as the built-in
 * catalog (its own chunk, loaded only when a list is stored or a genre is saved), and shared by every tab through an external store (getState/subscribe, read with
 * useSyncExternalStore), so the 骨架 list and the 内容包 export see a save at once. The pane
 * creates one store and passes it down with PersonalGenresProvider; a test gives each render a
 * store of its own (over a memory storage).
 */
import { use, useContext, useSyncExternalStore } from "react";
import { PERSONAL_GENRES_KEY, PersonalGenresContext, storedGenresChunk } from "./personalGenresContext";
import type { Genre } from "../../core/genres";
import type { StoredGenresParser } from "./personalGenresSchema";
import type { Bilingual } from "../../core/text/bilingual";
import { defineMessages } from "../../core/text/messages";
import { TAB_NAMES } from "../shell/tabNames";
import { addinStorage, readSetting, saveSetting, type SaveResult, type StorageLike } from "../shell/settingsStore";

export { PERSONAL_GENRES_KEY };

/** Most skeletons kept: the reader refuses a longer list, so a save refuses to write one. */
export const MAX_PERSONAL_GENRES = 200;

let parser: StoredGenresParser | null = null;
let parserLoad: Promise<void> | null = null;

/** Loads the stored list's reader (zod and the genre schema) once; a failed load is tried again when next asked. */
export function loadPersonalGenresParser(): Promise<void> {
  parserLoad ??= storedGenresChunk().then(
    (m) => {
      parser = m.storedGenresParser(MAX_PERSONAL_GENRES);
    },
    (error: unknown) => {
      parserLoad = null;
      throw error;
    },
  );
  return parserLoad;
}

/** Suspends the component until the reader has loaded (not at all once it has): before a save. */
export function usePersonalGenresParser(): void {
  if (!parser) use(loadPersonalGenresParser());
}

function loadedParser(): StoredGenresParser {
  if (!parser) throw new Error("The personal genres' reader is not loaded yet (loadPersonalGenresParser).");
  return parser;
}

const NONE: readonly Genre[] = Object.freeze([]);
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

/** A removed genre and where it stood, to put it back with restore(). */
export interface RemovedGenre {
  genre: Genre;
  index: number;
}

/** The saved personal genres of one pane: read once from `storage`, then from memory. */
export class PersonalGenresStore {
  private cache: readonly Genre[] | null = null;
  private corruptAtLoad = false;
  private readonly listeners = new Set<() => void>();

  constructor(readonly storage: StorageLike = addinStorage()) {}

  /** Whether anything is stored under the key (a read that fails counts as nothing, as readSetting does). */
  private stored(): boolean {
    try {
      return this.storage.getItem(PERSONAL_GENRES_KEY) !== null;
    } catch {
      return false;
    }
  }

  /** True while a stored list waits for its reader (usePersonalGenresStore suspends on it). */
  needsParser(): boolean {
    return this.cache === null && parser === null && this.stored();
  }

  private load(): readonly Genre[] {
    if (this.cache) return this.cache;
    // Nothing stored (the usual first start): an empty list, without loading the schema.
    if (!parser && !this.stored()) {
      this.corruptAtLoad = false;
      this.cache = NONE;
      return this.cache;
    }
    const reader = loadedParser();
    const read = readSetting<readonly Genre[]>(PERSONAL_GENRES_KEY, (json) => reader.parse(json), () => NONE, this.storage);
    this.corruptAtLoad = read.corrupt;
    this.cache = read.value;
    return this.cache;
  }

  /** The saved personal genres (the same array until a save). */
  readonly getState = (): readonly Genre[] => this.load();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * True when the stored list could not be read. Reading writes nothing (it runs during render):
   * call keepUnreadable(store.storage, PERSONAL_GENRES_KEY) from an effect to copy the text to
   * `<key>:corrupt-backup`; saveAll refuses while that copy cannot be made.
   */
  corrupt(): boolean {
    this.load();
    return this.corruptAtLoad;
  }

  /**
   * Replaces the list and saves it, or says why not (nothing changed): the stored list could not
   * be read (saving would replace the skeletons in it), the list would not read back (past 200, or
   * past the storage read limit — then with the room left), or storage refused the write.
   */
  saveAll(genres: readonly Genre[]): SaveResult {
    this.load();
    if (this.corruptAtLoad) {
      return { ok: false, error: messages.storedUnreadable };
    }
    const stored = { version: 1 as const, genres };
    if (genres.length > MAX_PERSONAL_GENRES) {
      return { ok: false, error: messages.tooMany(MAX_PERSONAL_GENRES, genres.length) };
    }
    const problem = loadedParser().problem(stored);
    if (problem) {
      return { ok: false, error: messages.unreadableAfter(problem.path, problem.message) };
    }
    const saved = saveSetting(PERSONAL_GENRES_KEY, stored, PERSONAL_GENRES_NAME, this.storage);
    if (!saved.ok) return saved;
    this.cache = Object.freeze([...genres]);
    for (const listener of this.listeners) listener();
    return saved;
  }

  /** Saves a genre (replacing the one with its id where it stands, or at the end), or says why not. */
  save(genre: Genre): SaveResult {
    const list = this.load();
    const at = list.findIndex((g) => g.id === genre.id);
    return this.saveAll(at < 0 ? [...list, genre] : list.map((g, i) => (i === at ? genre : g)));
  }

  /** Removes the genre with this id; null when there is none or storage refused the write. */
  remove(id: string): RemovedGenre | null {
    const list = this.load();
    const index = list.findIndex((g) => g.id === id);
    if (index < 0) return null;
    return this.saveAll(list.filter((g) => g.id !== id)).ok ? { genre: list[index]!, index } : null;
  }

  /** Puts a removed genre back where it stood (undo); false when storage refused the write. */
  restore(removed: RemovedGenre): boolean {
    const list = this.load().filter((g) => g.id !== removed.genre.id);
    const at = Math.min(Math.max(0, removed.index), list.length);
    return this.saveAll([...list.slice(0, at), removed.genre, ...list.slice(at)]).ok;
  }
}

/**
 * The pane's personal-genres store (to save, remove or restore), made on first use. With a list
 * stored, the component suspends until the list's reader has loaded.
 */
export function usePersonalGenresStore(): PersonalGenresStore {
  const holder = useContext(PersonalGenresContext);
  if (!holder) throw new Error("usePersonalGenresStore outside PersonalGenresProvider");
  const store = (holder.store ??= new PersonalGenresStore());
  if (store.needsParser()) use(loadPersonalGenresParser());
  return store;
}

/** The personal genres, re-rendering on every save. */
export function usePersonalGenres(): readonly Genre[] {
  const store = usePersonalGenresStore();
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}
