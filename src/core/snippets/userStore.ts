/**
 * The user's own snippet library (own snippets, favourites, recently used, remembered field
 * values), persisted as JSON through an injected StorageLike (localStorage or Office
 * roaming settings). Corrupt data is never discarded: it is copied to a backup key (by the
 * caller, outside render) before anything is saved over it.
 */
import { z } from "zod";
import { normalizeSnippetText, snippetSchema, type Snippet } from "./schema";
import type { Bilingual } from "../text/bilingual";
import { snippetsMessages } from "./messages";
import { parseJsonSafely } from "../text/safeJson";

/** The subset of the Web Storage API the store needs. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const USER_STORE_KEY = "report-composer.snippets.user.v1";
export const RECENT_LIMIT = 30;
export const MAX_REMEMBERED_FIELDS = 200;
export const MAX_FIELD_VALUE_LENGTH = 500;
/** Category given to own snippets when the user picks none. */
export const PERSONAL_CATEGORY = "personal";

export interface UserSnippetState {
  version: 1;
  snippets: Snippet[];
  favourites: string[];
  /** Most recent first, at most RECENT_LIMIT, no repeats. */
  recent: string[];
  /** Last value typed for each fill-in field name. */
  fieldValues: Record<string, string>;
}

const stateSchema = z.object({
  version: z.literal(1),
  snippets: z.array(snippetSchema),
  favourites: z.array(z.string()),
  recent: z.array(z.string()),
  fieldValues: z.record(z.string(), z.string()),
});

/** A fresh, empty library. */
export function defaultUserState(): UserSnippetState {
  return { version: 1, snippets: [], favourites: [], recent: [], fieldValues: {} };
}

export interface LoadProblem {
  /** Why the stored data could not be read (bad JSON, wrong shape, duplicate ids, too deep). */
  reason: Bilingual;
  /** The unreadable text, still under the store key (loading never writes). */
  raw: string;
}

export interface LoadResult {
  state: UserSnippetState;
  problem?: LoadProblem;
}

/** Largest stored library read (a full library of 5,000 phrases is about 2 MB). */
export const MAX_STORED_LIBRARY_CHARS = 8_000_000;

/**
 * Copies unreadable data to `${key}.backup-N`, reusing a backup that already holds the same data;
 * returns the backup key. Throws what storage throws (full, disabled): call it from an event
 * handler or an effect, never while rendering.
 */
export function backUpUserState(storage: StorageLike, raw: string, key: string = USER_STORE_KEY): string {
  for (let n = 1; ; n++) {
    const backupKey = `${key}.backup-${n}`;
    const existing = storage.getItem(backupKey);
    if (existing === raw) return backupKey;
    if (existing === null) {
      storage.setItem(backupKey, raw);
      return backupKey;
    }
  }
}

/**
 * Loads the library without writing anything (it runs during render). Missing data gives
 * defaults; unreadable data gives defaults plus a problem holding the raw text, for the caller to
 * back up (backUpUserState) before anything is saved over it.
 */
export function loadUserState(storage: Pick<StorageLike, "getItem">, key: string = USER_STORE_KEY): LoadResult {
  const raw = storage.getItem(key);
  if (raw === null) return { state: defaultUserState() };
  let reason: Bilingual;
  const json = parseJsonSafely(raw, { maxChars: MAX_STORED_LIBRARY_CHARS });
  if (!json.ok) {
    reason =
      json.reason === "syntax"
        ? snippetsMessages.notJsonData
        : { zh: json.error.zh.replace(/。$/, ""), en: json.error.en.replace(/\.$/, "") };
  } else {
    const parsed = stateSchema.safeParse(json.value);
    if (parsed.success) {
      const ids = new Set(parsed.data.snippets.map((s) => s.id));
      if (ids.size === parsed.data.snippets.length) return { state: parsed.data };
      reason = snippetsMessages.repeatedIds;
    } else {
      reason = snippetsMessages.wrongStructure;
    }
  }
  return { state: defaultUserState(), problem: { reason, raw } };
}

/**
 * What to tell the person about an unreadable library: before the backup was tried (`backup`
 * undefined), once it was made (its key), or when it failed (why; the data then stays untouched
 * under the store key and nothing is saved over it).
 */
export function libraryProblemMessage(
  problem: LoadProblem,
  backup?: { backupKey: string } | { error: Bilingual },
  key: string = USER_STORE_KEY,
): Bilingual {
  const head = snippetsMessages.libraryUnreadable(problem.reason);
  if (!backup) return head;
  if ("backupKey" in backup) {
    return snippetsMessages.backedUp(head, backup.backupKey);
  }
  return snippetsMessages.backupFailed(head, backup.error, key);
}

/** Persists the library under the versioned key. */
export function saveUserState(storage: StorageLike, state: UserSnippetState, key: string = USER_STORE_KEY): void {
  storage.setItem(key, JSON.stringify(state));
}

export type UpdateResult = { ok: true; state: UserSnippetState } | { ok: false; error: Bilingual };

export interface SnippetDraft {
  title?: string;
  text: string;
  category?: string;
  tags?: readonly string[];
}

