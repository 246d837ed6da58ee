import { readSetting, saveSetting, type SaveResult, type TabStorage } from "../shell/settingsStore";
import type { Bilingual } from "../../core/text/bilingual";
import { skeletonMessages } from "./messages";
import type { SectionChoice } from "./selection";

export const SKELETON_SETTINGS_KEY = "report-composer:skeleton:v1";
const KEY = SKELETON_SETTINGS_KEY;

/**
 * What the 骨架 tab keeps: what 重置此标签的本地数据 backs up and removes. The personal genres
 * (content/personalGenres, shared with 内容包) are not listed: a reset here should not take them.
 */
export const SKELETON_STORAGE: TabStorage = { keys: [KEY] };

/** How messages name these settings. */
export const SKELETON_SETTINGS_NAME: Bilingual = skeletonMessages.settingsName;

export interface SkeletonSettings {
  genreId?: string;
  fields: Record<string, string>;
  choices: Record<string, SectionChoice>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** Only string values: a number or object where a field's text belongs would break the form. */
const stringsOnly = (v: unknown): Record<string, string> =>
  isRecord(v) ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === "string")) : {};

/**
 * The genre, field values and section choices last used; unreadable data falls back to defaults
 * (`corrupt`). Reads only: safe in a useState initialiser.
 */
export function readSkeletonSettings(): { settings: SkeletonSettings; corrupt: boolean } {
  const read = readSetting<SkeletonSettings>(
    KEY,
    (json) =>
      isRecord(json)
        ? {
            genreId: typeof json.genreId === "string" ? json.genreId : undefined,
            fields: stringsOnly(json.fields),
            choices: isRecord(json.choices) ? (json.choices as Record<string, SectionChoice>) : {},
          }
        : null,
    () => ({ fields: {}, choices: {} }),
  );
  return { settings: read.value, corrupt: read.corrupt };
}

/** The settings alone (defaults when unreadable). */
export function loadSkeletonSettings(): SkeletonSettings {
  return readSkeletonSettings().settings;
}

export function saveSkeletonSettings(settings: SkeletonSettings): SaveResult {
  return saveSetting(KEY, settings, SKELETON_SETTINGS_NAME);
}
