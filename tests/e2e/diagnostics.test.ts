import { test } from "node:test";
import assert from "node:assert/strict";
import { documentParagraphs, openPreview } from "./harness";
import { paneOverflows } from "./paneLayout";

for (const modes of ["default", "pessimistic"]) {
  test(`诊断 in the preview at 320 px (${modes} modes): asks to save first, every probe runs, the report is JSON, only the probe paragraphs go`, async () => {
    const s = await openPreview({ sample: "school", profile: "web", width: "320", ...(modes === "pessimistic" ? { modes } : {}) });
    try {
      const { page } = s;
      const before = await documentParagraphs(page);
      // Not an everyday tool: under the header's 更多功能, with what it is for.
      assert.equal(await page.getByRole("button", { name: "诊断" }).count(), 0, "not a first-level button");
      await page.getByRole("button", { name: "更多功能", exact: true }).click();
      const diagnose = page.getByRole("button", { name: "诊断" });
      assert.match((await diagnose.getAttribute("aria-describedby")) ?? "", /rc-diagnose-hint/);
      await diagnose.click();
      assert.equal(await page.locator("#rc-more-popup").count(), 0, "the menu closes");
      await page.getByRole("button", { name: "运行诊断" }).click();
      // The confirm step: nothing runs until the person says the document is saved.
      await page.locator("[data-diagnostics-confirm]").waitFor();
      assert.deepEqual(await documentParagraphs(page), before);
      assert.deepEqual(await paneOverflows(page), []);
      await page.getByRole("button", { name: "已保存，开始诊断" }).click();
      const report = page.getByRole("textbox", { name: "诊断报告（JSON）" });
      await report.waitFor({ timeout: 60_000 });
      const json = JSON.parse(await report.inputValue());
      assert.equal(json.schema, 1);
      assert.equal(json.host.source, "measured");
      const statuses = await page.locator("[data-probe]").evaluateAll((items) => items.map((i) => `${i.getAttribute("data-probe")}:${i.getAttribute("data-status")}`));
      assert.ok(statuses.length >= 18, statuses.join(" "));
      assert.deepEqual(statuses.filter((x) => x.endsWith(":failed")), []);
      assert.equal(json.modes.searchWidth, modes === "pessimistic" ? "insensitive" : "exact");
      assert.equal(json.modes.styleAssignDirect, modes === "pessimistic" ? "clears-majority" : "keeps");
      // Where Word keeps the final paragraph mark, the one empty paragraph left is said on the page.
      const trailing = modes === "pessimistic" ? [""] : [];
      assert.deepEqual(await documentParagraphs(page), [...before, ...trailing]);
      assert.equal(await page.locator("[data-diagnostics-left]").count(), modes === "pessimistic" ? 1 : 0);
      assert.deepEqual(await paneOverflows(page), []);
      assert.deepEqual(s.errors, []);
    } finally {
      await s.close();
    }
  });
}
