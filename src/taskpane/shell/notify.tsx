import { Suspense, createContext, lazy, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { pick, type Bilingual } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { afterFirstTab } from "./afterFirstTab";

export type Intent = "success" | "error" | "warning" | "info";

export interface Notifier {
  /**
   * Shows what went wrong in plain words, never only in the console. A refusal (an action turned
   * down before anything was written: cursor in a table, nothing selected …) is a warning to act on.
   */
  error(error: unknown): void;
  show(intent: Intent, message: Bilingual | string): void;
}

/**
 * One toast to show: its text already in the pane's language, or an error that Toasts.tsx puts
 * in words (the Word errors' descriptions come with that chunk, not the first one).
 */
export type ToastRequest = ({ intent: Intent; text: string } | { error: unknown }) & { from?: ToastView };

/** The tab or page a toast was asked for from: it belongs there, not to the next one opened. */
export interface ToastView {
  key: string;
  name: Bilingual;
}

/**
 * Between show() and the toaster. Fluent's toasts (and their motion) are their own chunk
 * (Toasts.tsx), loaded in idle time once the first tab is shown, or at once when a toast is asked for
 * earlier; what is shown before it is there waits here, in order.
 */
export class ToastQueue {
  private pending: ToastRequest[] = [];
  private listener: ((toast: ToastRequest) => void) | null = null;
  private wake: (() => void) | null = null;
  private viewListener: (() => void) | null = null;
  /** The key of the tab or page shown now. */
  view: string | null = null;

  /** The person opened another tab or page: the toaster drops what belonged to the last one. */
  setView(key: string): void {
    if (key === this.view) return;
    const changed = this.view !== null;
    this.view = key;
    if (changed) this.viewListener?.();
  }

  /** The toaster's listener for view changes; returns its detach. */
  onViewChange(listener: () => void): () => void {
    this.viewListener = listener;
    return () => {
      if (this.viewListener === listener) this.viewListener = null;
    };
  }

  push(toast: ToastRequest): void {
    if (this.listener) this.listener(toast);
    else {
      this.pending.push(toast);
      this.wake?.();
    }
  }

  /** The toaster takes the waiting toasts and every later one; returns its detach. */
  attach(listener: (toast: ToastRequest) => void): () => void {
    this.listener = listener;
    for (const toast of this.pending.splice(0)) listener(toast);
    return () => {
      if (this.listener === listener) this.listener = null;
    };
  }

  /** Called (once) when a toast waits for the toaster; at once if one already does. */
  onWaiting(wake: () => void): () => void {
    this.wake = wake;
    if (this.pending.length > 0) wake();
    return () => {
      if (this.wake === wake) this.wake = null;
    };
  }
}

/** The provider's notifier: each toast tagged with the view it came from, when there is one. */
interface ViewNotifier {
  show(intent: Intent, message: Bilingual | string, from: ToastView | null): void;
  error(error: unknown, from: ToastView | null): void;
}

const NotifyContext = createContext<ViewNotifier | null>(null);
const QueueContext = createContext<ToastQueue | null>(null);
const ViewContext = createContext<ToastView | null>(null);

export function NotifyProvider({ children }: { children: ReactNode }) {
  const [queue] = useState(() => new ToastQueue());
  const locale = useLocale();

  const notifier = useMemo<ViewNotifier>(() => {
    const tagged = (from: ToastView | null) => (from ? { from } : {});
    return {
      show: (intent, message, from) => queue.push({ intent, text: typeof message === "string" ? message : pick(message, locale), ...tagged(from) }),
      error: (error, from) => queue.push({ error, ...tagged(from) }),
    };
  }, [queue, locale]);
  return (
    <NotifyContext.Provider value={notifier}>
      <QueueContext.Provider value={queue}>{children}</QueueContext.Provider>
    </NotifyContext.Provider>
  );
}

/** A tab's sticky footer (骨架's 插入完整骨架 …) marks itself with this attribute: toasts sit above it. */
export const PANE_FOOTER_ATTRIBUTE = "data-pane-footer";

const Toasts = lazy(() => import(/* webpackChunkName: "toasts" */ "./Toasts").then((m) => ({ default: m.Toasts })));

/**
 * Where toasts appear (Toasts.tsx): inline in the panel, above a tab's sticky footer. The toaster
 * is loaded in idle time once the first tab is shown, or as soon as a toast waits for it.
 */
export function ToastArea() {
  const queue = useContext(QueueContext);
  const [load, setLoad] = useState(false);
  useEffect(() => {
    if (!queue || load) return;
    const wake = () => setLoad(true);
    const stopWaiting = queue.onWaiting(wake);
    const cancelIdle = afterFirstTab(wake);
    return () => {
      stopWaiting();
      cancelIdle();
    };
  }, [queue, load]);
  if (!queue || !load) return null;
  return (
    <Suspense fallback={null}>
      <Toasts queue={queue} />
    </Suspense>
  );
}

/**
 * The tab or page shown (`viewKey`, named `name`): toasts asked for from within it belong to it.
 * Opening another one clears them; one that arrives after the person left (a long 填入 finishing)
 * is shown with its tab's name.
 */
export function ToastViewProvider({ viewKey, name, children }: { viewKey: string; name: Bilingual; children: ReactNode }) {
  const queue = useContext(QueueContext);
  const view = useMemo(() => ({ key: viewKey, name }), [viewKey, name]);
  useEffect(() => queue?.setView(viewKey), [queue, viewKey]);
  return <ViewContext.Provider value={view}>{children}</ViewContext.Provider>;
}

export function useNotify(): Notifier {
  const notifier = useContext(NotifyContext);
  const view = useContext(ViewContext);
  if (!notifier) throw new Error("useNotify outside NotifyProvider");
  return useMemo(() => ({ show: (intent, message) => notifier.show(intent, message, view), error: (error) => notifier.error(error, view) }), [notifier, view]);
}
