import { test, describe } from "node:test";
import assert from "node:assert/strict";
import {
  METRICS_NAMESPACE,
  MAX_STORED_CHARS,
  MAX_STORED_ENTRIES,
  carryOver,
  growthKey,
  isFormKey,
  mergeKey,
  parseStoredValues,
  serializeStoredValues,
  splitKey,
  type StoredValues,
} from "../../../src/core/metrics";

const state: StoredValues = {
  year: "2026",
  values: { "field:营业收入|亿元#1": "12.5", [splitKey("3:10")]: "甲园区", [mergeKey("name:园区名称")]: "field:x|name#1" },
  previous: { [growthKey("field:营业收入 同比增长|%#1")]: "11.9" },
  updatedAt: "2026-12-01T08:00:00.000Z",
};

describe("stored values: format", () => {
  test("no XML declaration (office-js #1643); the root is the first thing", () => {
    const xml = serializeStoredValues(state);
    assert.ok(xml.startsWith(`<metrics xmlns="${METRICS_NAMESPACE}"`), xml.slice(0, 60));
    assert.ok(!xml.includes("<?xml"), "!xml.includes(\"<?xml\")");
  });
  test("updatedAt is kept, for choosing the newer of the part and the settings", () => {
    assert.equal(parseStoredValues(serializeStoredValues(state))?.updatedAt, state.updatedAt);
  });
  test("every format written so far still reads: with the old declaration and double-quoted attributes", () => {
    const old = `<?xml version="1.0" encoding="UTF-8"?>\n<metrics xmlns="${METRICS_NAMESPACE}" version="1" year="2025" updatedAt="2025-12-30T01:02:03.000Z">\n  <value group="field:利润总额|万元#1">300</value>\n  <previous group="field:利润总额|万元#1">280</previous>\n</metrics>`;
    assert.deepEqual(parseStoredValues(old), {
      year: "2025",
      values: { "field:利润总额|万元#1": "300" },
      previous: { "field:利润总额|万元#1": "280" },
      updatedAt: "2025-12-30T01:02:03.000Z",
    });
  });
  test("key builders and the form-key test", () => {
    assert.equal(splitKey("4:12"), "split:4:12");
    assert.equal(mergeKey("name:科技园名称"), "merge:name:科技园名称");
    assert.equal(growthKey("field:a|%#1"), "growth:field:a|%#1");
    assert.ok(isFormKey(splitKey("1:2")) && isFormKey(mergeKey("g")) && isFormKey(growthKey("g")), "isFormKey(splitKey(\"1:2\")) && isFormKey(mergeKey(\"g\")) && isFormKey(growthKey(\"g\"))");
    assert.ok(!isFormKey("field:a|%#1"), "!isFormKey(\"field:a|%#1\")");
  });
});

describe("stored values: parsing is linear and bounded", () => {
  test("a tampered part with 60,000 attributes is refused", () => {
    const attrs = Array.from({ length: 60_000 }, (_, i) => `a${i}="x"`).join(" ");
    assert.equal(parseStoredValues(`<metrics xmlns="${METRICS_NAMESPACE}" ${attrs}></metrics>`), null);
  });
  test("more than MAX_STORED_CHARS is refused without being read", () => {
    assert.equal(parseStoredValues(`<metrics xmlns="${METRICS_NAMESPACE}">${" ".repeat(MAX_STORED_CHARS)}</metrics>`), null);
  });
  test("more than MAX_STORED_ENTRIES entries is refused", () => {
    const many = Array.from({ length: MAX_STORED_ENTRIES + 1 }, (_, i) => `<value group="g${i}">1</value>`).join("");
    assert.equal(parseStoredValues(`<metrics xmlns="${METRICS_NAMESPACE}">${many}</metrics>`), null);
  });
  test("a 240 KB payload of a few thousand values parses completely", () => {
    const values: Record<string, string> = {};
    for (let i = 0; i < 4000; i++) values[`field:指标${i}|万元#1`] = String(i).padStart(30, "9");
    const xml = serializeStoredValues({ values, previous: {}, updatedAt: "t" });
    assert.ok(xml.length > 200_000, "xml.length > 200_000");
    assert.equal(Object.keys(parseStoredValues(xml)?.values ?? {}).length, 4000);
  });
  test("a part at the size limit made of entity references reads completely (its time is in npm run bench)", () => {
    const body = "&amp;&#x4E2D;".repeat(Math.floor((MAX_STORED_CHARS - 200) / 13));
    const xml = `<metrics xmlns="${METRICS_NAMESPACE}"><value group="a">${body}</value></metrics>`;
    const parsed = parseStoredValues(xml);
    assert.equal(parsed?.values.a?.length, (body.length / 13) * 2);
    assert.ok(parsed?.values.a?.startsWith("&中&中"), "parsed?.values.a?.startsWith(\"&中&中\")");
  });
  test("unterminated markup anywhere is null, not a hang", () => {
    for (const bad of [
      `<metrics xmlns="${METRICS_NAMESPACE}"><value group="a">x`,
      `<metrics xmlns="${METRICS_NAMESPACE}"><!-- open`,
      `<?xml version="1.0"`,
      `<metrics xmlns="${METRICS_NAMESPACE}" a="1`,
      `<metrics xmlns="${METRICS_NAMESPACE}"><value group="a"><![CDATA[x</value></metrics>`,
      `<metrics xmlns="${METRICS_NAMESPACE}"></metrics>trailing`,
      `<metrics xmlns="${METRICS_NAMESPACE}" a="1" a="2"></metrics>`,
    ]) {
      assert.equal(parseStoredValues(bad), null, bad);
    }
  });
});

describe("carryOver keeps the person's groupings", () => {
  test("split and merge keys survive; growth inputs move to last year's", () => {
    const withGrowth: StoredValues = { ...state, values: { ...state.values, [growthKey("g")]: "120" } };
    const next = carryOver(withGrowth, { now: "n" });
    assert.equal(next.values[mergeKey("name:园区名称")], "field:x|name#1");
    assert.equal(next.values[splitKey("3:10")], "", "the split stays, its figure goes to last year's");
    assert.equal(next.previous[splitKey("3:10")], "甲园区");
    assert.equal(next.previous[growthKey("g")], "120");
    assert.equal(next.values[growthKey("g")], undefined);
    assert.equal(next.previous["field:营业收入|亿元#1"], "12.5");
  });
});
