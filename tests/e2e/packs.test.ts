// Content packs end to end, in Chromium: the 内容包 page (add, refresh, cancel, one download at a
// time, the size limit while streaming, http: refused, import, export), the old team library
// carried over, and a pack's content in every tab (骨架, 短语, 检查, a locked 排版 profile).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page, Route } from "playwright-core";
import { documentParagraphs, openPreview, waitForToast } from "./harness";
import { expandAll, paneOverflows } from "./paneLayout";
import { parsePack } from "../../src/core/packs";
import { serializeTeamCache, USER_STORE_KEY } from "../../src/core/snippets";
import { standardProfile } from "../../src/core/format";
import { formatStamp } from "../../src/taskpane/content/store";

const EXAMPLE = readFileSync(join(import.meta.dirname, "../../assets/packs/example-pack.json"), "utf8");
const PACK_URL = "https://packs.example.gov.cn/jiangcheng/pack.json";
const PACK_NAME = "江城数据局示例内容包";

async function openPacksPage(page: Page): Promise<void> {
  await page.getByRole("button", { name: "内容包", exact: true }).click();
  await page.getByRole("heading", { name: "内容包", exact: true }).waitFor();
}

const urlBox = (page: Page) => page.getByRole("textbox", { name: "内容包地址" });
const sourceItems = (page: Page) => page.getByRole("list", { name: "已添加的内容包" }).getByRole("listitem");

/** Serves the example pack at PACK_URL (Playwright answers for the intranet server); counts requests. */
async function servePack(page: Page, body = EXAMPLE): Promise<{ requests: () => number }> {
  let count = 0;
  await page.route(PACK_URL, (route) => {
    count++;
    return route.fulfill({ body, contentType: "application/json" });
  });
  return { requests: () => count };
}

async function addPack(page: Page, url = PACK_URL): Promise<void> {
  await openPacksPage(page);
  await urlBox(page).fill(url);
  await urlBox(page).press("Enter");
  await waitForToast(page, `已添加内容包“${PACK_NAME}”`);
}

/** Fetch failures are shown in the pane; the browser logs the refused request itself. */
const realErrors = (errors: string[]) => errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED|ERR_FAILED|net::/.test(e));

