// The pane survives its own storage: unreadable saved data with a full localStorage (it used to
// blank the whole pane: a backup write during render threw QuotaExceededError), refused saves
// are reported, and a tab that fails to render shows what happened with 重试 and a reset that
// keeps the old data first.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { openPreview, waitForToast } from "./harness";
import { USER_STORE_KEY } from "../../src/core/snippets";
import { genreCatalog } from "../../src/core/genres";

const SKELETON_KEY = "report-composer:skeleton:v1";
const METRICS_KEY = "report-composer:metrics:v1";
const FORMAT_KEY = "report-composer:format:v1";
const CORRUPT_LIBRARY = '{"version":1,"snippets":[{"id":';

/**
 * Runs in the page before its scripts: seeds localStorage once per browser session, then (when
 * `full`) makes every setItem throw QuotaExceededError, as a full localStorage does.
 */
function seedStorage(arg: { seed: Record<string, string>; full: boolean }) {
  if (!sessionStorage.getItem("seeded")) {
    sessionStorage.setItem("seeded", "1");
    for (const [key, value] of Object.entries(arg.seed)) localStorage.setItem(key, value);
  }
  if (arg.full) {
    Storage.prototype.setItem = function () {
      throw new DOMException("Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.", "QuotaExceededError");
    };
  }
}

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

