/**
 * State that belongs to the task pane rather than to one tab: a tab is unmounted when another
 * is opened, so what the person typed (the 数据 form, the 检查 results) lives here, keyed by
 * name, and a tab that opens again finds it as it was. A new pane (reload, or the preview
 * swapping documents) starts empty, and so does each test's render: the store is created by
 * PaneStateProvider, never held by the module.
 */
import { createContext, useCallback, useContext, useState, type ReactNode, type SetStateAction } from "react";

type Store = Map<string, unknown>;

const PaneStateContext = createContext<Store | null>(null);

/** Holds the pane's state for every tab below it. */
export function PaneStateProvider({ children }: { children: ReactNode }) {
  const [store] = useState<Store>(() => new Map());
  return <PaneStateContext.Provider value={store}>{children}</PaneStateContext.Provider>;
}

function usePaneStore(): Store {
  const store = useContext(PaneStateContext);
  if (!store) throw new Error("usePaneState outside PaneStateProvider");
  return store;
}

/**
 * Like useState, but kept in the pane under `key`. The store is written at once, so a result
 * that arrives after the tab was left (a scan still running) is there when it opens again.
 */
export function usePaneState<T>(key: string, initial: () => T): [T, (action: SetStateAction<T>) => void] {
  const store = usePaneStore();
  const [value, setValue] = useState<T>(() => {
    if (!store.has(key)) store.set(key, initial());
    return store.get(key) as T;
  });
  const set = useCallback(
    (action: SetStateAction<T>) => {
      const current = store.get(key) as T;
      const next = typeof action === "function" ? (action as (prev: T) => T)(current) : action;
      store.set(key, next);
      setValue(next);
    },
    [store, key],
  );
  return [value, set];
}

/** usePaneState with a reducer. */
export function usePaneReducer<S, A>(key: string, reducer: (state: S, action: A) => S, initial: () => S): [S, (action: A) => void] {
  const [state, set] = usePaneState(key, initial);
  const dispatch = useCallback((action: A) => set((prev) => reducer(prev, action)), [set, reducer]);
  return [state, dispatch];
}

/** Forgets the pane's entries whose key starts with one of `prefixes` (a tab's reset). */
export function useClearPaneState(): (prefixes: readonly string[]) => void {
  const store = usePaneStore();
  return useCallback(
    (prefixes: readonly string[]) => {
      for (const key of [...store.keys()]) if (prefixes.some((p) => key.startsWith(p))) store.delete(key);
    },
    [store],
  );
}
