/** Requirement sets each simulated platform supports (see word-api.md "Requirement sets"). */
export type PlatformProfile = "web" | "windows" | "office2019" | "office2016";

const SETS: Record<PlatformProfile, Record<string, string>> = {
  web: { WordApi: "1.9", WordApiOnline: "1.1" },
  windows: { WordApi: "1.9", WordApiDesktop: "1.4" },
  office2019: { WordApi: "1.3" },
  // Volume-licensed Office 2016 (MSI): WordApi 1.1 only (Microsoft's Word requirement-set table).
  office2016: { WordApi: "1.1" },
};

function versionAtMost(wanted: string, have: string): boolean {
  const w = wanted.split(".").map(Number);
  const h = have.split(".").map(Number);
  for (let i = 0; i < Math.max(w.length, h.length); i++) {
    const a = w[i] ?? 0;
    const b = h[i] ?? 0;
    if (a !== b) return a < b;
  }
  return true;
}

/** Office.context.requirements.isSetSupported for a profile (version defaults to "1.1"). */
export function isSetSupported(profile: PlatformProfile, name: string, version?: string | number): boolean {
  const have = Object.entries(SETS[profile]).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  if (!have) return false;
  return versionAtMost(version === undefined ? "1.1" : String(version), have);
}

export const PLATFORM_NAME: Record<PlatformProfile, string> = { web: "OfficeOnline", windows: "PC", office2019: "PC", office2016: "PC" };
