import { createRoot } from "react-dom/client";
import type { Theme } from "@fluentui/react-components";
import { App, type TabId } from "./App";
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
  if (!(theme instanceof Promise)) render(theme);
  else {
    // The dark theme's chunk first; the pane may have been unmounted meanwhile (the preview remounts).
    let unmounted = false;
    const unmount = root.unmount.bind(root);
    root.unmount = () => {
      unmounted = true;
      unmount();
    };
    void theme.then((t) => {
      if (!unmounted) render(t);
    });
  }
  return root;
}
