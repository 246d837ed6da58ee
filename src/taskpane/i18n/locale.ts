import type { Bilingual } from "../../core/text/bilingual";

export type { Bilingual };

/** The two UI languages. Simplified Chinese first; English for every other display language. */
export type Locale = "zh-CN" | "en-US";

/** Office's display language (e.g. "zh-CN", "zh-TW", "en-GB") → the UI language we show. */
export function resolveLocale(displayLanguage: string | undefined | null): Locale {
  if (!displayLanguage) return "zh-CN";
  return displayLanguage.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}


export function pick(text: Bilingual, locale: Locale): string {
  // The one choice on the locale that every other goes through (the lint rule's exception).
  // eslint-disable-next-line no-restricted-syntax
  return locale === "zh-CN" ? text.zh : text.en;
}
