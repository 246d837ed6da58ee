// 起草助手 end to end, in Chromium at 320 px, in both languages: the pane drives every action
// against the hostile OpenAI-compatible server (a model that invents figures and writes outdated
// 提法); each draft's invented figures are marked and block 插入 until removed; what reaches the
// document carries no figure that was not in it before. Also: the endpoint shown before the first
// request, classified text never sent, an error explained, reasoning folded and never inserted.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { documentParagraphs, openPreview, waitForToast, type PreviewSession } from "./harness";
import { paneOverflows } from "./paneLayout";
import { removeEveryMarkedFigure } from "./draftingFigures";
import { startOpenAiServer, type OpenAiServer } from "../support/openaiServer";
import { extractFigures, findUnsupportedFigures } from "../../src/core/drafting";

const DOC = ["关于2026年教学工作的报告", "一、教学质量", "全年组织理论学习12次，投入资金300万元。", "二、师资队伍", "（一）教师培养", "（二）骨干评选", "三、下一步打算"].join("\n");

const T = {
  "zh-CN": {
    open: "起草", start: "开始起草", action: "操作", insert: "插入", replace: "替换", remove: "删去所在句", accept: "确认无误", discard: "放弃",
    confirm: "确认，以后不再提示", written: /已写入/, length: "目标字数", classified: /没有发送/, rateLimited: /429/, reasoning: "模型的思考过程（不会插入）",
  },
  "en-US": {
    open: "Draft", start: "Start drafting", action: "Action", insert: "Insert", replace: "Replace", remove: "Remove sentence", accept: "Confirm", discard: "Discard",
    confirm: "OK, don't ask again", written: /written and read back/, length: "Target characters", classified: /Not sent/, rateLimited: /429/, reasoning: "The model's reasoning (never inserted)",
  },
} as const;

type Lang = keyof typeof T;

let server: OpenAiServer;
before(async () => {
  server = await startOpenAiServer();
});
after(() => server.close());

async function open(lang: Lang, scenario: string, confirmed: boolean): Promise<PreviewSession> {
  const endpoint = server.endpoint(scenario);
  const session = await openPreview(
    { lang, width: "320", sample: "blank" },
    {
      initScript: (seed: { key: string; value: string }) => localStorage.setItem(seed.key, seed.value),
      initArg: { key: "report-composer:drafting:v1", value: JSON.stringify({ enabled: true, endpoint, model: "qwen3-32b", apiKey: "", confirmedEndpoint: confirmed ? endpoint : "" }) },
    },
  );
  await session.page.evaluate((text) => (window as any).__preview.load(text), DOC);
  await session.page.getByRole("button", { name: T[lang].open, exact: true }).click();
  await session.page.locator('[data-testid="drafting-endpoint"]').waitFor();
  return session;
}

async function cursorAt(page: Page, paragraph: number, endParagraph = paragraph) {
  await page.evaluate(({ p, e }: { p: number; e: number }) => {
    const model = (window as any).__preview.double.model;
    if (p === e) model.setSelection(p, 0);
    else model.setSelection(p, 0, e, model.paragraphs[e].text.length);
  }, { p: paragraph, e: endParagraph });
}

/** Runs one action to its review; returns the invented figures the pane marked. */
async function draft(page: Page, lang: Lang, action: string): Promise<string[]> {
  const s = T[lang];
  await page.getByRole("combobox", { name: s.action }).selectOption(action);
  if (action === "shorten") await page.getByRole("spinbutton", { name: s.length }).fill("30");
  await page.getByRole("button", { name: s.start, exact: true }).click();
  await page.locator('[data-testid="drafting-edit"]').waitFor({ timeout: 15_000 });
  return page.locator('[data-testid="drafting-figure"] span').allTextContents();
}

const insertButton = (page: Page, lang: Lang) => page.getByRole("button", { name: T[lang].insert, exact: true });

const ORIGINAL_FIGURES = new Set(extractFigures(DOC, { generous: true }).map((f) => `${f.kind}:${f.value}`));

