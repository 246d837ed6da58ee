import { Suspense, lazy, useState, type ReactNode } from "react";
import { FluentProvider, Spinner, Tab, TabList, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import type { Locale } from "./i18n/locale";
import { LocaleContext, defineStrings } from "./i18n/strings";
import { NotifyProvider } from "./shell/notify";
import { PaneStateProvider } from "./shell/paneState";

// Each tab (with its data: genres, the phrase library, the checker) is its own chunk, loaded
// when first opened, so the task pane's shell paints at once.
// The first tab's chunk is requested as soon as this module runs, in parallel with React's start.
const firstTab = import(/* webpackChunkName: "tab-skeleton" */ "./skeleton/SkeletonTab");
const SkeletonTab = lazy(() => firstTab.then((m) => ({ default: m.SkeletonTab })));
const SnippetsTab = lazy(() => import(/* webpackChunkName: "tab-snippets" */ "./snippets/SnippetsTab").then((m) => ({ default: m.SnippetsTab })));
const MetricsTab = lazy(() => import(/* webpackChunkName: "tab-metrics" */ "./metrics/MetricsTab").then((m) => ({ default: m.MetricsTab })));
const FormatTab = lazy(() => import(/* webpackChunkName: "tab-format" */ "./format/FormatTab").then((m) => ({ default: m.FormatTab })));

export type TabId = "skeleton" | "snippets" | "metrics" | "format";

const useStrings = defineStrings({
  "zh-CN": { appName: "报告助手", skeleton: "骨架", snippets: "短语", metrics: "数据", format: "排版与检查", tabs: "功能", loading: "正在加载…" },
  "en-US": { appName: "Report Composer", skeleton: "Skeleton", snippets: "Phrases", metrics: "Data", format: "Format & check", tabs: "Features", loading: "Loading…" },
});

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100%", minHeight: 0 },
  header: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  panel: { flex: 1, overflowY: "auto", padding: tokens.spacingHorizontalM, minHeight: 0 },
});

const PANELS: Record<TabId, () => ReactNode> = {
  skeleton: () => <SkeletonTab />,
  snippets: () => <SnippetsTab />,
  metrics: () => <MetricsTab />,
  format: () => <FormatTab />,
};

export function App({ locale, theme, initialTab = "skeleton" }: { locale: Locale; theme: Theme; initialTab?: TabId }) {
  return (
    <LocaleContext.Provider value={locale}>
      <FluentProvider theme={theme} style={{ height: "100%" }} lang={locale}>
        <NotifyProvider>
          <PaneStateProvider><Shell initialTab={initialTab} /></PaneStateProvider>
        </NotifyProvider>
      </FluentProvider>
    </LocaleContext.Provider>
  );
}

function Shell({ initialTab }: { initialTab: TabId }) {
  const strings = useStrings();
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>(initialTab);
  const tabs: TabId[] = ["skeleton", "snippets", "metrics", "format"];
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{strings.appName}</h1>
        <TabList
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as TabId)}
          aria-label={strings.tabs}
          size="small"
        >
          {tabs.map((id) => (
            <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
              {strings[id]}
            </Tab>
          ))}
        </TabList>
      </header>
      <main className={styles.panel} role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        <Suspense fallback={<Spinner size="small" label={strings.loading} />}>{PANELS[tab]()}</Suspense>
      </main>
    </div>
  );
}
