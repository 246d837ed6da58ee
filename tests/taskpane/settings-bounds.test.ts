// Stored settings (reliability review 2, finding 4c): nothing is saved that cannot be read back —
// past the read limit a save is refused saying how much room is left — and a save never
// overwrites a list that could not be read.
import { afterEach, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { Genre } from "../../src/core/genres";
import { genreFromOutline } from "../../src/core/skeleton";
import { MAX_PERSONAL_GENRES, loadPersonalGenresParser, PERSONAL_GENRES_KEY, PersonalGenresStore } from "../../src/taskpane/content/personalGenres";
import { addinStorage, MAX_SETTING_CHARS, readSetting, saveSetting } from "../../src/taskpane/shell/settingsStore";
import { corpusPath } from "../support/shared";

// The stored list's reader is its own chunk in the pane (loaded before a stored list is read).
await loadPersonalGenresParser();

const storage = addinStorage();
const clear = () => {
  for (const key of Object.keys(storage as object)) storage.removeItem(key);
  for (const key of [PERSONAL_GENRES_KEY, `${PERSONAL_GENRES_KEY}:corrupt-backup`, "report-composer:test-big"]) storage.removeItem(key);
  store = new PersonalGenresStore(storage);
};
let store: PersonalGenresStore;
beforeEach(clear);
afterEach(clear);

const base = (() => {
  const result = genreFromOutline(readFileSync(corpusPath("gov-work-report-2024.txt"), "utf8").split(/\r?\n/));
  assert.ok(result.ok, "result.ok");
  return result.genre;
})();
const copy = (i: number): Genre => ({ ...structuredClone(base), id: `mine-${i}`, name: { zh: `我的骨架${i}`, en: `Mine ${i}` } });

describe("saveSetting: nothing saved that cannot be read back", () => {
  test("a value past the read limit is refused, with the room left, and what was stored stays", () => {
    assert.ok(saveSetting("report-composer:test-big", { list: ["甲".repeat(1000)] }, { zh: "设置", en: "the setting" }, storage).ok, "saveSetting(\"report-composer:test-big\", { list: [\"甲\".repeat(1000)] }, { zh: \"设置\", en: \"the settin...");
    const before = storage.getItem("report-composer:test-big");
    const result = saveSetting("report-composer:test-big", { list: ["甲".repeat(MAX_SETTING_CHARS)] }, { zh: "测试列表", en: "the test list" }, storage);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.match(result.error.zh, /测试列表未保存：保存后共 2,000,0\d\d 个字符，超过本机存储能读回的上限 2,000,000 个字符；现已存 1,01\d 个字符，还可再存 1,998,9\d\d 个字符/);
    assert.match(result.error.en, /The test list was not saved: .* characters, more than the 2,000,000 .*so 1,998,9\d\d are left/);
    assert.equal(storage.getItem("report-composer:test-big"), before);
    assert.equal(readSetting("report-composer:test-big", (j) => j, () => null, storage).corrupt, false);
  });

  test("a value at the limit is saved and reads back", () => {
    const value = "乙".repeat(MAX_SETTING_CHARS - 2);
    assert.ok(saveSetting("report-composer:test-big", value, { zh: "设置", en: "the setting" }, storage).ok, "saveSetting(\"report-composer:test-big\", value, { zh: \"设置\", en: \"the setting\" }, storage).ok");
    const read = readSetting("report-composer:test-big", (j) => (typeof j === "string" ? j : null), () => "", storage);
    assert.equal(read.corrupt, false);
    assert.equal(read.value.length, MAX_SETTING_CHARS - 2);
  });
});

describe("存为骨架: saved skeletons never vanish at the next start", () => {
  test("skeletons are saved until the next would pass the read limit; that one is refused with the room left; all reopen", () => {
    const size = JSON.stringify(copy(0)).length;
    const fit = Math.min(MAX_PERSONAL_GENRES, Math.floor((MAX_SETTING_CHARS - 100) / (size + 1)));
    let saved = 0;
    let refusal: string | null = null;
    for (let i = 0; i <= MAX_PERSONAL_GENRES && refusal === null; i++) {
      const big: Genre = { ...copy(i), description: { zh: "说明".repeat(100), en: "note ".repeat(100) } } as Genre;
      const result = store.save(fit < MAX_PERSONAL_GENRES ? copy(i) : big);
      if (result.ok) saved++;
      else refusal = result.error.zh;
    }
    assert.ok(refusal, "a save was refused before the list became unreadable");
    assert.match(refusal!, /我的骨架未保存：(保存后共 [\d,]+ 个字符，超过本机存储能读回的上限 2,000,000 个字符；现已存 [\d,]+ 个字符，还可再存 [\d,]+ 个字符|最多保存 200 个骨架)/);
    assert.equal(new PersonalGenresStore(storage).getState().length, saved, "every saved skeleton reopens");
    assert.equal(store.corrupt(), false);
  });

  test("the 201st skeleton is refused with the limit, not saved to vanish", () => {
    const many = Array.from({ length: MAX_PERSONAL_GENRES }, (_, i) => ({ ...copy(i), sections: copy(i).sections.slice(0, 1) }));
    assert.ok(store.saveAll(many).ok, "store.saveAll(many).ok");
    const result = store.save({ ...copy(999), sections: copy(0).sections.slice(0, 1) });
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.error.zh, /最多保存 200 个骨架（保存后为 201 个）/);
    assert.equal(new PersonalGenresStore(storage).getState().length, MAX_PERSONAL_GENRES);
  });

  test("a stored list that could not be read is never overwritten by a save", () => {
    const unreadable = JSON.stringify({ version: 1, genres: [{ id: "Not A Slug" }] });
    storage.setItem(PERSONAL_GENRES_KEY, unreadable);
    assert.equal(store.corrupt(), true);
    const result = store.save(copy(1));
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.error.zh, /已存的骨架列表无法读取，保存会覆盖其中的骨架/);
    assert.equal(storage.getItem(PERSONAL_GENRES_KEY), unreadable);
    assert.deepEqual(store.getState(), []);
  });
});
