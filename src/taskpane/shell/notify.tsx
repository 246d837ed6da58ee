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
export type ToastRequest = { intent: Intent; text: string } | { error: unknown };

/**
 * Between show() and the toaster. Fluent's toasts (and their motion) are their own chunk
 * (Toasts.tsx), loaded in idle time once the first tab is shown, or at once when a toast is asked for
 * earlier; what is shown before it is there waits here, in order.
 */
export class ToastQueue {
  private pending: ToastRequest[] = [];
  private listener: ((toast: ToastRequest) => void) | null = null;
  private wake: (() => void) | null = null;

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

const NotifyContext = createContext<Notifier | null>(null);
const QueueContext = createContext<ToastQueue | null>(null);

export function NotifyProvider({ children }: { children: ReactNode }) {
  const [queue] = useState(() => new ToastQueue());
  const locale = useLocale();

  const notifier = useMemo<Notifier>(() => {
    const show = (intent: Intent, message: Bilingual | string) => queue.push({ intent, text: typeof message === "string" ? message : pick(message, locale) });
    return {
      show,
      error: (error: unknown) => queue.push({ error }),
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

export function useNotify(): Notifier {
  const notifier = useContext(NotifyContext);
  if (!notifier) throw new Error("useNotify outside NotifyProvider");
  return notifier;
}
