// The defects found trying the task pane as a new user (issue 16), each pinned by a test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { documentParagraphs, openPreview, waitForStableLayout, waitForToast } from "./harness";

test("skeleton: 插入完整骨架 twice asks first; 取消 leaves the document; 仍要插入 inserts", async () => {
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    await page.getByRole("button", { name: "插入完整骨架" }).click();
    await waitForToast(page, /已插入 \d+ 段/);
    const once = await documentParagraphs(page);
    await page.getByRole("button", { name: "插入完整骨架" }).click();
    const dialog = page.getByRole("dialog", { name: "文档中已有这份骨架" });
    await dialog.waitFor();
    assert.match((await dialog.textContent()) ?? "", /文档中已有：.*仍要插入吗？/);
    await dialog.getByRole("button", { name: "取消" }).click();
    assert.deepEqual(await documentParagraphs(page), once, "nothing written without a yes");
    await page.getByRole("button", { name: "插入完整骨架" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "仍要插入" }).click();
    await waitForToast(page, /后续|已插入/);
    assert.ok((await documentParagraphs(page)).length > once.length, "(await documentParagraphs(page)).length > once.length");
  } finally {
    await s.close();
  }
});

test("skeleton: 年度 accepts 2025年 and never writes 2025年年度; a wrong year is refused; examples are generic", async () => {
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    await page.getByRole("button", { name: "标题与落款信息" }).click();
    const year = page.getByRole("textbox", { name: "年度" });
    await year.waitFor(); // the inputs are their own chunk, shown once it is in
    const placeholders = await page.locator("#taskpane main input[placeholder]").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).placeholder));
    assert.ok(placeholders.length >= 4, "placeholders.length >= 4");
    for (const p of placeholders) assert.ok(/××|×××|^如：\d{4}/.test(p) && !/江城|李明/.test(p), `generic example: ${p}`);

    await year.fill("25");
    await page.getByText("年度请填 4 位数字").waitFor();
    await page.getByRole("button", { name: "插入完整骨架" }).click();
    await waitForToast(page, "请先改正标出的信息");
    assert.deepEqual(await documentParagraphs(page), [""]);

    await year.fill("2025年");
    await page.getByRole("button", { name: "插入完整骨架" }).click();
    await waitForToast(page, /已插入 \d+ 段/);
    const text = (await documentParagraphs(page)).join("\n");
    assert.ok(text.includes("2025年度") && text.includes("2025年12月"), text.slice(0, 80));
    assert.ok(!text.includes("年年"), "never 2025年年度 or 2025年年12月");
  } finally {
    await s.close();
  }
});

test("短语: zzzz says nothing matched (loose matches only on request); 保存为短语 starts with an empty title", async () => {
  const s = await openPreview({ sample: "school" });
  try {
    const { page } = s;
    await page.getByRole("tab", { name: "短语" }).click();
    const search = page.getByRole("combobox", { name: "搜索短语" });
    await search.fill("zzzz");
    await page.getByText("没有找到与“zzzz”匹配的短语。").waitFor();
    const options = page.getByRole("listbox", { name: "搜索结果" }).getByRole("option");
    assert.equal(await options.count(), 0);
    await page.getByRole("button", { name: /^显示 \d+ 条仅正文首字母或字形相近的结果$/ }).click();
    assert.ok((await options.count()) > 0, "shown on request");

    await page.evaluate(() => (window as any).__preview.double.model.setSelection(1, 0, 1, 6));
    await page.getByRole("button", { name: "保存选中文字为短语" }).click();
    const dialog = page.getByRole("dialog");
    const title = dialog.getByRole("textbox", { name: "标题" });
    await title.waitFor();
    assert.equal(await title.inputValue(), "", "empty: the hint says empty means the start of the text");
    assert.ok(((await title.getAttribute("placeholder")) ?? "").length > 0, "the start of the text shown as placeholder");
  } finally {
    await s.close();
  }
});

test("toasts stay inside the task pane, below its tab list; 定位 scrolls the preview document to the selection", async () => {
  const body = Array.from({ length: 90 }, (_, i) => `这是第${i + 1}段正文，内容用于撑开页面。`);
  body[84] = "这是靠近末尾的一段,用了半角逗号。";
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    await page.evaluate((t) => (window as any).__preview.load(t), ["一、总体情况", ...body, "三、下一步"].join("\n"));
    await page.getByRole("button", { name: "重新编号" }).click();
    await waitForToast(page, /已重新编号/);
    await waitForStableLayout(page.locator(".fui-Toast").last());
    const toast = await page.locator(".fui-Toast").last().boundingBox();
    const pane = await page.locator("#taskpane").boundingBox();
    const tabs = await page.getByRole("tablist").boundingBox();
    assert.ok(toast && pane && tabs, "toast && pane && tabs");
    assert.ok(toast.x >= pane.x && toast.x + toast.width <= pane.x + pane.width, "within the pane's width");
    assert.ok(toast.y >= tabs.y + tabs.height, "below the tab list");

    await page.getByRole("tab", { name: "排版与检查" }).click();
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByRole("list", { name: "中文中使用半角标点" }).getByRole("button", { name: /第 86 段/ }).click();
    await page.waitForFunction(() => {
      const selected = document.querySelector(".preview-selected");
      const view = document.querySelector(".preview-scroll");
      if (!selected || !view) return false;
      const a = selected.getBoundingClientRect();
      const b = view.getBoundingClientRect();
      return a.top >= b.top && a.bottom <= b.bottom;
    });
  } finally {
    await s.close();
  }
});

test("Format, in English: sentences of the font note are spaced (no \"黑体.(Detected\")", async () => {
  const s = await openPreview({ lang: "en-US" });
  try {
    const { page } = s;
    await page.getByRole("tab", { name: "Format", exact: true }).click();
    const note = page.getByRole("note").filter({ hasText: /Not found|installed|cannot tell/ });
    await note.first().waitFor();
    const text = (await note.first().textContent()) ?? "";
    assert.doesNotMatch(text, /[.:][A-Za-z(]/, text);
    if (text.includes("(Detected")) assert.match(text, / \(Detected/);
  } finally {
    await s.close();
  }
});
