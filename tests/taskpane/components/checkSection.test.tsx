// 检查 over the Word double: findings listed by rule, 修复 one finding (written, marked done, the
// rest left open), and a fix refused when the person changed the paragraph after the check.
import "../../support/dom";
import { test } from "node:test";
import assert from "node:assert/strict";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { applyPersonEdit } from "../../../src/word-double";
import { CheckSection } from "../../../src/taskpane/format/CheckSection";
import { doublePerTest, renderInPane } from "./render";

const DOC = ["关于2024年工作情况的报告", "一、总体情况", "在习总书记的亲切关怀下，全年各项工作取得新进展。", "二、下步打算", "继续深入学习贯彻习总书记重要讲话精神。"];

const doc = doublePerTest(DOC);

const texts = () => doc.current().model.paragraphs.map((p) => p.text);
const fixButtons = () => screen.queryAllByRole("button", { name: /^修复：.*习近平总书记/ });

async function checked() {
  await renderInPane(<CheckSection target={{}} onTargetChange={() => undefined} />);
  fireEvent.click(await screen.findByRole("button", { name: "检查" }, { timeout: 20_000 }));
  await waitFor(() => assert.equal(fixButtons().length, 2, "both 习总书记 are listed, each with 修复"), { timeout: 20_000 });
}

test("修复 one finding writes it, marks it done, and leaves the other open", async () => {
  await checked();
  fireEvent.click(fixButtons()[0]!);
  await waitFor(() => assert.equal(texts()[2], "在习近平总书记的亲切关怀下，全年各项工作取得新进展。", "the first is written"), { timeout: 20_000 });
  assert.equal(texts()[4], DOC[4], "the other paragraph is untouched");
  await waitFor(() => assert.equal(fixButtons().length, 1, "one finding left open"));
  assert.ok(screen.getByText("✓ 已修复"), "the fixed one is marked done");
  assert.ok(await screen.findByText("已修复 1 处。"), "the person is told");
});

test("a paragraph changed after the check is not fixed, and the person is told", async () => {
  await checked();
  applyPersonEdit(doc.current(), { kind: "delete", paragraph: 2, start: 1, end: 5 }); // the person deletes 习总书记
  assert.equal(texts()[2], "在的亲切关怀下，全年各项工作取得新进展。", "the person's edit");
  fireEvent.click(fixButtons()[0]!);
  assert.ok(await screen.findByText("1 处问题所在段落已改动，未修复：文档已改动，请重新检查。", undefined, { timeout: 20_000 }), "a stale warning");
  assert.equal(texts()[2], "在的亲切关怀下，全年各项工作取得新进展。", "the changed paragraph is left as the person wrote it");
});
