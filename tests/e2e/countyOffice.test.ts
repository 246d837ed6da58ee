// Issue 24: the pane as a county office uses it (../shared/reviews/ux-review-3.md), each problem
// pinned at 320 and 350 px in both languages, and the Tab counts to every main action.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { documentParagraphs, openPreview, waitForToast } from "./harness";

// A county draft written for this test: a park named in five places, a growth, a rate, counts.
const DRAFT = [
  "XX县人民政府关于20XX年度重点工作完成情况的报告",
  "一、主要工作完成情况",
  "在县委县政府的坚强领导下，X科技园建设全面提速，X科技园引进企业XX家，实现产值XX.X亿元，同比增长X.X%。",
  "X科技园新成立党支部X个，X科技园全年接待考察XX批次，生活垃圾无害化处理率达到XX%。",
  "二、下一步工作",
  "推动X科技园高质量发展。",
  "报告人：×××",
].join("\n");

const WIDTHS = ["320", "350"] as const;
const LANGS = ["zh-CN", "en-US"] as const;
type Lang = (typeof LANGS)[number];

const T = {
  "zh-CN": {
    dataTab: "数据", skeletonTab: "骨架", snippetsTab: "短语", formatTab: "排版与检查",
    found: /共找到 \d+ 处待填内容/, more: /^另 3 处$/, fill: "填入", filled: /已填入 \d+ 处/,
    readAs: "读作：12345.6亿元", readAsCount: "读作：3个", integer: "“X科技园新成立党支部数”应为整数", over: "“生活垃圾无害化处理率”超过了100%",
    derived: "由本年、上年数计算", current: "本年数", previous: "上年数", empty: "请至少填写一个字段",
    insertOne: "插入本节", saveAs: "存为骨架", more2: "更多", insertAll: "插入完整骨架", check: "检查", leftover: /^\d+ 处未填写 → 数据$/,
    cancel: "取消", repeat: "文档中已有这份骨架", optional: "（可选）",
  },
  "en-US": {
    dataTab: "Data", skeletonTab: "Skeleton", snippetsTab: "Phrases", formatTab: "Format",
    found: /Found \d+ places to fill/, more: /^3 more places$/, fill: "Fill in", filled: /Filled \d+ places?/,
    readAs: "Read as: 12345.6亿元", readAsCount: "Read as: 3个", integer: "“X科技园新成立党支部数” takes whole numbers only", over: "“生活垃圾无害化处理率” is over 100%",
    derived: "Compute from this year's and last year's figures", current: "This year", previous: "Last year", empty: "Fill in at least one field",
    insertOne: "Insert", saveAs: "Save as skeleton", more2: "More", insertAll: "Insert whole skeleton", check: "Check", leftover: /^\d+ left to fill → Data$/,
    cancel: "Cancel", repeat: "The document already has this skeleton", optional: " (optional)",
  },
} as const;

