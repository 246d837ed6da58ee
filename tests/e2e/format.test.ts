import { test } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { documentParagraphs, openPreview, waitForToast } from "./harness";

const AD_LINE = "更多精品范文请关注公众号，咨询QQ：12345678";

/** Formatting of paragraph i in the preview document, read from the Word double's model. */
function formatOf(page: Page, i: number) {
  return page.evaluate((index) => {
    const p = (window as any).__preview.double.model.paragraphs[index];
    const run = p.runs.find((r: any) => r.text) ?? p.runs[0];
    return {
      nameFarEast: run.font.nameFarEast as string,
      size: run.font.size as number,
      bold: run.font.bold as boolean,
      firstLineIndent: p.firstLineIndent as number,
      lineSpacing: p.lineSpacing as number,
      lineRule: p.lineRule as string,
      alignment: p.alignment as string,
    };
  }, i);
}

test("排版与检查: check the draft, fix all, check again, then one-click format (windows)", async () => {
  const s = await openPreview({ sample: "draft" });
  try {
    const { page } = s;
    await page.getByRole("tab", { name: "排版与检查" }).click();
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByText(/发现 \d+ 处问题/).waitFor();

    // The three planted problems are listed, each with its place.
    await page.getByRole("heading", { name: "模板广告和水印（1）" }).waitFor();
    await page.getByRole("heading", { name: "中文中使用半角标点（1）" }).waitFor();
    await page.getByRole("heading", { name: "序号不连续（2）" }).waitFor();
    const gaps = page.getByRole("list", { name: "序号不连续" });
    assert.match((await gaps.getByRole("listitem").first().textContent()) ?? "", /第 7 段：三、存在的问题/);
    // Checking never changed the text.
    assert.ok((await documentParagraphs(page)).includes(AD_LINE), "(await documentParagraphs(page)).includes(AD_LINE)");

    // Clicking a place selects it in the document.
    await page.getByRole("list", { name: "中文中使用半角标点" }).getByRole("button", { name: /第 5 段/ }).click();
    await page.waitForFunction(() => (window as any).__preview.double.model.selectionInfo().startParagraph === 4);

    // Tabster's focus sentinels of the findings' arrow-key group pass focus on at once: not scanned.
    const axe = await new AxeBuilder({ page }).include("#panel-format").exclude("[data-tabster-dummy]").analyze();
    const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes[0]?.html}`), []);

    await page.getByRole("button", { name: /^全部修复（\d+ 处）$/ }).click();
    await waitForToast(page, /已修复 \d+ 处。/);
    const after = await documentParagraphs(page);
    assert.ok(!after.includes(AD_LINE), "!after.includes(AD_LINE)");
    assert.match(after[4]!, /126\.5亿元，同比增长/);
    assert.equal(after[6], "二、存在的问题");
    assert.equal(after[8], "三、下一年工作打算");
    // The removed line is listed; fixes are marked done.
    await page.getByRole("list", { name: "已删除以下广告和水印行：" }).getByText(AD_LINE).waitFor();
    assert.ok((await page.getByText("✓ 已修复").count()) >= 4, "(await page.getByText(\"✓ 已修复\").count()) >= 4");

    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByText(/未发现问题|发现 \d+ 处问题/).waitFor();
    for (const name of [/^模板广告和水印/, /^中文中使用半角标点/, /^序号不连续/]) {
      assert.equal(await page.getByRole("heading", { name }).count(), 0);
    }

    // One-click format, without font substitution so the result does not depend on this machine's fonts.
    await page.getByRole("switch", { name: "缺少的字体用替代字体" }).uncheck();
    await page.getByRole("button", { name: "一键排版" }).click();
    await page.getByText(/已套用样式 \d+ 段/).waitFor();
    await page.getByText("已在文档中定义公文样式。").waitFor();
    await page.getByText(/页面已设为 A4/).waitFor();
    const heading1 = await formatOf(page, 3);
    assert.deepEqual([heading1.nameFarEast, heading1.size, heading1.firstLineIndent, heading1.lineRule], ["黑体", 16, 32, "exact"]);
    const heading2 = await formatOf(page, 4);
    assert.deepEqual([heading2.nameFarEast, heading2.firstLineIndent], ["楷体_GB2312", 32]);
    const body = await formatOf(page, 2);
    assert.deepEqual([body.nameFarEast, body.firstLineIndent, body.lineSpacing, body.lineRule], ["仿宋_GB2312", 32, 28, "exact"]);
    const title = await formatOf(page, 0);
    assert.deepEqual([title.nameFarEast, title.size, title.alignment], ["方正小标宋简体", 22, "Centered"]);
    assert.deepEqual(await documentParagraphs(page), after, "formatting never changes the text");
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("检查 results are kept by the pane: another tab and back, they are still there", async () => {
  const s = await openPreview({ sample: "draft" });
  try {
    const { page } = s;
    await page.getByRole("tab", { name: "排版与检查" }).click();
    await page.getByRole("button", { name: "检查", exact: true }).click();
    const summary = page.getByText(/发现 \d+ 处问题/);
    await summary.waitFor();
    const said = await summary.textContent();
    for (const tab of ["骨架", "短语", "数据"]) {
      await page.getByRole("tab", { name: tab }).click();
      await summary.waitFor({ state: "detached" });
    }
    await page.getByRole("tab", { name: "排版与检查" }).click();
    assert.equal(await summary.textContent(), said);
    await page.getByRole("heading", { name: "序号不连续（2）" }).waitFor();
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("Format & check on Word on the web, in English: styles, page figures to set by hand, invalid spacing blocks formatting", async () => {
  const s = await openPreview({ sample: "draft", profile: "web", lang: "en-US" });
  try {
    const { page } = s;
    const before = await documentParagraphs(page);
    await page.getByRole("tab", { name: "Format", exact: true }).click();

    // An invalid line spacing: a message beside the field and the button disabled.
    const spacing = page.getByLabel("Exact line spacing (pt)");
    await spacing.fill("40");
    await page.getByText(/Line spacing must be an exact 28–29.5 pt/).waitFor();
    assert.equal(await page.getByRole("button", { name: "Format document" }).isDisabled(), true);
    await spacing.fill("29");

    await page.getByRole("switch", { name: "Use substitutes for missing fonts" }).uncheck();
    await page.getByRole("button", { name: "Format document" }).click();
    await page.getByText(/Word confirms \d+ paragraphs styled/).waitFor();
    await page.getByText("The official styles are now defined in the document.").waitFor();
    await page.getByText(/Page margins were not set/).waitFor();
    const heading1 = await formatOf(page, 3);
    assert.deepEqual([heading1.nameFarEast, heading1.firstLineIndent, heading1.lineSpacing, heading1.lineRule], ["黑体", 32, 29, "exact"]);
    const signature = await formatOf(page, 12);
    assert.equal(signature.alignment, "Right");
    assert.deepEqual(await documentParagraphs(page), before, "formatting never changes the text");

    // The edited profile is kept in the add-in's settings.
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("report-composer:format:v1") ?? "{}"));
    assert.equal(saved.profile.lineSpacingPt, 29);
    assert.equal(saved.substituteFonts, false);

    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.getByRole("heading", { name: /^Template advertising and watermark lines/ }).waitFor();
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