test("packs: a team URL's pack shows in 骨架 (with its source, inserted), 短语, 检查 and a locked 排版; offline after a reload", async () => {
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    const served = await servePack(page);
    await addPack(page);
    assert.equal(served.requests(), 1);
    const item = sourceItems(page).first();
    const text = await item.innerText();
    assert.match(text, new RegExp(PACK_NAME));
    assert.match(text, /锁定排版/);
    assert.ok(text.includes(PACK_URL), text);
    assert.match(text, /骨架 1 · 短语 4 · 提法 3 · 排版格式（锁定）/);
    assert.match(text, /上次下载：\d{4}-\d\d-\d\d \d\d:\d\d · 版本日期：2026-12-01/);

    // 骨架: listed under the pack's name, its source shown, inserted like a built-in genre.
    await page.getByRole("tab", { name: "骨架" }).click();
    const genre = page.getByRole("combobox", { name: "报告文种" });
    const group = await genre.evaluate((select) =>
      [...select.querySelectorAll("optgroup")].map((g) => `${g.label}: ${[...g.querySelectorAll("option")].map((o) => o.textContent).join("|")}`),
    );
    assert.deepEqual(group, [`内容包“${PACK_NAME}”: 季度工作进展汇报`]);
    await genre.selectOption({ label: "季度工作进展汇报" });
    await page.getByText(`来源：内容包“${PACK_NAME}”（${PACK_URL}）`).waitFor();
    await page.getByRole("button", { name: "插入完整骨架" }).click();
    await waitForToast(page, /已插入/);
    const paragraphs = await documentParagraphs(page);
    assert.ok(paragraphs.includes("××处20XX年第×季度重点工作进展情况"), paragraphs.join("\n"));
    assert.ok(paragraphs.includes("一、总体进展"), paragraphs.join("\n"));
    assert.ok(paragraphs.includes("（二）便民服务事项上线"), paragraphs.join("\n"));

    // 短语: the pack's phrases, their source named.
    await page.getByRole("tab", { name: "短语" }).click();
    const search = page.getByRole("combobox", { name: "搜索短语" });
    await search.fill("季度汇报结尾");
    const first = page.getByRole("listbox", { name: "搜索结果" }).getByRole("option").first();
    await page.waitForFunction(() => document.querySelector('[role="option"] span')?.textContent === "季度汇报结尾");
    assert.equal(await first.evaluate((e) => e.lastElementChild?.textContent), `结尾语 · 内容包：${PACK_NAME}`);
    await page.getByRole("button", { name: "团队短语（内容包）" }).click();
    await page.getByText("来自 1 个内容包的短语 4 条。").waitFor();

    // 检查: the pack's 提法 are checked.
    await page.evaluate(() => (window as any).__preview.load("关于江城数据局营商坏境的汇报\n一、总体情况\n本季度践行服务群众、服务企业、服务基层。"));
    await page.getByRole("tab", { name: "排版与检查" }).click();
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByText("规范提法是“江城市数据资源管理局”，不是“江城数据局”。").first().waitFor();
    await page.getByText("规范提法是“营商环境”，不是“营商坏境”。").first().waitFor();
    await page.getByText("“三服务”的内容有固定顺序：应为“服务企业、服务群众、服务基层”。").first().waitFor();

    // 排版: the locked profile is shown as such, cannot be changed, and is what 一键排版 applies.
    await page.getByText(`排版格式由内容包“${PACK_NAME}”锁定，不能修改或改选其他格式。`).waitFor();
    const preset = page.getByRole("combobox", { name: "格式方案" });
    assert.equal(await preset.isDisabled(), true);
    assert.equal(await preset.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent), `江城市机关公文格式（内容包“${PACK_NAME}”）`);
    const spacing = page.getByRole("spinbutton", { name: "固定行距（磅）" });
    assert.equal(await spacing.inputValue(), "29");
    assert.equal(await spacing.isDisabled(), true);
    await page.getByRole("button", { name: "一键排版" }).click();
    await page.getByText(/固定行距 29 磅/).waitFor();

    // Offline: a reload reads the stored copy; nothing is requested.
    await page.reload();
    await page.getByRole("tablist").waitFor();
    await openPacksPage(page);
    await sourceItems(page).first().getByText(PACK_NAME).waitFor();
    await page.getByRole("tab", { name: "排版与检查" }).click();
    await page.getByText(`排版格式由内容包“${PACK_NAME}”锁定`, { exact: false }).waitFor();
    assert.equal(served.requests(), 1);

    // Removing the pack unlocks the profile again.
    await openPacksPage(page);
    await page.getByRole("button", { name: `删除“${PACK_NAME}”` }).click();
    await waitForToast(page, `已删除内容包“${PACK_NAME}”。`);
    await page.getByText("还没有内容包。").waitFor();
    await page.getByRole("tab", { name: "排版与检查" }).click();
    assert.equal(await page.getByRole("combobox", { name: "格式方案" }).isDisabled(), false);
    assert.deepEqual(realErrors(s.errors), []);
  } finally {
    await s.close();
  }
});

