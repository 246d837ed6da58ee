// 存为骨架's editor: what it refuses to save (and says why, beside the field), dropping a section
// with undo, and a save that reaches the pane's personal-genres store.
import "../../support/dom";
import { afterEach, test } from "node:test";
import assert from "node:assert/strict";
import { useState } from "react";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { genreCatalog, type Genre } from "../../../src/core/genres";
import { GenreEditor } from "../../../src/taskpane/skeleton/GenreEditor";
import { draftFromGenre, type GenreDraft } from "../../../src/taskpane/skeleton/genreDraft";
import { renderInPane } from "./render";

afterEach(cleanup);

const base: Genre = { ...genreCatalog[0]!, id: "mine-report", name: { zh: "我的述职报告", en: "My report" } };

function Host(props: { initial: GenreDraft; closed: Array<Genre | null> }) {
  const [draft, setDraft] = useState(props.initial);
  return <GenreEditor draft={draft} onChange={setDraft} onClose={(g) => props.closed.push(g)} />;
}

const nameBox = () => screen.getByRole("textbox", { name: /骨架名称/ });

test("an empty name is refused beside the field; nothing is saved and the editor stays open", async () => {
  const closed: Array<Genre | null> = [];
  const pane = await renderInPane(<Host initial={draftFromGenre(base, "new")} closed={closed} />);
  fireEvent.change(nameBox(), { target: { value: "  " } });
  fireEvent.click(screen.getByRole("button", { name: "保存" }));
  assert.ok(screen.getByText("请填写骨架名称。"), "the problem is shown at the name field");
  assert.deepEqual(pane.personalGenres.getState(), [], "nothing saved");
  assert.deepEqual(closed, [], "the editor stays open");
});

test("a name another saved skeleton has is refused", async () => {
  const closed: Array<Genre | null> = [];
  const pane = await renderInPane(<Host initial={draftFromGenre(base, "new")} closed={closed} />);
  assert.ok(pane.personalGenres.save({ ...base, id: "other", name: { zh: "已有的骨架", en: "Taken" } }).ok, "the other skeleton is saved first");
  fireEvent.change(nameBox(), { target: { value: "已有的骨架" } });
  fireEvent.click(screen.getByRole("button", { name: "保存" }));
  assert.ok(screen.getByText("已有名为“已有的骨架”的骨架，请换一个名称。"), "the clash is named");
  assert.equal(pane.personalGenres.getState().length, 1, "only the other skeleton is stored");
  assert.deepEqual(closed, []);
});

test("dropping a section says so and 撤销 puts it back where it stood", async () => {
  const closed: Array<Genre | null> = [];
  await renderInPane(<Host initial={draftFromGenre(base, "new")} closed={closed} />);
  const first = base.sections[0]!.title;
  const count = () => screen.getAllByRole("button", { name: /^删去：/ }).length;
  const before = count();
  fireEvent.click(screen.getByRole("button", { name: `删去：${first}` }));
  assert.ok(count() < before, "the section (with its subsections) is gone");
  assert.equal(screen.queryByRole("button", { name: `删去：${first}` }), null, "the section is gone");
  const notice = screen.getByText(`已删去“${first}”。`);
  fireEvent.click(within(notice.closest(".fui-MessageBar") as HTMLElement).getByRole("button", { name: "撤销" }));
  assert.equal(count(), before, "the section is back");
  assert.equal(screen.getAllByRole("button", { name: /^删去：/ })[0]!.getAttribute("aria-label"), `删去：${first}`, "in its place, first");
});

test("a valid draft is saved to the pane's store under a new name and the editor closes with it", async () => {
  const closed: Array<Genre | null> = [];
  const pane = await renderInPane(<Host initial={draftFromGenre(base, "new")} closed={closed} />);
  fireEvent.change(nameBox(), { target: { value: "新的述职报告" } });
  fireEvent.click(screen.getByRole("button", { name: "保存" }));
  const saved = pane.personalGenres.getState();
  assert.deepEqual(saved.map((g) => g.name.zh), ["新的述职报告"], "saved under the name typed");
  assert.equal(closed.length, 1, "closed once");
  assert.equal(closed[0]?.id, saved[0]!.id, "closed with the saved genre");
  assert.ok(pane.storage.data.has("report-composer:personal-genres:v1"), "written to storage");
  assert.ok(await screen.findByText("已保存骨架“新的述职报告”，可在“报告文种”中选用。"), "the person is told");
});
