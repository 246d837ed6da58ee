/**
 * The add-in's own settings (not the document's): window.localStorage, which survives closing
 * Word. Every tab reads through here so that an unreadable value never loses what the person
 * saved, and a disabled storage (private mode, policy) degrades to settings that last for the
 * session.
 *
 * Reading never writes: it runs during render (useState initialisers), where a throwing
 * setItem (storage full) would blank the pane. Unreadable text is only noted in memory; an effect
 * copies it to a backup key (keepUnreadable), and every later write to that key first makes sure
 * the copy exists, so an unreadable value is never overwritten before it is kept.
 */
import type { StorageLike } from "../../core/snippets/userStore";
import type { Bilingual } from "../../core/text/bilingual";
import { parseJsonSafely } from "../../core/text/safeJson";
import { saveFailedMessage, storageFailureReason } from "../../core/text/storageFailure";
import { settingsMessages } from "./messages";

export type { StorageLike };

/** Every key of this add-in starts so (the personal phrase library uses `report-composer.`). */
export const KEY_PREFIX = "report-composer";
/** Stored settings are small; anything larger is not ours. */
export const MAX_SETTING_CHARS = 2_000_000;

let fallback: StorageLike | null = null;

/** localStorage, or an in-memory stand-in when the host disables storage. */
export function addinStorage(): StorageLike {
  try {
    const storage = window.localStorage;
    storage.getItem("report-composer:probe");
    return storage;
  } catch {
    if (!fallback) {
      const memory = new Map<string, string>();
      fallback = {
        getItem: (k) => memory.get(k) ?? null,
        setItem: (k, v) => void memory.set(k, v),
        removeItem: (k) => void memory.delete(k),
      };
    }
    return fallback;
  }
}

// ---------------------------------------------------------------------------------------------
// Unreadable values: noted while reading (memory only), kept by an effect or before a write.

/** Where an unreadable value stands. */
export type Unreadable =
  | { key: string; raw: string; reason: Bilingual; state: "pending" }
  | { key: string; raw: string; reason: Bilingual; state: "kept"; backupKey: string }
  | { key: string; raw: string; reason: Bilingual; state: "failed"; error: Bilingual };

interface Entry {
  snapshot: Unreadable;
  /** Writes the copy and returns its key; throws when storage refuses. */
  backUp: () => string;
}

type Owner = object;
const registry = new WeakMap<Owner, Map<string, Entry>>();
const listeners = new Set<() => void>();

function entriesOf(storage: Owner): Map<string, Entry> {
  let entries = registry.get(storage);
  if (!entries) {
    entries = new Map();
    registry.set(storage, entries);
  }
  return entries;
}

function changed(): void {
  for (const listener of listeners) listener();
}

/**
 * Notes that `key` holds text that could not be read (memory only: safe during render).
 * `backUp` is how to keep a copy; by default `<key>:corrupt-backup`.
 */
export function noteUnreadable(
  storage: Pick<StorageLike, "setItem">,
  key: string,
  raw: string,
  reason: Bilingual,
  backUp: () => string = () => {
    storage.setItem(`${key}:corrupt-backup`, raw);
    return `${key}:corrupt-backup`;
  },
): void {
  const entries = entriesOf(storage);
  const known = entries.get(key);
  if (known && known.snapshot.raw === raw) return;
  entries.set(key, { snapshot: { key, raw, reason, state: "pending" }, backUp });
}

/** What is known about `key` (undefined when it was read fine or never read). Render-safe. */
export function unreadableState(storage: object, key: string): Unreadable | undefined {
  return registry.get(storage)?.get(key)?.snapshot;
}

/**
 * Copies the unreadable text of `key` to its backup key, once. Call from an effect or an event
 * handler, never during render. A failure is remembered (and tried again by the next write).
 */