test("a corrupt personal library (and settings) with localStorage full: every tab opens, says the data could not be read nor backed up, and keeps it", async () => {
  const seed = { [USER_STORE_KEY]: CORRUPT_LIBRARY, [SKELETON_KEY]: "{oops", [METRICS_KEY]: "{oops", [FORMAT_KEY]: "[[[" };
  const s = await openPreview({ sample: "blank" }, { initScript: seedStorage, initArg: { seed, full: true } });
  try {
    const { page } = s;
    // 骨架 (the first tab): usable, and told.
    await page.getByRole("button", { name: "插入完整骨架" }).waitFor();
    await waitForToast(page, /骨架的设置（文种、填写的信息、章节选择）无法读取（不是有效的 JSON.*），已改用默认设置。原内容也无法备份（本机存储空间已满），仍原样保留在“report-composer:skeleton:v1”下/);
    // A change is not saved over the unreadable text, and the person is told.
    await page.getByLabel("报告文种").selectOption({ label: "述职述廉报告" });
    await waitForToast(page, /骨架的设置（文种、填写的信息、章节选择）未保存：本机存储中原有的内容无法读取，也无法备份（本机存储空间已满），保存会覆盖它。/);

    // 短语: the message stays above the search, which works.
    await page.getByRole("tab", { name: "短语" }).click();
    const search = page.getByRole("combobox", { name: "搜索短语" });
    await search.waitFor();
    await page
      .getByText(/个人短语库无法读取（数据不是有效的 JSON），已改用空白短语库。原始数据也无法备份（本机存储空间已满），仍原样保留在“report-composer\.snippets\.user\.v1”下。请先导出原始数据/)
      .waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出原始数据" }).click()]);
    assert.equal(await readFile((await download.path())!, "utf8"), CORRUPT_LIBRARY, "the raw data can be exported although it could not be backed up");
    await search.fill("四个意识");
    await page.getByRole("listbox", { name: "搜索结果" }).getByRole("option").first().waitFor();
    await page.getByRole("button", { name: "收藏", exact: true }).first().click();
    await page.getByText(/短语库未保存：本机存储中原有的内容无法读取，也无法备份（本机存储空间已满）/).waitFor();
    await page.getByRole("switch", { name: "作为新段落插入到光标所在段落之后" }).click();
    await waitForToast(page, /“作为新段落插入”的选择未能保存到本机：本机存储空间已满。/);

    // 数据 and 排版与检查.
    await page.getByRole("tab", { name: "数据" }).click();
    await waitForToast(page, /数据的小数位数设置无法读取（不是有效的 JSON.*），已改用默认设置。原内容也无法备份（本机存储空间已满）/);
    await page.getByRole("tab", { name: "排版与检查" }).click();
    await page.getByRole("button", { name: "检查", exact: true }).waitFor();
    await waitForToast(page, /排版设置（排版方案、字体替换、篇幅目标）无法读取（不是有效的 JSON.*），已改用默认设置。原内容也无法备份（本机存储空间已满）/);

    // Nothing the person saved was lost or overwritten.
    for (const [key, value] of Object.entries(seed)) assert.equal(await stored(page, key), value, key);
    assert.equal(await page.locator('[data-testid^="tab-error-"]').count(), 0, "no tab fell back to its error message");
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("the same corrupt data with room to spare: each is backed up once, the message names the backup key", async () => {
  const seed = { [USER_STORE_KEY]: CORRUPT_LIBRARY, [METRICS_KEY]: "{oops" };
  const s = await openPreview({ sample: "blank" }, { initScript: seedStorage, initArg: { seed, full: false } });
  try {
    const { page } = s;
    await page.getByRole("tab", { name: "短语" }).click();
    await page.getByText(/原始数据已备份在本机存储的“report-composer\.snippets\.user\.v1\.backup-1”下/).waitFor();
    assert.equal(await stored(page, `${USER_STORE_KEY}.backup-1`), CORRUPT_LIBRARY);
    await page.getByRole("tab", { name: "数据" }).click();
    await waitForToast(page, /原内容已备份到本机存储的“report-composer:metrics:v1:corrupt-backup”下。/);
    assert.equal(await stored(page, `${METRICS_KEY}:corrupt-backup`), "{oops");
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("a full localStorage with readable data: opening tabs writes nothing; a change that cannot be saved is reported", async () => {
  const s = await openPreview({ sample: "blank" }, { initScript: seedStorage, initArg: { seed: {}, full: true } });
  try {
    const { page } = s;
    await page.getByRole("button", { name: "插入完整骨架" }).waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.locator(".fui-ToastBody").count(), 0, "no message before anything changed");
    await page.getByLabel("报告文种").selectOption({ label: "述职述廉报告" });
    await waitForToast(page, /骨架的设置（文种、填写的信息、章节选择）未能保存到本机：本机存储空间已满。本次修改只在关闭任务窗格前有效/);
    await page.getByRole("tab", { name: "短语" }).click();
    await page.getByRole("combobox", { name: "搜索短语" }).fill("四个意识");
    await page.getByRole("button", { name: "收藏", exact: true }).first().click();
    await page.getByText(/短语库未能保存到本机：本机存储空间已满。/).waitFor();
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

/** Saved 骨架 settings whose section choice has the wrong shape (order is not a list): the tab's render throws. */
const BREAKING_SKELETON = JSON.stringify({ fields: { 单位: "某某局" }, choices: { [genreCatalog[0]!.id]: { order: "not a list", ticked: [] } } });

test("a tab whose saved data breaks its render: the error, the other tabs still work, 重试, and a reset that backs the data up first", async () => {
  const s = await openPreview({ sample: "blank" }, { initScript: seedStorage, initArg: { seed: { [SKELETON_KEY]: BREAKING_SKELETON }, full: false } });
  try {
    const { page } = s;
    const fallback = page.getByTestId("tab-error-skeleton");
    await fallback.waitFor();
    assert.match((await fallback.textContent()) ?? "", /“骨架”出错了.*“骨架”无法显示。可以先重试.*错误信息：TypeError: /);
    // The shell and the other tabs are unaffected.
    await page.getByRole("tab", { name: "短语" }).click();
    await page.getByRole("combobox", { name: "搜索短语" }).waitFor();
    await page.getByRole("tab", { name: "骨架" }).click();
    await fallback.waitFor();
    // 重试 renders again (the data is still there, so it fails again).
    await page.getByRole("button", { name: "重试" }).click();
    await fallback.waitFor();

    await page.getByRole("button", { name: "重置此标签的本地数据" }).click();
    await page.getByRole("button", { name: "插入完整骨架" }).waitFor();
    const notice = (await page.getByText(/已重置“骨架”的本地数据（1 项）/).textContent()) ?? "";
    const backupKey = /“(report-composer:reset-backup:skeleton:[^”]+)”/.exec(notice)?.[1];
    assert.ok(backupKey, notice);
    assert.equal(await stored(page, SKELETON_KEY), null);
    const backup = JSON.parse((await stored(page, backupKey))!);
    assert.deepEqual(backup.data, { [SKELETON_KEY]: BREAKING_SKELETON }, "the old data is kept under the backup key shown");
    // Only the expected failure was logged (React and the boundary report it).
    assert.ok(s.errors.length > 0 && s.errors.every((e) => /not a function|render failed|The above error|skeleton/i.test(e)), s.errors.join("\n"));
  } finally {
    await s.close();
  }
});

test("reset with localStorage full: nothing is deleted until the old data is downloaded", async () => {
  const s = await openPreview({ sample: "blank" }, { initScript: seedStorage, initArg: { seed: { [SKELETON_KEY]: BREAKING_SKELETON }, full: true } });
  try {
    const { page } = s;
    await page.getByTestId("tab-error-skeleton").waitFor();
    await page.getByRole("button", { name: "重置此标签的本地数据" }).click();
    await page.getByText("无法备份旧数据（本机存储空间已满），没有删除任何数据。可以把旧数据下载为文件后再重置。").waitFor();
    assert.equal(await stored(page, SKELETON_KEY), BREAKING_SKELETON);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载旧数据并重置" }).click()]);
    assert.match(download.suggestedFilename(), /^report-composer-skeleton-backup-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d\.json$/);
    const file = JSON.parse(await readFile((await download.path())!, "utf8"));
    assert.deepEqual(file.data, { [SKELETON_KEY]: BREAKING_SKELETON });
    await page.getByRole("button", { name: "插入完整骨架" }).waitFor();
    await page.getByText(/已把“骨架”的旧数据下载为文件“report-composer-skeleton-backup-.*\.json”，并重置了本地数据。/).waitFor();
    assert.equal(await stored(page, SKELETON_KEY), null);
  } finally {
    await s.close();
  }
});

test("数据: values stored in the document that cannot be read (nested thousands deep) are ignored with a message", async () => {
  const s = await openPreview({ sample: "school" });
  try {
    const { page } = s;
    await page.evaluate(() => {
      const xml = `<metrics xmlns="urn:report-composer:metrics:v1" version="1" updatedAt="x">${"<value>".repeat(1500)}${"</value>".repeat(1500)}</metrics>`;
      (window as any).__preview.double.model.customXmlParts.push({ id: "deep", namespaceUri: "urn:report-composer:metrics:v1", xml });
    });
    await page.getByRole("tab", { name: "数据" }).click();
    await waitForToast(page, "文档中保存的数据有一部分无法读取（不是本加载项能识别的格式，可能已损坏），已忽略。之后保存数值时会以新数据替换它。");
    await page.getByText(/共找到 \d+ 处待填内容/).waitFor();
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
