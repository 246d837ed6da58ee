// The many-pattern matcher the 提法 check rests on: every occurrence, in a pass linear in the text.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { buildMultiMatcher } from "../../../src/core/text/multiMatch";

/** Every [pattern, end] by indexOf, in the order the matcher promises. */
function bruteForce(patterns: readonly string[], text: string): Array<[number, number]> {
  const out: Array<[number, number, number]> = [];
  patterns.forEach((pattern, index) => {
    if (!pattern) return;
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) out.push([index, at + pattern.length, pattern.length]);
  });
  out.sort((a, b) => a[1] - b[1] || b[2] - a[2] || a[0] - b[0]);
  return out.map(([index, end]) => [index, end]);
}

function matches(patterns: readonly string[], text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  buildMultiMatcher(patterns).forEach(text, (pattern, end) => out.push([pattern, end]));
  return out;
}

describe("buildMultiMatcher", () => {
  test("the classic example: he, she, his, hers in ushers", () => {
    assert.deepEqual(matches(["he", "she", "his", "hers"], "ushers"), [[1, 4], [0, 4], [3, 6]]);
  });

  test("overlapping, nested and repeated patterns; duplicates reported under each index", () => {
    assert.deepEqual(matches(["aa", "a", "aa"], "aaa"), [[1, 1], [0, 2], [2, 2], [1, 2], [0, 3], [2, 3], [1, 3]]);
  });

  test("empty patterns never match, and an empty list matches nothing", () => {
    assert.deepEqual(matches(["", "两个"], "两个确立"), [[1, 2]]);
    assert.deepEqual(matches([], "两个确立"), []);
    assert.equal(buildMultiMatcher(["", "x"]).size, 2);
  });

  test("Chinese, surrogate pairs and the highest code unit", () => {
    assert.deepEqual(matches(["习总书记", "𠮷野", "\uffff"], "学习习总书记讲话，𠮷野家\uffff"), [[0, 6], [1, 12], [2, 14]]);
  });

  test("the same occurrences as indexOf on random texts (small alphabets, so patterns overlap)", () => {
    const letter = fc.constantFrom("a", "b", "c", "“", "、");
    const word = fc.array(letter, { minLength: 0, maxLength: 5 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(letter, { maxLength: 60 }).map((a) => a.join("")), (patterns, text) => {
        assert.deepEqual(matches(patterns, text), bruteForce(patterns, text));
      }),
      { seed: 28, numRuns: 800 },
    );
  });

  test("linear: 20,000 patterns of one letter repeated, over 1,000,000 letters, in well under a second", () => {
    const patterns = Array.from({ length: 20_000 }, (_, i) => "甲".repeat(40) + String.fromCharCode(0x4e00 + (i % 20_000)) + "乙");
    const matcher = buildMultiMatcher(patterns);
    const started = performance.now();
    let found = 0;
    matcher.forEach("甲".repeat(1_000_000), () => found++);
    assert.equal(found, 0);
    assert.ok(performance.now() - started < 1000, `${performance.now() - started} ms`);
  });
});
