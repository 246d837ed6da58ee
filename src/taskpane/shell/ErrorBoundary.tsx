/**
 * Error boundaries: a render failure in one tab shows what happened in that tab, with 重试 and
 * 重置此标签的本地数据 (the tab's stored data is first kept under a backup key, or downloaded
 * when storage is full); a failure outside the tabs shows a message for the whole pane instead of
 * a blank one. Nothing the person saved is removed without a copy.
 */
import { Component, Suspense, lazy, useState, type ErrorInfo, type ReactNode } from "react";
import { pick, type Bilingual } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { defineMessages } from "../../core/text/messages";
import { useClearPaneState } from "./paneState";
import type { TabStorage } from "./settingsStore";

// What a failure shows (message bars, reset, download) is its own chunk, loaded only when
// something has failed: none of it is parsed on a normal start.
const ShellFallback = lazy(() => import(/* webpackChunkName: "error-fallback" */ "./ErrorFallback").then((m) => ({ default: m.ShellFallback })));
const TabFallback = lazy(() => import(/* webpackChunkName: "error-fallback" */ "./ErrorFallback").then((m) => ({ default: m.TabFallback })));
const ResetNotice = lazy(() => import(/* webpackChunkName: "error-fallback" */ "./ErrorFallback").then((m) => ({ default: m.ResetNotice })));

export interface Failure {
  error: unknown;
}

/** Catches render failures below it; `fallback` replaces the children until `retry`. */
export class ErrorBoundary extends Component<
  { children: ReactNode; fallback: (failure: Failure, retry: () => void) => ReactNode; label: string },
  { failure: Failure | null }
> {
  override state: { failure: Failure | null } = { failure: null };

  static getDerivedStateFromError(error: unknown): { failure: Failure } {
    return { failure: { error } };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`[${this.props.label}] render failed:`, error, info.componentStack);
  }

  retry = (): void => this.setState({ failure: null });

  override render(): ReactNode {
    return this.state.failure ? this.props.fallback(this.state.failure, this.retry) : this.props.children;
  }
}

/** If even the failure's own chunk cannot load: the shell's message in plain HTML. */
const SHELL_PLAIN = defineMessages({
  "zh-CN": { text: "报告助手出错了：任务窗格无法显示。请重新加载任务窗格。" },
  "en-US": { text: "Report Composer ran into a problem: the task pane cannot be shown. Reload the pane." },
}).text;

/** Around the whole pane: what happened, 重试, 重新加载. */
export function ShellBoundary({ children }: { children: ReactNode }) {
  const locale = useLocale();
  return (
    <ErrorBoundary
      label="shell"
      fallback={(failure, retry) => (
        <ErrorBoundary label="shell fallback" fallback={() => <p role="alert" style={{ padding: 12 }}>{pick(SHELL_PLAIN, locale)}</p>}>
          <Suspense fallback={null}>
            <ShellFallback failure={failure} retry={retry} />
          </Suspense>
        </ErrorBoundary>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}

/**
 * Around one tab: a render failure shows what happened, 重试, and (when the tab declares its
 * storage) 重置此标签的本地数据. After a reset the tab is loaded again under a notice that
 * says where the old data went.
 */
export function TabBoundary({ tab, name, storage, children }: { tab: string; name: Bilingual; storage?: () => Promise<TabStorage>; children: ReactNode }) {
  const locale = useLocale();
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const clearPaneState = useClearPaneState();
  const label = pick(name, locale);

  const reloadAfterReset = (declared: TabStorage, text: string) => {
    if (declared.paneStatePrefixes) clearPaneState(declared.paneStatePrefixes);
    setNotice(text);
    setGeneration((g) => g + 1);
  };

  return (
    <>
      {notice && (
        <Suspense fallback={null}>
          <ResetNotice notice={notice} onDismiss={() => setNotice(null)} />
        </Suspense>
      )}
      <ErrorBoundary
        key={generation}
        label={`tab ${tab}`}
        fallback={(failure) => (
          <Suspense fallback={null}>
            <TabFallback
              tab={tab}
              label={label}
              failure={failure}
              storage={storage}
              onRetry={() => setGeneration((g) => g + 1)}
              onReset={reloadAfterReset}
            />
          </Suspense>
        )}
      >
        {children}
      </ErrorBoundary>
    </>
  );
}
