import { test } from "node:test";
import assert from "node:assert/strict";
import { createWordDouble } from "../../src/word-double";

// Microsoft's guidance: queue all 2,000 replacements and sync once (docs: correlated-objects pattern).
test("6,000 paragraphs with 2,000 insertText Replace ops in one sync apply correctly", async () => {
  const paragraphs = Array.from({ length: 6000 }, (_, i) => (i % 3 === 0 ? `第${i}段 〔待填〕 内容` : `第${i}段 普通内容`));
  const d = createWordDouble({ paragraphs });
  await d.Word.run(async (context: Word.RequestContext) => {
    const hits = context.document.body.search("〔待填〕");
    hits.load("items");
    await context.sync();
    assert.equal(hits.items.length, 2000);
    hits.items.forEach((r, i) => r.insertText(`值${i}`, "Replace"));
    await context.sync();
  });
  assert.equal(d.stats.syncs, 2);
  assert.equal(d.model.paragraphs[0]!.text, "第0段 值0 内容");
  assert.equal(d.model.paragraphs[5997]!.text, "第5997段 值1999 内容");
  assert.equal(d.model.text().includes("〔待填〕"), false);
});
