import type { Page } from "playwright-core";

/**
 * 删去所在句 on each marked figure in turn until none is left. The list follows the person's edits
 * at low priority (aria-busy meanwhile, its buttons disabled), so each round first waits for the
 * checks to catch up: a press aimed at a list about to be replaced would wait for a button that is
 * gone (the cause of a 30 s timeout seen under load).
 */
export async function removeEveryMarkedFigure(page: Page, removeLabel: string): Promise<void> {
  const figures = page.locator('[data-testid="drafting-figure"]');
  for (;;) {
    await page.locator('[data-testid^="drafting-figures"][aria-busy="true"]').waitFor({ state: "detached" });
    const left = await figures.count();
    if (left === 0) return;
    await figures.first().getByRole("button", { name: removeLabel }).click();
    // The removal is checked at once (text and checked text set together): the list shrinks.
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="drafting-figure"]').length < n, left);
  }
}
