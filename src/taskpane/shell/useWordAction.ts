import { createContext, useCallback, useContext, useState, useSyncExternalStore } from "react";
import type { Bilingual } from "../../core/text/bilingual";
import { defineMessages } from "../../core/text/messages";
import { useNotify } from "./notify";
import { OperationBusyError, useWordQueue } from "./wordQueue";

const messages = defineMessages({
  "zh-CN": {
    appName: "报告助手",
    stillRunning: (who: Bilingual) => `“${who.zh}”中的一项操作仍在进行，请等它完成后再试。`,
  },
  "en-US": {
    appName: "Report Composer",
    stillRunning: (who: Bilingual) => `An action in “${who.en}” is still running. Try again when it has finished.`,
  },
});

/** The tab a component belongs to, named for "… is still running" messages (set by the shell). */
export const ActionOwnerContext = createContext<Bilingual>(messages.appName);

/**
 * Runs Word actions for a tab through the pane-wide queue (one Word operation at a time):
 * `busy` names this tab's action under way (to disable buttons and show progress); a click while
 * any operation runs says which one; any failure reaches the person through the notifier.
 */
export function useWordAction<Label extends string = "busy">() {
  const notify = useNotify();
  const owner = useContext(ActionOwnerContext);
  const queue = useWordQueue();
  const [busy, setBusy] = useState<Label | null>(null);
  const run = useCallback(
    async (action: () => Promise<void>, label: Label = "busy" as Label) => {
      try {
        await queue.run(owner, async () => {
          setBusy(label);
          try {
            await action();
          } finally {
            setBusy(null);
          }
        });
      } catch (error) {
        if (error instanceof OperationBusyError) {
          notify.show("warning", messages.stillRunning(error.running.owner));
          return;
        }
        notify.error(error);
      }
    },
    [notify, owner, queue],
  );
  return { busy, run };
}

/** The Word operation under way anywhere in the pane (for a pane-wide busy indicator). */
export function useRunningOperation() {
  const queue = useWordQueue();
  return useSyncExternalStore(queue.subscribe, queue.getState, queue.getState);
}
