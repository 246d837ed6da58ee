// Issue 23 in the pane, at 320 px in both languages: the 巡视/巡察 answer runs through every line,
// title and addressee of the 整改 report; 检查 judges year-bound 提法 by the report's year; the
// 二十一大 date is refused when it is not a day and saved when it is, and a pack that locks it wins.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { documentParagraphs, openPreview, waitForToast } from "./harness";

const EXAMPLE = readFileSync(join(import.meta.dirname, "../../assets/packs/example-pack.json"), "utf8");

const LANGS = ["zh-CN", "en-US"] as const;

const T = {
  "zh-CN": {
    genre: "报告文种", fields: "标题与落款信息", kind: "巡视还是巡察", party: "党委（党组）全称", team: "巡视（巡察）组", superior: "派出巡视（巡察）的党委",
    insertAll: "插入完整骨架", inserted: /已插入 \d+ 段/, formatTab: "排版与检查", check: "检查",
    skeletonTab: "骨架", year: "年度", congress: "党的二十一大开幕日期", save: "保存党的二十一大开幕日期", noSuchDay: "没有这一天", saved: "已保存：党的二十一大开幕日期为2027-10-20",
  },
  "en-US": {
    genre: "Report genre", fields: "Title and signature details", kind: "Inspection or circuit inspection", party: "Party committee", team: "Inspection team", superior: "Committee that sent the team",
    insertAll: "Insert whole skeleton", inserted: /Inserted \d+ paragraph/, formatTab: "Format", check: "Check",
    skeletonTab: "Skeleton", year: "Year", congress: "21st Party Congress opening date", save: "Save the 21st Party Congress opening date", noSuchDay: "There is no such day", saved: "Saved: the 21st Party Congress opens on 2027-10-20",
  },
} as const;

const ANSWERS = {
  巡察: { other: "巡视", party: "中共某县农业农村局党组", team: "县委第一巡察组", superior: "中共某县委" },
  巡视: { other: "巡察", party: "中共某市交通运输局党组", team: "省委第三巡视组", superior: "中共某省委" },
} as const;

/** Nothing in the pane is wider than the pane (no sideways scroll at 320 px). */
async function fitsPane(page: Page): Promise<void> {
  const over = await page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>("[role='tabpanel']");
    return panel ? panel.scrollWidth - panel.clientWidth : 0;
  });
  assert.ok(over <= 1, `the pane scrolls sideways by ${over} px`);
}

