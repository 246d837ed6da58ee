// 数据: the real tab over the Word double (src/word runs against it, as in the preview). What
// e2e covered alone: a figure's validation beside the field, 填入 refused on an invalid form
// (focus to the field, the document untouched), a growth derived from this and last year's figures.
import "../../support/dom";
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { MetricsTab } from "../../../src/taskpane/metrics/MetricsTab";
import { doublePerTest, renderInPane } from "./render";

const SAMPLE = readFileSync(join(import.meta.dirname, "../../fixtures/samples/school-principal-report.txt"), "utf8").replace(/\n+$/, "").split(/\r?\n/);

const doc = doublePerTest(SAMPLE);

const texts = () => doc.current().model.paragraphs.map((p) => p.text);
const card = (group: string) => document.querySelector<HTMLElement>(`li[data-group="${group}"]`)!;

test("an amount with a letter: the message beside the field; 填入 goes to it, says why and writes nothing", async () => {
  await renderInPane(<MetricsTab />);
  await screen.findByText(/共找到 \d+ 处待填内容/, undefined, { timeout: 20_000 });
  const before = texts();
  const fund = screen.getByLabelText("投入资金", { exact: true });
  fireEvent.change(fund, { target: { value: "35o" } });
  assert.ok(within(card("field:投入资金|万元#1")).getByText(/只能填写数字，不能包含字母/), "the problem beside the field");
  fireEvent.click(screen.getByRole("button", { name: "填入" }));
  assert.ok(await screen.findByText(/请先改正“投入资金”：只能填写数字，不能包含字母/), "填入 says what to correct");
  await waitFor(() => assert.equal(document.activeElement, fund, "focus is on the invalid field"));
  assert.deepEqual(texts(), before, "nothing written");
});

test("a growth computed from this and last year's rates is shown as it will be written, and filled so", async () => {
  await renderInPane(<MetricsTab />);
  await screen.findByText(/共找到 \d+ 处待填内容/, undefined, { timeout: 20_000 });
  const growth = card("field:本科上线率 同比提高|个百分点#1");
  fireEvent.click(within(growth).getByRole("switch", { name: "由本年、上年数计算" }));
  fireEvent.change(within(growth).getByLabelText("本科上线率 同比提高 本年数"), { target: { value: "62.5" } });
  fireEvent.change(within(growth).getByLabelText("本科上线率 同比提高 上年数"), { target: { value: "60.1" } });
  assert.ok(within(growth).getByText("将写为：提高2.4个百分点"), "the derived wording");
  // 本年数 is the rate the sentence states too: its own field shows it, and the card says so.
  assert.ok(within(growth).getByText("本年数同时填入“本科上线率”。"), "the card says where 本年数 also goes");
  assert.equal(card("field:本科上线率|%#1").querySelector<HTMLInputElement>('input[data-metric-input="field:本科上线率|%#1"]')!.value, "62.5");
  fireEvent.change(within(growth).getByLabelText("本科上线率 同比提高 上年数"), { target: { value: "63.0" } });
  assert.ok(within(growth).getByText("将写为：降低0.5个百分点"), "a fall is worded as one");
  fireEvent.click(screen.getByRole("button", { name: "填入" }));
  await waitFor(() => assert.match(texts()[7] ?? "", /本科上线率达到62\.5%，同比降低0\.5个百分点。$/, "written as shown"), { timeout: 20_000 });
});
