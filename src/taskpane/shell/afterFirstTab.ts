/**
 * Work that may wait until the pane has shown its first tab: the toaster, the content store when
 * no pack is stored. Started in idle time after the first tab's first commit, so its chunks
 * neither compete with the first tab's for the network nor for the main thread.
 */

/** Runs `run` in idle time (requestIdleCallback, not in Safari: a short timeout there); returns a cancel. */
export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}

let markShown: () => void = () => undefined;
const firstTabShown = new Promise<void>((resolve) => (markShown = resolve));

/** The shell calls this once the first tab (or page) has committed its content. */
export function markFirstTabShown(): void {
  markShown();
}

/** Runs `run` in idle time once the first tab has been shown; returns a cancel. */
export function afterFirstTab(run: () => void): () => void {
  let cancelled = false;
  let cancelIdle: (() => void) | undefined;
  void firstTabShown.then(() => {
    if (!cancelled) cancelIdle = whenIdle(run);
  });
  return () => {
    cancelled = true;
    cancelIdle?.();
  };
}