for (const lang of LANGS) {
  const t = T[lang];
  for (const answer of ["巡察", "巡视"] as const) {
    const a = ANSWERS[answer];
    test(`${answer} at 320 px, ${lang}: every line, the title and the addressee follow the answer`, async () => {
      const s = await openPreview({ sample: "blank", lang, width: "320" });
      try {
        const { page } = s;
        await page.getByLabel(t.genre).selectOption({ value: "xunshizhenggai" });
        await page.getByRole("button", { name: t.fields }).click();
        await page.getByLabel(t.kind).selectOption({ value: answer });
        await page.getByLabel(t.party).fill(a.party);
        await page.getByLabel(t.team, { exact: true }).fill(a.team);
        await page.getByLabel(t.superior).fill(a.superior);
        await fitsPane(page);
        await page.getByRole("button", { name: t.insertAll }).click();
        await waitForToast(page, t.inserted);

        const texts = (await documentParagraphs(page)).filter((x) => x.trim());
        assert.equal(texts[0], `${a.party}关于${a.team}${answer}反馈意见整改进展情况的报告`, "title");
        assert.equal(texts[1], `${a.superior}${answer}工作领导小组办公室：`, "addressee: the steering group's office, not the team");
        const wrong = texts.filter((x) => x.replace(a.team, "").includes(a.other) || x.includes("巡视（巡察）") || x.includes("{巡视巡察}"));
        assert.deepEqual(wrong, [], `no line says ${a.other} or leaves the choice open`);
        assert.ok(texts.filter((x) => x.replace(a.team, "").includes(answer)).length >= 4, `the answer runs through the body: ${texts.join(" / ")}`);
        assert.ok(!texts.some((x) => x.includes(`${a.team}${answer}组`)), "never 巡察组巡察");
        assert.deepEqual(s.errors, [], "no console errors");
      } finally {
        await s.close();
      }
    });
  }

  test(`检查 at 320 px, ${lang}: year-bound 提法 judged by the title's year; the 二十一大 date validated`, async () => {
    const s = await openPreview({ sample: "blank", lang, width: "320" });
    try {
      const { page } = s;
      await page.evaluate((text) => (window as any).__preview.load(text), ["某县司法局2026年度法治政府建设情况报告", "一、主要举措", "深入推进“八五”普法，落实普法责任制。"].join("\n"));
      await page.getByRole("tab", { name: t.formatTab, exact: true }).click();
      await page.getByRole("button", { name: t.check, exact: true }).click();
      // The outdated 提法 is found because the pane passed the year (2026) read from the title.
      await page.getByText(/九五|9th/).first().waitFor();

      const input = page.getByRole("textbox", { name: t.congress, exact: true });
      await input.fill("2027-02-30");
      await page.getByRole("button", { name: t.save }).click();
      await page.getByText(t.noSuchDay).waitFor();
      assert.equal(await page.evaluate(() => localStorage.getItem("report-composer:congress:v1")), null, "a bad date saves nothing");
      await input.fill("2027年10月20日");
      await page.getByRole("button", { name: t.save }).click();
      await waitForToast(page, t.saved);
      assert.deepEqual(JSON.parse((await page.evaluate(() => localStorage.getItem("report-composer:congress:v1")))!), { date: "2027-10-20" }, "saved normalised");
      await fitsPane(page);

      // The saved date reaches 插入骨架: a 2027 year-end summary studies the congress, no longer 迎接 it.
      await page.getByRole("tab", { name: t.skeletonTab, exact: true }).click();
      await page.getByLabel(t.genre).selectOption({ value: "nianduzongjie" });
      await page.getByRole("button", { name: t.fields }).click();
      await page.getByLabel(t.year, { exact: true }).fill("2027");
      await page.getByRole("button", { name: t.insertAll }).click();
      await waitForToast(page, t.inserted);
      const texts = await documentParagraphs(page);
      assert.ok(texts.some((x) => x.includes("学习宣传贯彻党的二十一大精神")), "the skeleton follows the saved date");
      assert.ok(!texts.some((x) => x.includes("迎接党的二十一大")), "no 迎接 after the congress");
      assert.deepEqual(s.errors, [], "no console errors");
    } finally {
      await s.close();
    }
  });
}

test("a pack that locks the 二十一大 date: its date is in force and read-only, the person's own set aside (320 px)", async () => {
  const s = await openPreview({ sample: "blank", width: "320" }, {
    initScript: () => localStorage.setItem("report-composer:congress:v1", JSON.stringify({ date: "2027-10-20" })),
  });
  try {
    const { page } = s;
    const field = () => page.getByRole("textbox", { name: "党的二十一大开幕日期", exact: true });
    await page.getByRole("tab", { name: "排版与检查", exact: true }).click();
    assert.equal(await field().inputValue(), "2027-10-20", "the person's own date before any pack");
    assert.ok(await field().isEnabled(), "editable");

    await page.getByRole("button", { name: "内容包", exact: true }).click();
    await page.getByLabel("选择要导入的内容包文件（.json）").setInputFiles({ name: "example-pack.json", mimeType: "application/json", buffer: Buffer.from(EXAMPLE) });
    await waitForToast(page, "已导入内容包");
    await page.getByRole("tab", { name: "排版与检查", exact: true }).click();
    await page.getByText("由内容包“江城数据局示例内容包”设定，不能在此更改。").waitFor();
    assert.equal(await field().inputValue(), "", "the pack's date (not yet held) is in force");
    assert.ok(await field().isDisabled(), "read-only while the pack locks it");
    assert.equal(await page.getByRole("button", { name: "保存党的二十一大开幕日期" }).count(), 0, "nothing to save");
    await fitsPane(page);
    assert.deepEqual(s.errors, [], "no console errors");
  } finally {
    await s.close();
  }
});
