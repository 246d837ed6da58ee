/**
 * The content-pack store for the whole pane, provided above the tabs. The store's code (and the
 * pack schemas it validates with) is its own chunk, off the first paint; a component that needs
 * it suspends until it is there (the tabs already sit in a Suspense).
 */
import { createContext, use, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { defineMessages } from "../../core/text/messages";
import { TAB_NAMES } from "../shell/tabNames";
import { useNotify } from "../shell/notify";
import { afterFirstTab } from "../shell/afterFirstTab";
import { hasStoredSources } from "./storedSources";
import type { ContentStore } from "./store";

const messages = defineMessages({
  "zh-CN": { migrated: (url: string) => `原“团队短语库”（${url}）已转为内容包，在“${TAB_NAMES.packs.zh}”页面管理。` },
  "en-US": { migrated: (url: string) => `The team phrase library (${url}) is now a content pack, managed on the ${TAB_NAMES.packs.en} page.` },
});

/**
 * The provider's hold on the store: its chunk is asked for once (load), and whether the first tab
 * may render without it (no stored pack, so the store would add nothing to built-in content).
 */
class ContentHolder {
  private promise: Promise<ContentStore> | null = null;
  private store: ContentStore | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly loaded: Promise<ContentStore>;
  private resolveLoaded!: (store: ContentStore) => void;

  constructor(
    private readonly create: () => Promise<ContentStore>,
    /** No pack is stored: until the store is there, content is the built-in and personal one. */
    readonly optional: boolean,
  ) {
    this.loaded = new Promise((resolve) => (this.resolveLoaded = resolve));
    // Rejections reach the components that use the store (their boundary reports them).
    this.loaded.catch(() => undefined);
  }

  /** Asks for the store's chunk (once) and returns the store's promise. */
  load(): Promise<ContentStore> {
    if (!this.promise) {
      this.promise = this.create();
      this.promise.then(
        (store) => {
          this.store = store;
          this.resolveLoaded(store);
          this.listeners.forEach((l) => l());
        },
        () => undefined,
      );
    }
    return this.promise;
  }

  /** Settles when the store is there, whoever asked for it. */
  whenLoaded(): Promise<ContentStore> {
    return this.loaded;
  }

  readonly current = (): ContentStore | null => this.store;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const StoreContext = createContext<ContentHolder | null>(null);

/** Opens the 内容包 page (set by the shell; a no-op where there is none). */
export const OpenPacksContext = createContext<() => void>(() => undefined);

function createDefaultStore(): Promise<ContentStore> {
  // The settings store comes with it (its own code is not needed before then).
  return Promise.all([import(/* webpackChunkName: "content" */ "./store"), import(/* webpackChunkName: "content" */ "../shell/settingsStore")]).then(
    ([{ ContentStore }, { addinStorage }]) => new ContentStore({ storage: addinStorage() }),
  );
}

/**
 * With a pack stored, the store's chunk is asked for at once (the first tab waits for the
 * packs' genres); without one, in idle time once the first tab is shown, or when a tab asks for it.
 * Stores given by tests load at once.
 */
export function ContentProvider({ children, createStore }: { children: ReactNode; createStore?: () => Promise<ContentStore> }) {
  const [holder] = useState(() => {
    const made = new ContentHolder(createStore ?? createDefaultStore, !createStore && !hasStoredSources());
    if (!made.optional) void made.load().catch(() => undefined);
    return made;
  });
  const notify = useNotify();
  const flushed = useRef(false);
  useEffect(() => (holder.optional ? afterFirstTab(() => void holder.load().catch(() => undefined)) : undefined), [holder]);
  // What loading queued (the old team library's migration, backups of unreadable copies) is
  // written here, once, after the first render, never during one.
  useEffect(() => {
    let live = true;
    void holder.whenLoaded().then(
      (s) => {
        // A later run of this effect (its notifier changed meanwhile) says it instead.
        if (flushed.current || !live) return;
        flushed.current = true;
        const migrated = s.getState().migratedTeamUrl;
        const failure = s.flushPending();
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
  }, [holder, notify]);
  return <StoreContext.Provider value={holder}>{children}</StoreContext.Provider>;
}

function useHolder(): ContentHolder {
  const holder = useContext(StoreContext);
  if (!holder) throw new Error("useContentStore outside ContentProvider");
  return holder;
}

/** The pane's content store; suspends while its chunk loads (and asks for it if no one has). */
export function useContentStore(): ContentStore {
  return use(useHolder().load());
}

/**
 * The content store once it is there, or null while it is not and no pack is stored (the caller
 * shows built-in and personal content meanwhile, and re-renders when it arrives). Suspends
 * like useContentStore when a pack is stored.
 */
export function useContentStoreIfNeeded(): ContentStore | null {
  const holder = useHolder();
  const store = useSyncExternalStore(holder.subscribe, holder.current, holder.current);
  if (store) return store;
  return holder.optional ? null : use(holder.load());
}
