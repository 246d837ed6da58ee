// 数据核对 in 检查 over the Word double: each figure is shown once, as a link in the finding's
// sentence that selects it in the document (not the sentence plus the same places again).
import "../../support/dom";
import { test } from "node:test";
import assert from "node:assert/strict";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { CheckSection } from "../../../src/taskpane/format/CheckSection";
import { doublePerTest, renderInPane } from "./render";

const DOC = ["关于2024年工作情况的报告", "一、总体情况", "全年实现地区生产总值125.3亿元，同比增长6.2%。", "二、主要成绩", "2024年地区生产总值达到128.6亿元。"];

const doc = doublePerTest(DOC);

test("a figure conflict names each figure once, and each is a link to its place", async () => {
  await renderInPane(<CheckSection target={{}} onTargetChange={() => undefined} />);
  fireEvent.click(await screen.findByRole("button", { name: "检查" }, { timeout: 20_000 }));
  const group = await screen.findByRole("list", { name: "数据核对（1）" }, { timeout: 20_000 });
  const finding = within(group).getAllByRole("listitem")[0]!;
  assert.equal(finding.textContent?.match(/125\.3亿元/g)?.length, 1, finding.textContent ?? "");
  assert.equal(finding.textContent?.match(/128\.6亿元/g)?.length, 1, finding.textContent ?? "");
  assert.match(finding.textContent ?? "", /地区生产总值：第3段 125\.3亿元，第5段 128\.6亿元。/);
  const link = within(finding).getByRole("button", { name: "第5段 128.6亿元" });
  fireEvent.click(link);
  const selected = () => {
    const { start, end } = doc.current().model.selection;
    return [start.para.index, start.offset, end.para.index, end.offset];
  };
  await waitFor(() => assert.deepEqual(selected(), [4, 13, 4, 20], "the figure is selected in Word"), { timeout: 20_000 });
});
