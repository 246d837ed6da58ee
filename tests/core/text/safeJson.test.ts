import { test } from "node:test";
import assert from "node:assert/strict";
import { jsonDepth, MAX_JSON_DEPTH, parseJsonSafely } from "../../../src/core/text/safeJson";

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const nestedObjects = (depth: number) => '{"a":'.repeat(depth - 1) + "{}" + "}".repeat(depth - 1);

test("depth counts [ and { outside strings", () => {
  assert.equal(jsonDepth("1"), 0);
  assert.equal(jsonDepth("[]"), 1);
  assert.equal(jsonDepth('{"a":[1,{"b":[]}],"c":{}}'), 4);
  assert.equal(jsonDepth(nestedObjects(10)), 10);
});

test("brackets and escaped quotes inside strings do not count", () => {
  assert.equal(jsonDepth('["[[[[{{{{"]'), 1);
  // An escaped quote does not end the string: the brackets after it are still inside it.
  assert.equal(jsonDepth('["a\\"[[[[", "]]]]\\\\"]'), 1);
  // An escaped backslash before the closing quote: the string ends there, later brackets count.
  assert.equal(jsonDepth('["a\\\\", [[1]]]'), 3);
  const text = JSON.stringify({ text: "[".repeat(500) + '"{' + "\\".repeat(3), list: [["x"]] });
  assert.equal(jsonDepth(text), 3);
  const parsed = parseJsonSafely(text, { maxDepth: 3 });
  assert.ok(parsed.ok, "parsed.ok");
});

test("depth exactly at the limit passes; one more is refused before JSON.parse, with a bilingual reason", () => {
  assert.equal(parseJsonSafely(nested(MAX_JSON_DEPTH)).ok, true);
  const over = parseJsonSafely(nested(MAX_JSON_DEPTH + 1));
  assert.equal(over.ok, false);
  if (!over.ok) {
    assert.equal(over.reason, "depth");
    assert.match(over.error.zh, /嵌套超过 64 层/);
    assert.match(over.error.en, /nested more than 64 levels/);
  }
  assert.equal(parseJsonSafely(nestedObjects(5), { maxDepth: 5 }).ok, true);
  assert.equal(parseJsonSafely(nestedObjects(6), { maxDepth: 5 }).ok, false);
});

test("a 20 KB text nested 10,000 levels deep: refused at once, no throw", () => {
  const text = nested(10_000);
  assert.equal(text.length, 20_000);
  const started = performance.now();
  const result = parseJsonSafely(text);
  assert.equal(result.ok, false);
  assert.equal(result.ok ? "" : result.reason, "depth");
  assert.equal(jsonDepth(text, MAX_JSON_DEPTH), MAX_JSON_DEPTH + 1, "the scan stops once past the limit");
  assert.ok(performance.now() - started < 100, "performance.now() - started < 100");
});

test("size limit and syntax errors: bilingual reasons, never a throw", () => {
  const big = parseJsonSafely('"' + "x".repeat(100) + '"', { maxChars: 50 });
  assert.equal(big.ok ? "" : big.reason, "size");
  assert.match(big.ok ? "" : big.error.zh, /内容过大（102 个字符，上限 50）/);
  for (const bad of ["", "{", "{'a':1}", "[1,]", "undefined", "]]]"]) {
    const result = parseJsonSafely(bad);
    assert.equal(result.ok, false, bad);
    assert.equal(result.ok ? "" : result.reason, "syntax", bad);
    assert.match(result.ok ? "" : result.error.zh, /不是有效的 JSON/);
  }
  assert.deepEqual(parseJsonSafely('{"a":[1,"]"]}'), { ok: true, value: { a: [1, "]"] } });
});
