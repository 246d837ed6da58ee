import { FORMATTED_ROLES, standardProfile, type FormatProfile } from "../../core/format";
import type { LengthTarget } from "../../core/checks";
import type { Bilingual } from "../../core/text/bilingual";
import { formatMessages } from "./messages";
import { readSetting, saveSetting, type SaveResult, type StorageLike, type TabStorage } from "../shell/settingsStore";

/** What the 排版与检查 tab keeps between sessions. */
export interface FormatSettings {
  /** The profile as edited (may be invalid: it is validated before use). */
  profile: FormatProfile;
  substituteFonts: boolean;
  lengthTarget: LengthTarget;
}

export const SETTINGS_KEY = "report-composer:format:v1";

/** What the 排版与检查 tab keeps; its check results live in the pane's memory (check:…). */
export const FORMAT_STORAGE: TabStorage = { keys: [SETTINGS_KEY], paneStatePrefixes: ["check:"] };

/** How messages name these settings. */
export const FORMAT_SETTINGS_NAME: Bilingual = formatMessages.settingsName;

export function defaultSettings(): FormatSettings {
  return { profile: structuredClone(standardProfile), substituteFonts: true, lengthTarget: {} };
}

/**
 * Reads the settings defensively and without writing: missing → defaults; unreadable → defaults
 * plus `corrupt`, and the raw text is noted so that keepUnreadable keeps it under a backup key
 * (after the first paint) and nothing the person saved is lost.
 */
export function loadSettings(storage?: Pick<StorageLike, "getItem" | "setItem">): { settings: FormatSettings; corrupt: boolean } {
  const read = readSetting<FormatSettings>(
    SETTINGS_KEY,
    (json) => {
      const parsed = json as Partial<FormatSettings> | null;
      if (!parsed || typeof parsed !== "object" || !hasProfileShape(parsed.profile)) return null;
      const defaults = defaultSettings();
      return {
        profile: parsed.profile,
        substituteFonts: typeof parsed.substituteFonts === "boolean" ? parsed.substituteFonts : defaults.substituteFonts,
        lengthTarget: parsed.lengthTarget && typeof parsed.lengthTarget === "object" ? parsed.lengthTarget : {},
      };
    },
    defaultSettings,
    storage,
  );
  return { settings: read.value, corrupt: read.corrupt };
}

export function saveSettings(settings: FormatSettings, storage?: Pick<StorageLike, "setItem">): SaveResult {
  return saveSetting(SETTINGS_KEY, settings, FORMAT_SETTINGS_NAME, storage);
}

/** Enough structure for the editor to show it; the values themselves are validated before use. */
function hasProfileShape(profile: unknown): profile is FormatProfile {
  if (!profile || typeof profile !== "object") return false;
  const { roles, pageMargins, name } = profile as Partial<FormatProfile>;
  return (
    !!roles && typeof roles === "object" && !!pageMargins && typeof pageMargins === "object" && !!name &&
    FORMATTED_ROLES.every((role) => typeof roles[role] === "object" && roles[role] !== null)
  );
}
