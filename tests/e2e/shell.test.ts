import { test } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { documentParagraphs, openPreview, tabNames, waitForToast } from "./harness";

test("the whole path: a click in the task pane changes the preview document through src/word", async () => {
  const s = await openPreview({ sample: "draft" });
  try {
    const { page } = s;
    const before = await documentParagraphs(page);
    assert.ok(before.includes("三、存在的问题"), "before.includes(\"三、存在的问题\")");
    const syncsBefore = Number((await page.getByTestId("sync-count").textContent())?.replace(/\D/g, ""));
    await page.getByRole("button", { name: "重新编号" }).click();
    await waitForToast(page, "已重新编号 2 处：三、→二、，四、→三、。");
    const after = await documentParagraphs(page);
    assert.ok(after.includes("二、存在的问题") && after.includes("三、下一年工作打算"), "after.includes(\"二、存在的问题\") && after.includes(\"三、下一年工作打算\")");
    assert.equal(after.length, before.length);
    const syncsAfter = Number((await page.getByTestId("sync-count").textContent())?.replace(/\D/g, ""));
    assert.equal(syncsAfter - syncsBefore, 3, "read, locate and check, write and read back");
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("four tabs; English UI follows Office's display language; dark theme follows Office's theme", async () => {
  const s = await openPreview({ lang: "en-US", theme: "dark" });
  try {
    const { page } = s;
    const tabs = await tabNames(page);
    assert.deepEqual(tabs, ["Skeleton", "Phrases", "Data", "Format"]);
    await page.getByRole("button", { name: "Insert whole skeleton" }).waitFor();
    const background = await page.locator("#taskpane .fui-FluentProvider").first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number) as [number, number, number];
    assert.ok(r + g + b < 200, `dark background, got ${background}`);
  } finally {
    await s.close();
  }
});

for (const theme of ["light", "dark"]) test(`Chinese by default, and the task pane has no serious or critical accessibility violations (${theme} theme)`, async () => {
  const s = await openPreview({ sample: "school", theme, width: "320" });
  try {
    const { page } = s;
    assert.deepEqual(await tabNames(page), ["骨架", "短语", "数据", "排版与检查"]);
    for (const tab of ["骨架", "短语", "数据", "排版与检查"]) {
      await page.getByRole("tab", { name: tab }).click();
      await page.locator("#taskpane main .fui-Spinner").waitFor({ state: "detached" });
      await page.waitForTimeout(200);
      // What each tab shows after its main action is scanned too: the data form, the findings.
      if (tab === "数据") await page.getByRole("button", { name: /^(重新)?扫描$/ }).first().click();
      if (tab === "排版与检查") await page.getByRole("button", { name: "检查", exact: true }).click();
      await page.waitForTimeout(300);
      // Tabster's focus sentinels (<i data-tabster-dummy aria-hidden tabindex=0>) pass focus on
      // at once by design; axe cannot know that, so they are left out of the scan.
      const results = await new AxeBuilder({ page }).include("#taskpane").exclude("[data-tabster-dummy]").analyze();
      const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      assert.deepEqual(
        bad.map((v) => `${tab}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
        [],
      );
    }
  } finally {
    await s.close();
  }
});

test("preview: pasted text becomes the document, and a click in it places Word's cursor", async () => {
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    await page.getByRole("button", { name: "粘贴文本…" }).click();
    await page.getByRole("textbox", { name: "每行一个段落。" }).fill("一、总体情况\n正文内容。\n三、下一步打算");
    await page.getByRole("button", { name: "载入" }).click();
    assert.deepEqual(await documentParagraphs(page), ["一、总体情况", "正文内容。", "三、下一步打算"]);
    // Clicking into the second paragraph moves the double's selection there.
    await page.locator('[data-para="1"]').click({ position: { x: 5, y: 5 } });
    const selection = await page.evaluate(() => (window as any).__preview.double.model.selectionInfo());
    assert.equal(selection.startParagraph, 1);
    await page.getByRole("button", { name: "重新编号" }).click();
    await waitForToast(page, "已重新编号 1 处：三、→二、。");
    assert.deepEqual(await documentParagraphs(page), ["一、总体情况", "正文内容。", "二、下一步打算"]);
  } finally {
    await s.close();
  }
});
