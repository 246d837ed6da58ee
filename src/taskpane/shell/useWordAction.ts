import { useCallback, useState } from "react";
import { useNotify } from "./notify";

/**
 * Runs one Word action at a time for a tab: `busy` names the action under way (to disable
 * buttons and show progress), and any failure reaches the person through the notifier.
 */
export function useWordAction<Label extends string = "busy">() {
  const notify = useNotify();
  const [busy, setBusy] = useState<Label | null>(null);
  const run = useCallback(
    async (action: () => Promise<void>, label: Label = "busy" as Label) => {
      setBusy(label);
      try {
        await action();
      } catch (error) {
        notify.error(error);
      } finally {
        setBusy(null);
      }
    },
    [notify],
  );
  return { busy, run };
}
