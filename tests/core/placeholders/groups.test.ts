import { test } from "node:test";
import assert from "node:assert/strict";
import { scanPlaceholders } from "../../../src/core/placeholders";

test("a figure's group names it by label and unit, so edits around it keep the id (stored values still match)", () => {
  const before = ["全年完成主营业务收入X亿元，同比增长X%。", "利润总额X万元。"];
  const after = ["（一）经营情况。今年以来，全年完成主营业务收入X亿元，同比增长X%。", "新增一段。", "利润总额X万元。"];
  const groups = (doc: string[]) => scanPlaceholders(doc).map((p) => p.group);
  assert.deepEqual(groups(before), groups(after));
  assert.deepEqual(groups(before), ["field:主营业务收入|亿元#1", "field:主营业务收入 同比增长|%#1", "field:利润总额|万元#1"]);
});

test("same-named figures stay apart, numbered in reading order", () => {
  const doc = ["新建学校X所，改扩建学校X所。", "另新建学校X所。"];
  const found = scanPlaceholders(doc);
  assert.equal(new Set(found.map((p) => p.group)).size, found.length);
  assert.ok(found.every((p) => /^field:.+#\d+$/.test(p.group)), "found.every((p) => /^field:.+#\\d+$/.test(p.group))");
});
