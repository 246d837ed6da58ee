import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { documentParagraphs, openPreview, waitForToast } from "./harness";
import { expandAll, paneOverflows } from "./paneLayout";
import { readOutline } from "../../src/core/outline";

const NAME = "我的校长述职";
/** How optionLabels shows the personal genre: under the picker's 我的骨架 group. */
const OPTION = `我的骨架/${NAME}`;

/** Each option's text, prefixed by its group's label when it sits in one (我的骨架, a pack's name). */
async function optionLabels(page: Page): Promise<string[]> {
  return page.getByLabel("报告文种").evaluate((el: HTMLSelectElement) =>
    [...el.options].map((o) => (o.parentElement instanceof HTMLOptGroupElement ? `${o.parentElement.label}/${o.text}` : o.text)),
  );
}

async function selectedLabel(page: Page): Promise<string | undefined> {
  return page.getByLabel("报告文种").evaluate((el: HTMLSelectElement) => {
    const o = el.selectedOptions[0];
    return o && (o.parentElement instanceof HTMLOptGroupElement ? `${o.parentElement.label}/${o.text}` : o.text);
  });
}

/** Switches the preview to another sample document (a new pane, as in Word). */
async function openSample(page: Page, id: string): Promise<void> {
  await page.locator("#sample").selectOption(id);
  await page.getByRole("tablist").waitFor();
  await page.getByLabel("报告文种").waitFor();
}