for (const lang of ["zh-CN", "en-US"] as const) {
  describe(`起草助手 at 320 px (${lang})`, () => {
    test("every action against a model that invents: figures marked, 插入 blocked until removed, none reaches the document", async () => {
      const session = await open(lang, "inventor", true);
      const { page } = session;
      const s = T[lang];
      try {
        const plan: Array<{ action: string; at: [number, number?]; mode: "insert" | "replace" }> = [
          { action: "polish", at: [2], mode: "replace" },
          { action: "expand", at: [1], mode: "insert" },
          { action: "continue", at: [2], mode: "insert" },
          { action: "formalize", at: [2, 2], mode: "replace" },
          { action: "shorten", at: [2], mode: "replace" },
          { action: "outlineToBody", at: [3], mode: "replace" },
          { action: "generateSection", at: [-1], mode: "insert" },
        ];
        for (const step of plan) {
          const paragraphs = await documentParagraphs(page);
          const at = step.at[0] === -1 ? paragraphs.length - 1 : step.at[0];
          await cursorAt(page, at, step.at[1] ?? at);
          const marked = await draft(page, lang, step.action);
          assert.ok(marked.includes("15.3%") && marked.includes("第二"), `${step.action}: invented figures marked (${marked.join(", ")})`);
          assert.equal(await insertButton(page, lang).isDisabled(), true, `${step.action}: 插入 blocked`);
          // The checker's findings come with the draft (习总书记, 十四五 as current).
          await page.locator('[data-testid="drafting-findings"]').waitFor();
          if (step.action === "polish") {
            assert.deepEqual(await paneOverflows(page), [], "nothing sticks out of the 320 px pane");
            // The diff is shown against the original.
            assert.ok((await page.locator('[data-testid="drafting-diff"] ins').count()) > 0, "(await page.locator('[data-testid=\"drafting-diff\"] ins').count()) > 0");
          }
          await removeEveryMarkedFigure(page, s.remove);
          await page.locator('[data-testid="drafting-figures-ok"]').waitFor();
          const button = step.mode === "insert" ? insertButton(page, lang) : page.getByRole("button", { name: s.replace, exact: true });
          assert.equal(await button.isDisabled(), false);
          await button.click();
          await waitForToast(page, s.written);
          await page.locator('[data-testid="drafting-edit"]').waitFor({ state: "detached" });
        }
        const final = await documentParagraphs(page);
        const invented = findUnsupportedFigures(final.join("\n"), { texts: [DOC] });
        assert.deepEqual(invented, [], "0 invented figures reached the document");
        for (const f of extractFigures(final.join("\n"))) assert.ok(ORIGINAL_FIGURES.has(`${f.kind}:${f.value}`), f.text);
        const written = final.join("\n");
        for (const mark of ["围绕“教学质量”", "下一步，将坚持问题导向", "围绕这一方面"]) assert.ok(written.includes(mark), `written: ${mark}`);
        assert.deepEqual(session.errors, []);
      } finally {
        await session.close();
      }
    });

    test("the endpoint is shown and confirmed before the first request; accepting a figure one by one enables 插入", async () => {
      const session = await open(lang, "inventor", false);
      const { page } = session;
      const s = T[lang];
      try {
        const requests = server.requests.length;
        assert.match((await page.locator('[data-testid="drafting-endpoint"]').textContent()) ?? "", new RegExp(server.endpoint("inventor").replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")));
        assert.equal(await page.getByRole("button", { name: s.start, exact: true }).isDisabled(), true);
        await page.getByRole("button", { name: s.confirm }).click();
        await cursorAt(page, 2);
        const marked = await draft(page, lang, "polish");
        for (let i = 0; i < marked.length; i++) {
          assert.equal(await insertButton(page, lang).isDisabled(), true);
          await page.locator('[data-testid="drafting-figure"]').first().getByRole("button", { name: s.accept }).click();
        }
        assert.equal(await insertButton(page, lang).isDisabled(), false);
        await page.getByRole("button", { name: s.discard }).click();
        assert.equal(server.requests.length, requests + 1);
        assert.deepEqual(await documentParagraphs(page), DOC.split("\n"), "nothing written without 插入");
      } finally {
        await session.close();
      }
    });

    test("classified text is never sent; an error is explained; reasoning is folded and never inserted", async () => {
      const session = await open(lang, "reasoning", true);
      const { page } = session;
      const s = T[lang];
      try {
        await page.evaluate((text) => (window as any).__preview.load(text), `机密★1年\n${DOC}`);
        const requests = server.requests.length;
        await cursorAt(page, 3);
        await page.getByRole("button", { name: s.start, exact: true }).click();
        await page.locator('[data-testid="drafting-message"]').filter({ hasText: s.classified }).waitFor();
        assert.equal(server.requests.length, requests, "no request left the pane");

        await page.evaluate((text) => (window as any).__preview.load(text), DOC);
        await cursorAt(page, 2);
        await draft(page, lang, "polish");
        const details = page.locator("details").filter({ hasText: s.reasoning });
        assert.equal(await details.getAttribute("open"), null, "folded");
        await page.getByRole("button", { name: s.replace, exact: true }).click();
        await waitForToast(page, s.written);
        const text = (await documentParagraphs(page)).join("\n");
        assert.ok(!text.includes("只用给出的数字"), "reasoning never reaches the document");
      } finally {
        await session.close();
      }
      const failing = await open(lang, "e429", true);
      try {
        await cursorAt(failing.page, 2);
        await failing.page.getByRole("button", { name: s.start, exact: true }).click();
        await failing.page.locator('[data-testid="drafting-message"]').filter({ hasText: s.rateLimited }).waitFor();
        assert.deepEqual(await documentParagraphs(failing.page), DOC.split("\n"));
      } finally {
        await failing.close();
      }
    });
  });
}
