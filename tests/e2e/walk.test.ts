// The pane walked as a newcomer would (WALK.md): what 撤销排版 says afterwards, in both languages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { documentParagraphs, openPreview } from "./harness";

const DRAFT = ["XX县2026年工作总结", "一、主要成效", "全年地区生产总值386.5亿元。", "二、下一步打算", "推动高质量发展。"];
const T = {
  "zh-CN": { tab: "排版与检查", format: "一键排版", undo: "撤销排版", restored: "页面设置已恢复。", odd: /1\/1|1 of 1/, check: "检查", summary: /^发现 \d+ 处问题。$/ },
  "en-US": { tab: "Format", format: "Format document", undo: "Undo format", restored: "Page setup restored.", odd: /1\/1|1 of 1/, check: "Check", summary: /^\d+ problems? found\.$/ },
} as const;

for (const lang of ["zh-CN", "en-US"] as const) {
  test(`撤销排版 at 320 px, ${lang}: styles restored, text untouched, the one-section page setup said in words (not "1/1 节"); 检查 does not announce "0 可自动修复"`, async () => {
    const t = T[lang];
    const s = await openPreview({ sample: "blank", lang, width: "320" });
    try {
      const { page } = s;
      await page.evaluate((text) => (window as any).__preview.load(text), DRAFT.join("\n"));
      const styles = () => page.evaluate(() => (window as any).__preview.double.model.paragraphs.map((p: any) => p.style) as string[]);
      const before = await styles();
      await page.getByRole("tab", { name: t.tab, exact: true }).click();
      await page.getByRole("button", { name: t.format, exact: true }).click();
      await page.waitForFunction(() => ((window as any).__preview.double.model.paragraphs as any[]).some((p) => p.style !== "Normal"));
      await page.getByRole("button", { name: t.undo, exact: true }).click();
      await page.getByText(t.restored, { exact: true }).waitFor();
      const pane = await page.locator("#taskpane").innerText();
      assert.doesNotMatch(pane, t.odd, "a single section is not counted as a fraction");
      assert.deepEqual(await styles(), before, "the styles from before 一键排版 are back");
      assert.deepEqual(await documentParagraphs(page), DRAFT, "no text changed");
      // 检查 with nothing fixable (only the XX left to fill): no "其中 0 处可自动修复".
      await page.getByRole("button", { name: t.check, exact: true }).click();
      await page.getByText(t.summary).waitFor();
      assert.deepEqual(s.errors, [], "no page or console errors");
    } finally {
      await s.close();
    }
  });
}

test("起草 (off by default), a newcomer at 320 px: the page says it is a large language model (大模型), not just “模型”", async () => {
  const s = await openPreview({ sample: "blank", width: "320" });
  try {
    const { page } = s;
    await page.getByRole("button", { name: "起草", exact: true }).click();
    await page.getByText("起草助手未启用", { exact: false }).waitFor();
    const pane = await page.locator("#taskpane").innerText();
    assert.match(pane, /本单位部署的大模型/, "the intro names what drafts the text");
    assert.deepEqual(s.errors, [], "no page or console errors");
  } finally {
    await s.close();
  }
});

test("数据 in English with a single place: “1 place”, “1 field”, never “1 fields”", async () => {
  const s = await openPreview({ sample: "blank", lang: "en-US", width: "320" });
  try {
    const { page } = s;
    await page.evaluate(() => (window as any).__preview.load("一、粮食生产\n全年粮食产量XX万吨。"));
    await page.getByRole("tab", { name: "Data", exact: true }).click();
    await page.getByText("Found 1 place to fill, 1 field.", { exact: true }).waitFor();
    await page.locator("#taskpane main input").first().fill("52.3");
    await page.getByText("1 field will be filled; empty ones stay as they are.", { exact: true }).waitFor();
    assert.doesNotMatch(await page.locator("#taskpane").innerText(), /\b1 (places|fields)\b/, "singular after 1");
    assert.deepEqual(s.errors, [], "no page or console errors");
  } finally {
    await s.close();
  }
});
