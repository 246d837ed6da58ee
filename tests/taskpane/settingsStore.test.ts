import { test } from "node:test";
import assert from "node:assert/strict";
import {
  addinStorage,
  keepUnreadable,
  readSetting,
  removeTabData,
  resetTabData,
  saveSetting,
  tabData,
  unreadableMessage,
  unreadableState,
  writeSetting,
} from "../../src/taskpane/shell/settingsStore";
import { isQuotaError, storageFailureReason } from "../../src/core/text/storageFailure";
import { chosenSectionIds, defaultChoice, move, reconcileChoice } from "../../src/taskpane/skeleton/selection";
import { findGenre } from "../../src/core/genres";
import { memoryStorage } from "../support/memoryStorage";

const quota = () => Object.assign(new Error("The quota has been exceeded."), { name: "QuotaExceededError" });
const parseCount = (json: unknown) => (typeof (json as { n?: unknown })?.n === "number" ? (json as { n: number }) : null);

test("a setting round-trips; missing gives defaults without the corrupt flag", () => {
  const storage = memoryStorage();
  assert.deepEqual(readSetting("k", parseCount, () => ({ n: 0 }), storage), { value: { n: 0 }, corrupt: false });
  assert.equal(writeSetting("k", { n: 3 }, storage), true);
  assert.deepEqual(readSetting("k", parseCount, () => ({ n: 0 }), storage), { value: { n: 3 }, corrupt: false });
});

test("unreadable or wrongly shaped text: defaults and corrupt; reading writes nothing, keepUnreadable keeps a copy", () => {
  for (const raw of ["{oops", JSON.stringify({ n: "three" })]) {
    const storage = memoryStorage({ k: raw });
    assert.deepEqual(readSetting("k", parseCount, () => ({ n: 0 }), storage), { value: { n: 0 }, corrupt: true });
    assert.deepEqual([...storage.data.keys()], ["k"], "no write while reading (it runs during render)");
    assert.equal(unreadableState(storage, "k")?.state, "pending");
    const kept = keepUnreadable(storage, "k");
    assert.equal(kept?.state, "kept");
    assert.equal(storage.data.get("k:corrupt-backup"), raw);
    assert.equal(storage.data.get("k"), raw, "the original is not overwritten by keeping a copy");
    assert.match(unreadableMessage({ zh: "设置", en: "the setting" }, kept!).zh, /设置无法读取（.+），已改用默认设置。原内容已备份到本机存储的“k:corrupt-backup”下。/);
  }
});

test("storage that refuses (full, disabled) never throws", () => {
  const refusing = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("denied"); } };
  assert.deepEqual(readSetting("k", parseCount, () => ({ n: 1 }), refusing), { value: { n: 1 }, corrupt: false });
  assert.equal(writeSetting("k", { n: 2 }, refusing), false);
});

