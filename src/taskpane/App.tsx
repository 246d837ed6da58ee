import { Suspense, lazy, use, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { FluentProvider, Tab, TabList, type Theme } from "@fluentui/react-components";
import { pick, type Locale } from "./i18n/locale";
import { LocaleContext, defineStrings, useLocale } from "./i18n/strings";
import { NotifyProvider, ToastArea, ToastViewProvider } from "./shell/notify";
import { TypeaheadProvider, createTypeahead, typedCharacter } from "./shell/typeahead";
import { ActionOwnerContext, useRunningOperation } from "./shell/useWordAction";
import { PaneStores } from "./paneStores";
import { ShellBoundary, TabBoundary } from "./shell/ErrorBoundary";
import { TAB_STORAGE } from "./shell/tabStorage";
import { OpenPacksContext } from "./content/ContentContext";
import { installDialogFocusReturn } from "./shell/focusReturn";
import { OpenTabContext } from "./shell/openTab";
import { TAB_NAMES } from "./shell/tabNames";
import { markFirstTabShown } from "./shell/afterFirstTab";
import { MoreButton } from "./shell/MoreButton";

// Each tab (with its data: genres, the phrase library, the checker) is its own chunk, loaded
// when first opened, so the task pane's shell paints at once.
// The first tab's chunk is requested as soon as this module runs, in parallel with React's start.
// (taskpane.html preloads it). Once it is there the tab renders without suspending: a loading line
// shown first would hold the tab back, as React keeps a shown fallback for at least 300 ms.
let firstTabModule: typeof import("./skeleton/SkeletonTab") | undefined;
const firstTab = import(/* webpackChunkName: "tab-skeleton" */ "./skeleton/SkeletonTab").then((m) => (firstTabModule = m));
/**
 * Settles when the first tab's code has run and the genre it opens on is loaded (or either failed
 * to load: the tab's boundary then says so).
 * mountTaskpane renders after it: a render that found the chunk still on its way would show the
 * loading line, and React holds a shown fallback for 300 ms (measured: half the cold starts).
 */
export const firstTabLoaded: Promise<void> = firstTab.then(
  (m) => m.firstPaintReady.then(() => undefined),
  () => undefined,
);
function SkeletonTab() {
  const { SkeletonTab: Tab } = firstTabModule ?? use(firstTab);
  return <Tab />;
}
const SnippetsTab = lazy(() => import(/* webpackChunkName: "tab-snippets" */ "./snippets/SnippetsTab").then((m) => ({ default: m.SnippetsTab })));
const MetricsTab = lazy(() => import(/* webpackChunkName: "tab-metrics" */ "./metrics/MetricsTab").then((m) => ({ default: m.MetricsTab })));
const DiagnosticsPage = lazy(() => import(/* webpackChunkName: "diagnostics" */ "./diagnostics/DiagnosticsPage").then((m) => ({ default: m.DiagnosticsPage })));
const PacksPage = lazy(() => import(/* webpackChunkName: "packs" */ "./content/PacksPage").then((m) => ({ default: m.PacksPage })));
// 起草助手: its own chunk (client, eventsource-parser, diff), loaded only when opened.
const DraftingPage = lazy(() => import(/* webpackChunkName: "drafting" */ "./drafting/DraftingPage").then((m) => ({ default: m.DraftingPage })));
const FormatTab = lazy(() => import(/* webpackChunkName: "tab-format" */ "./format/FormatTab").then((m) => ({ default: m.FormatTab })));

export type TabId = "skeleton" | "snippets" | "metrics" | "format";

// Tab and page names: shell/tabNames.ts.
const useStrings = defineStrings({
  "zh-CN": {
    appName: "报告助手",
    tabs: "功能",
    loading: "正在加载…",
    working: "正在处理：",
    more: "更多功能",
    diagnoseHint: "供向开发组报告问题时使用：检测本机 Word 对各项功能的支持情况，生成一份报告。",
  },
  "en-US": {
    appName: "Report Composer",
    tabs: "Features",
    loading: "Loading…",
    working: "Working: ",
    more: "More features",
    diagnoseHint: "For reporting a problem to the developers: tests what this Word supports and makes a report.",
  },
});

const useTitles = defineStrings({
  "zh-CN": { skeleton: "插入报告骨架、重新编号", snippets: "查找并插入常用短语（在此标签上直接输入即可搜索）", metrics: "填写文中的数据占位符", format: "一键排版与检查" },
  "en-US": { skeleton: "Insert a report skeleton, renumber", snippets: "Find and insert phrases (type on this tab to search)", metrics: "Fill the document's figures", format: "Format & check" },
});

// The shell's own styles as one static sheet (Fluent's theme variables, which FluentProvider
// sets): the first paint then needs neither Griffel's runtime style compiler nor the tokens
// table; the tabs, loaded after, use makeStyles as usual. Doubled classes outrank Fluent's own.
const PANE_CSS = `
.rc-root { display: flex; flex-direction: column; height: 100%; min-height: 0; min-width: 0; }
.rc-root .fui-Field, .rc-root .fui-Input, .rc-root .fui-Select, .rc-root .fui-Input__input, .rc-root .fui-Select__select, .rc-root fieldset { min-width: 0; max-width: 100%; }
.rc-root .fui-Input__input { width: 100%; }
.rc-header { padding: var(--spacingVerticalS) var(--spacingHorizontalS) 0; border-bottom: 1px solid var(--colorNeutralStroke2); background-color: var(--colorNeutralBackground2); }
.rc-title { margin: 0; font-size: var(--fontSizeBase400); font-weight: var(--fontWeightSemibold); }
.rc-headerButton { display: inline-flex; align-items: center; justify-content: center; min-width: 0; margin: 0; padding: 3px var(--spacingHorizontalXS); border: var(--strokeWidthThin) solid transparent; border-radius: var(--borderRadiusMedium); background-color: var(--colorSubtleBackground); color: var(--colorNeutralForeground2); font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase200); font-weight: var(--fontWeightRegular); line-height: var(--lineHeightBase200); cursor: pointer; }
.rc-headerButton:hover:enabled { background-color: var(--colorSubtleBackgroundHover); color: var(--colorNeutralForeground2Hover); }
.rc-headerButton:active:enabled { background-color: var(--colorSubtleBackgroundPressed); color: var(--colorNeutralForeground2Pressed); }
.rc-headerButton:disabled { background-color: transparent; color: var(--colorNeutralForegroundDisabled); cursor: not-allowed; }
.rc-headerButton:focus-visible { outline: var(--strokeWidthThick) solid var(--colorStrokeFocus2); outline-offset: 0; }
.rc-headerButton > svg { width: 20px; height: 20px; fill: currentColor; flex-shrink: 0; }
.rc-iconButton { padding: 1px; min-width: 24px; }
.rc-more { position: relative; }
.rc-morePopup { position: absolute; right: 0; top: 100%; z-index: 10; width: 200px; display: flex; flex-direction: column; gap: 2px; padding: var(--spacingVerticalXS); border: 1px solid var(--colorNeutralStroke1); border-radius: var(--borderRadiusMedium); background-color: var(--colorNeutralBackground1); box-shadow: var(--shadow8); }
.rc-morePopup > .rc-headerButton { justify-content: flex-start; }
.rc-moreHint { padding: 0 var(--spacingHorizontalXS) var(--spacingVerticalXS); font-size: var(--fontSizeBase100); line-height: var(--lineHeightBase100); color: var(--colorNeutralForeground3); }
.rc-tabList > .fui-Tab.fui-Tab { flex-shrink: 1; min-width: 0; padding-left: var(--spacingHorizontalXS); padding-right: var(--spacingHorizontalXS); }
.rc-body { position: relative; flex: 1; min-height: 0; display: flex; flex-direction: column; }
.rc-panel { flex: 1; overflow-y: auto; overflow-x: hidden; padding: var(--spacingHorizontalM) var(--spacingHorizontalM) 0; min-height: 0; }
.rc-busy { display: flex; align-items: center; gap: var(--spacingHorizontalS); font-size: var(--fontSizeBase300); color: var(--colorNeutralForeground1); }
.rc-busy > span { flex-shrink: 0; box-sizing: border-box; border-radius: 50%; border: 2px solid var(--colorBrandStroke2); border-top-color: var(--colorBrandStroke1); animation: rc-spin 1s linear infinite; }
@keyframes rc-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .rc-busy > span { animation-duration: 3s; } }
`;

// The header's buttons are plain buttons drawn like Fluent's subtle small Button (Fluent's
// Button would bring its styles' token table into the first chunk); the 骨架 tab's section rows
// use the same classes (rc-headerButton, rc-iconButton), dozens of them render at start.
// Inputs and drop-downs (.rc-root) take the width they are given, never their intrinsic width (an
// input's 20 characters, a drop-down's longest option), so two fields side by side fit 320 px.
// Two header buttons and 更多功能 (⋯) sit beside the title on one line at 320 px, in English too. Tabs share the
// width, so the strip never needs more than the pane. Toasts sit over the panel only (.rc-body),
// never over the tab list or, in the preview, the document. The panel has no bottom padding: a
// tab's sticky footer meets the pane's bottom edge (tabs add their own).
const styles = { root: "rc-root", header: "rc-header", title: "rc-title", headerButton: "rc-headerButton", tabList: "rc-tabList", body: "rc-body", panel: "rc-panel" };

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
  const locale = useLocale();
  const name = (id: keyof typeof TAB_NAMES) => pick(TAB_NAMES[id], locale);
  const titles = useTitles();
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
      <style>{PANE_CSS}</style>
      <header className={styles.header}>
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", gap: 4 }}>
          <h1 className={styles.title}>{strings.appName}</h1>
          <div style={{ display: "flex", flexShrink: 0 }}>
            <button type="button" className={styles.headerButton} aria-pressed={page === "drafting"} onClick={() => toggle("drafting")}>
              {name("drafting")}
            </button>
            <button type="button" className={styles.headerButton} aria-pressed={page === "packs"} onClick={() => toggle("packs")}>
              {name("packs")}
            </button>
            {/* 诊断 is for reporting Word's behaviour to the team, not an everyday tool: under 更多功能. */}
            <MoreMenu label={strings.more}>
              {(close) => (
                <>
                  <button
                    type="button"
                    className={styles.headerButton}
                    aria-pressed={page === "diagnose"}
                    aria-describedby="rc-diagnose-hint"
                    onClick={() => {
                      close();
                      toggle("diagnose");
                    }}
                  >
                    {name("diagnose")}
                  </button>
                  <span id="rc-diagnose-hint" className="rc-moreHint">
                    {strings.diagnoseHint}
                  </span>
                </>
              )}
            </MoreMenu>
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
              {name(id)}
            </Tab>
          ))}
        </TabList>
      </header>
      <div className={styles.body}>
        <main className={styles.panel} role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          <TypeaheadProvider value={typeahead}>
            <ActionOwnerContext.Provider value={TAB_NAMES[tab]}>
              <OpenPacksContext.Provider value={openPacks}>
                <OpenTabContext.Provider value={openTab}>
                {/* A render failure stays in its tab (or page); the key starts afresh on switching. Toasts belong to it too. */}
                <ToastViewProvider viewKey={page ?? tab} name={TAB_NAMES[page ?? tab]}>
                <TabBoundary key={page ?? tab} tab={page ?? tab} name={TAB_NAMES[page ?? tab]} storage={page ? undefined : TAB_STORAGE[tab]}>
                  <Suspense fallback={<Busy label={strings.loading} />}>
                    {page === "diagnose" ? (
                      <DiagnosticsPage onBack={() => setPage(null)} />
                    ) : page === "packs" ? (
                      <PacksPage onBack={() => setPage(null)} />
                    ) : page === "drafting" ? (
                      <ActionOwnerContext.Provider value={TAB_NAMES.drafting}>
                        <DraftingPage onBack={() => setPage(null)} />
                      </ActionOwnerContext.Provider>
                    ) : (
                      PANELS[tab]()
                    )}
                    <FirstTabShown />
                  </Suspense>
                </TabBoundary>
                </ToastViewProvider>
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

