import { FORMATTED_ROLES, standardProfile, type FormatProfile } from "../../core/format";
import type { LengthTarget } from "../../core/checks";

/** What the 排版与检查 tab keeps between sessions. */
export interface FormatSettings {
  /** The profile as edited (may be invalid: it is validated before use). */
  profile: FormatProfile;
  substituteFonts: boolean;
  lengthTarget: LengthTarget;
}

export const SETTINGS_KEY = "report-composer:format:v1";

export function defaultSettings(): FormatSettings {
  return { profile: structuredClone(standardProfile), substituteFonts: true, lengthTarget: {} };
}

/**
 * Reads the settings defensively: missing → defaults; unreadable → defaults plus `corrupt`, and
 * the raw text is kept under a backup key so nothing the person saved is lost.
 */
export function loadSettings(storage: Pick<Storage, "getItem" | "setItem"> | null): { settings: FormatSettings; corrupt: boolean } {
  const raw = safe(() => storage?.getItem(SETTINGS_KEY) ?? null, null);
  if (raw === null) return { settings: defaultSettings(), corrupt: false };
  try {
    const parsed = JSON.parse(raw) as Partial<FormatSettings>;
    if (!parsed || typeof parsed !== "object" || !hasProfileShape(parsed.profile)) throw new Error("shape");
    const defaults = defaultSettings();
    return {
      settings: {
        profile: parsed.profile,
        substituteFonts: typeof parsed.substituteFonts === "boolean" ? parsed.substituteFonts : defaults.substituteFonts,
        lengthTarget: parsed.lengthTarget && typeof parsed.lengthTarget === "object" ? parsed.lengthTarget : {},
      },
      corrupt: false,
    };
  } catch {
    safe(() => storage?.setItem(`${SETTINGS_KEY}:corrupt-backup`, raw), undefined);
    return { settings: defaultSettings(), corrupt: true };
  }
}

export function saveSettings(storage: Pick<Storage, "setItem"> | null, settings: FormatSettings): void {
  safe(() => storage?.setItem(SETTINGS_KEY, JSON.stringify(settings)), undefined);
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

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback; // storage disabled (private mode, policy): settings live for this session only
  }
}

export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
