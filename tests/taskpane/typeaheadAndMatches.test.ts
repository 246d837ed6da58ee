import { test } from "node:test";
import assert from "node:assert/strict";
import { builtInSnippets, loadPinyin, searchSnippetsSync } from "../../src/core/snippets";
import { createTypeahead, typedCharacter } from "../../src/taskpane/shell/typeahead";
import { visibleMatches } from "../../src/taskpane/snippets/looseMatches";

test("typeahead: keys typed before the search box exists arrive at once when it registers, later keys directly", () => {
  const typeahead = createTypeahead();
  typeahead.push("s");
  typeahead.push("g");
  const got: string[] = [];
  const release = typeahead.take((t) => got.push(t));
  assert.deepEqual(got, ["sg"]);
  typeahead.push("y");
  assert.deepEqual(got, ["sg", "y"]);
  release();
  typeahead.push("s");
  assert.deepEqual(got, ["sg", "y"], "held again once the taker is gone");
  typeahead.take((t) => got.push(t));
  assert.deepEqual(got, ["sg", "y", "s"]);
});

test("typeahead: only character keys count — not Space (selects the tab), arrows or shortcuts", () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
    typedCharacter({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  assert.equal(key("a"), "a");
  assert.equal(key("四"), "四");
  assert.equal(key(" "), null);
  assert.equal(key("ArrowRight"), null);
  assert.equal(key("c", { ctrlKey: true }), null);
});

test("zzzz: only loose matches, so none are shown until asked; real matches are shown as before", async () => {
  await loadPinyin();
  const loose = searchSnippetsSync(builtInSnippets, "zzzz", { limit: 50 });
  assert.ok(loose.length > 0, "the search itself finds loose matches");
  assert.deepEqual(visibleMatches(loose, "zzzz", false), { shown: [], hidden: loose.length });
  assert.equal(visibleMatches(loose, "zzzz", true).shown.length, loose.length);
  const sgys = searchSnippetsSync(builtInSnippets, "sgys", { limit: 50 });
  assert.equal(visibleMatches(sgys, "sgys", false).shown[0]?.snippet.title, "四个意识");
  const all = searchSnippetsSync(builtInSnippets, "", { limit: 50 });
  assert.equal(visibleMatches(all, "", false).shown.length, all.length, "an empty query lists everything");
});