async function open(lang: Lang, width: string, text = DRAFT) {
  const s = await openPreview({ sample: "blank", lang, width });
  const warnings: string[] = [];
  s.page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await s.page.evaluate((t) => (window as any).__preview.load(t), text);
  return { ...s, warnings };
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

for (const lang of LANGS) {
  for (const width of WIDTHS) {
    const t = T[lang];
    test(`数据 form at ${width} px, ${lang}: two places and 另 N 处, quiet status, units on one line, help on keyboard focus, validation, 已填入 visible, menu inside the pane`, async () => {
      const s = await open(lang, width);
      try {
        const { page } = s;
        await page.getByRole("tab", { name: t.dataTab, exact: true }).click();
        await page.getByText(t.found).waitFor();
        const status = page.locator("#metrics-fill-status");
        assert.equal((await status.textContent())?.trim(), "", "nothing to say before typing");
        assert.equal(await page.getByText(t.empty).count(), 0);

        // The park (5 places): two sentences, then 另 3 处, which opens the rest.
        const park = page.locator('li[data-group^="name:科技园名称"]');
        assert.equal(await park.locator("button:not([aria-expanded]):not([aria-haspopup])").count(), 2);
        const more = park.getByRole("button", { name: t.more });
        await more.click();
        assert.equal(await park.locator("button:not([aria-expanded]):not([aria-haspopup])").count(), 5);
        // Excerpts are cut at clause breaks with …: never mid-placeholder, never a cut without …
        const paragraphs = await documentParagraphs(page);
        for (const excerpt of await page.locator("#taskpane main li[data-group] > button:not([aria-expanded])").allTextContents()) {
          const inner = excerpt.replace(/^…|…$/g, "");
          const p = paragraphs.find((x) => x.includes(inner));
          assert.ok(p, `an excerpt of the document: ${excerpt}`);
          const at = p.indexOf(inner);
          if (!excerpt.startsWith("…")) assert.ok(at === 0 || /[。！？；]/.test(p[at - 1]!), `uncut start or …: ${excerpt}`);
          else assert.ok(/[，、：；]/.test(p[at - 1]!) || !/[A-Za-z0-9X]/.test(p[at]! + p[at - 1]!), `cut at a word boundary: ${excerpt}`);
          if (!excerpt.endsWith("…")) assert.ok(at + inner.length === p.length || /[。！？；]/.test(p[at + inner.length - 1]!), `uncut end or …: ${excerpt}`);
        }

        // Units never wrap (one line high), also on the paired inputs.
        const growth = page.locator('li[data-group*="同比增长"]');
        await growth.getByRole("switch", { name: t.derived }).click();
        const pairUnits = await growth.locator(".fui-Input__contentAfter").allTextContents();
        assert.deepEqual(pairUnits, ["亿元", "亿元"], "本年数/上年数 show the unit");
        for (const unit of await page.locator("#taskpane main .fui-Input__contentAfter").all()) {
          const b = (await unit.boundingBox())!;
          assert.ok(b.height <= 22, `unit on one line: ${await unit.textContent()} is ${b.height} px high`);
        }

        // Keyboard help: not for the mouse; shown when a field is reached with Tab.
        const output = page.getByLabel(/^产值$/).first();
        await output.click();
        assert.equal(await page.locator("#metrics-keys").count(), 0, "no keyboard paragraph for a mouse user");
        await page.keyboard.press("Shift+Tab");
        await page.keyboard.press("Tab");
        await page.locator("#metrics-keys").waitFor();

        // Validation: read-as figures, a named integer message, a rate over 100 warns.
        await output.fill("12,345.6");
        await page.getByText(t.readAs).waitFor();
        const branches = page.getByLabel("X科技园新成立党支部数", { exact: true });
        await branches.fill("3个");
        await page.getByText(t.readAsCount).waitFor();
        await branches.fill("2.5");
        await page.getByText(t.integer).waitFor();
        await branches.fill("3");
        await page.getByLabel("生活垃圾无害化处理率", { exact: true }).fill("150");
        await page.getByText(t.over).waitFor();

        // The field menu (Shift+F10) stays inside the pane.
        await branches.focus();
        await page.keyboard.press("Shift+F10");
        const menu = page.locator(".fui-MenuPopover").last();
        await menu.waitFor();
        const pane = await box(page, "#taskpane");
        const m = (await menu.boundingBox())!;
        assert.ok(m.y >= pane.y - 0.5 && m.y + m.height <= pane.y + pane.height + 0.5 && m.x >= pane.x - 0.5 && m.x + m.width <= pane.x + pane.width + 0.5, `menu ${JSON.stringify(m)} inside pane ${JSON.stringify(pane)}`);
        await page.keyboard.press("Escape");

        // 填入: the sticky status line says 已填入 N 处 where it is seen; the toast covers neither it nor 填入.
        await page.getByRole("button", { name: t.fill, exact: true }).click();
        await status.filter({ hasText: t.filled }).waitFor();
        const toast = (await page.locator(".fui-Toast").last().boundingBox())!;
        const bar = (await status.boundingBox())!;
        const fill = (await page.getByRole("button", { name: t.fill, exact: true }).boundingBox())!;
        const overlaps = (a: typeof bar, b: typeof bar) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        assert.ok(bar.y >= pane.y && bar.y + bar.height <= pane.y + pane.height, "status line in view");
        assert.ok(!overlaps(toast, bar) && !overlaps(toast, fill), "the toast covers neither the status line nor 填入");
        assert.ok((await documentParagraphs(page)).some((p) => p.includes("产值12345.6亿元")), "(await documentParagraphs(page)).some((p) => p.includes(\"产值12345.6亿元\"))");
        assert.deepEqual(s.warnings.filter((w) => /MenuList and Menu props/.test(w)), [], "no Fluent warning");
        assert.deepEqual(s.errors, []);
      } finally {
        await s.close();
      }
    });

    test(`elsewhere at ${width} px, ${lang}: 骨架 labels and 更多, a phrase below a heading, 检查 order and one left-over row, brackets`, async () => {
      const s = await open(lang, width, "一、总体情况\n今年以来，各项工作稳步推进,成效明显。\n三、下一步打算\n全年完成产值XX亿元，新增企业XX家，X科技园再上台阶。");
      try {
        const { page } = s;
        // 骨架: the per-section insert says so in words; 存为骨架 is in 更多, not first.
        await page.evaluate(() => (window as any).__preview.double.model.setSelection(3, 0));
        await page.getByRole("tab", { name: t.skeletonTab, exact: true }).click();
        const insertOne = page.locator("#taskpane main li button").filter({ hasText: t.insertOne }).first();
        // The tab's code loads on first open: wait for it (isVisible does not wait).
        await insertOne.waitFor({ state: "visible" });
        assert.ok(await insertOne.isVisible(), "the per-section insert is shown");
        const firstButton = await page.locator("#taskpane main button").first().textContent();
        assert.notEqual(firstButton?.trim(), t.saveAs);
        assert.equal(await page.getByRole("button", { name: t.saveAs, exact: true }).count(), 0);
        await page.getByRole("button", { name: t.more2, exact: true }).click();
        await page.getByRole("menuitem", { name: t.saveAs }).waitFor();
        await page.keyboard.press("Escape");
        const labels = (await page.locator("#taskpane main label").allTextContents()).join("\n");
        if (lang === "en-US") assert.doesNotMatch(labels, /（optional）/, "half-width brackets in English");
        assert.ok(labels.includes(t.optional), "labels.includes(t.optional)");

        // 短语: the cursor at the end of a heading; the pane says where; the phrase goes below it.
        await page.evaluate(() => (window as any).__preview.double.model.setSelection(0, 6));
        await page.getByRole("tab", { name: t.snippetsTab, exact: true }).click();
        const search = page.locator('#taskpane main input[role="combobox"]').first();
        await search.focus();
        await page.locator("[data-insertion-point]").filter({ hasText: "一、总体情况" }).waitFor();
        await search.fill("sgys");
        await page.locator("#taskpane main [role=\"listbox\"] [role=\"option\"]").first().waitFor();
        await search.press("Enter");
        const dialog = page.getByRole("dialog");
        if (await dialog.isVisible().catch(() => false)) await dialog.getByRole("button").first().click();
        await page.waitForFunction(() => ((window as any).__preview.paragraphTexts() as string[]).length === 5);
        const paragraphs = await documentParagraphs(page);
        assert.equal(paragraphs[0], "一、总体情况", "the heading is left alone");
        assert.ok(paragraphs[1]!.length > 0 && !paragraphs[1]!.startsWith("今年以来"), paragraphs.join(" | "));
        const toast = (await page.locator(".fui-Toast").last().boundingBox())!;
        const searchBox = (await search.boundingBox())!;
        assert.ok(toast.y >= searchBox.y + searchBox.height, "the toast does not cover the search box");

        // 检查: fixable groups first; the placeholders in one row that opens 数据.
        await page.getByRole("tab", { name: t.formatTab, exact: true }).click();
        await page.getByRole("button", { name: t.check, exact: true }).click();
        const row = page.getByRole("button", { name: t.leftover });
        await row.waitFor();
        const headings = await page.locator('#taskpane main [role="region"] h3').allTextContents();
        assert.ok(headings.length > 0, "headings.length > 0");
        assert.doesNotMatch(headings.join("|"), /占位符|Placeholders left/);
        if (lang === "en-US") assert.doesNotMatch(headings.join("|"), /[（）]/);
        const rowBox = (await row.boundingBox())!;
        const firstGroup = (await page.locator('#taskpane main [role="region"] h3').first().boundingBox())!;
        assert.ok(firstGroup.y < rowBox.y, "a fixable group comes before the left-over row");
        await row.click();
        await page.getByText(t.found).waitFor();
        assert.deepEqual(s.errors, []);
      } finally {
        await s.close();
      }
    });
  }
}

test("keyboard: Esc on the repeat dialog cancels and focus goes back to 插入完整骨架; a file that is not a pack is refused as a file", async () => {
  const s = await openPreview({ sample: "blank", width: "320" });
  try {
    const { page } = s;
    const insertAll = page.getByRole("button", { name: "插入完整骨架" });
    await insertAll.click();
    await waitForToast(page, /已插入 \d+ 段/);
    const once = await documentParagraphs(page);
    await insertAll.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "文档中已有这份骨架" });
    await dialog.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "取消", "the safe button takes focus");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement?.textContent === "插入完整骨架");
    assert.deepEqual(await documentParagraphs(page), once);

    await page.getByRole("button", { name: "内容包", exact: true }).click();
    const input = page.getByLabel("选择要导入的内容包文件（.json）");
    await input.setInputFiles({ name: "指标.csv", mimeType: "text/csv", buffer: Buffer.from("指标,数值\n收入,12\n") });
    const alert = page.getByRole("alert").filter({ hasText: "不是内容包文件" });
    await alert.waitFor();
    assert.doesNotMatch((await alert.textContent()) ?? "", /网页|登录/);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

