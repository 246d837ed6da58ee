// taskpane.html in the webviews that cannot run the pane (Internet Explorer 11 / Trident, Edge
// Legacy / EdgeHTML, faked by user agent in Chromium), without office.js, and on a Word without
// WordApi 1.3: a bilingual message a screen reader announces, and no pane mounted behind it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import type { Browser, Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { launchBrowser } from "./harness";

const ROOT = join(import.meta.dirname, "../../.test-output/preview");
const CDN = "https://appsforoffice.microsoft.com/**";
// User agents as Office's webviews send them (Microsoft's article tests for "Trident" and "Edge/").
const TRIDENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16; rv:11.0) like Gecko";
const EDGEHTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";

/** An office.js stand-in: onReady calls back asynchronously, in order, like the real one. */
const officeStub = (wordApi: string) => `window.Office = {
  onReady: function (cb) { return new Promise(function (resolve) { setTimeout(function () {
    var info = { host: "Word", platform: "PC" }; if (cb) cb(info); resolve(info); }, 30); }); },
  context: { displayLanguage: "zh-CN", requirements: { isSetSupported: function (name, version) {
    return name === "WordApi" && Number(version || "1.1") <= ${wordApi}; } } }
};`;

let server: Server;
let baseUrl = "";
let browser: Browser;

before(async () => {
  server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^([/\\])+/, "");
    try {
      const body = await readFile(join(ROOT, path));
      res.writeHead(200, { "content-type": extname(path) === ".html" ? "text/html; charset=utf-8" : "text/javascript; charset=utf-8" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openPane(options: { userAgent?: string; wordApi?: string; officeJs?: "stub" | "unreachable" }): Promise<Page> {
  const context = await browser.newContext({ userAgent: options.userAgent, viewport: { width: 360, height: 700 } });
  const page = await context.newPage();
  if (options.officeJs === "unreachable") await page.route(CDN, (route) => route.abort("internetdisconnected"));
  else await page.route(CDN, (route) => route.fulfill({ contentType: "text/javascript", body: officeStub(options.wordApi ?? "1.9") }));
  await page.goto(`${baseUrl}taskpane.html`);
  return page;
}

/** The notice is shown, the pane is not (give its Office.onReady time to have run). */
async function assertNoticeOnly(page: Page): Promise<string> {
  const notice = page.getByRole("alert");
  await notice.waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.locator("#root").count(), 0, "#root removed, so the pane mounts nothing");
  assert.equal(await page.getByRole("tablist").count(), 0, "no task pane behind the notice");
  const text = await notice.innerText();
  assert.equal(await page.locator("#webview-notice section[lang=zh-CN] h1").count(), 1);
  assert.equal(await page.locator("#webview-notice section[lang=en] h1").count(), 1);
  return text;
}

test("Internet Explorer (Trident): which Office versions run the pane, and that 重新编号 still works", async () => {
  const page = await openPane({ userAgent: TRIDENT });
  const text = await assertNoticeOnly(page);
  for (const expected of ["Internet Explorer 11", "批量许可版 Office 2016", "Office 2021", "WebView2", "重新编号", "Word 网页版"]) {
    assert.ok(text.includes(expected), `Chinese notice mentions ${expected}`);
  }
  for (const expected of ["volume-licensed Office 2016", "Office 2021", "Renumber", "Word on the web"]) {
    assert.ok(text.includes(expected), `English notice mentions ${expected}`);
  }
  assert.match(await page.title(), /不能显示.*·.*cannot show/);
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.help}`), []);
  await page.context().close();
});

test("Edge Legacy (EdgeHTML): install the WebView2 Runtime (offline installer on intranets), restart Word", async () => {
  const page = await openPane({ userAgent: EDGEHTML });
  const text = await assertNoticeOnly(page);
  for (const expected of ["EdgeHTML", "Microsoft Edge WebView2 Runtime", "独立安装程序", "重新启动 Word", "standalone (offline) installer", "restart Word"]) {
    assert.ok(text.includes(expected), `notice mentions ${expected}`);
  }
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.help}`), []);
  await page.context().close();
});

test("a Word with WordApi 1.1 only (volume-licensed Office 2016) is told so plainly, not given a failing pane", async () => {
  const page = await openPane({ wordApi: "1.1" });
  const text = await assertNoticeOnly(page);
  assert.ok(text.includes("WordApi 1.3") && text.includes("1.1"), "text.includes(\"WordApi 1.3\") && text.includes(\"1.1\")");
  assert.ok(text.includes("重新编号") && text.includes("Renumber"), "text.includes(\"重新编号\") && text.includes(\"Renumber\")");
  await page.context().close();
});

test("office.js unreachable (an intranet with the CDN build): says so, names the address and the intranet build", async () => {
  const page = await openPane({ officeJs: "unreachable" });
  const text = await assertNoticeOnly(page);
  assert.ok(text.includes("https://appsforoffice.microsoft.com/lib/1/hosted/office.js"), "text.includes(\"https://appsforoffice.microsoft.com/lib/1/hosted/office.js\")");
  assert.ok(text.includes("OFFICE_JS=bundled"), "text.includes(\"OFFICE_JS=bundled\")");
  await page.context().close();
});

test("a modern webview with WordApi 1.3 gets the task pane and no notice", async () => {
  const page = await openPane({ wordApi: "1.3" });
  await page.getByRole("tablist").waitFor();
  assert.equal(await page.locator("#webview-notice").count(), 0);
  await page.context().close();
});
