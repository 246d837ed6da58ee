import { test } from "node:test";
import assert from "node:assert/strict";
import { documentParagraphs, openPreview, waitForToast } from "./harness";
import { readOutline } from "../../src/core/outline";

test("skeleton: pick 述职述廉报告, untick a section, insert; insert another in the middle; numbering has no gap", async () => {
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    await page.getByLabel("报告文种").selectOption({ label: "述职述廉报告" });
    // Untick 勤 (the third level-1 section).
    const qin = page.getByRole("checkbox", { name: /^三、.*/ });
    // The checkbox's own label (the row also holds the visible 插入本节 button).
    const qinLabel = (await qin.evaluate((el) => ((el as HTMLInputElement).labels?.[0] ?? el.closest("div"))?.textContent ?? "")).replace(/^三、/, "").replace(/插入本节$/, "");
    await qin.uncheck();
    await page.getByRole("button", { name: "插入完整骨架" }).click();
    await waitForToast(page, /已插入 \d+ 段/);

    let texts = await documentParagraphs(page);
    const headings = texts.filter((t) => /^[一二三四五六七八九十]+、/.test(t));
    assert.deepEqual(headings.map((t) => t.split("、")[0]), ["一", "二", "三", "四", "五", "六"]);
    assert.ok(!texts.some((t) => t.includes(qinLabel.trim())), "the unticked section is not inserted");

    // Put the cursor at the end of section 二's last paragraph, then insert 勤 there on its own.
    const third = texts.findIndex((t) => t.startsWith("三、"));
    await page.evaluate((p) => {
      const model = (window as any).__preview.double.model;
      model.setSelection(p, model.paragraphs[p].text.length);
    }, third - 1);
    await qin.check();
    await page.getByRole("button", { name: `在光标处插入本节：${qinLabel.trim()}` }).click();
    await waitForToast(page, /后续 \d+ 处序号已顺延/);

    texts = await documentParagraphs(page);
    const after = texts.filter((t) => /^[一二三四五六七八九十]+、/.test(t));
    assert.deepEqual(after.map((t) => t.split("、")[0]), ["一", "二", "三", "四", "五", "六", "七"]);
    assert.ok(after[2]!.endsWith(qinLabel.trim()), `三、 is the inserted section: ${after[2]}`);
    assert.ok(readOutline(texts).every((e) => e.written === e.expected), "every level consecutive");
    // Metric slots arrived as content controls tagged with their key.
    const tags = await page.evaluate(() => (window as any).__preview.double.model.controls().map((c: any) => c.tag));
    assert.ok(tags.length > 0 && tags.every((t: string) => t.startsWith("rc-metric:")), "tags.length > 0 && tags.every((t: string) => t.startsWith(\"rc-metric:\"))");
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("skeleton: cursor in a content control — a clear message, the document unchanged", async () => {
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    await page.getByRole("button", { name: "插入完整骨架" }).click();
    await waitForToast(page, /已插入 \d+ 段/);
    const before = await documentParagraphs(page);
    await page.evaluate(() => {
      const model = (window as any).__preview.double.model;
      const c = model.controls()[0];
      model.setSelection(c.startParagraph, c.startOffset, c.endParagraph, c.endOffset);
    });
    await page.getByRole("button", { name: "插入完整骨架" }).click();
    await waitForToast(page, "光标在内容控件中。请把光标移到控件之外再插入。");
    // A refusal is a warning to act on, not an error.
    await page.locator(".fui-Toast").filter({ hasText: "光标在内容控件中" }).locator(".fui-ToastTitle", { hasText: "请注意" }).waitFor();
    assert.deepEqual(await documentParagraphs(page), before);
  } finally {
    await s.close();
  }
});
