import { webLightTheme, type Theme } from "@fluentui/react-components";

/** Office's theme colours (Office.context.officeTheme); absent outside Office. */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
}

/**
 * Dark Office themes (Black, Dark Grey) get Fluent's dark theme, loaded then (its own chunk); the
 * light theme, the usual case, is there at once.
 */
export function themeFor(officeTheme: OfficeThemeColors | undefined): Theme | Promise<Theme> {
  return isDark(officeTheme?.bodyBackgroundColor) ? import(/* webpackChunkName: "dark-theme" */ "./darkTheme").then((m) => m.webDarkTheme) : webLightTheme;
}

function isDark(color: string | undefined): boolean {
  const hex = color?.replace("#", "");
  if (!hex || !/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  // Relative luminance (sRGB approximation) below the mid-point reads as dark.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
