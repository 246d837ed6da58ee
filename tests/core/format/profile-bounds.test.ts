// Locked profiles with values a formal document cannot have (reliability review 2, section 8 and
// the list): a text column with no room for the profile's own 28 characters, and font
// names with characters XML 1.0 forbids, are refused with the item's path in both languages.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatPresets, standardProfile, validateProfile } from "../../../src/core/format";
import { parsePack } from "../../../src/core/packs";

const example = () => JSON.parse(readFileSync(join(import.meta.dirname, "../../../assets/packs/example-pack.json"), "utf8"));

function refusedPack(change: (profile: any) => void): { paths: string[]; zh: string; en: string } {
  const pack = example();
  pack.formatProfile = { profile: structuredClone(standardProfile), locked: true };
  change(pack.formatProfile.profile);
  const result = parsePack(JSON.stringify(pack));
  assert.equal(result.ok, false, "refused");
  if (result.ok) throw new Error("unreachable");
  return { paths: result.problems.map((p) => p.path), zh: result.error.zh, en: result.error.en };
}

describe("profiles a formal document cannot have", () => {
  test("the built-in profiles pass", () => {
    for (const profile of formatPresets) assert.ok(validateProfile(profile).ok, profile.id);
  });

  test("100 mm margins on every side (a 10 mm column) are refused in a locked pack, naming the item", () => {
    const r = refusedPack((p) => (p.pageMargins = { top: 100, bottom: 100, left: 100, right: 100 }));
    assert.ok(r.paths.includes("formatProfile.profile.pageMargins"), r.paths.join(" | "));
    assert.match(r.zh, /formatProfile\.profile\.pageMargins：.*只留下 10 mm 宽的版心，放不下每行 28 个 16 磅的正文字/);
    assert.match(r.en, /formatProfile\.profile\.pageMargins: .*10 mm text column, too narrow for 28 body characters of 16 pt/);
  });

  test("a column just too narrow for 28 characters at the body size is refused; the standard one is not", () => {
    const narrow = structuredClone(standardProfile);
    narrow.pageMargins = { ...narrow.pageMargins, left: 45, right: 45 }; // 120 mm < 28 × 16 pt × 0.9
    assert.equal(validateProfile(narrow).ok, false);
    const bigger = structuredClone(standardProfile);
    bigger.roles.body.sizePt = 22; // 二号 body: 28 × 22 pt do not fit in 156 mm
    const result = validateProfile(bigger);
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.errors[0]!.message.zh, /放不下每行 28 个 22 磅的正文字/);
  });

  test("margins leaving no room for 22 lines are refused", () => {
    const short = structuredClone(standardProfile);
    short.pageMargins = { ...short.pageMargins, top: 80, bottom: 80 };
    const result = validateProfile(short);
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.errors[0]!.message.zh, /放不下每页 22 行/);
  });

  for (const [name, font] of [["a lone high surrogate", "仿宋\uD800"], ["a lone low surrogate", "\uDC00黑体"], ["a control character", "方正\u0001小标宋"], ["U+FFFF", "楷体\uFFFF"]] as const) {
    test(`a font name with ${name} is refused with its path`, () => {
      const r = refusedPack((p) => (p.roles.heading1.eastAsianFont = font));
      assert.ok(r.paths.includes("formatProfile.profile.roles.heading1.eastAsianFont"), r.paths.join(" | "));
      assert.match(r.zh, /一级标题的中文字体名称含有文档中不允许的字符/);
      assert.match(r.en, /Chinese font name of the level-1 heading has a character a document cannot hold/);
    });
  }

  test("a font name with a paired astral character is accepted", () => {
    const astral = structuredClone(standardProfile);
    astral.roles.body.latinFont = "Font 𠮷";
    assert.ok(validateProfile(astral).ok, "validateProfile(astral).ok");
  });
});
