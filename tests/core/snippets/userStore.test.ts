import { test, describe } from "node:test";
import assert from "node:assert/strict";
import {
  USER_STORE_KEY,
  RECENT_LIMIT,
  defaultUserState,
  loadUserState,
  backUpUserState,
  libraryProblemMessage,
  saveUserState,
  addOwnSnippet,
  editOwnSnippet,
  categoriseOwnSnippet,
  deleteOwnSnippet,
  toggleFavourite,
  recordUse,
  rememberFieldValues,
  deriveTitle,
  type UserSnippetState,
} from "../../../src/core/snippets/index";
import { memoryStorage, type MemoryStorage } from "../../support/memoryStorage";

function added(state: UserSnippetState, text: string, title?: string): { state: UserSnippetState; id: string } {
  const result = addOwnSnippet(state, { text, title, category: "kaitouyu", tags: ["shuzhi"] });
  assert.ok(result.ok, result.ok ? "" : result.error.en);
  return { state: result.state, id: result.id! };
}

describe("loading and saving", () => {
  test("missing data gives an empty library without a problem", () => {
    const result = loadUserState(memoryStorage());
    assert.deepEqual(result.state, defaultUserState());
    assert.equal(result.problem, undefined);
  });

  test("round-trips through storage under the versioned key", () => {
    const storage = memoryStorage();
    const first = added(defaultUserState(), "我的第一段短语。");
    const state = recordUse(toggleFavourite(first.state, first.id), first.id);
    saveUserState(storage, state);
    assert.ok(storage.data.has(USER_STORE_KEY), "storage.data.has(USER_STORE_KEY)");
    assert.match(USER_STORE_KEY, /v1$/);
    const loaded = loadUserState(storage);
    assert.deepEqual(loaded.state, state);
    assert.equal(loaded.problem, undefined);
  });

  for (const [label, raw, reason] of [
    ["bad JSON", "{not json", /not valid JSON/],
    ["wrong schema", JSON.stringify({ version: 1, snippets: "oops" }), /expected structure/],
    ["wrong version", JSON.stringify({ version: 2, snippets: [], favourites: [], recent: [], fieldValues: {} }), /expected structure/],
    [
      "duplicate ids",
      JSON.stringify({
        version: 1,
        snippets: [
          { id: "user-1", category: "c", title: "a", text: "一", tags: [] },
          { id: "user-1", category: "c", title: "b", text: "二", tags: [] },
        ],
        favourites: [],
        recent: [],
        fieldValues: {},
      }),
      /same id/,
    ],
  ] as const) {
    test(`corrupt data (${label}) gives defaults and the raw data; loading writes nothing, backUpUserState keeps it`, () => {
      const storage = memoryStorage();
      storage.setItem(USER_STORE_KEY, raw);
      const result = loadUserState(storage);
      assert.deepEqual(result.state, defaultUserState());
      assert.ok(result.problem, "result.problem");
      assert.match(result.problem.reason.en, reason);
      assert.equal(result.problem.raw, raw);
      assert.deepEqual([...storage.data.keys()], [USER_STORE_KEY], "loading runs during render: no write");
      const backupKey = backUpUserState(storage, raw);
      assert.equal(storage.getItem(backupKey), raw);
      assert.notEqual(backupKey, USER_STORE_KEY);
      assert.equal(storage.getItem(USER_STORE_KEY), raw, "the original is not deleted");
      assert.match(libraryProblemMessage(result.problem, { backupKey }).zh, new RegExp(`已备份在本机存储的“${backupKey.replace(/\./g, "\\.")}”下`));
    });
  }

  test("backing up the same corrupt data twice reuses one backup; different data gets a new one", () => {
    const storage = memoryStorage();
    const first = backUpUserState(storage, "garbage-1");
    const again = backUpUserState(storage, "garbage-1");
    assert.equal(again, first);
    const second = backUpUserState(storage, "garbage-2");
    assert.notEqual(second, first);
    assert.equal(storage.getItem(first), "garbage-1");
    assert.equal(storage.getItem(second), "garbage-2");
  });

  test("loading never writes, even when storage is full; the message says when the backup failed too", () => {
    const storage = memoryStorage();
    storage.setItem(USER_STORE_KEY, "{oops");
    const full = Object.assign(Object.create(storage) as MemoryStorage, {
      setItem: () => {
        throw Object.assign(new Error("full"), { name: "QuotaExceededError" });
      },
    });
    const result = loadUserState(full);
    assert.ok(result.problem, "result.problem");
    assert.throws(() => backUpUserState(full, result.problem!.raw), /full/);
    const message = libraryProblemMessage(result.problem, { error: { zh: "本机存储空间已满", en: "local storage is full" } });
    assert.match(message.zh, /个人短语库无法读取（数据不是有效的 JSON）.*原始数据也无法备份（本机存储空间已满），仍原样保留/);
    assert.match(message.en, /could not be read .*could not be backed up either \(local storage is full\)/);
  });

  test("a stored library nested 10,000 levels deep (20 KB) is refused with a reason, without a stack overflow", () => {
    const storage = memoryStorage();
    storage.setItem(USER_STORE_KEY, "[".repeat(10_000) + "]".repeat(10_000));
    const result = loadUserState(storage);
    assert.deepEqual(result.state, defaultUserState());
    assert.match(result.problem!.reason.zh, /嵌套超过 64 层/);
    assert.match(result.problem!.reason.en, /nested more than 64 levels/);
  });
});

