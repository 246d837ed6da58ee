// 起草助手 configured by an administrator's content pack, end to end in Chromium at 320 px, in both
// languages: the pack (endpoint, model, system prompt, its own sensitive marks, locked) overrides
// the person's own settings, which had drafting off and pointed elsewhere; the pane names the pack
// and shows the endpoint before any request; the locked endpoint, model and switch are not offered
// to the person (only a key is); the pack's system prompt and marks are in force; and against the
// hostile server (a model that invents figures) 0 invented figures reach the document.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { documentParagraphs, openPreview, waitForToast, type PreviewSession } from "./harness";
import { paneOverflows } from "./paneLayout";
import { removeEveryMarkedFigure } from "./draftingFigures";
import { startOpenAiServer, type OpenAiServer } from "../support/openaiServer";
import { extractFigures, findUnsupportedFigures } from "../../src/core/drafting";
import { CACHE_FORMAT, SOURCES_KEY, cacheKey } from "../../src/taskpane/content/store";
import { DRAFTING_SETTINGS_KEY } from "../../src/taskpane/drafting/settings";

const DOC = ["关于2026年教学工作的报告", "一、教学质量", "全年组织理论学习12次，投入资金300万元。", "二、师资队伍", "三、下一步打算"].join("\n");
const PACK_URL = "https://packs.example.gov.cn/jiangcheng/model.json";
const PACK_NAME = { zh: "江城数据局模型配置", en: "Jiangcheng data bureau model" };
const SYSTEM_PROMPT = "本单位要求：文风朴实，不用排比。";
const OWN_MARK = "内部资料";

const T = {
  "zh-CN": {
    open: "起草", start: "开始起草", action: "操作", insert: "插入", replace: "替换", remove: "删去所在句", confirm: "确认，以后不再提示",
    written: /已写入/, settings: "起草设置", endpoint: "模型服务网址", model: "模型名称", enabled: "启用起草助手", apiKey: "访问口令（可不填）",
    fromPack: `由内容包“${PACK_NAME.zh}”配置`, locked: "管理员已固定模型服务，无需设置。", classified: /没有发送/,
  },
  "en-US": {
    open: "Draft", start: "Start drafting", action: "Action", insert: "Insert", replace: "Replace", remove: "Remove sentence", confirm: "OK, don't ask again",
    written: /written and read back/, settings: "Drafting settings", endpoint: "Model service address", model: "Model name", enabled: "Turn drafting on", apiKey: "Access key (optional)",
    fromPack: `Configured by pack “${PACK_NAME.en}”`, locked: "Your administrator has fixed the model service: nothing to set.", classified: /Not sent/,
  },
} as const;
type Lang = keyof typeof T;

let server: OpenAiServer;
before(async () => {
  server = await startOpenAiServer();
});
after(() => server.close());

/** The pack as the pane keeps a downloaded copy (the 内容包 page's own storage), and the person's own settings: off, elsewhere. */
function seeds(): Array<{ key: string; value: string }> {
  const pack = {
    format: "report-composer-pack",
    version: 1,
    id: "jiangcheng-model",
    name: PACK_NAME,
    publisher: "江城市数据资源管理局办公室（虚构示例）",
    updatedAt: "2026-12-01",
    drafting: { endpoint: server.endpoint("inventor"), model: "qwen3-32b", systemPrompt: SYSTEM_PROMPT, classifiedTerms: [OWN_MARK], locked: true },
  };
  return [
    { key: SOURCES_KEY, value: JSON.stringify({ version: 1, sources: [{ id: "model-pack", kind: "url", url: PACK_URL }] }) },
    { key: cacheKey("model-pack"), value: JSON.stringify({ format: CACHE_FORMAT, version: 1, fetchedAt: "2026-12-06T08:00:00.000Z", pack }) },
    { key: DRAFTING_SETTINGS_KEY, value: JSON.stringify({ enabled: false, endpoint: server.endpoint("ok"), model: "someone-elses-model", apiKey: "", confirmedEndpoint: "" }) },
  ];
}

