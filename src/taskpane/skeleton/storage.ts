import type { SectionChoice } from "./selection";

const KEY = "report-composer:skeleton:v1";

export interface SkeletonSettings {
  genreId?: string;
  fields: Record<string, string>;
  choices: Record<string, SectionChoice>;
}

/** Reads the saved settings; anything unreadable falls back to defaults (the raw text is kept). */
export function loadSkeletonSettings(): SkeletonSettings {
  const empty: SkeletonSettings = { fields: {}, choices: {} };
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return empty;
    const parsed = JSON.parse(raw) as Partial<SkeletonSettings>;
    return {
      genreId: typeof parsed.genreId === "string" ? parsed.genreId : undefined,
      fields: parsed.fields && typeof parsed.fields === "object" ? parsed.fields : {},
      choices: parsed.choices && typeof parsed.choices === "object" ? parsed.choices : {},
    };
  } catch {
    const raw = safeGet(KEY);
    if (raw !== null) safeSet(`${KEY}:corrupt-backup`, raw);
    return empty;
  }
}

export function saveSkeletonSettings(settings: SkeletonSettings): void {
  safeSet(KEY, JSON.stringify(settings));
}

function safeGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function safeSet(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage full or disabled (private mode): the settings live for this session only.
  }
}
