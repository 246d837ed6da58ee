/**
 * Where the pane's personal-genres store lives. Only a holder is created at start: the store (and
 * the zod schema it reads with) is made by the first tab that asks (usePersonalGenresStore), so the
 * first paint does not parse the genre schema.
 */
import { createContext, createElement, useState, type ReactNode } from "react";
import type { PersonalGenresStore } from "./personalGenres";

export interface PersonalGenresHolder {
  store?: PersonalGenresStore;
}

export const PersonalGenresContext = createContext<PersonalGenresHolder | null>(null);

/** Gives the tabs below it one personal-genres store: `store`, or one over the add-in's storage, made when first asked for. */
export function PersonalGenresProvider({ store, children }: { store?: PersonalGenresStore; children: ReactNode }) {
  const [holder] = useState<PersonalGenresHolder>(() => (store ? { store } : {}));
  return createElement(PersonalGenresContext.Provider, { value: holder }, children);
}
