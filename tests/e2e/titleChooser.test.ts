import { test } from "node:test";
import assert from "node:assert/strict";
import { documentParagraphs, openPreview } from "./harness";
import { paneOverflows } from "./paneLayout";

const SITE = ["笔杆子之家整理，咨询QQ123456789", "笔杆子之家", "专注公文写作 每日更新", "XX县2026年度工作总结", "各位领导：", "2026年，我县坚持稳中求进。", "一、主要工作", "全年完成投资12亿元。"];

test("一键排版 with template lines above the title (320 px): the tab shows the title it chose, nothing is written until confirmed, the title lands on the title", async () => {
  const s = await openPreview({ profile: "windows", width: "320" });
  try {
    const { page } = s;
    await page.evaluate((text) => (window as any).__preview.load(text), SITE.join("\n"));
    await page.getByRole("tab", { name: "排版与检查" }).click();
    await page.getByRole("button", { name: "一键排版" }).click();
    const chooser = page.locator("[data-title-chooser]");
    await chooser.waitFor();
    const styles = () => page.evaluate(() => (window as any).__preview.double.model.paragraphs.map((p: any) => p.style) as string[]);
    assert.deepEqual(new Set(await styles()), new Set(["Normal"]), "nothing written before the person confirms");
    assert.equal(await page.getByRole("radio", { name: "XX县2026年度工作总结" }).isChecked(), true);
    assert.deepEqual(await paneOverflows(page), []);
    await page.getByRole("button", { name: "用这一行排版" }).click();
    await page.getByText("未套用格式", { exact: false }).first().waitFor();
    const after = await styles();
    assert.equal(after[3], "公文标题");
    assert.deepEqual(after.slice(0, 3), ["Normal", "Normal", "Normal"]);
    assert.deepEqual(await documentParagraphs(page), SITE);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
