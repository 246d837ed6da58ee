import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { openPreview } from "./harness";

/** Presses Tab from the selected tab until `isTarget` holds for the focused element; the count. */
async function tabsTo(page: Page, isTarget: (el: Element) => boolean, limit = 40): Promise<number> {
  await page.evaluate("globalThis.__name ??= (f) => f");
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(`(${isTarget.toString()})(document.activeElement)`)) return presses;
  }
  return Infinity;
}

// A tab's label (Fluent keeps a hidden bold copy of unselected labels, so not its textContent).
const focusedTab = (page: Page) =>
  page.evaluate(() =>
    document.activeElement?.getAttribute("role") === "tab" ? (document.activeElement.querySelector(".fui-Tab__content")?.textContent ?? null) : null,
  );

// The main action of each tab, by its visible text.
const MAIN_ACTIONS: Array<[tab: string, action: string]> = [
  ["骨架", "插入完整骨架"],
  ["短语", "插入"],
  // The 数据 tab opens scanned; its first action is then 重新扫描.
  ["数据", "重新扫描"],
  ["排版与检查", "一键排版"],
  ["排版与检查", "检查"],
];

test("keyboard: from the tab list, each tab's main action is at most 10 Tab presses away; focus stays on the tab list", async (t) => {
  const s = await openPreview({ sample: "school", width: "320" });
  try {
    const { page } = s;
    const counts: Record<string, number> = {};
    for (const [tab, action] of MAIN_ACTIONS) {
      const tabElement = page.getByRole("tab", { name: tab, exact: true });
      await tabElement.focus();
      await page.keyboard.press("Enter");
      await page.locator("#taskpane main .fui-Spinner").waitFor({ state: "detached" });
      await page.waitForTimeout(300);
      // Opening a tab leaves focus where it was: arrow keys keep switching tabs.
      assert.equal(await focusedTab(page), tab, `${tab}: focus stayed on its tab`);
      await tabElement.focus();
      const target = `(el) => el?.tagName === "BUTTON" && el.textContent.trim() === ${JSON.stringify(action)}`;
      counts[`${tab} → ${action}`] = await tabsTo(page, new Function(`return ${target}`)() as (el: Element) => boolean);
    }
    t.diagnostic(`Tab presses: ${JSON.stringify(counts)}`);
    for (const [name, count] of Object.entries(counts)) assert.ok(count <= 10, `${name}: ${count} Tab presses (${JSON.stringify(counts)})`);
    // Arrow keys on the tab list move between tabs, even after 短语 opened.
    await page.getByRole("tab", { name: "短语" }).focus();
    await page.keyboard.press("ArrowRight");
    assert.equal(await focusedTab(page), "数据");
  } finally {
    await s.close();
  }
});

test("keyboard: the skeleton's section list is one tab stop; arrow keys move inside it", async () => {
  const s = await openPreview({ width: "320" });
  try {
    const { page } = s;
    const first = page.getByRole("checkbox").first();
    await first.focus();
    await page.keyboard.press("Tab");
    const afterList = await page.evaluate(() => document.activeElement?.textContent?.trim());
    assert.equal(afterList, "插入完整骨架", "Tab leaves the list at once");
    await first.focus();
    await page.keyboard.press("ArrowDown");
    const moved = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? (document.activeElement as HTMLInputElement | null)?.type);
    assert.ok(moved && moved !== "", "an arrow key moved focus within the list");
    assert.notEqual(await page.evaluate(() => document.activeElement === document.querySelector('#taskpane [role="checkbox"], #taskpane input[type="checkbox"]')), true);
  } finally {
    await s.close();
  }
});

test("keyboard: typed on the 短语 tab — even while its code loads — the text becomes the search, nothing lost", async () => {
  const s = await openPreview({ width: "320" });
  try {
    const { page } = s;
    // Hold the tab's chunk back for a moment, as a slow intranet server would.
    await page.route(/tab-snippets\.[0-9a-f]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    const tab = page.getByRole("tab", { name: "短语" });
    await tab.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.type("sgys");
    const search = page.getByRole("combobox", { name: "搜索短语" });
    await search.waitFor();
    await page.waitForFunction(() => (document.querySelector('[role="combobox"]') as HTMLInputElement | null)?.value === "sgys");
    assert.equal(await search.inputValue(), "sgys");
    // Typing went on into the search box.
    await page.keyboard.type("x");
    assert.equal(await search.inputValue(), "sgysx");
  } finally {
    await s.close();
  }
});
