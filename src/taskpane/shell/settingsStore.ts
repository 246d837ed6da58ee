/**
 * The add-in's own settings (not the document's): window.localStorage, which survives closing
 * Word. Every tab reads through here so that an unreadable value never loses what the person
 * saved (the raw text is kept under `<key>:corrupt-backup`) and a disabled storage (private
 * mode, policy) degrades to settings that last for the session.
 */
import type { StorageLike } from "../../core/snippets";

export type { StorageLike };

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

export interface SettingRead<T> {
  value: T;
  /** The stored text could not be read; defaults apply and the raw text was backed up. */
  corrupt: boolean;
}

/**
 * Reads a JSON setting. `parse` returns the value from the parsed JSON, or null when its shape is
 * wrong. Missing → defaults; unreadable → defaults, `corrupt`, and a backup of the raw text.
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
  let value: T | null = null;
  try {
    value = parse(JSON.parse(raw));
  } catch {
    value = null;
  }
  if (value !== null) return { value, corrupt: false };
  try {
    storage.setItem(`${key}:corrupt-backup`, raw);
  } catch {
    // Nothing more to do: defaults still apply and the original key is left as it was.
  }
  return { value: defaults(), corrupt: true };
}

/** Saves a JSON setting; false when storage refused it (full or disabled). */
export function writeSetting(key: string, value: unknown, storage: Pick<StorageLike, "setItem"> = addinStorage()): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