test("packs: one download at a time — Enter while it runs sends nothing and the address kept is the one asked for; 取消 stops a slow refresh", async () => {
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    const other = "https://packs.example.gov.cn/other/pack.json";
    const requested: string[] = [];
    let mode: "slow" | "normal" = "slow";
    let release!: () => void;
    let gate = new Promise<void>((r) => (release = r));
    const answer = async (route: Route) => {
      requested.push(route.request().url());
      if (mode === "slow") await gate;
      await route.fulfill({ body: EXAMPLE, contentType: "application/json" }).catch(() => undefined); // cancelled meanwhile
    };
    await page.route(PACK_URL, answer);
    await page.route(other, answer);

    await openPacksPage(page);
    await urlBox(page).fill(PACK_URL);
    await urlBox(page).press("Enter");
    await page.getByRole("status").filter({ hasText: `正在下载 ${PACK_URL}` }).waitFor();
    // A second Enter, and Enter on another address typed meanwhile: no second request.
    await urlBox(page).press("Enter");
    await urlBox(page).fill(other);
    await urlBox(page).press("Enter");
    assert.equal(await page.getByRole("button", { name: "正在下载…" }).isDisabled(), true);
    await page.waitForTimeout(300);
    assert.deepEqual(requested, [PACK_URL]);
    release();
    await waitForToast(page, `已添加内容包“${PACK_NAME}”`);
    assert.deepEqual(requested, [PACK_URL]);
    assert.equal(await sourceItems(page).count(), 1);
    assert.ok((await sourceItems(page).first().innerText()).includes(PACK_URL), "(await sourceItems(page).first().innerText()).includes(PACK_URL)");
    // The address typed during the download stays in the box for the person to add next.
    assert.equal(await urlBox(page).inputValue(), other);

    // A slow refresh, cancelled: the copy downloaded before stays in use, and the message says since when.
    gate = new Promise<void>((r) => (release = r));
    await page.getByRole("button", { name: `刷新“${PACK_NAME}”` }).click();
    await page.getByRole("status").filter({ hasText: `正在下载 ${PACK_URL}` }).waitFor();
    assert.equal(await page.getByRole("button", { name: `刷新“${PACK_NAME}”` }).isDisabled(), true);
    await page.getByRole("button", { name: "取消", exact: true }).click();
    const alert = sourceItems(page).first().getByRole("alert");
    await alert.waitFor();
    assert.match(await alert.innerText(), /^已取消下载。已继续使用 \d{4}-\d\d-\d\d \d\d:\d\d 下载的内容。$/);
    await page.getByRole("status").filter({ hasText: "正在下载" }).waitFor({ state: "detached" });
    release();
    assert.equal(requested.length, 2);

    // A new address cancelled: not added, and the message does not pretend anything is in use.
    gate = new Promise<void>((r) => (release = r));
    await urlBox(page).fill(other);
    await urlBox(page).press("Enter");
    await page.getByRole("status").filter({ hasText: `正在下载 ${other}` }).waitFor();
    await page.getByRole("button", { name: "取消", exact: true }).click();
    await page.getByText("已取消下载。内容包未添加。").waitFor();
    assert.equal(await sourceItems(page).count(), 1);
    release();

    // Afterwards a refresh works again.
    mode = "normal";
    await page.getByRole("button", { name: `刷新“${PACK_NAME}”` }).click();
    await waitForToast(page, `已更新内容包“${PACK_NAME}”`);
    assert.equal(await sourceItems(page).first().getByRole("alert").count(), 0);
    assert.deepEqual(realErrors(s.errors), []);
  } finally {
    await s.close();
  }
});

