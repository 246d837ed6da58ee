import { createContext, useContext } from "react";
import type { Locale } from "./locale";

export const LocaleContext = createContext<Locale>("zh-CN");

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

type Template = string | ((...args: never[]) => string);

/**
 * Declares one feature's UI strings in both languages. The English table must have exactly the
 * keys of the Chinese one (the type checker enforces it), so no string ships in one language only.
 */
export function defineStrings<T extends Record<string, Template>>(table: { "zh-CN": T; "en-US": NoInfer<T> }) {
  return function useStrings(): T {
    return table[useLocale()];
  };
}
