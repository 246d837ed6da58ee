/** The person's decimals per unit, kept with the add-in's settings (not in the document). */
import { readSetting, writeSetting, type SettingRead, type StorageLike } from "../shell/settingsStore";

export const METRICS_SETTINGS_STORAGE_KEY = "report-composer:metrics:v1";

export interface MetricsSettings {
  decimals: Record<string, number>;
}

/** Reads the settings; corrupt content gives defaults and `corrupt: true` (the raw text is kept aside). */
export function loadMetricsSettings(storage?: Pick<StorageLike, "getItem" | "setItem">): { settings: MetricsSettings; corrupt: boolean } {
  const read: SettingRead<MetricsSettings> = readSetting(
    METRICS_SETTINGS_STORAGE_KEY,
    (json) => {
      const decimals = (json as { decimals?: unknown } | null)?.decimals;
      if (!decimals || typeof decimals !== "object") return null;
      const clean: Record<string, number> = {};
      for (const [unit, n] of Object.entries(decimals)) if (Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 6) clean[unit] = n as number;
      return { decimals: clean };
    },
    () => ({ decimals: {} }),
    storage,
  );
  return { settings: read.value, corrupt: read.corrupt };
}

export function saveMetricsSettings(settings: MetricsSettings, storage?: Pick<StorageLike, "setItem">): void {
  writeSetting(METRICS_SETTINGS_STORAGE_KEY, settings, storage);
}
