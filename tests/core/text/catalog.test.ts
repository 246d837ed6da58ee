// The catalog of core messages: every key has non-empty text in Chinese and in English, and
// defineMessages turns each key into a Bilingual (or a function returning one).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { coreMessages, coreTable } from "../../../src/core/text/catalog";
import { defineMessages } from "../../../src/core/text/messages";
import { existsSync, readdirSync } from "node:fs";

/** Sample arguments for the catalog's templates (typed `never` to the caller's eye). */
const SAMPLE = ["pack", 2] as never[];

/**
 * A stand-in for any argument of an area's templates: every property is itself, calling it gives
 * itself, and it reads as 1 (so `${x.zh}`, `x.slice(0, 2)`, `x ?? ""` and `n > 1` all work).
 */
const ANY: unknown = new Proxy(function () {}, {
  get: (_t, key) => (key === Symbol.toPrimitive ? () => 1 : ANY),
  apply: () => ANY,
});

const text = (entry: unknown, label: string, sample: never[] = SAMPLE): string => {
  const value = typeof entry === "function" ? (entry as (...a: never[]) => unknown)(...sample) : entry;
  assert.equal(typeof value, "string", `${label} gives a string`);
  return value as string;
};

/** Every table an area of src/core declares in its messages.ts (exports named …Table), by area. */
async function areaTables(): Promise<{ label: string; table: { "zh-CN": Record<string, unknown>; "en-US": Record<string, unknown> } }[]> {
  const core = new URL("../../../src/core/", import.meta.url);
  const found = [];
  for (const area of readdirSync(core, { withFileTypes: true })) {
    if (!area.isDirectory() || !existsSync(new URL(`${area.name}/messages.ts`, core))) continue;
    const module = (await import(new URL(`${area.name}/messages.ts`, core).href)) as Record<string, unknown>;
    for (const [name, table] of Object.entries(module)) {
      if (name.endsWith("Table")) found.push({ label: `${area.name}/${name}`, table: table as never });
    }
  }
  return found;
}

describe("core message catalog", () => {
  test("every key has Chinese and English text, and the two tables have the same keys", () => {
    const zh = coreTable["zh-CN"];
    const en = coreTable["en-US"];
    assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort(), "the same keys in both languages");
    assert.ok(Object.keys(zh).length > 0, "the catalog is not empty");
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      const z = text(zh[key], `zh ${key}`, [ANY, ANY, ANY, ANY] as never[]);
      const e = text(en[key], `en ${key}`, [ANY, ANY, ANY, ANY] as never[]);
      assert.ok(z.trim().length > 0 && e.trim().length > 0, `${key}: both languages have text`);
      assert.match(z, /[\u4e00-\u9fff]/, `${key}: the Chinese text is Chinese`);
      assert.match(e, /[A-Za-z]/, `${key}: the English text is English`);
    }
  });

  test("every area's messages table (src/core/<area>/messages.ts): the same keys, Chinese and English text", async () => {
    const tables = await areaTables();
    assert.ok(tables.some((t) => t.label === "drafting/draftingTable"), `the drafting table is found among ${tables.map((t) => t.label).join(", ")}`);
    for (const { label, table } of tables) {
      const zh = table["zh-CN"];
      const en = table["en-US"];
      assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort(), `${label}: the same keys in both languages`);
      for (const key of Object.keys(zh)) {
        const z = text(zh[key], `${label} zh ${key}`, [ANY, ANY, ANY, ANY] as never[]);
        const e = text(en[key], `${label} en ${key}`, [ANY, ANY, ANY, ANY] as never[]);
        // A frame around values ("名称：甲，乙。") is Chinese by its full-width punctuation alone.
        assert.match(z, /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/, `${label} ${key}: the Chinese text is Chinese`);
        // …and an English frame by having none.
        assert.ok(/[A-Za-z]{2}/.test(e) || !/[\u3000-\u303f\uff00-\uffef]/.test(e), `${label} ${key}: the English text is English: ${e}`);
      }
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
