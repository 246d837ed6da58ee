import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { standardProfile } from "../../src/core/format";
import { loadSettings, saveSettings, SETTINGS_KEY } from "../../src/taskpane/format/settings";
import { memoryStorage } from "../support/memoryStorage";

describe("format tab settings (localStorage)", () => {
  test("nothing saved: the standard profile, substitution on", () => {
    const { settings, corrupt } = loadSettings(memoryStorage());
    assert.equal(corrupt, false);
    assert.deepEqual(settings.profile, standardProfile);
    assert.equal(settings.substituteFonts, true);
  });

  test("an edited profile round-trips, invalid values included (validated before use)", () => {
    const storage = memoryStorage();
    const profile = { ...standardProfile, lineSpacingPt: Number.NaN };
    saveSettings({ profile, substituteFonts: false, lengthTarget: { total: 3000 } }, storage);
    const { settings } = loadSettings(storage);
    assert.equal(settings.profile.lineSpacingPt, null); // NaN is stored as null: the editor shows the error
    assert.equal(settings.substituteFonts, false);
    assert.deepEqual(settings.lengthTarget, { total: 3000 });
  });

  test("corrupt or wrongly shaped data: defaults, a flag for the message, and the raw text kept aside", () => {
    for (const raw of ["{not json", JSON.stringify({ profile: { id: "x" } })]) {
      const storage = memoryStorage({ [SETTINGS_KEY]: raw });
      const { settings, corrupt } = loadSettings(storage);
      assert.equal(corrupt, true);
      assert.deepEqual(settings.profile, standardProfile);
      assert.equal(storage.data.get(`${SETTINGS_KEY}:corrupt-backup`), undefined, "reading writes nothing");
      // Saving over it keeps the copy first.
      assert.deepEqual(saveSettings(settings, storage), { ok: true });
      assert.equal(storage.data.get(`${SETTINGS_KEY}:corrupt-backup`), raw);
    }
  });

  test("storage that throws (disabled) is survived", () => {
    const throwing = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("denied"); } };
    assert.equal(loadSettings(throwing).corrupt, false);
    const saved = saveSettings(loadSettings(throwing).settings, throwing);
    assert.equal(saved.ok, false);
    assert.match(saved.ok ? "" : saved.error.zh, /排版设置.*未能保存到本机：本机存储不可用/);
  });
});
