/**
 * Where the pane's personal-genres store lives. Only a holder is created at start: the store is
 * made by the first tab that asks (usePersonalGenresStore), and the stored list's reader (zod and
 * the genre schema) is its own chunk, asked for here at once when a list is stored, and otherwise
 * only when a genre is about to be saved: the first paint parses no schema.
 */
import { createContext, createElement, useState, type ReactNode } from "react";
import type { PersonalGenresStore } from "./personalGenres";

export const PERSONAL_GENRES_KEY = "report-composer:personal-genres:v1";

export interface PersonalGenresHolder {
  store?: PersonalGenresStore;
}

export const PersonalGenresContext = createContext<PersonalGenresHolder | null>(null);

/** The stored list's reader (one chunk, fetched once however often asked). */
export const storedGenresChunk = () => import(/* webpackChunkName: "personal-genres" */ "./personalGenresSchema");

/** Read from localStorage itself: where it is disabled the add-in's storage starts empty (settingsStore). */
function hasStoredGenres(): boolean {
  try {
    return window.localStorage.getItem(PERSONAL_GENRES_KEY) !== null;
  } catch {
    return false;
  }
}

/** Gives the tabs below it one personal-genres store: `store`, or one over the add-in's storage, made when first asked for. */
export function PersonalGenresProvider({ store, children }: { store?: PersonalGenresStore; children: ReactNode }) {
  const [holder] = useState<PersonalGenresHolder>(() => {
    // A stored list is read by the first tab: its reader comes alongside the tab's own chunk.
    if (!store && hasStoredGenres()) void storedGenresChunk().catch(() => undefined);
    return store ? { store } : {};
  });
  return createElement(PersonalGenresContext.Provider, { value: holder }, children);
}
