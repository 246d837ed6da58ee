import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { documentParagraphs, openPreview, waitForToast } from "./harness";
import { builtInSnippets, serializeSnippetFile, USER_STORE_KEY } from "../../src/core/snippets";

const SIGE = builtInSnippets.find((s) => s.title === "四个意识")!;
const CENTRE_GROUP = builtInSnippets.find((s) => s.title === "中心组学习")!;

async function openSnippetsTab(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "短语" }).click();
  await page.getByRole("combobox", { name: "搜索短语" }).waitFor();
}

const searchBox = (page: Page) => page.getByRole("combobox", { name: "搜索短语" });
const options = (page: Page) => page.getByRole("listbox", { name: "搜索结果" }).getByRole("option");

/** Waits until the first result's title is `title` (pinyin may still be loading). */
async function waitForFirstResult(page: Page, title: string): Promise<void> {
  await page.waitForFunction(
    (t) => document.querySelector('[role="option"]')?.querySelector("span")?.textContent === t,
    title,
  );
}

async function loadDocument(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => (window as any).__preview.load(t), text);
}

async function setSelection(page: Page, ...args: number[]): Promise<void> {
  await page.evaluate((a) => (window as any).__preview.double.model.setSelection(...a), args);
}

test("build: pinyin-pro is its own lazy chunk, not in the task pane or preview bundles", () => {
  const dir = join(import.meta.dirname, "../../.test-output/preview");
  const files = readdirSync(dir).filter((f) => f.endsWith(".js"));
  const withPinyinData = files.filter((f) => readFileSync(join(dir, f), "utf8").includes("zhōng"));
  assert.equal(withPinyinData.length, 1, `pinyin data in ${withPinyinData.join(", ")}`);
  assert.match(withPinyinData[0]!, /^pinyin\.[0-9a-f]+\.js$/);
});

