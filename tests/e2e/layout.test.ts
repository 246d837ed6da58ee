import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { openPreview } from "./harness";
import { expandAll, paneOverflows } from "./paneLayout";

// Word's task pane is 320–350 px wide by default; the pane must work at both without sideways scroll.
const WIDTHS = [320, 350];
const LANGS = {
  "zh-CN": { tabs: ["骨架", "短语", "数据", "排版与检查"], scan: /^(重新)?扫描$/, check: "检查" },
  "en-US": { tabs: ["Skeleton", "Phrases", "Data", "Format"], scan: /^Scan( again)?$/, check: "Check" },
} as const;
const SHOTS = process.env.LAYOUT_SHOTS; // a folder: screenshots of every tab to look at

async function setPaneWidth(page: Page, width: number): Promise<void> {
  await page.evaluate((w) => {
    document.querySelector<HTMLElement>("#taskpane")!.style.width = `${w}px`;
  }, width);
  await page.waitForTimeout(100);
}

for (const [lang, names] of Object.entries(LANGS)) {
  test(`layout (${lang}): every tab at ${WIDTHS.join(" and ")} px — nothing overflows the pane or its container`, async () => {
    const s = await openPreview({ lang, sample: "school" });
    try {
      const { page } = s;
      page.setDefaultTimeout(15000);
      const problems: string[] = [];
      for (const [index, name] of names.tabs.entries()) {
        await page.getByRole("tab", { name, exact: true }).click();
        await page.locator("#taskpane main .fui-Spinner").waitFor({ state: "detached" });
        // Fill each tab with what it shows after its main action: the data form, the findings.
        if (index === 2) await page.getByRole("button", { name: names.scan }).first().click();
        if (index === 3) await page.getByRole("button", { name: names.check, exact: true }).click();
        await page.waitForTimeout(400);
        await expandAll(page);
        for (const width of WIDTHS) {
          await setPaneWidth(page, width);
          for (const p of await paneOverflows(page)) problems.push(`${width} px, ${name}: ${p}`);
          if (SHOTS) await page.locator("#taskpane").screenshot({ path: `${SHOTS}/${lang}-${width}-${index}.png` });
        }
      }
      assert.deepEqual(problems, []);
      assert.deepEqual(s.errors, []);
    } finally {
      await s.close();
    }
  });
}

test("layout: the tab list fits and switching tabs never shifts the pane sideways (en-US, 320 px)", async () => {
  const s = await openPreview({ lang: "en-US", width: "320" });
  try {
    const { page } = s;
    const list = page.getByRole("tablist");
    for (const name of LANGS["en-US"].tabs) {
      await page.getByRole("tab", { name, exact: true }).click();
      await page.waitForTimeout(200);
      const fit = await list.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      assert.ok(fit.scroll <= fit.client, `${name}: tab strip ${fit.scroll} px in ${fit.client} px`);
      const shift = await page.evaluate(() => {
        let max = 0;
        for (let e: Element | null = document.querySelector("#taskpane main"); e; e = e.parentElement) max = Math.max(max, e.scrollLeft);
        return max;
      });
      assert.equal(shift, 0, `${name}: nothing scrolled sideways`);
    }
    // The short English label keeps its full name as a tooltip.
    assert.equal(await page.getByRole("tab", { name: "Format", exact: true }).getAttribute("title"), "Format & check");
  } finally {
    await s.close();
  }
});

test("layout: the skeleton tab's actions stick to the pane's bottom edge, on one row, with no list text below", async () => {
  const s = await openPreview({ lang: "en-US", width: "320" });
  try {
    const { page } = s;
    const actions = page.getByRole("region", { name: "Skeleton actions" });
    await actions.waitFor();
    const measure = () =>
      actions.evaluate((el) => {
        const main = el.closest("main")!.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        const buttons = [...el.querySelectorAll("button")].map((b) => b.getBoundingClientRect().top);
        return { gap: main.bottom - box.bottom, rows: new Set(buttons.map(Math.round)).size };
      });
    const atTop = await measure();
    assert.ok(Math.abs(atTop.gap) <= 1, `footer ${atTop.gap} px above the bottom`);
    assert.equal(atTop.rows, 1, "one row of buttons");
    await page.locator("#taskpane main").evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.waitForTimeout(100);
    const atEnd = await measure();
    assert.ok(atEnd.gap <= 13, `at the end, ${atEnd.gap} px below the footer`);
    // The ↑ ↓ and insert buttons of every row line up in three columns.
    const columns = await page.locator("#taskpane main ul li > div").evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll("button")].map((b) => Math.round(b.getBoundingClientRect().left))),
    );
    assert.ok(columns.length > 10, "columns.length > 10");
    for (const row of columns) assert.deepEqual(row, columns[0], "icons aligned");
  } finally {
    await s.close();
  }
});

test("骨架 at 320 px: each section title has the row's width, so none wraps into more than two lines", async () => {
  const s = await openPreview({ width: "320" });
  try {
    const { page } = s;
    await page.getByRole("checkbox").first().waitFor();
    const lines = await page.locator("#panel-skeleton ul label").evaluateAll((labels) =>
      labels.map((l) => {
        // Lines as laid out: the distinct tops of the text's line boxes.
        const range = document.createRange();
        range.selectNodeContents(l);
        const tops = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
        return `${tops.size} ${l.textContent}`;
      }),
    );
    assert.ok(lines.length > 10, lines.join("\n"));
    assert.deepEqual(lines.filter((l) => parseInt(l, 10) > 2), [], "titles of three lines or more");
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