export function keepUnreadable(storage: object, key: string): Unreadable | undefined {
  const entry = registry.get(storage)?.get(key);
  if (!entry || entry.snapshot.state === "kept") return entry?.snapshot;
  const { raw, reason } = entry.snapshot;
  let next: Unreadable;
  try {
    next = { key, raw, reason, state: "kept", backupKey: entry.backUp() };
  } catch (error) {
    next = { key, raw, reason, state: "failed", error: storageFailureReason(error) };
  }
  const same = entry.snapshot.state === next.state;
  entry.snapshot = next;
  if (!same) changed();
  return next;
}

/** Forgets what was noted about `key` (after a reset, or once the person saved over it knowingly). */
export function forgetUnreadable(storage: object, key: string): void {
  if (registry.get(storage)?.delete(key)) changed();
}

/** For useSyncExternalStore: called whenever an unreadable value is kept, fails, or is forgotten. */
export function subscribeUnreadable(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * The sentence for an unreadable setting, once keepUnreadable has run: read failed, defaults in
 * use, and either where the copy is or why there is none (then the original stays, untouched).
 */
export function unreadableMessage(what: Bilingual, state: Unreadable): Bilingual {
  const head = settingsMessages.unreadable(what, state.reason);
  if (state.state === "kept") return settingsMessages.backedUp(head, state.backupKey);
  if (state.state === "failed") return settingsMessages.notBackedUp(head, state.error, state.key);
  return head;
}

// ---------------------------------------------------------------------------------------------
// Reading and writing settings.

export interface SettingRead<T> {
  value: T;
  /** The stored text could not be read; defaults apply (see unreadableState for the backup). */
  corrupt: boolean;
}

/**
 * Reads a JSON setting without writing anything. `parse` returns the value from the parsed JSON,
 * or null when its shape is wrong. Missing → defaults; unreadable → defaults and `corrupt`, and
 * the text is noted for keepUnreadable.
 */
export function readSetting<T>(
  key: string,
  parse: (json: unknown) => T | null,
  defaults: () => T,
  storage: Pick<StorageLike, "getItem" | "setItem"> = addinStorage(),
): SettingRead<T> {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { value: defaults(), corrupt: false };
  }
  if (raw === null) return { value: defaults(), corrupt: false };
  const json = parseJsonSafely(raw, { maxChars: MAX_SETTING_CHARS });
  let value: T | null = null;
  let reason: Bilingual = json.ok ? settingsMessages.notExpected : json.error;
  if (json.ok) {
    try {
      value = parse(json.value);
    } catch (error) {
      value = null;
      reason = settingsMessages.notExpectedBecause(String(error));
    }
  }
  if (value !== null) return { value, corrupt: false };
  noteUnreadable(storage, key, raw, trimReason(reason));
  return { value: defaults(), corrupt: true };
}

const trimReason = (r: Bilingual): Bilingual => ({ zh: r.zh.replace(/[。.]$/, ""), en: r.en.replace(/\.$/, "") });

export type SaveResult = { ok: true } | { ok: false; error: Bilingual };

/**
 * Saves a JSON setting. Refused (with the reason) when storage is full or disabled, and when the
 * key still holds unreadable text whose copy could not be made: saving would overwrite it.
 */
export function saveSetting(
  key: string,
  value: unknown,
  what: Bilingual,
  storage: Pick<StorageLike, "setItem"> & Partial<Pick<StorageLike, "getItem">> = addinStorage(),
): SaveResult {
  // Nothing is saved that readSetting could not read back: it would reopen as "unreadable".
  const text = JSON.stringify(value) ?? "null";
  if (text.length > MAX_SETTING_CHARS) return { ok: false, error: tooLargeToSave(what, text.length, storedChars(storage, key)) };
  const readBack = parseJsonSafely(text, { maxChars: MAX_SETTING_CHARS });
  if (!readBack.ok) {
    return { ok: false, error: settingsMessages.notReadBack(what, trimReason(readBack.error)) };
  }
  const unreadable = keepUnreadable(storage, key);
  if (unreadable?.state === "failed") return { ok: false, error: notOverwritten(what, unreadable) };
  try {
    storage.setItem(key, text);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: saveFailedMessage(what, error) };
  }
}

/** Characters now stored under `key` (0 when none or unknown). */
function storedChars(storage: Partial<Pick<StorageLike, "getItem">>, key: string): number {
  try {
    return storage.getItem?.(key)?.length ?? 0;
  } catch {
    return 0;
  }
}