/**
 * The header's 更多功能 (⋯): a disclosure drawn by the pane's own sheet, like the header's buttons (a
 * Fluent Menu would bring its chunk into the first paint). Esc or a click elsewhere closes it;
 * Esc gives focus back to ⋯.
 */
function MoreMenu({ label, children }: { label: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    document.addEventListener("focusin", outside);
    return () => {
      document.removeEventListener("pointerdown", outside);
      document.removeEventListener("focusin", outside);
    };
  }, [open]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Escape" || !open) return;
    event.stopPropagation();
    setOpen(false);
    trigger.current?.focus();
  };
  return (
    <div ref={root} className="rc-more" onKeyDown={onKeyDown}>
      <MoreButton ref={trigger} label={label} aria-expanded={open} aria-controls="rc-more-popup" onClick={() => setOpen((o) => !o)} />
      {open && (
        <div id="rc-more-popup" className="rc-morePopup">
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  );
}

/** Commits with the tab's content (it sits in the tab's Suspense): then what waited for the first tab may load. */
function FirstTabShown() {
  useEffect(() => markFirstTabShown(), []);
  return null;
}

/**
 * A spinner (with its label, if given) drawn by the pane's own sheet: Fluent's Spinner would bring
 * its styles' token table into the first chunk.
 */
function Busy({ label, size = 20 }: { label?: string; size?: number }) {
  return (
    <span className="rc-busy" role={label ? "progressbar" : undefined} aria-label={label}>
      <span style={{ width: size, height: size }} aria-hidden />
      {label}
    </span>
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
      <Busy size={12} />
      {strings.working}
      {pick(running.owner, locale)}
    </div>
  );
}
