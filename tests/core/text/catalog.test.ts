// The catalog of core messages: every key has non-empty text in Chinese and in English, and
// defineMessages turns each key into a Bilingual (or a function returning one).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { coreMessages, coreTable } from "../../../src/core/text/catalog";
import { defineMessages } from "../../../src/core/text/messages";

/** Sample arguments for the catalog's templates (typed `never` to the caller's eye). */
const SAMPLE = ["pack", 2] as never[];

const text = (entry: unknown, label: string): string => {
  const value = typeof entry === "function" ? (entry as (...a: never[]) => unknown)(...SAMPLE) : entry;
  assert.equal(typeof value, "string", `${label} gives a string`);
  return value as string;
};

describe("core message catalog", () => {
  test("every key has Chinese and English text, and the two tables have the same keys", () => {
    const zh = coreTable["zh-CN"];
    const en = coreTable["en-US"];
    assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort(), "the same keys in both languages");
    assert.ok(Object.keys(zh).length > 0, "the catalog is not empty");
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      const z = text(zh[key], `zh ${key}`);
      const e = text(en[key], `en ${key}`);
      assert.ok(z.trim().length > 0 && e.trim().length > 0, `${key}: both languages have text`);
      assert.match(z, /[\u4e00-\u9fff]/, `${key}: the Chinese text is Chinese`);
      assert.match(e, /[A-Za-z]/, `${key}: the English text is English`);
    }
  });

  test("coreMessages gives each key in both languages", () => {
    const m = coreMessages.unsupportedVersion("pack", "x");
    assert.deepEqual(m, { zh: "不支持的内容包版本：x。", en: "Unsupported content pack version: x." }, "both languages from one call");
  });

  test("defineMessages: strings become Bilingual, templates functions returning one", () => {
    const m = defineMessages({ "zh-CN": { a: "甲", b: (n: number) => `${n} 个` }, "en-US": { a: "A", b: (n: number) => `${n} items` } });
    assert.deepEqual(m.a, { zh: "甲", en: "A" }, "a string entry");
    assert.deepEqual(m.b(3), { zh: "3 个", en: "3 items" }, "a template entry");
  });
});
