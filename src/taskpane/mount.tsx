import { createRoot } from "react-dom/client";
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
  root.render(<App locale={locale} theme={themeFor(context?.officeTheme)} initialTab={options.initialTab} />);
  return root;
}
