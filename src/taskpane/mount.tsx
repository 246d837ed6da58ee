import { createRoot } from "react-dom/client";
import type { Theme } from "@fluentui/react-components";
import { App, firstTabLoaded, type TabId } from "./App";
import { resolveLocale } from "./i18n/locale";
import { themeFor } from "./shell/theme";

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
  const theme = themeFor(context?.officeTheme);
  // The first tab's chunk (preloaded beside this one) and, in a dark Office, the dark theme's
  // chunk come first; the pane may have been unmounted meanwhile (the preview remounts).
  let unmounted = false;
  const unmount = root.unmount.bind(root);
  root.unmount = () => {
    unmounted = true;
    unmount();
  };
  const waitFor = (options.initialTab ?? "skeleton") === "skeleton" ? firstTabLoaded : Promise.resolve();
  void Promise.all([theme, waitFor]).then(([t]) => {
    if (!unmounted) render(t);
  });
  return root;
}