test("a full storage: a save is refused with a bilingual reason naming what was not saved", () => {
  const storage = { ...memoryStorage(), setItem: () => { throw quota(); } };
  const saved = saveSetting("k", { n: 2 }, { zh: "小数位数设置", en: "the decimals setting" }, storage);
  assert.equal(saved.ok, false);
  assert.match(saved.ok ? "" : saved.error.zh, /^小数位数设置未能保存到本机：本机存储空间已满。/);
  assert.match(saved.ok ? "" : saved.error.en, /^The decimals setting could not be saved on this computer: the add-in's local storage is full\./);
});

test("unreadable text that could not be backed up is never overwritten: saves are refused until the copy can be made", () => {
  const base = memoryStorage({ k: "{oops" });
  let full = true;
  const storage = { ...base, setItem: (k: string, v: string) => { if (full) throw quota(); base.setItem(k, v); } };
  assert.equal(readSetting("k", parseCount, () => ({ n: 0 }), storage).corrupt, true);
  const state = keepUnreadable(storage, "k");
  assert.equal(state?.state, "failed");
  assert.match(unreadableMessage({ zh: "设置", en: "the setting" }, state!).zh, /原内容也无法备份（本机存储空间已满），仍原样保留在“k”下/);
  // Still full: the save is refused rather than overwriting the unreadable text.
  const refused = saveSetting("k", { n: 1 }, { zh: "设置", en: "the setting" }, storage);
  assert.equal(refused.ok, false);
  assert.match(refused.ok ? "" : refused.error.zh, /设置未保存：本机存储中原有的内容无法读取，也无法备份/);
  assert.equal(base.data.get("k"), "{oops");
  // Space again: the copy is made first, then the save.
  full = false;
  assert.deepEqual(saveSetting("k", { n: 1 }, { zh: "设置", en: "the setting" }, storage), { ok: true });
  assert.equal(base.data.get("k:corrupt-backup"), "{oops");
  assert.equal(base.data.get("k"), '{"n":1}');
});

test("a setting nested 10,000 levels deep (20 KB) reads as unreadable, with the depth as reason, and no throw", () => {
  const storage = memoryStorage({ k: "[".repeat(10_000) + "]".repeat(10_000) });
  const read = readSetting("k", () => { throw new Error("parse must not be reached"); }, () => ({ n: 0 }), storage);
  assert.deepEqual(read, { value: { n: 0 }, corrupt: true });
  assert.match(unreadableState(storage, "k")!.reason.zh, /嵌套超过 64 层/);
});

test("quota errors are told apart from a disabled storage", () => {
  assert.equal(isQuotaError(quota()), true);
  assert.equal(isQuotaError({ name: "NS_ERROR_DOM_QUOTA_REACHED" }), true);
  assert.equal(isQuotaError({ code: 22 }), true);
  assert.equal(isQuotaError(new Error("SecurityError")), false);
  assert.match(storageFailureReason(new Error("x")).zh, /本机存储不可用/);
});

test("reset: the tab's values are copied under one backup key, then removed; nothing is removed when the copy fails", () => {
  const now = new Date("2026-03-01T08:09:10.123Z");
  const storage = memoryStorage({ a: "1", b: "{bad", other: "keep" });
  const declared = { keys: ["a", "b", "c"], forget: () => void forgotten++ };
  let forgotten = 0;
  readSetting("b", parseCount, () => ({ n: 0 }), storage);
  const result = resetTabData("metrics", declared, storage, now);
  assert.deepEqual(result, { state: "reset", backupKey: "report-composer:reset-backup:metrics:2026-03-01T08:09:10Z", keys: ["a", "b"] });
  const backup = JSON.parse(storage.data.get("report-composer:reset-backup:metrics:2026-03-01T08:09:10Z")!);
  assert.deepEqual(backup.data, { a: "1", b: "{bad" });
  assert.equal(backup.tab, "metrics");
  assert.ok(!storage.data.has("a") && !storage.data.has("b") && storage.data.get("other") === "keep", "!storage.data.has(\"a\") && !storage.data.has(\"b\") && storage.data.get(\"other\") === \"keep\"");
  assert.equal(unreadableState(storage, "b"), undefined, "what was noted about a removed key is forgotten");
  assert.equal(forgotten, 1);

  assert.deepEqual(resetTabData("metrics", declared, storage, now), { state: "empty" });

  const fullBase = memoryStorage({ a: "1" });
  const full = { ...fullBase, setItem: () => { throw quota(); } };
  const failed = resetTabData("format", { keys: ["a"] }, full, now);
  assert.equal(failed.state, "failed");
  assert.equal(fullBase.data.get("a"), "1", "nothing removed without a copy");
  if (failed.state === "failed") {
    assert.match(failed.error.zh, /本机存储空间已满/);
    assert.deepEqual(JSON.parse(failed.backup).data, { a: "1" }, "the copy's text, to download instead");
    assert.deepEqual(tabData({ keys: ["a"] }, full), { a: "1" });
    removeTabData({ keys: ["a"] }, full);
    assert.equal(fullBase.data.has("a"), false);
  }
});

test("without window.localStorage the add-in keeps settings in memory for the session", () => {
  const storage = addinStorage(); // node has no window: the in-memory stand-in
  storage.setItem("x", "1");
  assert.equal(addinStorage().getItem("x"), "1");
});

test("skeleton section choice: defaults skip optional sections, order and ticks survive a catalog change", () => {
  const genre = findGenre("shuzhishulian")!;
  const choice = defaultChoice(genre);
  const optional = genre.sections.flatMap((s) => s.subsections).filter((s) => s.optional).map((s) => s.id);
  assert.ok(optional.length > 0 && optional.every((id) => !choice.ticked.includes(id)), "optional.length > 0 && optional.every((id) => !choice.ticked.includes(id))");
  const reordered = { ...choice, order: move(choice.order, 0, 1) };
  assert.equal(chosenSectionIds(reordered)[0], genre.sections[1]!.id);
  const saved = { order: [{ id: "gone", children: [] }, ...reordered.order], ticked: ["gone", ...reordered.ticked] };
  const reconciled = reconcileChoice(genre, saved);
  assert.deepEqual(reconciled.order.map((o) => o.id), reordered.order.map((o) => o.id));
  assert.ok(!reconciled.ticked.includes("gone"), "!reconciled.ticked.includes(\"gone\")");
});
