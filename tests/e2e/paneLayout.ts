// Layout probes for the task pane at Word's real widths: what overflows the pane or its container.
import type { Page } from "playwright-core";

/**
 * Every visible element of the task pane that sticks out of the pane, and every element whose
 * content is wider than its box (horizontal scroll or clipping), except text deliberately cut with
 * an ellipsis or a line clamp and visually hidden screen-reader text.
 */
export async function paneOverflows(page: Page): Promise<string[]> {
  // tsx keeps function names by wrapping them in __name(), which the page does not have.
  await page.evaluate("globalThis.__name ??= (f) => f");
  return page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>("#taskpane")!;
    const box = pane.getBoundingClientRect();
    const describe = (el: Element) => {
      const name = el.getAttribute("aria-label") ?? (el.textContent ?? "").trim().slice(0, 30);
      const cls = [...el.classList].find((c) => c.startsWith("fui-")) ?? "";
      return `<${el.tagName.toLowerCase()}${cls ? "." + cls : ""}> "${name}"`;
    };
    // Preorder walk: an element is deliberately clipped when it or an ancestor is; `visibleX` is
    // the horizontal band its ancestors' overflow clipping lets it show in (a collapsed SearchBox
    // slot hides its dismiss icon this way). Content clipped by a scroll container is still caught
    // by that container's own scrollWidth.
    const clipped = new Map<Element, boolean>();
    const visibleX = new Map<Element, [number, number]>([[pane, [box.left, box.right]]]);
    const problems: string[] = [];
    if (pane.scrollWidth > pane.clientWidth + 1) problems.push(`the pane scrolls sideways: ${pane.scrollWidth} > ${pane.clientWidth}`);
    for (const el of pane.querySelectorAll("*")) {
      const style = getComputedStyle(el);
      const own =
        style.textOverflow === "ellipsis" ||
        style.webkitLineClamp !== "none" ||
        style.clip !== "auto" ||
        style.clipPath !== "none" ||
        el.hasAttribute("data-tabster-dummy");
      const isClipped = own || (el.parentElement ? clipped.get(el.parentElement) === true : false);
      clipped.set(el, isClipped);
      const rect = el.getBoundingClientRect();
      const [from, to] = visibleX.get(el.parentElement!) ?? [box.left, box.right];
      visibleX.set(el, style.overflowX === "visible" ? [from, to] : [Math.max(from, rect.left), Math.min(to, rect.right)]);
      if (isClipped || style.visibility === "hidden" || style.display === "none") continue;
      if (rect.width === 0 || rect.height === 0) continue;
      const left = Math.max(rect.left, from);
      const right = Math.min(rect.right, to);
      if (right <= left) continue; // clipped away entirely
      if (left < box.left - 0.5 || right > box.right + 0.5) {
        problems.push(`${describe(el)} spans ${Math.round(rect.left - box.left)}…${Math.round(rect.right - box.left)} of a ${Math.round(box.width)} px pane`);
        continue;
      }
      if (el instanceof HTMLElement && !(el instanceof HTMLSelectElement) && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${describe(el)} content ${el.scrollWidth} px in a ${el.clientWidth} px box`);
      }
    }
    return problems;
  });
}

/** Opens every accordion and disclosure inside the current tab, so their contents are measured too. */
export async function expandAll(page: Page): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const closed = page.locator('#taskpane main [aria-expanded="false"]:not([role="combobox"]):not([aria-haspopup])');
    const count = await closed.count();
    if (count === 0) return;
    for (let i = count - 1; i >= 0; i--) await closed.nth(i).click();
  }
}