test("存为骨架: read the sample report, edit, save, insert it into an empty document, keep it across reloads, delete it (320 px)", async () => {
  const s = await openPreview({ sample: "school", width: "320" });
  try {
    const { page } = s;
    page.setDefaultTimeout(15000);
    await page.getByLabel("报告文种").waitFor();

    // Read the open document into the editor.
    await page.getByRole("button", { name: "更多", exact: true }).click(); // 存为骨架 is in 更多 (issue 24)
    await page.getByRole("menuitem", { name: "存为骨架" }).click();
    await page.getByRole("heading", { name: "存为骨架" }).waitFor();
    await page.getByText(/从文档读到 5 个一级标题、7 个二级标题、\d+ 个数据项/).waitFor();
    const name = page.getByRole("textbox", { name: /骨架名称/ });
    assert.equal(await name.inputValue(), "中学校长{年度}年度述职述廉报告");
    assert.equal(await page.getByRole("textbox", { name: /报告标题/ }).inputValue(), "{中学名称}中学校长{年度}年度述职述廉报告");
    assert.equal(await page.getByLabel("一、标题", { exact: true }).inputValue(), "加强政治理论学习，坚定理想信念");
    assert.equal(await page.getByLabel("一、（一）提示", { exact: true }).inputValue(), "全年组织理论学习X次，撰写学习笔记X万字，讲授专题党课X次");

    // At 320 px the editor (with its preview) fits the pane.
    assert.deepEqual(await paneOverflows(page), []);

    // Edit a name, a title and a hint; drop one section and take it back; move one down.
    await name.fill(NAME);
    await page.getByLabel("一、标题", { exact: true }).fill("强化理论武装，坚定理想信念");
    await page.getByLabel("一、（一）提示", { exact: true }).fill("写集中学习的次数和专题党课。");
    await page.getByRole("button", { name: "删去：严于律己，廉洁从教" }).click();
    await page.getByText("已删去“严于律己，廉洁从教”。").waitFor();
    assert.deepEqual(await paneOverflows(page), []);
    await page.getByRole("button", { name: "撤销" }).click();
    await page.getByRole("button", { name: "下移：存在的问题和不足" }).click();
    // The preview follows the edits.
    const preview = page.getByRole("list", { name: /预览/ });
    await preview.getByText("一、强化理论武装，坚定理想信念").waitFor();
    await preview.getByText("四、下一步工作打算").waitFor();

    // Storage full: the save fails with a message, the editor stays with everything typed.
    await page.evaluate(() => {
      const original = Storage.prototype.setItem;
      (window as any).__restoreStorage = () => (Storage.prototype.setItem = original);
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith("report-composer:personal-genres")) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return original.call(this, key, value);
      };
    });
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await page.getByText(/我的骨架未能保存到本机：/).waitFor();
    assert.equal(await name.inputValue(), NAME);
    assert.equal(await page.getByLabel("一、标题", { exact: true }).inputValue(), "强化理论武装，坚定理想信念");
    assert.equal(await page.getByLabel("一、（一）提示", { exact: true }).inputValue(), "写集中学习的次数和专题党课。");
    assert.deepEqual(await paneOverflows(page), []);
    await page.evaluate(() => (window as any).__restoreStorage());

    // Saved: the picker shows it, marked 我的, selected; its hint is the edited one.
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await waitForToast(page, `已保存骨架“${NAME}”`);
    assert.ok((await optionLabels(page)).includes(OPTION), "(await optionLabels(page)).includes(OPTION)");
    assert.equal(await selectedLabel(page), OPTION);
    await page.getByText("写集中学习的次数和专题党课。").waitFor();
    assert.deepEqual(await paneOverflows(page), []);

    // Insert it into an empty document, like a built-in.
    await openSample(page, "blank");
    await page.getByLabel("报告文种").selectOption({ label: NAME });
    await page.getByRole("button", { name: "插入完整骨架" }).click();
    await waitForToast(page, /已插入 \d+ 段/);
    const texts = await documentParagraphs(page);
    const headings = readOutline(texts)
      .filter((e) => e.level <= 2)
      .map((e) => texts[e.paragraph]);
    assert.deepEqual(headings, [
      "一、强化理论武装，坚定理想信念",
      "（一）坚持集中学习",
      "（二）严守政治纪律",
      "二、聚焦立德树人，提升办学质量",
      "（一）教学质量稳步提升",
      "（二）师资队伍不断壮大",
      "（三）办学条件持续改善",
      "三、严于律己，廉洁从教",
      "（一）落实“一岗双责”",
      "（二）严格执行财务制度",
      "四、下一步工作打算",
      "五、存在的问题和不足",
    ]);
    assert.equal(texts[0], "XX中学校长20XX年度述职述廉报告");
    assert.ok(texts.includes("述职人：×××") && texts.includes("20XX年X月X日"), texts.slice(-3).join(" | "));
    // Figures arrived as content controls the 数据 tab fills.
    const tags: string[] = await page.evaluate(() => (window as any).__preview.double.model.controls().map((c: any) => c.tag));
    assert.ok(tags.includes("rc-metric:理论学习次数"), tags.join(","));
    // One section at a time works too.
    await page.getByRole("button", { name: "在光标处插入本节：下一步工作打算" }).click();
    await waitForToast(page, /已插入 \d+ 段/);

    // A document without headings: a clear message, nothing saved.
    await openSample(page, "blank");
    await page.getByRole("button", { name: "更多", exact: true }).click(); // 存为骨架 is in 更多 (issue 24)
    await page.getByRole("menuitem", { name: "存为骨架" }).click();
    await waitForToast(page, "文档是空的，没有可以存为骨架的内容。");
    assert.equal(await page.getByRole("heading", { name: "存为骨架" }).count(), 0);

    // Reload the pane: the personal genre is still there, still selected.
    await page.reload();
    await page.getByLabel("报告文种").waitFor();
    assert.ok((await optionLabels(page)).includes(OPTION), "(await optionLabels(page)).includes(OPTION)");
    assert.equal(await selectedLabel(page), OPTION);

    // Edit it again later: the editor opens with the saved values.
    await page.getByRole("button", { name: `编辑骨架：${NAME}` }).click();
    await page.getByRole("heading", { name: "编辑骨架" }).waitFor();
    assert.equal(await page.getByLabel("一、标题", { exact: true }).inputValue(), "强化理论武装，坚定理想信念");
    await page.getByRole("button", { name: "取消" }).click();

    // Delete: asked first, undoable, then gone.
    await page.getByRole("button", { name: `删除骨架：${NAME}` }).click();
    await page.getByRole("dialog").getByText(`将删除“${NAME}”`).waitFor();
    await page.getByRole("dialog").getByRole("button", { name: "删除" }).click();
    await page.getByText(`已删除“${NAME}”。`).waitFor();
    assert.ok(!(await optionLabels(page)).includes(OPTION), "!(await optionLabels(page)).includes(OPTION)");
    assert.deepEqual(await paneOverflows(page), []);
    await page.getByRole("button", { name: "撤销" }).click();
    await waitForToast(page, `已恢复“${NAME}”`);
    assert.ok((await optionLabels(page)).includes(OPTION), "(await optionLabels(page)).includes(OPTION)");
    await page.getByRole("button", { name: `删除骨架：${NAME}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "删除" }).click();
    await page.getByText(`已删除“${NAME}”。`).waitFor();
    await page.reload();
    await page.getByLabel("报告文种").waitFor();
    assert.ok(!(await optionLabels(page)).includes(OPTION), "gone after a reload too");
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("存为骨架 in English at 320 px: the editor and the personal genre's buttons fit; export downloads a pack file", async () => {
  const s = await openPreview({ sample: "company", width: "320", lang: "en-US" });
  try {
    const { page } = s;
    page.setDefaultTimeout(15000);
    await page.getByRole("button", { name: "More", exact: true }).click();
    await page.getByRole("menuitem", { name: "Save as skeleton" }).click();
    await page.getByRole("heading", { name: "Save as skeleton" }).waitFor();
    await expandAll(page);
    assert.deepEqual(await paneOverflows(page), []);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await waitForToast(page, /Saved the skeleton/);
    assert.deepEqual(await paneOverflows(page), []);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: /^Export the skeleton/ }).click();
    const file = await download;
    assert.match(file.suggestedFilename(), /^骨架-.+\.json$/);
    const pack = JSON.parse(await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8")));
    assert.equal(pack.format, "report-composer-pack");
    assert.equal(pack.version, 1);
    assert.equal(pack.genres.length, 1);
    assert.equal(pack.genres[0].id, pack.id);
    assert.deepEqual(
      pack.genres[0].sections.map((x: { title: string }) => x.title),
      ["主要工作及成效", "存在的问题", "20XX年工作思路"],
    );
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
