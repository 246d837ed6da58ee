import type { Bilingual } from "./bilingual";

type Template = string | ((...args: never[]) => string);

/** A table's keys, each a Bilingual (a string entry) or a function returning one (a template). */
export type Messages<T extends Record<string, Template>> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => Bilingual : Bilingual;
};

/**
 * Declares messages in both languages, the same shape as the task pane's `defineStrings` (one
 * table per language, the English one with exactly the Chinese one's keys, checked by the type
 * checker), for code that returns a `Bilingual` rather than rendering: src/core, and task-pane
 * modules outside React. Each key becomes a `Bilingual`, or a function returning one.
 */
export function defineMessages<T extends Record<string, Template>>(table: { "zh-CN": T; "en-US": NoInfer<T> }): Messages<T> {
  const zh = table["zh-CN"];
  const en = table["en-US"];
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(zh)) {
    const z = zh[key];
    const e = en[key];
    out[key] =
      typeof z === "function" && typeof e === "function"
        ? (...args: never[]) => ({ zh: z(...args), en: e(...args) })
        : { zh: String(z), en: String(e) };
  }
  return out as Messages<T>;
}
