import { readSetting, writeSetting } from "../shell/settingsStore";
import type { SectionChoice } from "./selection";

const KEY = "report-composer:skeleton:v1";

export interface SkeletonSettings {
  genreId?: string;
  fields: Record<string, string>;
  choices: Record<string, SectionChoice>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** The genre, field values and section choices last used; unreadable data falls back to defaults. */
export function loadSkeletonSettings(): SkeletonSettings {
  return readSetting<SkeletonSettings>(
    KEY,
    (json) =>
      isRecord(json)
        ? {
            genreId: typeof json.genreId === "string" ? json.genreId : undefined,
            fields: isRecord(json.fields) ? (json.fields as Record<string, string>) : {},
            choices: isRecord(json.choices) ? (json.choices as Record<string, SectionChoice>) : {},
          }
        : null,
    () => ({ fields: {}, choices: {} }),
  ).value;
}

export function saveSkeletonSettings(settings: SkeletonSettings): void {
  writeSetting(KEY, settings);
}