async function open(lang: Lang): Promise<PreviewSession> {
  const session = await openPreview(
    { lang, width: "320", sample: "blank" },
    { initScript: (items: Array<{ key: string; value: string }>) => items.forEach((i) => localStorage.setItem(i.key, i.value)), initArg: seeds() },
  );
  await session.page.evaluate((text) => (window as any).__preview.load(text), DOC);
  await session.page.getByRole("button", { name: T[lang].open, exact: true }).click();
  await session.page.locator('[data-testid="drafting-endpoint"]').waitFor();
  return session;
}

async function cursorAt(page: Page, paragraph: number) {
  await page.evaluate((p: number) => (window as any).__preview.double.model.setSelection(p, 0), paragraph);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

for (const lang of ["zh-CN", "en-US"] as const) {
  describe(`起草助手 configured by a locked pack, at 320 px (${lang})`, () => {
    test("the pack's endpoint is shown before any request and cannot be changed; its prompt and marks apply; no invented figure reaches the document", async () => {
      const session = await open(lang);
      const { page } = session;
      const s = T[lang];
      try {
        const requests = server.requests.length;
        // The pack, not the person's settings (off, pointing elsewhere), is in force, and says so.
        await page.getByText(s.fromPack).waitFor();
        await page.getByText(s.locked).waitFor();
        const shown = (await page.locator('[data-testid="drafting-endpoint"]').textContent()) ?? "";
        assert.match(shown, new RegExp(escape(server.endpoint("inventor"))), `the pack's endpoint shown: ${shown}`);
        assert.ok(!shown.includes(server.endpoint("ok")), "not the person's own endpoint");
        assert.match(shown, /qwen3-32b/, "the pack's model shown");
        assert.equal(await page.getByRole("button", { name: s.start, exact: true }).isDisabled(), true, "no request before the endpoint is confirmed");

        // Locked: the settings offer only the person's own key; no endpoint, model or switch to change.
        await page.locator("summary").filter({ hasText: s.settings }).click();
        await page.getByLabel(s.apiKey).waitFor();
        assert.equal(await page.getByRole("textbox", { name: s.endpoint }).count(), 0, "no endpoint box");
        assert.equal(await page.getByRole("textbox", { name: s.model, exact: true }).count(), 0, "no model box");
        assert.equal(await page.getByRole("switch", { name: s.enabled }).count(), 0, "no switch to turn it off");
        assert.deepEqual(await paneOverflows(page), [], "nothing sticks out of the 320 px pane");
        assert.equal(server.requests.length, requests, "nothing was sent while the pane was only shown");

        await page.getByRole("button", { name: s.confirm }).click();

        // The pack's own sensitive mark keeps the text home.
        await page.evaluate((text) => (window as any).__preview.load(text), `${OWN_MARK}\n${DOC}`);
        await cursorAt(page, 3);
        await page.getByRole("button", { name: s.start, exact: true }).click();
        await page.locator('[data-testid="drafting-message"]').filter({ hasText: s.classified }).waitFor();
        assert.equal(server.requests.length, requests, "text under the pack's mark was not sent");
        await page.evaluate((text) => (window as any).__preview.load(text), DOC);

        const plan: Array<{ action: string; at: number | "last"; mode: "insert" | "replace"; edit?: true }> = [
          { action: "polish", at: 2, mode: "replace", edit: true },
          { action: "expand", at: 3, mode: "insert" },
          { action: "generateSection", at: "last", mode: "insert" },
        ];
        for (const step of plan) {
          const before = server.requests.length;
          await cursorAt(page, step.at === "last" ? (await documentParagraphs(page)).length - 1 : step.at);
          await page.getByRole("combobox", { name: s.action }).selectOption(step.action);
          await page.getByRole("button", { name: s.start, exact: true }).click();
          await page.locator('[data-testid="drafting-edit"]').waitFor({ timeout: 15_000 });
          const sent = server.requests.slice(before);
          assert.equal(sent.length, 1, `${step.action}: one request, no retry`);
          assert.ok(sent[0]!.path.startsWith("/inventor/"), `${step.action}: sent to the pack's endpoint (${sent[0]!.path})`);
          const body = sent[0]!.body as { model: string; messages: Array<{ role: string; content: string }> };
          assert.equal(body.model, "qwen3-32b", `${step.action}: the pack's model`);
          assert.ok(body.messages.some((m) => m.role === "system" && m.content.includes(SYSTEM_PROMPT)), `${step.action}: the pack's system prompt sent`);

          const marked = await page.locator('[data-testid="drafting-figure"] span').allTextContents();
          assert.ok(marked.includes("15.3%"), `${step.action}: invented figures marked (${marked.join(", ")})`);
          assert.equal(await page.getByRole("button", { name: s.insert, exact: true }).isDisabled(), true, `${step.action}: 插入 blocked`);
          if (step.edit) {
            // The person edits the result: a figure typed in is caught like the model's; one from the text is not.
            const box = page.locator('[data-testid="drafting-edit"]');
            await box.fill("全年组织理论学习12次，投入资金300万元，同比增长8.5%。");
            await page.locator('[data-testid="drafting-figure"] span').filter({ hasText: "8.5%" }).waitFor();
            assert.equal(await page.getByRole("button", { name: s.replace, exact: true }).isDisabled(), true, "a typed-in figure blocks 替换");
            // A keystroke: the text changes at once, the checks follow in a transition (a later task).
            // Until they do, the marked figures' offsets are stale: 删去所在句 is disabled, the bar busy.
            const meanwhile = await page.evaluate(async (removeLabel) => {
              const textarea = document.querySelector<HTMLTextAreaElement>('textarea[data-testid="drafting-edit"]')!;
              Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(textarea, `${textarea.value}再`);
              textarea.dispatchEvent(new Event("input", { bubbles: true }));
              await new Promise<void>((resolve) => queueMicrotask(resolve));
              const removes = Array.from(document.querySelectorAll<HTMLButtonElement>('[data-testid="drafting-figure"] button')).filter((b) => b.textContent === removeLabel);
              return { busy: document.querySelector('[data-testid="drafting-figures"]')?.getAttribute("aria-busy"), removes: removes.map((b) => b.disabled) };
            }, s.remove);
            assert.equal(meanwhile.busy, "true", "the figures' bar is busy while the checks catch up");
            assert.ok(meanwhile.removes.length > 0 && meanwhile.removes.every(Boolean), `删去所在句 disabled meanwhile: ${JSON.stringify(meanwhile.removes)}`);
            await page.locator('[data-testid="drafting-figures"][aria-busy="false"]').waitFor();
            assert.equal(await page.locator('[data-testid="drafting-figure"]').first().getByRole("button", { name: s.remove }).isDisabled(), false, "enabled again once checked");
            await box.fill("全年组织理论学习12次，投入资金300万元，各项工作扎实推进。");
          }
          await removeEveryMarkedFigure(page, s.remove);
          await page.locator('[data-testid="drafting-figures-ok"]').waitFor();
          await page.getByRole("button", { name: step.mode === "insert" ? s.insert : s.replace, exact: true }).click();
          await waitForToast(page, s.written);
          await page.locator('[data-testid="drafting-edit"]').waitFor({ state: "detached" });
        }
        const final = (await documentParagraphs(page)).join("\n");
        assert.deepEqual(findUnsupportedFigures(final, { texts: [DOC] }), [], "0 invented figures reached the document");
        const original = new Set(extractFigures(DOC, { generous: true }).map((f) => `${f.kind}:${f.value}`));
        for (const f of extractFigures(final)) assert.ok(original.has(`${f.kind}:${f.value}`), `figure ${f.text} was in the document before`);
        assert.ok(final.includes("围绕“师资队伍”"), "the expanded section was written");
        assert.ok(server.requests.every((r) => !r.path.startsWith("/ok/")), "the person's own endpoint was never used");
        assert.deepEqual(session.errors, []);
      } finally {
        await session.close();
      }
    });
  });
}