test("packs: a 60 MB reply without Content-Length is refused after the limit, not read whole; http:// is refused with the reason", async () => {
  // A real server (Playwright's fulfil always sends a length): chunked, 60 MB at about 10 MB/s
  // (paced, so that what it sent measures when the pane stopped reading, not how much Chromium's
  // network layer buffers ahead on a busy machine), counting what it sent.
  let sent = 0;
  let finished = false;
  const server = createServer(async (req, res) => {
    res.writeHead(200, {
      "content-type": "application/json",
      "access-control-allow-origin": req.headers.origin ?? "*",
      "access-control-allow-credentials": "true",
    });
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    let closed = false;
    res.on("close", () => (closed = true));
    while (!closed && sent < 60 * 1024 * 1024) {
      sent += chunk.length;
      if (!res.write(chunk)) await new Promise((r) => res.once("drain", r).once("close", r));
      await new Promise((r) => setTimeout(r, 25));
    }
    finished = !closed;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  const big = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/big.json`;
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    await openPacksPage(page);
    await urlBox(page).fill(big);
    await urlBox(page).press("Enter");
    const error = page.getByText(/^文件过大（至少 5\.0 MB），不能超过 5\.0 MB。内容包未添加。$/);
    await error.waitFor({ timeout: 20000 });
    await page.waitForTimeout(500);
    assert.equal(finished, false, "the server never got to send all 60 MB");
    assert.ok(sent < 40 * 1024 * 1024, `sent ${(sent / 1024 / 1024).toFixed(1)} MB of 60`);
    assert.equal(await sourceItems(page).count(), 0);

    // http:// on an intranet host: refused before any request, saying why.
    let requests = 0;
    await page.route("http://packs.example.gov.cn/**", (route) => {
      requests++;
      return route.abort();
    });
    await urlBox(page).fill("http://packs.example.gov.cn/pack.json");
    await page.getByRole("button", { name: "添加并下载" }).click();
    await page.getByText("不能使用 http:// 地址：本加载项通过 https 运行，Word 会把 http 内容当作“混合内容”拦截。请把文件放在 https:// 地址上。").waitFor();
    assert.equal(requests, 0);
    assert.deepEqual(realErrors(s.errors), []);
  } finally {
    await s.close();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});

test("packs: import a pack file (a bad one says why), export my phrases, skeletons and a locked profile", async () => {
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    // Own phrases and one own skeleton, as the 短语 tab and 存为骨架 keep them.
    const genre = { ...JSON.parse(EXAMPLE).genres[0], id: "my-quarterly", name: { zh: "我的季度汇报", en: "My quarterly report" } };
    await page.evaluate(
      ([userKey, genres]) => {
        localStorage.setItem(
          userKey,
          JSON.stringify({ version: 1, snippets: [{ id: "mine-1", category: "personal", title: "我的一句", text: "这是我自己的一句话。", tags: [] }], favourites: [], recent: [], fieldValues: {} }),
        );
        localStorage.setItem("report-composer:personal-genres:v1", JSON.stringify({ version: 1, genres }));
      },
      [USER_STORE_KEY, [genre]] as const,
    );
    await page.reload();
    await page.getByRole("tablist").waitFor();
    await openPacksPage(page);

    const input = page.getByLabel("选择要导入的内容包文件（.json）");
    await input.setInputFiles({ name: "deep.json", mimeType: "application/json", buffer: Buffer.from("[".repeat(10_000) + "]".repeat(10_000)) });
    await page.getByRole("alert").filter({ hasText: "未导入：不是内容包：内容嵌套超过 64 层，不是本工具的文件。" }).waitFor();
    await input.setInputFiles({ name: "example-pack.json", mimeType: "application/json", buffer: Buffer.from(EXAMPLE) });
    await waitForToast(page, `已导入内容包“${PACK_NAME}”：骨架 1 · 短语 4 · 提法 3 · 排版格式（锁定）。`);
    assert.match(await sourceItems(page).first().innerText(), /文件：example-pack\.json[\s\S]*导入于：/);
    // The same pack again replaces it.
    await input.setInputFiles({ name: "example-pack.json", mimeType: "application/json", buffer: Buffer.from(EXAMPLE) });
    await waitForToast(page, `已用新文件替换内容包“${PACK_NAME}”`);
    assert.equal(await sourceItems(page).count(), 1);
    // No refresh for a file.
    assert.equal(await page.getByRole("button", { name: `刷新“${PACK_NAME}”` }).count(), 0);
    // While the pack locks the profile, that is the profile an export would take.
    await page.getByRole("checkbox", { name: "当前排版格式：江城市机关公文格式" }).waitFor();
    await page.getByRole("button", { name: `删除“${PACK_NAME}”` }).click();

    await page.getByRole("checkbox", { name: "我的短语（1）" }).waitFor();
    assert.equal(await page.getByRole("checkbox", { name: "我的骨架（1）" }).isChecked(), true);
    await page.getByRole("checkbox", { name: `当前排版格式：${standardProfile.name.zh}` }).check();
    await page.getByRole("checkbox", { name: "锁定排版格式（导入者不能修改）" }).check();
    await page.getByRole("textbox", { name: "内容包名称" }).fill("办公室内容包");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出", exact: true }).click()]);
    assert.match(download.suggestedFilename(), /^report-composer-pack-export-[0-9a-f]{8}-\d{4}-\d\d-\d\d\.json$/);
    const parsed = parsePack(await readFile((await download.path())!));
    assert.ok(parsed.ok, parsed.ok ? "" : parsed.error.en);
    assert.equal(parsed.pack.name.zh, "办公室内容包");
    assert.deepEqual(parsed.pack.snippets?.map((x) => x.title), ["我的一句"]);
    assert.deepEqual(parsed.pack.genres?.map((g) => g.id), ["my-quarterly"]);
    assert.equal(parsed.pack.formatProfile?.locked, true);
    assert.deepEqual(parsed.pack.formatProfile?.profile, standardProfile);
    await waitForToast(page, "已导出内容包：骨架 1 · 短语 1 · 排版格式（锁定）。");

    // My own skeleton is listed in 骨架 under 我的骨架.
    await page.getByRole("tab", { name: "骨架" }).click();
    await page.getByRole("combobox", { name: "报告文种" }).selectOption({ label: "我的季度汇报" });
    await page.getByText("来源：我的骨架").waitFor();
    assert.deepEqual(realErrors(s.errors), []);
  } finally {
    await s.close();
  }
});

test("packs: the old team library is carried over (no request at startup), and its refresh failures are truthful", async () => {
  const s = await openPreview({ sample: "blank" });
  try {
    const { page } = s;
    const url = "https://library.example.gov.cn/team.json";
    const snippets = [{ id: "t-1", category: "jingjifazhan", title: "开发区提质", text: "推动开发区提质增效，打造高水平对外开放平台。", tags: ["正式"] }];
    await page.evaluate(
      ([u, cache]) => {
        localStorage.setItem("report-composer:snippets-team:v1", JSON.stringify({ url: u }));
        localStorage.setItem("report-composer:snippets-team-cache:v1", cache);
      },
      [url, serializeTeamCache({ url, fetchedAt: "2026-11-20T02:00:00.000Z", snippets })] as const,
    );
    let requests = 0;
    let serve: "sign-in page" | "down" = "sign-in page";
    await page.route(url, (route) => {
      requests++;
      if (serve === "down") return route.abort("connectionrefused");
      return route.fulfill({ body: "<!doctype html><html><body>请登录</body></html>", contentType: "text/html" });
    });
    await page.reload();
    await page.getByRole("tablist").waitFor();
    await waitForToast(page, `原“团队短语库”（${url}）已转为内容包，在“内容包”页面管理。`);
    assert.equal(await page.evaluate(() => localStorage.getItem("report-composer:snippets-team:v1")), null);

    await page.getByRole("tab", { name: "短语" }).click();
    await page.getByRole("combobox", { name: "搜索短语" }).fill("kfqtz");
    await page.waitForFunction(() => document.querySelector('[role="option"] span')?.textContent === "开发区提质");
    const meta = await page.getByRole("listbox", { name: "搜索结果" }).getByRole("option").first().evaluate((e) => e.lastElementChild?.textContent);
    assert.equal(meta, "经济发展 · 内容包：团队短语库");
    assert.equal(requests, 0);

    await openPacksPage(page);
    const item = sourceItems(page).first();
    assert.match(await item.innerText(), /团队短语库[\s\S]*短语 1/);
    await page.getByRole("button", { name: "刷新“团队短语库”" }).click();
    const alert = item.getByRole("alert");
    await alert.filter({ hasText: "文件是网页（HTML），不是内容包" }).waitFor();
    // Chromium and this process share the machine's time zone.
    const stamp = formatStamp("2026-11-20T02:00:00.000Z");
    assert.ok((await alert.innerText()).endsWith(`已继续使用 ${stamp} 下载的内容。`), await alert.innerText());
    serve = "down";
    await page.getByRole("button", { name: "刷新“团队短语库”" }).click();
    await alert.filter({ hasText: "无法连接服务器" }).waitFor();
    assert.equal(requests, 2);
    assert.deepEqual(realErrors(s.errors), []);
  } finally {
    await s.close();
  }
});

test("packs: the 内容包 page fits a 320 px pane in both languages, with no serious accessibility violations", async () => {
  for (const lang of ["zh-CN", "en-US"]) {
    const s = await openPreview({ sample: "blank", lang, width: "320" });
    try {
      const { page } = s;
      await servePack(page);
      await page.getByRole("button", { name: lang === "zh-CN" ? "内容包" : "Packs", exact: true }).click();
      await urlBox(page).or(page.getByRole("textbox", { name: "Pack address" })).fill(PACK_URL);
      await page.keyboard.press("Enter");
      await page.locator("[data-source-id]").first().waitFor();
      await page.locator("[data-source-id] .fui-Badge").waitFor();
      // A failure message too, the longest text a source shows.
      await page.unroute(PACK_URL);
      await page.route(PACK_URL, (route) => route.fulfill({ status: 404, body: "" }));
      await page.locator("[data-source-id] button").first().click();
      await page.locator("[data-source-id] [role=alert]").waitFor();
      await expandAll(page);
      const problems = await paneOverflows(page);
      assert.deepEqual(problems, [], `${lang}: ${problems.join("\n")}`);
      const header = await page.locator("#taskpane header").evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      assert.ok(header.scroll <= header.client, `${lang}: header ${header.scroll} > ${header.client}`);
      // The two header buttons leave the title on one line.
      const title = await page.locator("#taskpane header h1").evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
      assert.ok(title < 1.5, `${lang}: the title takes ${title.toFixed(1)} lines`);
      const axe = await new AxeBuilder({ page }).include("#taskpane main").exclude("[data-tabster-dummy]").analyze();
      const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), [], lang);
      assert.deepEqual(realErrors(s.errors), []);
    } finally {
      await s.close();
    }
  }
});
