import { webLightTheme, type Theme } from "@fluentui/react-components";
import type { Locale } from "../i18n/locale";

/** Office's theme colours (Office.context.officeTheme); absent outside Office. */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
}

/**
 * The pane's text faces. Fluent's own stack names only Latin faces, so every Chinese character
 * went to the system's fallback: slower (on Linux a font search per run, 6–8 ms of the first
 * layout measured in bench/startup.ts) and free to pick a Japanese or Traditional face. In Chinese
 * the faces of Office's own Chinese UI come first (Microsoft YaHei UI; PingFang SC on a Mac; Noto
 * Sans CJK SC elsewhere), Latin included, as in Word's ribbon; in English Segoe UI keeps the Latin
 * text and the same Chinese faces take the section titles and phrases, which stay Chinese.
 */
const CHINESE_FACES = `"Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC"`;
export const FONT_STACKS: Record<Locale, string> = {
  "zh-CN": `${CHINESE_FACES}, "Segoe UI", sans-serif`,
  "en-US": `"Segoe UI", -apple-system, BlinkMacSystemFont, ${CHINESE_FACES}, sans-serif`,
};

/**
 * Dark Office themes (Black, Dark Grey) get Fluent's dark theme, loaded then (its own chunk); the
 * light theme, the usual case, is there at once. Either with the locale's faces.
 */
export function themeFor(officeTheme: OfficeThemeColors | undefined, locale: Locale): Theme | Promise<Theme> {
  const withFaces = (theme: Theme): Theme => ({ ...theme, fontFamilyBase: FONT_STACKS[locale] });
  return isDark(officeTheme?.bodyBackgroundColor)
    ? import(/* webpackChunkName: "dark-theme" */ "./darkTheme").then((m) => withFaces(m.webDarkTheme))
    : withFaces(webLightTheme);
}

function isDark(color: string | undefined): boolean {
  const hex = color?.replace("#", "");
  if (!hex || !/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  // Relative luminance (sRGB approximation) below the mid-point reads as dark.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
