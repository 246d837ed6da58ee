import { FORMATTED_ROLES, type FormatProfile, type FormattedRole } from "./types";

export interface FontFallback {
  font: string;
  /** Set bold to make up for a lighter face (宋体 standing in for 小标宋). */
  bold?: boolean;
}

/**
 * Substitutes for the official fonts, best first. Windows lists Chinese fonts under both their
 * Chinese and English names, so both are tried.
 */
export const fontFallbacks: Readonly<Record<string, readonly FontFallback[]>> = {
  仿宋_GB2312: [{ font: "仿宋" }, { font: "FangSong" }, { font: "FangSong_GB2312" }],
  楷体_GB2312: [{ font: "楷体" }, { font: "KaiTi" }, { font: "KaiTi_GB2312" }],
  方正小标宋简体: [
    { font: "方正小标宋_GBK" },
    { font: "FZXiaoBiaoSong-B05S" },
    { font: "宋体", bold: true },
    { font: "SimSun", bold: true },
  ],
  黑体: [{ font: "SimHei" }, { font: "微软雅黑" }, { font: "Microsoft YaHei" }],
  仿宋: [{ font: "FangSong" }, { font: "仿宋_GB2312" }],
  楷体: [{ font: "KaiTi" }, { font: "楷体_GB2312" }],
  宋体: [{ font: "SimSun" }],
  "Times New Roman": [{ font: "Times" }],
};

export interface FontSubstitution {
  role: FormattedRole;
  slot: "eastAsian" | "latin";
  from: string;
  to: string;
}

export interface ResolvedFonts {
  profile: FormatProfile;
  substitutions: FontSubstitution[];
  /** Fonts with no installed substitute either: Word will pick its own. */
  missing: Array<{ role: FormattedRole; slot: "eastAsian" | "latin"; font: string }>;
  /** True when the platform could not list its fonts: the profile is kept as it is. */
  unknown: boolean;
}

/**
 * Replaces fonts that are not installed by their first installed fallback. With `availableFonts`
 * null (Word on the web and others cannot list fonts) nothing changes and `unknown` is true.
 */
export function resolveFonts(profile: FormatProfile, availableFonts: ReadonlySet<string> | null): ResolvedFonts {
  if (availableFonts === null) return { profile, substitutions: [], missing: [], unknown: true };
  const installed = new Set([...availableFonts].map((f) => f.trim().toLowerCase()));
  const has = (font: string) => installed.has(font.trim().toLowerCase());
  const substitutions: FontSubstitution[] = [];
  const missing: ResolvedFonts["missing"] = [];
  const roles = { ...profile.roles };

  for (const role of FORMATTED_ROLES) {
    let format = { ...roles[role] };
    for (const slot of ["eastAsian", "latin"] as const) {
      const key = slot === "eastAsian" ? "eastAsianFont" : "latinFont";
      const font = format[key];
      if (has(font)) continue;
      const fallback = (fontFallbacks[font] ?? []).find((candidate) => has(candidate.font));
      if (!fallback) {
        missing.push({ role, slot, font });
        continue;
      }
      format = { ...format, [key]: fallback.font, bold: format.bold || (slot === "eastAsian" && fallback.bold === true) };
      substitutions.push({ role, slot, from: font, to: fallback.font });
    }
    roles[role] = format;
  }
  return { profile: { ...profile, roles }, substitutions, missing, unknown: false };
}
