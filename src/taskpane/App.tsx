import { Suspense, lazy, useEffect, useState, type KeyboardEvent, type ReactNode } from "react";
import { Button, FluentProvider, Spinner, Tab, TabList, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import type { Locale } from "./i18n/locale";
import { LocaleContext, defineStrings, useLocale } from "./i18n/strings";
import { Stethoscope20Regular } from "@fluentui/react-icons";
import { NotifyProvider, ToastArea } from "./shell/notify";
import { TypeaheadProvider, createTypeahead, typedCharacter } from "./shell/typeahead";
import { ActionOwnerContext, useRunningOperation } from "./shell/useWordAction";
import { PaneStores } from "./paneStores";
import { ShellBoundary, TabBoundary } from "./shell/ErrorBoundary";
import { TAB_STORAGE } from "./shell/tabStorage";
import { OpenPacksContext } from "./content/ContentContext";
import { installDialogFocusReturn } from "./shell/focusReturn";
import { OpenTabContext } from "./shell/openTab";

// Each tab (with its data: genres, the phrase library, the checker) is its own chunk, loaded
// when first opened, so the task pane's shell paints at once.
// The first tab's chunk is requested as soon as this module runs, in parallel with React's start.
const firstTab = import(/* webpackChunkName: "tab-skeleton" */ "./skeleton/SkeletonTab");
const SkeletonTab = lazy(() => firstTab.then((m) => ({ default: m.SkeletonTab })));
const SnippetsTab = lazy(() => import(/* webpackChunkName: "tab-snippets" */ "./snippets/SnippetsTab").then((m) => ({ default: m.SnippetsTab })));
const MetricsTab = lazy(() => import(/* webpackChunkName: "tab-metrics" */ "./metrics/MetricsTab").then((m) => ({ default: m.MetricsTab })));
const DiagnosticsPage = lazy(() => import(/* webpackChunkName: "diagnostics" */ "./diagnostics/DiagnosticsPage").then((m) => ({ default: m.DiagnosticsPage })));
const PacksPage = lazy(() => import(/* webpackChunkName: "packs" */ "./content/PacksPage").then((m) => ({ default: m.PacksPage })));
// 起草助手: its own chunk (client, eventsource-parser, diff), loaded only when opened.
const DraftingPage = lazy(() => import(/* webpackChunkName: "drafting" */ "./drafting/DraftingPage").then((m) => ({ default: m.DraftingPage })));
const FormatTab = lazy(() => import(/* webpackChunkName: "tab-format" */ "./format/FormatTab").then((m) => ({ default: m.FormatTab })));

export type TabId = "skeleton" | "snippets" | "metrics" | "format";

const useStrings = defineStrings({
  "zh-CN": { appName: "报告助手", skeleton: "骨架", snippets: "短语", metrics: "数据", format: "排版与检查", tabs: "功能", loading: "正在加载…", working: "正在处理：", diagnose: "诊断", packs: "内容包", drafting: "起草" },
  // Short enough for four tabs in a 320 px pane; the tooltip gives the full name.
  "en-US": { appName: "Report Composer", skeleton: "Skeleton", snippets: "Phrases", metrics: "Data", format: "Format", tabs: "Features", loading: "Loading…", working: "Working: ", diagnose: "Diagnose", packs: "Packs", drafting: "Draft" },
});

const useTitles = defineStrings({
  "zh-CN": { skeleton: "插入报告骨架、重新编号", snippets: "查找并插入常用短语（在此标签上直接输入即可搜索）", metrics: "填写文中的数据占位符", format: "一键排版与检查" },
  "en-US": { skeleton: "Insert a report skeleton, renumber", snippets: "Find and insert phrases (type on this tab to search)", metrics: "Fill the document's figures", format: "Format & check" },
});

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    minHeight: 0,
    minWidth: 0,
    // Inputs and drop-downs take the width they are given, never their intrinsic width (an input's
    // 20 characters, a drop-down's longest option), so two fields side by side fit 320 px.
    "& .fui-Field, & .fui-Input, & .fui-Select, & .fui-Input__input, & .fui-Select__select, & fieldset": { minWidth: 0, maxWidth: "100%" },
    "& .fui-Input__input": { width: "100%" },
  },
  header: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  // Three header buttons beside the title on one line at 320 px, in English too.
  headerButton: { minWidth: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  // Tabs share the width, so the strip never needs more than the pane.
  tabList: { "& > .fui-Tab": { flexShrink: 1, minWidth: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS } },
  // Toasts sit over the panel only, never over the tab list or, in the preview, the document.
  body: { position: "relative", flex: 1, minHeight: 0, display: "flex", flexDirection: "column" },
  panel: {
    flex: 1,
    overflowY: "auto",
    overflowX: "hidden",
    padding: `${tokens.spacingHorizontalM} ${tokens.spacingHorizontalM} 0`,
    // No bottom padding: a tab's sticky footer meets the pane's bottom edge (tabs add their own).
    minHeight: 0,
  },
});

// Tab names in both languages, for "an action in 数据 is still running" wherever it is asked from.
const OWNERS: Record<TabId, { zh: string; en: string }> = {
  skeleton: { zh: "骨架", en: "Skeleton" },
  snippets: { zh: "短语", en: "Phrases" },
  metrics: { zh: "数据", en: "Data" },
  format: { zh: "排版与检查", en: "Format & check" },
};

