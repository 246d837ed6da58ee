import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { Toast, ToastBody, ToastTitle, Toaster, useId, useToastController } from "@fluentui/react-components";
import { WordOperationError, describeWordError } from "../../word";
import { pick, type Bilingual } from "../i18n/locale";
import { defineStrings, useLocale } from "../i18n/strings";

type Intent = "success" | "error" | "warning" | "info";

export interface Notifier {
  /**
   * Shows what went wrong in plain words, never only in the console. A refusal (an action turned
   * down before anything was written: cursor in a table, nothing selected …) is a warning to act on.
   */
  error(error: unknown): void;
  show(intent: Intent, message: Bilingual | string): void;
}

const NotifyContext = createContext<Notifier | null>(null);
const ToasterIdContext = createContext<string | undefined>(undefined);

const useStrings = defineStrings({
  "zh-CN": { error: "出错了", success: "完成", warning: "请注意", info: "提示" },
  "en-US": { error: "Something went wrong", success: "Done", warning: "Note", info: "Info" },
});

export function NotifyProvider({ children }: { children: ReactNode }) {
  const toasterId = useId("toaster");
  const { dispatchToast } = useToastController(toasterId);
  const locale = useLocale();
  const strings = useStrings();

  const show = useCallback(
    (intent: Intent, message: Bilingual | string) => {
      const text = typeof message === "string" ? message : pick(message, locale);
      dispatchToast(
        <Toast>
          <ToastTitle>{strings[intent]}</ToastTitle>
          <ToastBody>{text}</ToastBody>
        </Toast>,
        { intent, timeout: intent === "error" ? 8000 : 4000 },
      );
    },
    [dispatchToast, locale, strings],
  );
  const notifier = useMemo<Notifier>(
    () => ({
      show,
      error: (error: unknown) => {
        if (error instanceof WordOperationError && error.cause === undefined) {
          show("warning", error.userMessage);
          return;
        }
        console.error(error);
        show("error", describeWordError(error));
      },
    }),
    [show],
  );
  return (
    <NotifyContext.Provider value={notifier}>
      <ToasterIdContext.Provider value={toasterId}>{children}</ToasterIdContext.Provider>
    </NotifyContext.Provider>
  );
}

/** A tab's sticky footer (骨架's 插入完整骨架 …) marks itself with this attribute: toasts sit above it. */
export const PANE_FOOTER_ATTRIBUTE = "data-pane-footer";

/** Height of the sticky footer showing in the panel, followed as tabs change and the pane resizes. */
function useFooterHeight(): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const measure = () => {
      const footer = document.querySelector<HTMLElement>(`[${PANE_FOOTER_ATTRIBUTE}]`);
      setHeight(footer ? Math.ceil(footer.getBoundingClientRect().height) : 0);
    };
    measure();
    const observer = new MutationObserver(measure);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener("resize", measure);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", measure);
    };
  }, []);
  return height;
}

/**
 * Where toasts appear: inline (positioned within the nearest positioned ancestor, the task pane's
 * panel), not in a page-level portal, so in the browser preview they never cover its toolbar or
 * its document, and in Word they never cover the tab list. At the panel's bottom, above a tab's
 * sticky footer: the controls used next (the 短语 search box, 数据's 填入 bar and its status
 * line, a tab's main button) stay uncovered.
 */
export function ToastArea() {
  const toasterId = useContext(ToasterIdContext);
  const footer = useFooterHeight();
  return <Toaster toasterId={toasterId} position="bottom" inline offset={{ vertical: footer + 8 }} />;
}

export function useNotify(): Notifier {
  const notifier = useContext(NotifyContext);
  if (!notifier) throw new Error("useNotify outside NotifyProvider");
  return notifier;
}
