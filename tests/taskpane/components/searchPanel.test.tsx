// 短语's search: what a query keeps, the active result under ↑/↓ (focus stays in the box), Enter
// inserting the active one (never while busy), Esc clearing the query.
import "../../support/dom";
import { afterEach, test } from "node:test";
import assert from "node:assert/strict";
import { createRef } from "react";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import type { SourcedSnippet } from "../../../src/core/snippets";
import { SearchPanel, type SearchPanelProps } from "../../../src/taskpane/snippets/SearchPanel";
import { renderInPane } from "./render";

afterEach(cleanup);

const snippet = (id: string, title: string, text: string): SourcedSnippet => ({ id, category: "jingjifazhan", title, text, tags: ["正式"], source: "builtIn" });
const SNIPPETS = [
  snippet("a", "开发区提质增效", "推动开发区提质增效，打造高质量发展新引擎。"),
  snippet("b", "园区提质", "推动产业园区提质扩容。"),
  snippet("c", "乡村振兴", "全面推进乡村振兴，加快农业农村现代化。"),
];

async function show(overrides: Partial<SearchPanelProps> = {}) {
  const inserted: string[] = [];
  const props: SearchPanelProps = {
    snippets: SNIPPETS,
    favourites: [],
    recent: [],
    busy: false,
    asNewParagraph: true,
    onAsNewParagraphChange: () => undefined,
    onInsert: (s) => inserted.push(s.id),
    onToggleFavourite: () => undefined,
    onSaveSelection: () => undefined,
    searchRef: createRef<HTMLInputElement>(),
    ...overrides,
  };
  await renderInPane(<SearchPanel {...props} />);
  return { inserted, box: screen.getByRole("combobox", { name: /搜索短语/ }) };
}
const options = () => {
  const list = screen.queryByRole("listbox", { name: "搜索结果" });
  return list ? within(list).queryAllByRole("option") : [];
};
const activeTitle = (box: HTMLElement) => document.getElementById(box.getAttribute("aria-activedescendant") ?? "")?.textContent ?? "";

test("a query keeps the phrases it matches; one that matches nothing says so", async () => {
  const { box } = await show();
  fireEvent.change(box, { target: { value: "提质" } });
  assert.equal(options().length, 2, "the two 提质 phrases");
  assert.ok(options().every((o) => /提质/.test(o.textContent ?? "")), "only phrases with 提质");
  assert.ok(screen.getByText("共 2 条"), "the count is said");
  fireEvent.change(box, { target: { value: "航天飞机" } });
  assert.equal(options().length, 0, "nothing matches");
  assert.ok(screen.getByText("没有找到匹配的短语。换个关键词，或清除分类和标签筛选。"), "the empty result says what to try");
});

test("↓ and ↑ move the active result; Enter inserts the active one; Esc clears the query", async () => {
  const { box, inserted } = await show();
  fireEvent.change(box, { target: { value: "提质" } });
  const first = activeTitle(box);
  fireEvent.keyDown(box, { key: "ArrowDown" });
  const second = activeTitle(box);
  assert.notEqual(second, first, "↓ moves to the next result");
  fireEvent.keyDown(box, { key: "ArrowDown" });
  assert.equal(activeTitle(box), second, "the last result stays active at the end");
  fireEvent.keyDown(box, { key: "ArrowUp" });
  assert.equal(activeTitle(box), first, "↑ moves back");
  fireEvent.keyDown(box, { key: "ArrowDown" });
  fireEvent.keyDown(box, { key: "Enter" });
  assert.equal(inserted.length, 1, "Enter inserts once");
  assert.ok(second.includes(SNIPPETS.find((s) => s.id === inserted[0])!.title), "the active result is the one inserted");
  assert.equal(screen.getByRole("button", { name: `插入“${SNIPPETS.find((s) => s.id === inserted[0])!.title}”` }).tagName, "BUTTON", "the insert button names it too");
  fireEvent.keyDown(box, { key: "Escape" });
  assert.equal((box as HTMLInputElement).value, "", "Esc clears the query");
});

test("while a Word operation runs, Enter inserts nothing", async () => {
  const { box, inserted } = await show({ busy: true });
  fireEvent.change(box, { target: { value: "乡村" } });
  assert.equal(options().length, 1, "one result");
  fireEvent.keyDown(box, { key: "Enter" });
  assert.deepEqual(inserted, [], "nothing inserted while busy");
});