describe("own snippets", () => {
  test("add validates, derives a title and assigns unique ids avoiding reserved ones", () => {
    const reserved = new Set(["user-1"]);
    const result = addOwnSnippet(defaultUserState(), { text: "坚持问题导向，狠抓整改落实。" }, reserved);
    assert.ok(result.ok, "result.ok");
    assert.equal(result.id, "user-2");
    assert.equal(result.state.snippets[0]!.title, "坚持问题导向");
    assert.equal(result.state.snippets[0]!.category, "personal");
    assert.equal(deriveTitle("{单位}年度工作，很好"), "年度工作");
  });

  test("add refuses empty text, broken fields and duplicate text", () => {
    const { state } = added(defaultUserState(), "同一段话。");
    for (const text of ["   ", "未闭合{单位", " 同一段话。"]) {
      const result = addOwnSnippet(state, { text, title: "t" });
      assert.equal(result.ok, false, text);
    }
    const dup = addOwnSnippet(state, { text: "同一段话。", title: "t" });
    assert.ok(!dup.ok && /same text/.test(dup.error.en), "!dup.ok && /same text/.test(dup.error.en)");
  });

  test("edit and categorise change the snippet; edit keeps validation", () => {
    const { id, state: withOne } = added(defaultUserState(), "原文。", "原标题");
    const { state } = added(withOne, "另一段。");
    const edited = editOwnSnippet(state, id, { text: "新的正文{单位}。", title: " 新标题 " });
    assert.ok(edited.ok, "edited.ok");
    assert.equal(edited.state.snippets.find((s) => s.id === id)!.title, "新标题");
    const moved = categoriseOwnSnippet(edited.state, id, "zhenggaicuoshi");
    assert.ok(moved.ok, "moved.ok");
    assert.equal(moved.state.snippets.find((s) => s.id === id)!.category, "zhenggaicuoshi");
    assert.equal(editOwnSnippet(state, id, { text: "另一段。" }).ok, false, "text of another snippet");
    assert.equal(editOwnSnippet(state, id, { title: "" }).ok, false);
    assert.equal(editOwnSnippet(state, "nope", { title: "x" }).ok, false);
    assert.equal(categoriseOwnSnippet(state, id, "not a category!").ok, false);
  });

  test("delete removes the snippet from favourites and recent", () => {
    const { state: plain, id } = added(defaultUserState(), "要删除的。");
    const state = recordUse(toggleFavourite(plain, id), id);
    const result = deleteOwnSnippet(state, id);
    assert.ok(result.ok, "result.ok");
    assert.deepEqual([result.state.snippets, result.state.favourites, result.state.recent], [[], [], []]);
    assert.equal(deleteOwnSnippet(result.state, id).ok, false);
  });

  test("operations never mutate the previous state", () => {
    const before = defaultUserState();
    const frozen = JSON.stringify(before);
    added(before, "不应改动原状态。");
    toggleFavourite(before, "x");
    recordUse(before, "x");
    rememberFieldValues(before, { 单位: "某局" });
    assert.equal(JSON.stringify(before), frozen);
  });
});

describe("favourites, recent and remembered fields", () => {
  test("toggleFavourite adds then removes", () => {
    const on = toggleFavourite(defaultUserState(), "kaitouyu-001");
    assert.deepEqual(on.favourites, ["kaitouyu-001"]);
    assert.deepEqual(toggleFavourite(on, "kaitouyu-001").favourites, []);
  });

  test("recordUse puts the latest first, without repeats, capped", () => {
    let state = defaultUserState();
    for (let i = 0; i < RECENT_LIMIT + 5; i++) state = recordUse(state, `s-${i}`);
    state = recordUse(state, "s-10");
    assert.equal(state.recent.length, RECENT_LIMIT);
    assert.equal(state.recent[0], "s-10");
    assert.equal(state.recent.filter((r) => r === "s-10").length, 1);
    assert.equal(state.recent[1], `s-${RECENT_LIMIT + 4}`);
    assert.ok(!state.recent.includes("s-0"), "!state.recent.includes(\"s-0\")");
  });

  test("rememberFieldValues keeps the latest non-empty value per field", () => {
    let state = rememberFieldValues(defaultUserState(), { 单位: "市发改委", 年度: "2025" });
    state = rememberFieldValues(state, { 年度: " 2026 ", 姓名: "" });
    assert.deepEqual(state.fieldValues, { 单位: "市发改委", 年度: "2026" });
    assert.equal(rememberFieldValues(state, { 姓名: "  " }), state);
  });
});
