import { createRoot } from "react-dom/client";
import type { Theme } from "@fluentui/react-components";
import { App, firstTabLoaded, type TabId } from "./App";
import { resolveLocale } from "./i18n/locale";
import { themeFor } from "./shell/theme";

/** The longest the first render waits for the first tab's code. */
const FIRST_TAB_WAIT_MS = 3000;

/**
 * Renders the task pane into `element`. Language and theme follow Office
 * (Office.context.displayLanguage / officeTheme); the preview passes the test double's Office.
 */
export function mountTaskpane(element: HTMLElement, options: { initialTab?: TabId } = {}) {
  const context = Office.context;
  const locale = resolveLocale(context?.displayLanguage);
  document.documentElement.lang = locale;
  const root = createRoot(element);
  const render = (theme: Theme) => root.render(<App locale={locale} theme={theme} initialTab={options.initialTab} />);
  const theme = themeFor(context?.officeTheme, locale);
  // The first tab's chunk (preloaded beside this one) and, in a dark Office, the dark theme's
  // chunk come first; the pane may have been unmounted meanwhile (the preview remounts).
  let unmounted = false;
  const unmount = root.unmount.bind(root);
  root.unmount = () => {
    unmounted = true;
    unmount();
  };
  // Not forever: a request that hangs (an intranet proxy) gets the shell and its loading line after 3 s.
  const firstTab = (options.initialTab ?? "skeleton") === "skeleton" ? firstTabLoaded : Promise.resolve();
  const waitFor = Promise.race([firstTab, new Promise<void>((resolve) => setTimeout(resolve, FIRST_TAB_WAIT_MS))]);
  void Promise.all([theme, waitFor]).then(([t]) => {
    if (!unmounted) render(t);
  });
  return root;
}