/** Presses Tab from the pane's first stop until `matches` holds for the focused element. */
async function tabsFromFirstStop(page: Page, tab: string, matches: (el: Element | null) => boolean): Promise<number> {
  // The pane's first stop is its first focusable element (the header's first button).
  await page.locator("#taskpane button").first().focus();
  let presses = 0;
  // To the tab list, then the arrow keys pick the tab (one tab stop for the whole list).
  while (presses < 20 && (await page.evaluate(() => document.activeElement?.getAttribute("role"))) !== "tab") {
    await page.keyboard.press("Tab");
    presses++;
  }
  for (let i = 0; i < 4 && (await page.evaluate(() => document.activeElement?.querySelector(".fui-Tab__content")?.textContent)) !== tab; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.locator("#taskpane main .fui-Spinner").waitFor({ state: "detached" });
  await page.waitForTimeout(300);
  await page.evaluate("globalThis.__name ??= (f) => f");
  for (let i = 0; i < 30; i++) {
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return presses;
    await page.keyboard.press("Tab");
    presses++;
  }
  return Infinity;
}

test("keyboard: Tab counts from the pane's first stop to each main action, at 320 px in English", async (t) => {
  const s = await openPreview({ sample: "school", width: "320", lang: "en-US" });
  try {
    const { page } = s;
    const counts: Record<string, number> = {};
    const button = (text: string) => new Function(`return (el) => el?.tagName === "BUTTON" && el.textContent.trim() === ${JSON.stringify(text)}`)() as (el: Element | null) => boolean;
    counts["insert skeleton"] = await tabsFromFirstStop(page, "Skeleton", button("Insert whole skeleton"));
    counts["insert phrase"] = await tabsFromFirstStop(page, "Phrases", (el) => el?.getAttribute("role") === "combobox");
    counts["scan"] = await tabsFromFirstStop(page, "Data", button("Scan again"));
    counts["fill"] = await tabsFromFirstStop(page, "Data", button("Fill in"));
    counts["format"] = await tabsFromFirstStop(page, "Format", button("Format document"));
    counts["check"] = await tabsFromFirstStop(page, "Format", button("Check"));
    t.diagnostic(`Tab presses from the pane's first stop: ${JSON.stringify(counts)}`);
    console.log(`Tab presses from the pane's first stop: ${JSON.stringify(counts)}`);
    for (const [name, count] of Object.entries(counts)) assert.ok(count <= 10, `${name}: ${count} (${JSON.stringify(counts)})`);
  } finally {
    await s.close();
  }
});
