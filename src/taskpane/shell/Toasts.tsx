/**
 * The pane's toaster (its own chunk, loaded by ToastArea in notify.tsx): inline (positioned
 * within the nearest positioned ancestor, the task pane's panel), not in a page-level portal, so
 * in the browser preview toasts never cover its toolbar or its document, and in Word they never
 * cover the tab list. At the panel's bottom, above a tab's sticky footer: the controls used next
 * (the 短语 search box, 数据's 填入 bar and its status line, a tab's main button) stay uncovered.
 */
import { useEffect, useState } from "react";
import { Toast, ToastBody, ToastTitle, Toaster, useId, useToastController } from "@fluentui/react-components";
import { WordOperationError, describeWordError } from "../../word";
import { pick } from "../i18n/locale";
import { defineStrings, useLocale } from "../i18n/strings";
import { PANE_FOOTER_ATTRIBUTE, type Intent, type ToastQueue, type ToastRequest } from "./notify";

const useStrings = defineStrings({
  "zh-CN": { error: "出错了", success: "完成", warning: "请注意", info: "提示", fromView: (view: string, text: string) => `${view}：${text}` },
  "en-US": { error: "Something went wrong", success: "Done", warning: "Note", info: "Info", fromView: (view: string, text: string) => `${view}: ${text}` },
});

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
 * What went wrong in plain words, never only in the console. A refusal (an action turned down
 * before anything was written: cursor in a table, nothing selected …) is a warning to act on.
 */
function inWords(request: ToastRequest, locale: ReturnType<typeof useLocale>): { intent: Intent; text: string } {
  if (!("error" in request)) return { intent: request.intent, text: request.text };
  const { error } = request;
  if (error instanceof WordOperationError && error.cause === undefined) return { intent: "warning", text: pick(error.userMessage, locale) };
  console.error(error);
  return { intent: "error", text: pick(describeWordError(error), locale) };
}

export function Toasts({ queue }: { queue: ToastQueue }) {
  const toasterId = useId("toaster");
  const { dispatchToast } = useToastController(toasterId);
  const strings = useStrings();
  const locale = useLocale();
  const footer = useFooterHeight();
  // The Toaster (a child) listens from its own effect, which runs before this one.
  useEffect(
    () =>
      queue.attach((request) => {
        const words = inWords(request, locale);
        const { intent } = words;
        // Asked for from a tab the person has since left: said with that tab's name.
        const elsewhere = request.from && queue.view !== null && request.from.key !== queue.view;
        const text = elsewhere && request.from ? strings.fromView(pick(request.from.name, locale), words.text) : words.text;
        dispatchToast(
          <Toast>
            <ToastTitle>{strings[intent]}</ToastTitle>
            <ToastBody>{text}</ToastBody>
          </Toast>,
          { intent, timeout: intent === "error" ? 8000 : 4000 },
        );
      }),
    [queue, dispatchToast, strings, locale],
  );
  // A tab's toasts belong to it: a new toaster for each tab or page opened, so the last one's
  // toasts go with it at once (Fluent's own dismissal waits for their exit).
  const [view, setView] = useState(queue.view);
  useEffect(() => queue.onViewChange(() => setView(queue.view)), [queue]);
  return <Toaster key={view ?? ""} toasterId={toasterId} position="bottom" inline offset={{ vertical: footer + 8 }} />;
}
