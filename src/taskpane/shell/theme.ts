import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Office's theme colours (Office.context.officeTheme); absent outside Office. */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
}

/** Dark Office themes (Black, Dark Grey) get Fluent's dark theme. */
export function themeFor(officeTheme: OfficeThemeColors | undefined): Theme {
  return isDark(officeTheme?.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}

function isDark(color: string | undefined): boolean {
  const hex = color?.replace("#", "");
  if (!hex || !/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  // Relative luminance (sRGB approximation) below the mid-point reads as dark.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
