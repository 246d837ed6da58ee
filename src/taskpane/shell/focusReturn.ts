/**
 * Focus goes back to where it was after every dialog of the pane (confirmations, the {字段}
 * dialog, the phrase editor), however it closed: a button, Esc, or a click outside. Dialogs
 * here open from code (after a Word read, say), not from a DialogTrigger, so Fluent has no
 * trigger to return focus to; without this it fell to the page root.
 */
const DIALOG = '[role="dialog"], [role="alertdialog"]';

/** How long a return waits for its button to be enabled again (an action running after 确定). */
const RETRY_MS = 5000;

export function installDialogFocusReturn(root: Document = document): () => void {
  let lastOutside: HTMLElement | null = null;
  let returnTo: HTMLElement | null = null;
  let retry: ReturnType<typeof setInterval> | undefined;

  const stopRetry = () => {
    if (retry !== undefined) clearInterval(retry);
    retry = undefined;
  };
  const focusLost = () => !root.activeElement || root.activeElement === root.body || !root.activeElement.isConnected;

  const onFocusIn = (e: FocusEvent) => {
    const target = e.target instanceof HTMLElement ? e.target : null;
    if (!target) return;
    if (target.closest(DIALOG)) {
      if (!returnTo && lastOutside) returnTo = lastOutside;
      return;
    }
    lastOutside = target;
    if (retry !== undefined && target !== returnTo) stopRetry(); // the person moved on
  };

  const restore = () => {
    const target = returnTo;
    returnTo = null;
    if (!target) return;
    const attempt = () => {
      if (!target.isConnected || !focusLost()) return true;
      if (target.matches(":disabled, [aria-disabled='true']")) return false;
      target.focus();
      return root.activeElement === target;
    };
    if (attempt()) return;
    const started = Date.now();
    stopRetry();
    retry = setInterval(() => {
      if (attempt() || Date.now() - started > RETRY_MS) stopRetry();
    }, 50);
  };

  const observer = new MutationObserver(() => {
    if (returnTo && !root.querySelector(DIALOG)) restore();
  });
  observer.observe(root.body, { childList: true, subtree: true });
  root.addEventListener("focusin", onFocusIn, true);
  return () => {
    observer.disconnect();
    stopRetry();
    root.removeEventListener("focusin", onFocusIn, true);
  };
}
