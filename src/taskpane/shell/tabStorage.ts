/**
 * Which local data belongs to which tab, for the error boundary's 重置此标签的本地数据. Each tab
 * declares its keys beside its storage code; they are imported only when a reset is asked for,
 * so the shell's first chunk does not carry the tabs' code.
 */
import type { TabStorage } from "./settingsStore";

export type TabStorageLoader = () => Promise<TabStorage>;

export const TAB_STORAGE = {
  skeleton: () => import(/* webpackChunkName: "tab-skeleton" */ "../skeleton/storage").then((m) => m.SKELETON_STORAGE),
  snippets: () => import(/* webpackChunkName: "tab-snippets" */ "../snippets/storage").then((m) => m.SNIPPETS_STORAGE),
  metrics: () => import(/* webpackChunkName: "tab-metrics" */ "../metrics/settings").then((m) => m.METRICS_STORAGE),
  format: () => import(/* webpackChunkName: "tab-format" */ "../format/settings").then((m) => m.FORMAT_STORAGE),
} satisfies Record<string, TabStorageLoader>;