const count = (n: number) => n.toLocaleString("en-US");

/** The refusal of a save past the read limit, with the room left beside what is stored now. */
export function tooLargeToSave(what: Bilingual, chars: number, stored: number): Bilingual {
  const room = Math.max(0, MAX_SETTING_CHARS - stored);
  return settingsMessages.tooLarge(what, count(chars), count(MAX_SETTING_CHARS), count(stored), count(room));
}

/** The refusal when saving would overwrite unreadable text that could not be backed up. */
export function notOverwritten(what: Bilingual, state: Extract<Unreadable, { state: "failed" }>): Bilingual {
  return settingsMessages.notOverwritten(what, state.error);
}

/** Saves a JSON setting; false when it was refused (see saveSetting for the reason). */
export function writeSetting(key: string, value: unknown, storage: Pick<StorageLike, "setItem"> = addinStorage()): boolean {
  return saveSetting(key, value, settingsMessages.theSetting, storage).ok;
}

// ---------------------------------------------------------------------------------------------
// Resetting a tab's data (the error boundary's 重置此标签的本地数据).

/** What a tab keeps in local storage, declared beside its storage code. */
export interface TabStorage {
  keys: readonly string[];
  /** Drops copies held in memory (module caches) so that the tab reads storage afresh. */
  forget?: () => void;
  /** Its entries in the pane's memory (shell/paneState keys starting so), cleared by a reset too. */
  paneStatePrefixes?: readonly string[];
}

export type ResetResult =
  | { state: "empty" }
  | { state: "reset"; backupKey: string; keys: string[] }
  | { state: "failed"; error: Bilingual; backup: string; keys: string[] };

/** `report-composer:reset-backup:<tab>:<time>`: one key, so the copy is made in one write or not at all. */
export function resetBackupKey(tab: string, now: Date): string {
  return `${KEY_PREFIX}:reset-backup:${tab}:${now.toISOString().replace(/\.\d+Z$/, "Z")}`;
}

/** The backup's content: every key's raw text, as it was. */
export function resetBackupText(tab: string, data: Record<string, string>, now: Date): string {
  return JSON.stringify({ format: "report-composer-reset-backup", version: 1, tab, savedAt: now.toISOString(), data }, null, 1);
}

/** The tab's stored values, key → raw text (keys without a value are left out). */
export function tabData(declared: TabStorage, storage: Pick<StorageLike, "getItem"> = addinStorage()): Record<string, string> {
  const data: Record<string, string> = {};
  for (const key of declared.keys) {
    let raw: string | null = null;
    try {
      raw = storage.getItem(key);
    } catch {
      raw = null;
    }
    if (raw !== null) data[key] = raw;
  }
  return data;
}

/** Removes the tab's stored values and whatever was noted or cached about them. */
export function removeTabData(declared: TabStorage, storage: StorageLike = addinStorage()): void {
  for (const key of declared.keys) {
    try {
      storage.removeItem(key);
    } catch {
      // A storage that refuses even a removal holds nothing this could lose.
    }
    forgetUnreadable(storage, key);
  }
  declared.forget?.();
}

/**
 * Keeps a copy of the tab's stored values under one backup key, then removes them. When the copy
 * cannot be made nothing is removed; the result carries the copy's text (to download instead,
 * then removeTabData).
 */
export function resetTabData(tab: string, declared: TabStorage, storage: StorageLike = addinStorage(), now: Date = new Date()): ResetResult {
  const data = tabData(declared, storage);
  const keys = Object.keys(data);
  if (keys.length === 0) {
    removeTabData(declared, storage);
    return { state: "empty" };
  }
  const backupKey = resetBackupKey(tab, now);
  const backup = resetBackupText(tab, data, now);
  try {
    storage.setItem(backupKey, backup);
  } catch (error) {
    return { state: "failed", error: storageFailureReason(error), backup, keys };
  }
  removeTabData(declared, storage);
  return { state: "reset", backupKey, keys };
}
