import { test } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { documentParagraphs, openPreview, waitForStableLayout, waitForToast } from "./harness";

test("数据: the form opens scanned, a growth from two figures, 填入 on an invalid entry goes to it, fix, fill", async () => {
  const s = await openPreview({ sample: "school" });
  try {
    const { page } = s;
    const before = await documentParagraphs(page);
    await page.getByRole("tab", { name: "数据" }).click();
    await page.getByText(/共找到 \d+ 处待填内容/).waitFor();

    // Fields sit under their level-1 section.
    const section = page.getByRole("list", { name: "一、加强政治理论学习，坚定理想信念的字段" });
    await section.getByLabel("理论学习次数", { exact: true }).fill("24");

    // The rate change from this year's and last year's rates.
    const growth = page.locator('li[data-group="field:本科上线率 同比提高|个百分点#1"]');
    await growth.getByRole("switch", { name: "由本年、上年数计算" }).check();
    await growth.getByLabel("本科上线率 同比提高 本年数").fill("62.5");
    await growth.getByLabel("本科上线率 同比提高 上年数").fill("60.1");
    await growth.getByText("将写为：提高2.4个百分点").waitFor();
    // This year's rate is the one the sentence states before the change: it fills that field too.
    await growth.getByText("本年数同时填入“本科上线率”。").waitFor();
    assert.equal(await page.locator('input[data-metric-input="field:本科上线率|%#1"]').inputValue(), "62.5");

    // An amount with letters in it: a message beside the field; 填入 takes the person to it and says why.
    const fund = page.getByLabel("投入资金", { exact: true });
    await fund.fill("35o");
    const fundCard = page.locator('li[data-group="field:投入资金|万元#1"]');
    await fundCard.getByText("只能填写数字，不能包含字母").waitFor();
    const fill = page.getByRole("button", { name: "填入", exact: true });
    await section.getByLabel("理论学习次数", { exact: true }).focus();
    await fill.click();
    await page.getByText("请先改正“投入资金”：只能填写数字，不能包含字母").waitFor();
    assert.equal(await fund.evaluate((el) => el === document.activeElement), true, "focus is on the invalid field");
    assert.deepEqual(await documentParagraphs(page), before);

    await fund.fill("350");
    await page.getByText("将填入 4 个字段；未填写的保持原样。").waitFor();
    await fill.click();
    await waitForToast(page, "已填入 4 处。");

    const after = await documentParagraphs(page);
    assert.equal(after[4], "（一）坚持集中学习。全年组织理论学习24次，撰写学习笔记X万字，讲授专题党课X次。");
    assert.equal(after[7], "（一）教学质量稳步提升。20XX年中考平均分XXX.X分，比上年提高X.X分；本科上线率达到62.5%，同比提高2.4个百分点。");
    assert.equal(after[9], "（三）办学条件持续改善。投入资金350万元，新建实验楼X栋，更新多媒体教室XX间。一是完成校园安防系统改造；二是建成智慧图书馆；三是改造学生食堂。");
    const changed = after.flatMap((t, i) => (t !== before[i] ? [i] : []));
    assert.deepEqual(changed, [4, 7, 9], "nothing else in the document changed");
    // The values travel with the document.
    const parts = await page.evaluate(() => (window as any).__preview.double.model.customXmlParts.length as number);
    assert.equal(parts, 1);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("数据: import two pasted columns; the unmatched row is listed", async () => {
  const s = await openPreview({ sample: "school" });
  try {
    const { page } = s;
    await page.getByRole("tab", { name: "数据" }).click();
    await page.getByText(/共找到 \d+ 处待填内容/).waitFor();
    await page.getByRole("button", { name: "导入数据" }).click();
    await page.getByLabel("从 Excel 复制两列（名称、数值）粘贴到此处").fill("理论学习\t24\n经费支出（万元）\t1234.5\n食堂就餐人数\t800");
    await page.getByRole("button", { name: "匹配到表单" }).click();
    await page.getByText("已匹配 2 行。").waitFor();
    // Every row not used is listed with why (issue 24).
    const unmatched = page.getByRole("list", { name: "1 行未使用：" });
    assert.deepEqual(await unmatched.getByRole("listitem").allTextContents(), ["第 3 行 食堂就餐人数 800：表单中没有同名字段"]);
    assert.equal(await page.getByLabel("理论学习次数", { exact: true }).inputValue(), "24");
    assert.equal(await page.getByLabel("经费支出", { exact: true }).inputValue(), "1234.5");

    await page.getByRole("button", { name: "填入", exact: true }).click();
    await waitForToast(page, "已填入 2 处。");
    const after = await documentParagraphs(page);
    assert.equal(after[12], "（二）严格执行财务制度。全年经费支出1234.5万元，均经集体研究决定。");
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

/** `text` in GBK, as Excel saves a CSV on Chinese Windows (from the platform's own GB18030 decoder). */
function gbk(text: string): Buffer {
  const codes = new Map<string, number[]>();
  const decoder = new TextDecoder("gb18030");
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) codes.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
  }
  return Buffer.from(Array.from(text).flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : codes.get(c)!)));
}

test("数据: a CSV saved by Excel on Chinese Windows (GBK) is read and matched; a file over the limit is refused by its size", async () => {
  const s = await openPreview({ sample: "school" });
  try {
    const { page } = s;
    await page.getByRole("tab", { name: "数据" }).click();
    await page.getByText(/共找到 \d+ 处待填内容/).waitFor();
    await page.getByRole("button", { name: "导入数据" }).click();
    // The pane's own button opens the file picker; the native input is hidden.
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "打开 CSV 文件…" }).click();
    await chooser;
    const file = page.locator('#taskpane input[type="file"]');
    assert.equal(await file.isVisible(), false, "no native Choose File control");
    await file.setInputFiles({ name: "数据.csv", mimeType: "text/csv", buffer: gbk("指标,数值\r\n理论学习次数,24\r\n投入资金,350\r\n") });
    await page.getByText(/按 GB18030（GBK）编码读取：文件不是有效的 UTF-8/).waitFor();
    await page.getByText("已匹配 2 行。").waitFor();
    assert.equal(await page.getByLabel("理论学习次数", { exact: true }).inputValue(), "24");
    assert.equal(await page.getByLabel("投入资金", { exact: true }).inputValue(), "350");

    // A UTF-8 file with one stray byte is read as UTF-8 and says so; the person can switch.
    const stray = Buffer.concat([Buffer.from("指标,数值\r\n理论学习次数,25\r\n投入资金,360"), Buffer.from([0xa0]), Buffer.from("\r\n")]);
    await file.setInputFiles({ name: "数据2.csv", mimeType: "text/csv", buffer: stray });
    await page.getByText(/按 UTF-8 编码读取：文件几乎全是有效的 UTF-8，只有 1 个字节不是/).waitFor();
    assert.equal(await page.getByLabel("理论学习次数", { exact: true }).inputValue(), "25");
    const encoding = page.getByLabel("文件编码（读出乱码时改选）");
    assert.equal(await encoding.inputValue(), "UTF-8");
    await encoding.selectOption("GB18030");
    await page.getByText("已按您的选择以 GB18030 编码读取。").waitFor();

    await file.setInputFiles({ name: "大文件.csv", mimeType: "text/csv", buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x31) });
    await page.getByRole("alert").getByText("文件超过 5 MB，未导入。").waitFor();
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("数据 in English on Office 2019: the form is accessible, values kept in Office settings", async () => {
  const s = await openPreview({ sample: "company", lang: "en-US", profile: "office2019" });
  try {
    const { page } = s;
    await page.getByRole("tab", { name: "Data" }).click();
    await page.getByText(/Found \d+ places to fill/).waitFor();
    await page.locator('#taskpane li[data-group]:not(:has([role=switch])) input[inputmode="decimal"]').first().fill("12a");
    await page.getByText("Digits only: letters are not allowed").waitFor();
    await page.getByRole("button", { name: "Fill in", exact: true }).click();
    await page.getByText(/^Correct “.+” first: Digits only: letters are not allowed$/).waitFor();
    await page.getByRole("switch").first().check();
    const results = await new AxeBuilder({ page }).include("#taskpane").exclude("[data-tabster-dummy]").analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
    await page.locator('#taskpane li[data-group]:not(:has([role=switch])) input[inputmode="decimal"]').first().fill("12");
    // Switching on offers this year's figure from the base field; last year's is still missing.
    const growth = page.locator("#taskpane li[data-group]:has([role=switch])").first();
    await growth.locator('input[aria-label$=" This year"]').fill("110");
    await growth.locator('input[aria-label$=" Last year"]').fill("100");
    await growth.getByText(/^Will write: /).waitFor();
    await page.getByRole("button", { name: "Save values only" }).click();
    await waitForToast(page, "Values saved in the document.");
    const saved = await page.evaluate(() => Object.keys((window as any).__preview.double.model.savedOfficeSettings));
    assert.deepEqual(saved, ["report-composer:metrics:v1"]);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("数据 at 350 px: typed values survive a visit to every other tab; after 填入 a new pane reads the form back from the document", async () => {
  const s = await openPreview({ sample: "school" });
  try {
    const { page } = s;
    await page.addStyleTag({ content: "#taskpane { width: 350px !important; }" });
    await page.getByRole("tab", { name: "数据" }).click();
    await page.getByText(/共找到 \d+ 处待填内容/).waitFor();
    const typed: Array<[string, string]> = [["理论学习次数", "24"], ["投入资金", "350"], ["经费支出", "1234.5"]];
    for (const [label, value] of typed) await page.getByLabel(label, { exact: true }).fill(value);

    for (const tab of ["骨架", "短语", "排版与检查"]) {
      await page.getByRole("tab", { name: tab }).click();
      await page.locator(`#panel-${{ 骨架: "skeleton", 短语: "snippets", 排版与检查: "format" }[tab]}`).waitFor();
      await page.getByLabel("理论学习次数", { exact: true }).waitFor({ state: "detached" });
    }
    await page.getByRole("tab", { name: "数据" }).click();
    for (const [label, value] of typed) assert.equal(await page.getByLabel(label, { exact: true }).inputValue(), value, label);

    await page.getByRole("button", { name: "填入", exact: true }).click();
    await waitForToast(page, "已填入 3 处。");
    const after = await documentParagraphs(page);
    assert.equal(after[12], "（二）严格执行财务制度。全年经费支出1234.5万元，均经集体研究决定。");

    // A new pane, as after closing and reopening it in Word: the form comes back from the document.
    await page.evaluate(() => (window as any).__preview.remountPane());
    await page.getByRole("tab", { name: "数据" }).click();
    const kept = page.getByRole("list", { name: "已填入文档的数值的字段" });
    await kept.waitFor();
    for (const [label, value] of typed) assert.equal(await kept.getByLabel(label, { exact: true }).inputValue(), value, label);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("数据: the preview swapping documents gives a new pane; the old document's form is not shown", async () => {
  const s = await openPreview({ sample: "school" });
  try {
    const { page } = s;
    await page.getByRole("tab", { name: "数据" }).click();
    await page.getByText(/共找到 \d+ 处待填内容/).waitFor();
    await page.getByLabel("理论学习次数", { exact: true }).fill("24");
    await page.getByLabel("示例文档").selectOption("company");
    await page.getByRole("tab", { name: "数据" }).click();
    await page.getByLabel("跨境电商业务收入", { exact: true }).waitFor();
    assert.equal(await page.getByLabel("理论学习次数", { exact: true }).count(), 0);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("数据 keyboard: one tab stop per field card, actions on Shift+F10 in a menu that stays inside a 320 px pane; 填入 stays in view", async () => {
  const s = await openPreview({ sample: "school" });
  try {
    const { page } = s;
    await page.addStyleTag({ content: "#taskpane { width: 320px !important; }" });
    await page.getByRole("tab", { name: "数据" }).click();
    await page.getByText(/共找到 \d+ 处待填内容/).waitFor();
    const first = page.getByLabel("理论学习次数", { exact: true });
    await first.focus();
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, group: el.closest("li[data-group]")?.getAttribute("data-group") };
    });
    assert.deepEqual(focused, { tag: "INPUT", group: "field:学习笔记|万字#1" }, "Tab goes straight to the next field's input");

    await first.focus();
    await page.keyboard.press("Shift+F10");
    const menu = page.getByRole("menu");
    await menu.waitFor();
    await menu.getByRole("menuitem", { name: /^定位第 1 处：.*理论学习XX次/ }).waitFor();
    const pane = (await page.locator("#taskpane").boundingBox())!;
    const box = (await menu.boundingBox())!;
    assert.ok(box.x >= pane.x && box.x + box.width <= pane.x + pane.width + 1, `menu ${JSON.stringify(box)} inside pane ${JSON.stringify(pane)}`);
    await page.keyboard.press("Escape");

    // Scrolled to the end of the form, 填入 is still on screen.
    await page.locator("#taskpane main").evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const inView = await page.getByRole("button", { name: "填入", exact: true }).evaluate((el) => {
      const r = el.getBoundingClientRect();
      const panel = el.closest("main")!.getBoundingClientRect();
      return r.top >= panel.top - 1 && r.bottom <= panel.bottom + 1;
    });
    assert.equal(inView, true);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("数据: 结转下一年 asks first and can be undone", async () => {
  const s = await openPreview({ sample: "school" });
  try {
    const { page } = s;
    await page.getByRole("tab", { name: "数据" }).click();
    await page.getByText(/共找到 \d+ 处待填内容/).waitFor();
    const field = page.getByLabel("理论学习次数", { exact: true });
    await field.fill("24");
    await page.getByRole("button", { name: "结转下一年" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(/今年的 1 个数值将转为上年数/).waitFor();
    await dialog.getByRole("button", { name: "取消" }).click();
    assert.equal(await field.inputValue(), "24", "cancelled: nothing changed");

    await page.getByRole("button", { name: "结转下一年" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "结转", exact: true }).click();
    await page.getByRole("button", { name: "撤销结转" }).waitFor();
    assert.equal(await field.inputValue(), "", "this year's figure moved to last year's");
    await page.getByRole("button", { name: "撤销结转" }).click();
    await waitForToast(page, "已撤销结转，数值已恢复。");
    assert.equal(await field.inputValue(), "24");
    const xml = await page.evaluate(() => (window as any).__preview.double.model.customXmlParts[0].xml as string);
    assert.match(xml, /<value group="field:理论学习次数\|次#1">24<\/value>/);
    assert.ok(!xml.startsWith("<?xml"), "!xml.startsWith(\"<?xml\")");
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("数据 keyboard: every kind of field card is one Tab stop, both ways; a growth's second figure is reached by Enter or ↑/↓", async () => {
  const s = await openPreview({ sample: "company", width: "320" });
  try {
    const { page } = s;
    await page.getByRole("tab", { name: "数据" }).click();
    await page.getByText(/共找到 \d+ 处待填内容/).waitFor();
    const card = (group: string) => page.locator(`#taskpane li[data-group="${group}"]`);
    const focusedGroup = () => page.evaluate(() => document.activeElement?.closest("li[data-group]")?.getAttribute("data-group") ?? null);

    // A value filled into the document comes back as a kept field (a card without places).
    await page.getByLabel("新签合同额", { exact: true }).fill("120");
    await page.getByRole("button", { name: "填入", exact: true }).click();
    await waitForToast(page, "已填入 1 处。");
    await page.getByRole("list", { name: "已填入文档的数值的字段" }).getByLabel("新签合同额", { exact: true }).waitFor();

    // Split: the company's name, written twice, split into two fields — from the keyboard. Every
    // place in the menu shows its sentence (split and merge too), and the menu stays inside the pane.
    await page.getByLabel("集团有限公司名称", { exact: true }).focus();
    await page.keyboard.press("Shift+F10");
    const menu = page.getByRole("menu");
    await menu.getByRole("menuitem", { name: "拆分出第 1 处：xx集团有限公司2026年度工作总结", exact: true }).waitFor();
    await menu.getByRole("menuitem", { name: "拆分出第 2 处：xx集团有限公司", exact: true }).waitFor();
    await menu.getByRole("menuitem", { name: /^省名称（.*其中××省客户占比.*）$/ }).waitFor();
    await waitForStableLayout(menu);
    const pane = (await page.locator("#taskpane").boundingBox())!;
    assert.ok(pane.width <= 321, `pane ${pane.width} px`);
    const box = (await menu.boundingBox())!;
    assert.ok(box.x >= pane.x && box.x + box.width <= pane.x + pane.width + 1, `menu ${JSON.stringify(box)} inside pane ${JSON.stringify(pane)}`);
    const cut = await menu.evaluate((el) => Array.from(el.querySelectorAll<HTMLElement>("[role=menuitem]")).filter((i) => i.scrollWidth > i.clientWidth + 1).map((i) => i.textContent));
    assert.deepEqual(cut, [], "no menu item runs past the menu's edge");
    await page.getByRole("menuitem", { name: /^拆分出第 2 处：/ }).click();
    await page.locator('#taskpane li[data-group^="split:"]').waitFor();
    // Merge: 研发投入 shares one value with 利润总额 (both 万元).
    await page.getByLabel("研发投入", { exact: true }).focus();
    await page.keyboard.press("Shift+F10");
    await page.getByRole("menuitem", { name: /^利润总额（/ }).click();
    await page.getByLabel("研发投入", { exact: true }).waitFor({ state: "detached" });
    await card("field:利润总额|万元#1").getByText("共 2 处").waitFor();

    // A growth computed from two figures, switched on from its menu: focus lands in this year's figure.
    const growthGroup = "field:营业收入 同比增长|%#1";
    const growth = card(growthGroup);
    await growth.getByLabel("营业收入 同比增长", { exact: true }).focus();
    await page.keyboard.press("Shift+F10");
    await page.getByRole("menuitemcheckbox", { name: "由本年、上年数计算" }).press("Enter");
    await page.getByRole("menu").waitFor({ state: "detached" });
    const current = growth.getByLabel("营业收入 同比增长 本年数");
    const previous = growth.getByLabel("营业收入 同比增长 上年数");
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.metricPart === "current");
    // 利润总额 同比下降 and the other growth fields stay plain (a typed change).
    assert.equal(await card("field:利润总额 同比下降|%#1").getByRole("switch").isChecked(), false);

    // Tab from the first card to past the last: each card exactly once, always at an input.
    const cards = await page.locator("#taskpane li[data-group]").evaluateAll((els) => els.map((el) => el.getAttribute("data-group")!));
    for (const kind of ["name:集团有限公司名称", "field:营业收入|亿元#1", growthGroup, "field:利润总额 同比下降|%#1", "field:利润总额|万元#1", "field:地名（第1个）|name#1", "field:新签合同额|亿元#1"]) {
      assert.ok(cards.includes(kind), `${kind} in ${cards.join(", ")}`);
    }
    assert.ok(cards.some((g) => g.startsWith("split:")), "cards.some((g) => g.startsWith(\"split:\"))");
    const walk = async (key: "Tab" | "Shift+Tab", from: string) => {
      await page.locator(`#taskpane li[data-group="${from}"] [data-metric-input]`).first().focus();
      const seen: string[] = [from];
      for (let i = 0; i < cards.length + 3; i++) {
        await page.keyboard.press(key);
        const group = await focusedGroup();
        if (group === null) break;
        const tag = await page.evaluate(() => document.activeElement?.tagName);
        assert.equal(tag, "INPUT", `${key} stopped on a ${tag} in ${group}`);
        seen.push(group);
      }
      return seen;
    };
    assert.deepEqual(await walk("Tab", cards[0]!), cards, "one stop per card, forwards");
    assert.deepEqual(await walk("Shift+Tab", cards.at(-1)!), [...cards].reverse(), "one stop per card, backwards");

    // Inside the growth: the description says how to reach the other figure.
    await current.focus();
    const described = await current.evaluate((el) =>
      (el.getAttribute("aria-describedby") ?? "").split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" "),
    );
    assert.match(described, /按 Enter 或 ↑、↓ 在本年数与上年数之间切换/);
    await growth.getByText("按 Enter 或 ↑、↓ 在本年数与上年数之间切换。").waitFor({ state: "visible" });
    await page.keyboard.type("110");
    await page.keyboard.press("Enter");
    assert.equal(await previous.evaluate((el) => el === document.activeElement), true, "Enter moves to last year's figure");
    await page.keyboard.type("100");
    await growth.getByText("将写为：增长10.0%").waitFor();
    await page.keyboard.press("ArrowUp");
    assert.equal(await current.evaluate((el) => el === document.activeElement), true, "↑ back to this year's");
    await page.keyboard.press("ArrowDown");
    assert.equal(await previous.evaluate((el) => el === document.activeElement), true, "↓ to last year's");
    // Roving: the card's one stop is now last year's figure, both ways.
    await page.keyboard.press("Tab");
    assert.notEqual(await focusedGroup(), growthGroup);
    await page.keyboard.press("Shift+Tab");
    assert.equal(await previous.evaluate((el) => el === document.activeElement), true, "Shift+Tab comes back to the figure last used");
    await page.keyboard.press("Shift+Tab");
    assert.notEqual(await focusedGroup(), growthGroup, "and leaves the card in one press");

    // 填入 with last year's figure 0: focus goes to that very input, and the reason is given.
    await previous.fill("0");
    await current.focus();
    await page.getByRole("button", { name: "填入", exact: true }).click();
    await page.getByText("请先改正“营业收入 同比增长”：上年数为0，无法计算增长百分比，请直接填写增减额").waitFor();
    assert.equal(await previous.evaluate((el) => el === document.activeElement), true, "focus on last year's figure");

    // Switched off from the menu (Menu key in last year's figure): focus lands in the typed change.
    await page.keyboard.press("Shift+F10");
    await page.getByRole("menuitemcheckbox", { name: "由本年、上年数计算" }).press("Enter");
    await page.waitForFunction(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.dataset.metricInput === "field:营业收入 同比增长|%#1" && el.dataset.metricPart === undefined;
    });
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