const DIAGNOSE = { zh: "诊断", en: "Diagnostics" };
const PACKS = { zh: "内容包", en: "Packs" };
const DRAFTING = { zh: "起草", en: "Drafting" };

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
        <ShellBoundary>
          <NotifyProvider>
            <PaneStores>
              <Shell initialTab={initialTab} />
            </PaneStores>
          </NotifyProvider>
        </ShellBoundary>
      </FluentProvider>
    </LocaleContext.Provider>
  );
}

function Shell({ initialTab }: { initialTab: TabId }) {
  const strings = useStrings();
  const iconOnlyDiagnose = useLocale() === "en-US";
  const titles = useTitles();
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>(initialTab);
  // 内容包 and 诊断 are pages of their own (also taskpane.html?diagnose), reached from the header.
  const [page, setPage] = useState<"packs" | "diagnose" | "drafting" | null>(() =>
    typeof location !== "undefined" && new URLSearchParams(location.search).has("diagnose") ? "diagnose" : null,
  );
  const toggle = (which: "packs" | "diagnose" | "drafting") => setPage((p) => (p === which ? null : which));
  const [openPacks] = useState(() => () => setPage("packs"));
  const [openTab] = useState(() => (id: TabId) => {
    setPage(null);
    setTab(id);
  });
  const [typeahead] = useState(createTypeahead);
  useEffect(() => installDialogFocusReturn(), []);
  const tabs: TabId[] = ["skeleton", "snippets", "metrics", "format"];
  // Focus stays on the tab list when a tab opens (arrow keys keep switching tabs). Characters
  // typed on the 短语 tab are its search, even while the tab's code is still loading.
  const onTabListKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const typed = typedCharacter(event);
    if (tab === "snippets" && typed !== null) {
      event.preventDefault();
      typeahead.push(typed);
    }
  };
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", gap: 4 }}>
          <h1 className={styles.title}>{strings.appName}</h1>
          <div style={{ display: "flex", flexShrink: 0 }}>
            <Button className={styles.headerButton} appearance="subtle" size="small" aria-pressed={page === "drafting"} onClick={() => toggle("drafting")}>
              {strings.drafting}
            </Button>
            <Button className={styles.headerButton} appearance="subtle" size="small" aria-pressed={page === "packs"} onClick={() => toggle("packs")}>
              {strings.packs}
            </Button>
            {/* In English the three labels and the title do not fit 320 px: 诊断 becomes its icon there, named for screen readers and as a tooltip. */}
            <Button
              className={iconOnlyDiagnose ? undefined : styles.headerButton}
              appearance="subtle"
              size="small"
              aria-pressed={page === "diagnose"}
              onClick={() => toggle("diagnose")}
              {...(iconOnlyDiagnose ? { icon: <Stethoscope20Regular />, "aria-label": strings.diagnose, title: strings.diagnose } : {})}
            >
              {iconOnlyDiagnose ? null : strings.diagnose}
            </Button>
          </div>
        </div>
        <OperationStatus />
        <TabList
          className={styles.tabList}
          selectedValue={tab}
          onTabSelect={(_, data) => {
            setPage(null);
            setTab(data.value as TabId);
          }}
          onKeyDown={onTabListKeyDown}
          aria-label={strings.tabs}
          size="small"
        >
          {tabs.map((id) => (
            <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`} title={titles[id]}>
              {strings[id]}
            </Tab>
          ))}
        </TabList>
      </header>
      <div className={styles.body}>
        <main className={styles.panel} role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          <TypeaheadProvider value={typeahead}>
            <ActionOwnerContext.Provider value={OWNERS[tab]}>
              <OpenPacksContext.Provider value={openPacks}>
                <OpenTabContext.Provider value={openTab}>
                {/* A render failure stays in its tab (or page); the key starts afresh on switching. */}
                <TabBoundary key={page ?? tab} tab={page ?? tab} name={page === "diagnose" ? DIAGNOSE : page === "packs" ? PACKS : page === "drafting" ? DRAFTING : OWNERS[tab]} storage={page ? undefined : TAB_STORAGE[tab]}>
                  <Suspense fallback={<Spinner size="small" label={strings.loading} />}>
                    {page === "diagnose" ? (
                      <DiagnosticsPage onBack={() => setPage(null)} />
                    ) : page === "packs" ? (
                      <PacksPage onBack={() => setPage(null)} />
                    ) : page === "drafting" ? (
                      <ActionOwnerContext.Provider value={DRAFTING}>
                        <DraftingPage onBack={() => setPage(null)} />
                      </ActionOwnerContext.Provider>
                    ) : (
                      PANELS[tab]()
                    )}
                  </Suspense>
                </TabBoundary>
                </OpenTabContext.Provider>
              </OpenPacksContext.Provider>
            </ActionOwnerContext.Provider>
          </TypeaheadProvider>
        </main>
        <ToastArea />
      </div>
    </div>
  );
}

/** Pane-wide: which tab's Word operation is under way (it keeps running when you switch tabs). */
function OperationStatus() {
  const strings = useStrings();
  const running = useRunningOperation();
  const locale = useLocale();
  if (!running || running.quiet) return null;
  return (
    <div role="status" aria-live="polite" style={{ display: "flex", gap: 4, alignItems: "center", fontSize: 12 }}>
      <Spinner size="extra-tiny" />
      {strings.working}
      {locale === "zh-CN" ? running.owner.zh : running.owner.en}
    </div>
  );
}
