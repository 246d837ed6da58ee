import { test } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { documentParagraphs, openPreview, waitForToast } from "./harness";

const REPORT = [
  "某市2025年政府工作报告",
  "过去一年，全市地区生产总值达到386.5亿元,同比增长5.6%。",
  "工业经济稳中有进。",
  "2025年，全市实现地区生产总值368.5亿元。",
].join("\n");

test("数据核对: the group before punctuation, each place selectable, 定位 in turn, 全部修复 leaves it, 忽略 keeps it dismissed", async () => {
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    await page.evaluate((text) => (window as any).__preview.load(text), REPORT);
    await page.getByRole("tab", { name: "排版与检查" }).click();
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByRole("heading", { name: "数据核对（1）" }).waitFor();
    const headings = await page.getByRole("heading", { level: 3 }).allTextContents();
    assert.ok(headings.indexOf("数据核对（1）") < headings.findIndex((h) => h.startsWith("中文中使用半角标点")), headings.join(" | "));
    const list = page.getByRole("list", { name: "数据核对（1）" });
    await list.getByText("地区生产总值：第2段 386.5亿元，第4段 368.5亿元。").waitFor();

    // Each place, and 定位 stepping through them.
    await list.getByRole("button", { name: "第4段 368.5亿元" }).click();
    await page.waitForFunction(() => (window as any).__preview.double.model.selectionInfo().startParagraph === 3);
    await list.getByRole("button", { name: "定位（第1处，共2处）" }).click();
    await page.waitForFunction(() => (window as any).__preview.double.model.selectionInfo().startParagraph === 1);
    await list.getByRole("button", { name: "定位（第2处，共2处）" }).click();
    await page.waitForFunction(() => (window as any).__preview.double.model.selectionInfo().startParagraph === 3);

    const axe = await new AxeBuilder({ page }).include("#panel-format").exclude("[data-tabster-dummy]").analyze();
    const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes[0]?.html}`), []);

    // 全部修复 fixes the comma, not the figures.
    await page.getByRole("button", { name: /^全部修复（\d+ 处）$/ }).click();
    await waitForToast(page, /已修复 \d+ 处。/);
    const after = await documentParagraphs(page);
    assert.equal(after[1], "过去一年，全市地区生产总值达到386.5亿元，同比增长5.6%。");
    assert.equal(after[3], "2025年，全市实现地区生产总值368.5亿元。");
    await page.getByRole("heading", { name: "数据核对（1）" }).waitFor();

    // 忽略: gone, and still gone after checking again (kept with the document's values).
    await page.getByRole("button", { name: "忽略" }).click();
    await waitForToast(page, "已忽略，本文档不再提示这一条。");
    assert.equal(await page.getByRole("heading", { name: /^数据核对/ }).count(), 0);
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByText(/未发现问题|发现 \d+ 处问题/).waitFor();
    assert.equal(await page.getByRole("heading", { name: /^数据核对/ }).count(), 0);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
