// The buttons of one of the person's own skeletons: 删除 asks first, then can be undone in place;
// a storage that refuses the write changes nothing and says so.
import "../../support/dom";
import { afterEach, test } from "node:test";
import assert from "node:assert/strict";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { genreCatalog, type Genre } from "../../../src/core/genres";
import { PersonalGenreActions } from "../../../src/taskpane/skeleton/PersonalGenreActions";
import { renderInPane } from "./render";

afterEach(cleanup);

const mine = (id: string, zh: string): Genre => ({ ...genreCatalog[0]!, id, name: { zh, en: zh } });
const first = mine("mine-a", "甲骨架");
const second = mine("mine-b", "乙骨架");

async function setUp() {
  const pane = await renderInPane(<PersonalGenreActions genre={first} personal onOpenEditor={() => undefined} />);
  assert.ok(pane.personalGenres.saveAll([first, second]).ok, "two skeletons saved");
  return pane;
}
const ids = (pane: Awaited<ReturnType<typeof setUp>>) => pane.personalGenres.getState().map((g) => g.id);

test("删除 asks first; 取消 keeps the skeleton", async () => {
  const pane = await setUp();
  fireEvent.click(screen.getByRole("button", { name: "删除骨架：甲骨架" }));
  const dialog = await screen.findByRole("dialog");
  assert.match(dialog.textContent ?? "", /将删除“甲骨架”/, "the dialog names the skeleton");
  fireEvent.click(screen.getByRole("button", { name: "取消" }));
  // (Whether the dialog has left the DOM depends on Fluent's exit motion, which happy-dom does
  // not finish reliably on a loaded machine: the test asks what 取消 did to the skeletons.)
  assert.deepEqual(ids(pane), ["mine-a", "mine-b"], "nothing removed");
  assert.equal(screen.queryByText("已删除“甲骨架”。"), null, "no removal is announced");
});

test("confirmed, the skeleton is removed; 撤销 puts it back where it stood", async () => {
  const pane = await setUp();
  fireEvent.click(screen.getByRole("button", { name: "删除骨架：甲骨架" }));
  await screen.findByRole("dialog");
  fireEvent.click(screen.getAllByRole("button", { name: "删除" }).at(-1)!);
  assert.deepEqual(ids(pane), ["mine-b"], "removed from the store");
  assert.ok(screen.getByText("已删除“甲骨架”。"), "the removal is said, with an undo");
  fireEvent.click(screen.getByRole("button", { name: "撤销" }));
  assert.deepEqual(ids(pane), ["mine-a", "mine-b"], "back in first place");
  assert.ok(await screen.findByText("已恢复“甲骨架”。"), "the person is told");
  assert.equal(screen.queryByText("已删除“甲骨架”。"), null, "the undo offer is gone");
});

test("a storage that refuses the write: nothing removed, and the person is told", async () => {
  const pane = await setUp();
  pane.storage.setItem = () => {
    throw Object.assign(new Error("The quota has been exceeded."), { name: "QuotaExceededError" });
  };
  fireEvent.click(screen.getByRole("button", { name: "删除骨架：甲骨架" }));
  await screen.findByRole("dialog");
  fireEvent.click(screen.getAllByRole("button", { name: "删除" }).at(-1)!);
  assert.ok(await screen.findByText("无法写入浏览器存储（可能已满或被禁用），未能保存更改。"), "the refusal is said");
  assert.deepEqual(ids(pane), ["mine-a", "mine-b"], "nothing removed");
  assert.equal(screen.queryByRole("button", { name: "撤销" }), null, "no undo for what did not happen");
});
