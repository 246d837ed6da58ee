import { test } from "node:test";
import assert from "node:assert/strict";
import { addinStorage, readSetting, writeSetting } from "../../src/taskpane/shell/settingsStore";
import { chosenSectionIds, defaultChoice, move, reconcileChoice } from "../../src/taskpane/skeleton/selection";
import { findGenre } from "../../src/core/genres";

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
}
const parseCount = (json: unknown) => (typeof (json as { n?: unknown })?.n === "number" ? (json as { n: number }) : null);

test("a setting round-trips; missing gives defaults without the corrupt flag", () => {
  const storage = memory();
  assert.deepEqual(readSetting("k", parseCount, () => ({ n: 0 }), storage), { value: { n: 0 }, corrupt: false });
  assert.equal(writeSetting("k", { n: 3 }, storage), true);
  assert.deepEqual(readSetting("k", parseCount, () => ({ n: 0 }), storage), { value: { n: 3 }, corrupt: false });
});

test("unreadable or wrongly shaped text: defaults, corrupt, and the raw text kept under a backup key", () => {
  for (const raw of ["{oops", JSON.stringify({ n: "three" })]) {
    const storage = memory({ k: raw });
    assert.deepEqual(readSetting("k", parseCount, () => ({ n: 0 }), storage), { value: { n: 0 }, corrupt: true });
    assert.equal(storage.data.get("k:corrupt-backup"), raw);
    assert.equal(storage.data.get("k"), raw, "the original is not overwritten by reading");
  }
});

test("storage that refuses (full, disabled) never throws", () => {
  const refusing = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("denied"); } };
  assert.deepEqual(readSetting("k", parseCount, () => ({ n: 1 }), refusing), { value: { n: 1 }, corrupt: false });
  assert.equal(writeSetting("k", { n: 2 }, refusing), false);
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
  assert.ok(optional.length > 0 && optional.every((id) => !choice.ticked.includes(id)));
  const reordered = { ...choice, order: move(choice.order, 0, 1) };
  assert.equal(chosenSectionIds(reordered)[0], genre.sections[1]!.id);
  const saved = { order: [{ id: "gone", children: [] }, ...reordered.order], ticked: ["gone", ...reordered.ticked] };
  const reconciled = reconcileChoice(genre, saved);
  assert.deepEqual(reconciled.order.map((o) => o.id), reordered.order.map((o) => o.id));
  assert.ok(!reconciled.ticked.includes("gone"));
});
