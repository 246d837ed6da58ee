import { test } from "node:test";
import assert from "node:assert/strict";
import { scanPlaceholders } from "../../../src/core/placeholders";
import { planFill } from "../../../src/core/metrics";

test("planFill honours the person's decimals per unit", () => {
  const paragraphs = ["营业收入完成X亿元。"];
  const found = scanPlaceholders(paragraphs);
  const group = found[0]!.group;
  const strict = planFill(paragraphs, found, { [group]: "12.345" });
  assert.equal(strict.filledCount, 0, "two decimals by default");
  assert.match(strict.skipped[0]!.reason.zh, /最多保留2位小数/);
  const relaxed = planFill(paragraphs, found, { [group]: "12.345" }, {}, { decimals: { 亿元: 3 } });
  assert.equal(relaxed.filledCount, 1);
  assert.equal(relaxed.edits[0]!.replacement, "12.345");
});
