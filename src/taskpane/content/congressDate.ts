/**
 * The 党的二十一大 opening date the pane uses for 插入骨架 and 检查: a content pack's when the pack
 * locks it (as a locked format profile), otherwise the person's own setting, and a pack's
 * unlocked date only while the person has set none. "" means "not yet held": nothing is guessed,
 * so no skeleton line says the congress has met and 检查 does not judge 迎接 / 学习贯彻 by it.
 * The person's setting is kept with the add-in's settings on this computer.
 */
import { useMemo, useSyncExternalStore } from "react";
import type { ContentSource, MergedContent } from "../../core/packs";
import type { Bilingual } from "../../core/text/bilingual";
import { normalizeCongressDate, type CongressDateProblem } from "../../core/text/partyCongress";
import { readSetting, saveSetting, type SaveResult, type StorageLike } from "../shell/settingsStore";
import { contentMessages } from "./messages";
import { usePackCongressDates } from "./usePackGenres";

export const CONGRESS_SETTINGS_KEY = "report-composer:congress:v1";
export const CONGRESS_SETTINGS_NAME: Bilingual = contentMessages.congressSettingsName;

/** The person's own value: undefined while never set, "" for "not yet held", else "YYYY-MM-DD". */
export function loadPersonalCongressDate(storage?: Pick<StorageLike, "getItem" | "setItem">): string | undefined {
  return readSetting<{ date: string | undefined }>(
    CONGRESS_SETTINGS_KEY,
    (json) => {
      if (!json || typeof json !== "object") return null;
      const date = (json as { date?: unknown }).date;
      if (typeof date !== "string") return null;
      const checked = normalizeCongressDate(date);
      return checked.ok ? { date: checked.value } : null;
    },
    () => ({ date: undefined }),
    storage,
  ).value.date;
}

/** What saving a typed date did: refused (nothing kept) with its reason, or saved as `value`. */
export type CongressSave = { ok: true; value: string } | { ok: false; problem: CongressDateProblem } | { ok: false; problem: "storage"; error: Bilingual };

const listeners = new Set<() => void>();
let cached: { value: string | undefined } | null = null;

/**
 * Validates what was typed and keeps it only when it is a real day (or empty). A bad date changes
 * nothing: the earlier setting stays in force.
 */
export function savePersonalCongressDate(typed: string, storage?: Pick<StorageLike, "setItem">): CongressSave {
  const checked = normalizeCongressDate(typed);
  if (!checked.ok) return checked;
  const result: SaveResult = saveSetting(CONGRESS_SETTINGS_KEY, { date: checked.value }, CONGRESS_SETTINGS_NAME, storage);
  if (!result.ok) return { ok: false, problem: "storage", error: result.error };
  cached = { value: checked.value };
  listeners.forEach((l) => l());
  return { ok: true, value: checked.value };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function personalSnapshot(): string | undefined {
  if (!cached) cached = { value: loadPersonalCongressDate() };
  return cached.value;
}

/** The date in force and where it comes from. */
export interface CongressDateInForce {
  /** "YYYY-MM-DD", or "" while the congress is not known to have been held. */
  date: string;
  from: "lockedPack" | "personal" | "pack" | "none";
  /** The pack that set it (lockedPack, pack). */
  source?: ContentSource;
}

export function congressDateInForce(
  merged: Pick<MergedContent, "lockedCongressDate" | "congressDates">,
  personal: string | undefined,
): CongressDateInForce {
  const locked = merged.lockedCongressDate;
  if (locked) return { date: locked.date, from: "lockedPack", source: locked.source };
  if (personal !== undefined) return { date: personal, from: "personal" };
  const offered = merged.congressDates.find((c) => !c.locked);
  if (offered) return { date: offered.date, from: "pack", source: offered.source };
  return { date: "", from: "none" };
}

/** The options buildSkeleton and checkDocument take: the date only when one is known. */
export function congressOption(inForce: Pick<CongressDateInForce, "date">): { congressDate?: string } {
  return inForce.date ? { congressDate: inForce.date } : {};
}

/** The date in force for this pane, and the person's own value; re-renders when either changes. */
export function useCongressDate(): CongressDateInForce & { personal: string | undefined } {
  const packs = usePackCongressDates();
  const personal = useSyncExternalStore(subscribe, personalSnapshot, personalSnapshot);
  return useMemo(() => ({ ...congressDateInForce(packs, personal), personal }), [packs, personal]);
}
