import { createContext, useCallback, useContext, useMemo, type ReactNode } from "react";
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

/**
 * Where toasts appear: inline (positioned within the nearest positioned ancestor, the task pane's
 * panel), not in a page-level portal, so in the browser preview they never cover its toolbar or
 * its document, and in Word they never cover the tab list.
 */
export function ToastArea() {
  const toasterId = useContext(ToasterIdContext);
  return <Toaster toasterId={toasterId} position="top" inline offset={{ vertical: 8 }} />;
}

export function useNotify(): Notifier {
  const notifier = useContext(NotifyContext);
  if (!notifier) throw new Error("useNotify outside NotifyProvider");
  return notifier;
}