test("snippets: pinyin loads only when the tab opens; sgys finds 四个意识 first; Enter inserts it at the cursor", async () => {
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await loadDocument(page, "一、总体情况\n前文。后文。");
    await setSelection(page, 1, 3);
    // First paint of the pane has happened (tablist visible) without the pinyin chunk.
    assert.ok(!requested.some((u) => /pinyin\.[0-9a-f]+\.js/.test(u)), "pinyin not loaded before the tab opens");
    await openSnippetsTab(page);
    // Focus starts in the search box: type without clicking.
    await page.keyboard.type("sgys");
    await waitForFirstResult(page, "四个意识");
    assert.ok(requested.some((u) => /pinyin\.[0-9a-f]+\.js/.test(u)), "pinyin chunk loaded lazily");
    assert.equal(await options(page).first().getAttribute("aria-selected"), "true");
    // The match is highlighted in the title.
    assert.equal(await options(page).first().locator("mark").first().textContent(), "四个意识");
    await page.keyboard.press("Enter");
    await waitForToast(page, "已插入“四个意识”");
    assert.deepEqual(await documentParagraphs(page), ["一、总体情况", `前文。${SIGE.text}后文。`]);
    // Focus is back in the search box; Esc clears the query.
    await page.keyboard.press("Escape");
    assert.equal(await searchBox(page).inputValue(), "");
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("snippets: before pinyin arrives, Chinese search works and a Latin query shows a hint; it re-runs when ready", async () => {
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route(/pinyin\.[0-9a-f]+\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    await openSnippetsTab(page);
    await searchBox(page).fill("四个意识");
    await waitForFirstResult(page, "四个意识");
    await searchBox(page).fill("sgys");
    await page.getByText("正在加载拼音…（汉字搜索已可用）").waitFor();
    assert.notEqual(await page.evaluate(() => document.querySelector('[role="option"] span')?.textContent), "四个意识");
    release();
    await waitForFirstResult(page, "四个意识");
    await page.getByText("正在加载拼音…（汉字搜索已可用）").waitFor({ state: "hidden" });
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("snippets: arrows move the active result (aria-activedescendant); Chinese substring; recent ranks first", async () => {
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    await openSnippetsTab(page);
    const box = searchBox(page);
    await box.fill("意识");
    await options(page).nth(2).waitFor();
    const ids = await options(page).evaluateAll((els) => els.map((e) => e.id));
    assert.equal(await box.getAttribute("aria-activedescendant"), ids[0]);
    await box.press("ArrowDown");
    await box.press("ArrowDown");
    await box.press("ArrowDown");
    assert.equal(await box.getAttribute("aria-activedescendant"), ids[3]);
    assert.equal(await options(page).nth(3).getAttribute("aria-selected"), "true");
    await box.press("ArrowUp");
    assert.equal(await box.getAttribute("aria-activedescendant"), ids[2]);
    assert.equal(await options(page).nth(3).getAttribute("aria-selected"), "false");
    // The third result has no fill-in fields, so Enter inserts it directly.
    const thirdTitle = await options(page).nth(2).locator("span").first().textContent();
    await box.press("Enter");
    await waitForToast(page, `已插入“${thirdTitle}”`);
    // Used once: it now ranks first for the same query.
    await box.fill("");
    await box.fill("意识");
    await waitForFirstResult(page, thirdTitle!);
    // The category filter narrows the list.
    await box.fill("");
    await page.getByLabel("分类").selectOption({ label: "党风廉政与作风建设" });
    await page.waitForFunction(() => document.querySelectorAll('[role="option"][data-snippet-id^="dangfeng"]').length > 0);
    const shownMetas = await options(page).evaluateAll((els) => els.map((e) => e.lastElementChild?.textContent ?? ""));
    assert.ok(shownMetas.length > 0 && shownMetas.every((m) => m.startsWith("党风廉政与作风建设")), shownMetas.join("|"));
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("snippets: fill-in fields open a form; Enter submits; values are remembered; as a new paragraph", async () => {
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    await loadDocument(page, "一、主要工作\n正文第一段。");
    await setSelection(page, 1, 2);
    await openSnippetsTab(page);
    await page.getByRole("switch", { name: "作为新段落插入到光标所在段落之后" }).check();
    await searchBox(page).fill("中心组学习");
    await waitForFirstResult(page, "中心组学习");
    await searchBox(page).press("Enter");
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByLabel("年度").fill("2026");
    await dialog.getByLabel("中心组学习次数").fill("12");
    await dialog.getByLabel("交流发言次数").fill("3");
    await dialog.getByLabel("心得体会篇数").fill("4");
    await dialog.getByLabel("学习专题").fill("二十届四中全会精神");
    await dialog.getByLabel("学习专题").press("Enter");
    await waitForToast(page, "已插入“中心组学习”");
    const expected = CENTRE_GROUP.text
      .replaceAll("{年度}", "2026")
      .replace("{中心组学习次数}", "12")
      .replace("{交流发言次数}", "3")
      .replace("{心得体会篇数}", "4")
      .replaceAll("{学习专题}", "二十届四中全会精神");
    assert.deepEqual(await documentParagraphs(page), ["一、主要工作", "正文第一段。", expected]);
    // Next time the values are offered again.
    await searchBox(page).press("Enter");
    await dialog.waitFor();
    assert.equal(await dialog.getByLabel("年度").inputValue(), "2026");
    assert.equal(await dialog.getByLabel("学习专题").inputValue(), "二十届四中全会精神");
    await dialog.getByRole("button", { name: "取消" }).click();
    await dialog.waitFor({ state: "hidden" });
    assert.equal((await documentParagraphs(page)).length, 3, "cancel inserts nothing");
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("snippets: save selection as a phrase → listed under 我的, survives a reload; empty selection refused; delete asks first", async () => {
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    await loadDocument(page, "我们坚持把调查研究作为谋事之基、成事之道。");
    await openSnippetsTab(page);
    await setSelection(page, 0, 1);
    await page.getByRole("button", { name: "保存选中文字为短语" }).click();
    await waitForToast(page, /没有选中文字/);

    await setSelection(page, 0, 2, 0, 21);
    await page.getByRole("button", { name: "保存选中文字为短语" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    assert.equal(await dialog.getByLabel("内容").inputValue(), "坚持把调查研究作为谋事之基、成事之道。");
    await dialog.getByLabel("标题").fill("调研谋事");
    await dialog.getByLabel("分类").selectOption({ label: "政治建设与理论学习" });
    await dialog.getByRole("button", { name: "保存" }).click();
    await waitForToast(page, "已保存短语“调研谋事”");

    const check = async () => {
      await searchBox(page).fill("dyms");
      await waitForFirstResult(page, "调研谋事");
      const meta = await options(page).first().evaluate((e) => e.lastElementChild?.textContent);
      assert.equal(meta, "政治建设与理论学习 · 我的");
      await page.getByRole("button", { name: "我的短语（1）" }).click();
      await page.getByRole("button", { name: "编辑“调研谋事”" }).waitFor();
    };
    await check();
    await page.reload();
    await page.getByRole("tablist").waitFor();
    await openSnippetsTab(page);
    await check();

    await page.getByRole("button", { name: "删除“调研谋事”" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "删除" }).click();
    await waitForToast(page, "已删除“调研谋事”");
    await page.getByRole("button", { name: "我的短语（0）" }).waitFor();
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("snippets: a malformed import is refused with a message and changes nothing; a good one adds; export downloads", async () => {
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    await openSnippetsTab(page);
    await page.getByRole("button", { name: "导入与导出" }).click();
    const input = page.getByTestId("snippet-import-input");
    const good = serializeSnippetFile([
      { id: "x-1", category: "personal", title: "春耕备耕", text: "扎实做好春耕备耕各项工作，确保粮食播种面积稳定。", tags: [] },
      { id: "x-2", category: "personal", title: "防汛备汛", text: "提前落实防汛备汛措施，压实各级防汛责任。", tags: [] },
    ]);
    const withScript = good.replace("确保粮食播种面积稳定。", "<script>alert(1)</script>");
    const refusedFiles = [
      { name: "bad.json", reason: "不是有效的 JSON", buffer: Buffer.from('{"format": "report-composer-snippets", "version": 1, "snippets": [') },
      { name: "other.json", reason: "这不是“报告助手”短语文件", buffer: Buffer.from('{"items": []}') },
      { name: "page.json", reason: "文件是网页（HTML）", buffer: Buffer.from("<html><body><p>登录</p></body></html>") },
      { name: "script.json", reason: "脚本（<script>）", buffer: Buffer.from(withScript) },
      { name: "future.json", reason: "版本为 9", buffer: Buffer.from(good.replace('"version": 1', '"version": 9')) },
      { name: "gbk.json", reason: "GBK", buffer: Buffer.from([0x7b, 0x22, 0xd6, 0xd0, 0xce, 0xc4, 0x22, 0x7d]) },
      { name: "big.json", reason: "文件过大", buffer: Buffer.alloc(6 * 1024 * 1024, 0x20) },
    ];
    for (const file of refusedFiles) {
      await input.setInputFiles({ name: file.name, buffer: file.buffer, mimeType: "application/json" });
      const alert = page.getByRole("alert").filter({ hasText: "未导入，短语库没有改动" }).filter({ hasText: file.reason });
      await alert.waitFor();
      await page.getByRole("button", { name: "我的短语（0）" }).waitFor();
    }
    // The library still works: a known built-in snippet is found.
    await searchBox(page).fill("四个意识");
    await waitForFirstResult(page, "四个意识");

    await input.setInputFiles({ name: "good.json", mimeType: "application/json", buffer: Buffer.from(good) });
    await page.getByText("已导入 2 条短语。").waitFor();
    await page.getByRole("button", { name: "我的短语（2）" }).waitFor();
    await searchBox(page).fill("fxbx");
    await waitForFirstResult(page, "防汛备汛");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出", exact: true }).click()]);
    assert.equal(download.suggestedFilename(), "report-composer-snippets.json");
    const exported = JSON.parse(await readFile((await download.path())!, "utf8"));
    assert.equal(exported.format, "report-composer-snippets");
    assert.deepEqual(exported.snippets.map((x: { title: string }) => x.title), ["春耕备耕", "防汛备汛"]);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("snippets: a corrupt stored library → a message, defaults, and the raw data can be exported", async () => {
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"snippets":[{"id":'), USER_STORE_KEY);
    await page.reload();
    await page.getByRole("tablist").waitFor();
    await openSnippetsTab(page);
    await page.getByText(/个人短语库无法读取（数据不是有效的 JSON）/).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出原始数据" }).click()]);
    assert.equal(await readFile((await download.path())!, "utf8"), '{"version":1,"snippets":[{"id":');
    await searchBox(page).fill("四个意识");
    await waitForFirstResult(page, "四个意识");
    await page.getByRole("button", { name: "我的短语（0）" }).waitFor();
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

// The team library is a content pack now: its download, offline copy, truthful failures and the
// carry-over of an old team address are tested in tests/e2e/packs.test.ts.

test("snippets: favourite toggle and an axe scan with no serious violations", async () => {
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    await openSnippetsTab(page);
    await searchBox(page).fill("调查研究");
    await options(page).first().waitFor();
    const title = await options(page).first().locator("span").first().textContent();
    const favourite = page.getByRole("button", { name: "收藏", exact: true });
    await favourite.click();
    assert.equal(await favourite.getAttribute("aria-pressed"), "true");
    // With an empty query, favourites come first.
    await searchBox(page).fill("");
    await waitForFirstResult(page, title!);
    await page.getByRole("button", { name: "我的短语（0）" }).click();
    await page.getByRole("button", { name: "导入与导出" }).click();
    await page.getByRole("button", { name: "团队短语（内容包）" }).click();
    // Colours are judged once Fluent's fades have finished (a half-faded text fails contrast).
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
    const results = await new AxeBuilder({ page }).include("#panel-snippets").exclude("[data-tabster-dummy]").analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
