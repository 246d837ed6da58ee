import type { Bilingual } from "./bilingual";
import { coreMessages, type VersionedFile } from "./catalog";

export type VersionCheck = { ok: true; version: number } | { ok: false; error: Bilingual };

/**
 * The one version check for files the add-in exports (content packs, snippet files). Versions are
 * whole numbers, each a major version: one above `current` is refused, asking the person to update
 * the add-in; `current` and earlier ones (from 1) are accepted, and the caller migrates an earlier
 * one; a missing or malformed version ("1", 1.5, 0) is refused as unsupported.
 */
export function checkFileVersion(version: unknown, current: number, file: VersionedFile): VersionCheck {
  if (typeof version === "number" && version > current) {
    return { ok: false, error: coreMessages.newerVersion(file, version) };
  }
  if (typeof version === "number" && Number.isInteger(version) && version >= 1 && version <= current) {
    return { ok: true, version };
  }
  return { ok: false, error: coreMessages.unsupportedVersion(file, String(version)) };
}
