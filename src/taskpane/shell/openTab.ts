import { createContext, useContext } from "react";

export type PaneTab = "skeleton" | "snippets" | "metrics" | "format";

/** Opens another tab of the pane (检查's "65 处未填写 → 数据" row opens 数据). */
export const OpenTabContext = createContext<(tab: PaneTab) => void>(() => undefined);

export const useOpenTab = (): ((tab: PaneTab) => void) => useContext(OpenTabContext);
