/**
 * The content-pack store for the whole pane, provided above the tabs. The store's code (and the
 * pack schemas it validates with) is its own chunk, loaded at once but off the first paint; a
 * component that needs it suspends until it is there (the tabs already sit in a Suspense).
 */
import { createContext, use, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { defineMessages } from "../../core/text/messages";
import { TAB_NAMES } from "../shell/tabNames";
import { useNotify } from "../shell/notify";
import type { ContentStore } from "./store";

const messages = defineMessages({
  "zh-CN": { migrated: (url: string) => `原“团队短语库”（${url}）已转为内容包，在“${TAB_NAMES.packs.zh}”页面管理。` },
  "en-US": { migrated: (url: string) => `The team phrase library (${url}) is now a content pack, managed on the ${TAB_NAMES.packs.en} page.` },
});

const StoreContext = createContext<Promise<ContentStore> | null>(null);

/** Opens the 内容包 page (set by the shell; a no-op where there is none). */
export const OpenPacksContext = createContext<() => void>(() => undefined);

function createDefaultStore(): Promise<ContentStore> {
  // The settings store comes with it (its own code is not needed before then).
  return Promise.all([import(/* webpackChunkName: "content" */ "./store"), import(/* webpackChunkName: "content" */ "../shell/settingsStore")]).then(
    ([{ ContentStore }, { addinStorage }]) => new ContentStore({ storage: addinStorage() }),
  );
}

export function ContentProvider({ children, createStore = createDefaultStore }: { children: ReactNode; createStore?: () => Promise<ContentStore> }) {
  const [store] = useState(createStore);
  const notify = useNotify();
  const flushed = useRef(false);
  // What loading queued (the old team library's migration, backups of unreadable copies) is
  // written here, once, after the first render, never during one.
  useEffect(() => {
    let live = true;
    void store.then(
      (s) => {
        if (flushed.current) return;
        flushed.current = true;
        const migrated = s.getState().migratedTeamUrl;
        const failure = s.flushPending();
        if (!live) return;
        if (failure) notify.show("warning", failure);
        else if (migrated) {
          notify.show("info", messages.migrated(migrated));
        }
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [store, notify]);
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The pane's content store; suspends while its chunk loads. */
export function useContentStore(): ContentStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useContentStore outside ContentProvider");
  return use(store);
}
