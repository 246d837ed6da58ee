import { test } from "node:test";
import assert from "node:assert/strict";
import { documentParagraphs, openPreview } from "./harness";

for (const modes of ["default", "pessimistic"]) {
  test(`诊断 in the preview (${modes} modes): every probe runs, the report is JSON, the document is left as it was`, async () => {
    const s = await openPreview({ sample: "school", profile: "web", ...(modes === "pessimistic" ? { modes } : {}) });
    try {
      const { page } = s;
      const before = await documentParagraphs(page);
      await page.getByRole("button", { name: "诊断" }).click();
      await page.getByRole("button", { name: "运行诊断" }).click();
      const report = page.getByRole("textbox", { name: "诊断报告（JSON）" });
      await report.waitFor({ timeout: 60_000 });
      const json = JSON.parse(await report.inputValue());
      assert.equal(json.schema, 1);
      assert.equal(json.host.source, "measured");
      const statuses = await page.locator("[data-probe]").evaluateAll((items) => items.map((i) => `${i.getAttribute("data-probe")}:${i.getAttribute("data-status")}`));
      assert.ok(statuses.length >= 12, statuses.join(" "));
      assert.deepEqual(statuses.filter((x) => x.endsWith(":failed")), []);
      assert.equal(json.modes.searchWidth, modes === "pessimistic" ? "insensitive" : "exact");
      assert.deepEqual(await documentParagraphs(page), before);
      assert.deepEqual(s.errors, []);
    } finally {
      await s.close();
    }
  });
}