function nextOwnId(state: UserSnippetState, reserved: ReadonlySet<string>): string {
  let n = state.snippets.length + 1;
  const taken = new Set(state.snippets.map((s) => s.id));
  while (taken.has(`user-${n}`) || reserved.has(`user-${n}`)) n++;
  return `user-${n}`;
}

/** A short list title from the text when the user gives none: up to the first punctuation, 16 chars max. */
export function deriveTitle(text: string): string {
  const firstClause = text.replace(/\{[^{}]*\}/g, "").trim().split(/[，。；：、,.;:\n]/)[0] ?? "";
  return (firstClause || text.trim()).slice(0, 16);
}

function validateOwn(state: UserSnippetState, candidate: Snippet, replacingId?: string): Bilingual | null {
  const parsed = snippetSchema.safeParse(candidate);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    return snippetsMessages.snippetInvalid(detail);
  }
  const key = normalizeSnippetText(candidate.text);
  const twin = state.snippets.find((s) => s.id !== replacingId && normalizeSnippetText(s.text) === key);
  if (twin) {
    return snippetsMessages.sameText(twin.title);
  }
  return null;
}

/** Adds an own snippet (validated; same text twice is refused). `reservedIds`: ids of other sources. */
export function addOwnSnippet(
  state: UserSnippetState,
  draft: SnippetDraft,
  reservedIds: ReadonlySet<string> = new Set(),
): UpdateResult & { id?: string } {
  const snippet: Snippet = {
    id: nextOwnId(state, reservedIds),
    category: draft.category ?? PERSONAL_CATEGORY,
    title: draft.title?.trim() || deriveTitle(draft.text),
    text: draft.text,
    tags: [...new Set(draft.tags ?? [])],
  };
  const error = validateOwn(state, snippet);
  if (error) return { ok: false, error };
  return { ok: true, state: { ...state, snippets: [...state.snippets, snippet] }, id: snippet.id };
}

function notFound(id: string): UpdateResult {
  return { ok: false, error: snippetsMessages.notFound(id) };
}

/** Edits title, text, category or tags of an own snippet (validated). */
export function editOwnSnippet(state: UserSnippetState, id: string, changes: Partial<SnippetDraft>): UpdateResult {
  const current = state.snippets.find((s) => s.id === id);
  if (!current) return notFound(id);
  const updated: Snippet = {
    ...current,
    ...(changes.title !== undefined ? { title: changes.title.trim() } : {}),
    ...(changes.text !== undefined ? { text: changes.text } : {}),
    ...(changes.category !== undefined ? { category: changes.category } : {}),
    ...(changes.tags !== undefined ? { tags: [...new Set(changes.tags)] } : {}),
  };
  const error = validateOwn(state, updated, id);
  if (error) return { ok: false, error };
  return { ok: true, state: { ...state, snippets: state.snippets.map((s) => (s.id === id ? updated : s)) } };
}

/** Moves an own snippet to another category. */
export function categoriseOwnSnippet(state: UserSnippetState, id: string, category: string): UpdateResult {
  return editOwnSnippet(state, id, { category });
}

/** Deletes an own snippet and forgets it in favourites and recent. */
export function deleteOwnSnippet(state: UserSnippetState, id: string): UpdateResult {
  if (!state.snippets.some((s) => s.id === id)) return notFound(id);
  return {
    ok: true,
    state: {
      ...state,
      snippets: state.snippets.filter((s) => s.id !== id),
      favourites: state.favourites.filter((f) => f !== id),
      recent: state.recent.filter((r) => r !== id),
    },
  };
}

/** Stars or unstars any snippet (built-in, own or team) by id. */
export function toggleFavourite(state: UserSnippetState, id: string): UserSnippetState {
  const favourites = state.favourites.includes(id)
    ? state.favourites.filter((f) => f !== id)
    : [...state.favourites, id];
  return { ...state, favourites };
}

/** Records an insertion: the id moves to the front of recent, capped at RECENT_LIMIT. */
export function recordUse(state: UserSnippetState, id: string): UserSnippetState {
  return { ...state, recent: [id, ...state.recent.filter((r) => r !== id)].slice(0, RECENT_LIMIT) };
}

/**
 * Remembers the values just used for fill-in fields (empty values are ignored); the most
 * recently remembered names are kept when the cap is reached.
 */
export function rememberFieldValues(
  state: UserSnippetState,
  values: Readonly<Record<string, string>>,
): UserSnippetState {
  const fresh = Object.entries(values)
    .map(([name, value]) => [name, value.trim().slice(0, MAX_FIELD_VALUE_LENGTH)] as const)
    .filter(([, value]) => value !== "");
  if (!fresh.length) return state;
  const freshNames = new Set(fresh.map(([name]) => name));
  const kept = Object.entries(state.fieldValues).filter(([name]) => !freshNames.has(name));
  const merged = [...kept, ...fresh].slice(-MAX_REMEMBERED_FIELDS);
  return { ...state, fieldValues: Object.fromEntries(merged) };
}
