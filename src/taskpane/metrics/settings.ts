/** The person's decimals per unit, kept with the add-in's settings (not in the document). */
import type { Bilingual } from "../../core/text/bilingual";
import { metricsMessages } from "./messages";
import { readSetting, saveSetting, type SaveResult, type SettingRead, type StorageLike, type TabStorage } from "../shell/settingsStore";

export const METRICS_SETTINGS_STORAGE_KEY = "report-composer:metrics:v1";

/** What the 数据 tab keeps (the figures themselves are in the document, not here). */
export const METRICS_STORAGE: TabStorage = { keys: [METRICS_SETTINGS_STORAGE_KEY], paneStatePrefixes: ["metrics:"] };

/** How messages name these settings. */
export const METRICS_SETTINGS_NAME: Bilingual = metricsMessages.settingsName;

export interface MetricsSettings {
  decimals: Record<string, number>;
}

/**
 * Reads the settings without writing; corrupt content gives defaults and `corrupt: true` (the
 * raw text is noted, and kept aside by keepUnreadable after the first paint).
 */
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

export function saveMetricsSettings(settings: MetricsSettings, storage?: Pick<StorageLike, "setItem">): SaveResult {
  return saveSetting(METRICS_SETTINGS_STORAGE_KEY, settings, METRICS_SETTINGS_NAME, storage);
}
