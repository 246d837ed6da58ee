/** The person's decimals per unit, kept in localStorage (an add-in setting, not the document's). */
export const METRICS_SETTINGS_STORAGE_KEY = "report-composer:metrics:v1";

export interface MetricsSettings {
  decimals: Record<string, number>;
}

/** Reads the settings; corrupt content gives defaults and `corrupt: true` (the raw text is kept aside). */
export function loadMetricsSettings(storage: Pick<Storage, "getItem" | "setItem"> | undefined = globalThis.localStorage): { settings: MetricsSettings; corrupt: boolean } {
  const defaults: MetricsSettings = { decimals: {} };
  let raw: string | null = null;
  try {
    raw = storage?.getItem(METRICS_SETTINGS_STORAGE_KEY) ?? null;
  } catch {
    return { settings: defaults, corrupt: false };
  }
  if (raw === null) return { settings: defaults, corrupt: false };
  try {
    const parsed: unknown = JSON.parse(raw);
    const decimals = (parsed as { decimals?: unknown } | null)?.decimals;
    if (!decimals || typeof decimals !== "object") throw new Error("no decimals");
    const clean: Record<string, number> = {};
    for (const [unit, n] of Object.entries(decimals)) if (Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 6) clean[unit] = n as number;
    return { settings: { decimals: clean }, corrupt: false };
  } catch {
    try {
      storage?.setItem(`${METRICS_SETTINGS_STORAGE_KEY}:corrupt`, raw);
    } catch {
      // Nothing more we can do; defaults still apply.
    }
    return { settings: defaults, corrupt: true };
  }
}

export function saveMetricsSettings(settings: MetricsSettings, storage: Pick<Storage, "setItem"> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(METRICS_SETTINGS_STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage full or blocked: the setting lasts for this session only.
  }
}
