import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { mergeGroups, scanPlaceholders, splitGroup } from "../../src/core/placeholders";
import {
  applyStoredGroupings,
  mergesOf,
  buildFields,
  bySection,
  checkForm,
  growthKey,
  initialState,
  keepOverYear,
  sectionsOf,
  storedFrom,
} from "../../src/taskpane/metrics/model";
import { loadMetricsSettings, METRICS_SETTINGS_STORAGE_KEY } from "../../src/taskpane/metrics/settings";

const paragraphs = [
  "XX公司20XX年工作总结",
  "一、主要指标",
  "主营业务收入完成X亿元，同比增长X%；利润XX万元。",
  "员工总数XXX名。",
  "二、下一步打算",
  "20XX年力争收入突破X亿元。",
];
const found = scanPlaceholders(paragraphs);
const fields = buildFields(paragraphs, found);
const field = (label: string) => {
  const f = fields.find((x) => x.label === label);
  assert.ok(f, `${label} in ${fields.map((x) => x.label).join(",")}`);
  return f;
};

describe("form model", () => {
  test("sections from the level-1 headings, 文首 before the first", () => {
    assert.deepEqual(sectionsOf(paragraphs), ["", "一、主要指标", "一、主要指标", "一、主要指标", "二、下一步打算", "二、下一步打算"]);
    assert.deepEqual(bySection(fields).map((s) => s.section), ["", "一、主要指标", "二、下一步打算"]);
  });

  test("a growth field knows its unit and the figure it is of", () => {
    const growth = field("主营业务收入 同比增长");
    assert.equal(growth.growthUnit, "%");
    assert.equal(growth.baseGroup, field("主营业务收入").group);
    assert.equal(field("利润").growthUnit, undefined);
  });

  test("invalid input blocks the fill with a message on that field only", () => {
    const revenue = field("主营业务收入").group;
    const staff = field("员工总数").group;
    const bad = checkForm(fields, { values: { [revenue]: "12.5", [staff]: "12.5" }, derived: {} }, {});
    assert.equal(bad.valid, false);
    assert.match(bad.fields[staff]!.error!.zh, /整数/);
    assert.equal(bad.fields[revenue]!.error, undefined);
    const good = checkForm(fields, { values: { [revenue]: "12.5", [staff]: "120" }, derived: {} }, {});
    assert.equal(good.valid, true);
    assert.equal(good.filledGroups, 2);
  });

  test("decimals per unit are adjustable", () => {
    const revenue = field("主营业务收入").group;
    assert.equal(checkForm(fields, { values: { [revenue]: "12.345" }, derived: {} }, {}).valid, false);
    assert.equal(checkForm(fields, { values: { [revenue]: "12.345" }, derived: {} }, { 亿元: 3 }).valid, true);
    assert.equal(checkForm(fields, { values: { [revenue]: "12.3" }, derived: {} }, { 亿元: 0 }).valid, false);
  });

  test("derived growth: computed wording, a message when last year is missing or 0", () => {
    const g = field("主营业务收入 同比增长").group;
    const on = (current: string, previous: string) => checkForm(fields, { values: {}, derived: { [g]: { on: true, current, previous } } }, {});
    assert.equal(on("96.8", "100").fields[g]!.wording?.text, "下降3.2%");
    assert.equal(on("96.8", "100").derived[g]?.verb, "下降");
    assert.match(on("5", "0").fields[g]!.error!.zh, /上年数为0/);
    assert.equal(on("5", "0").valid, false);
    assert.match(on("5", "").fields[g]!.previousError!.zh, /请填写/);
    assert.equal(on("", "").valid, true, "both empty: not filled, not an error");
  });

  test("stored values: growth inputs kept, carried to last year and offered again", () => {
    const g = field("主营业务收入 同比增长").group;
    const name = field("公司名称").group;
    const year = field("年度").group;
    const state = { values: { [name]: "华远", [year]: "2026" }, derived: { [g]: { on: true, current: "103.2", previous: "100" } } };
    const check = checkForm(fields, state, {});
    const stored = storedFrom(null, fields, state, check, "t");
    assert.equal(stored.year, "2026");
    assert.equal(stored.values[growthKey(g)], "103.2");
    assert.equal(stored.previous[growthKey(g)], "100");
    assert.ok(keepOverYear(fields).includes(name));
    const nextYear = { values: { [name]: "华远" }, previous: { ...stored.values }, updatedAt: "t2", year: "2027" };
    const reopened = initialState(fields, nextYear);
    assert.equal(reopened.values[name], "华远");
    assert.deepEqual(reopened.derived[g], { on: true, current: "", previous: "103.2" });
  });

  test("a split the person made is kept and re-applied on the next scan", () => {
    const twice = ["在××、××两地设立办事处。"];
    const ps = scanPlaceholders(twice);
    assert.equal(new Set(ps.map((p) => p.group)).size, 2);
    const merged = ps.map((p) => ({ ...p, group: ps[0]!.group }));
    const split = splitGroup(merged, ps[0]!.group, ps[1]!.id);
    const fs = buildFields(twice, split);
    const check = checkForm(fs, { values: {}, derived: {} }, {});
    const stored = storedFrom(null, fs, { values: {}, derived: {} }, check, "t");
    const again = applyStoredGroupings(merged, stored);
    assert.notEqual(again[0]!.group, again[1]!.group);
    assert.equal(applyStoredGroupings(merged, null)[1]!.group, ps[0]!.group);
  });

  test("a merge the person made is kept and re-applied on the next scan; undoing it forgets it", () => {
    const doc = ["A公司：××，B公司：××。"];
    const ps = scanPlaceholders(doc);
    const [a, b] = [ps[0]!.group, ps[1]!.group];
    assert.notEqual(a, b);
    const merged = mergeGroups(ps, a, b);
    const fs = buildFields(doc, merged);
    const state = { values: { [a]: "张三" }, derived: {} };
    const stored = storedFrom(null, fs, state, checkForm(fs, state, {}), "t", mergesOf(ps, merged));
    const rescanned = applyStoredGroupings(ps, stored);
    assert.equal(rescanned[1]!.group, a, "the rescan shows one field again");
    assert.equal(initialState(buildFields(doc, rescanned), stored).values[a], "张三");
    const unmerged = storedFrom(stored, buildFields(doc, ps), { values: {}, derived: {} }, checkForm(buildFields(doc, ps), { values: {}, derived: {} }, {}), "t2", mergesOf(ps, ps));
    assert.notEqual(applyStoredGroupings(ps, unmerged)[1]!.group, a);
  });

  test("corrupt settings give defaults and keep the raw text aside", () => {
    const data = new Map<string, string>([[METRICS_SETTINGS_STORAGE_KEY, "{not json"]]);
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    const result = loadMetricsSettings(storage);
    assert.equal(result.corrupt, true);
    assert.deepEqual(result.settings.decimals, {});
    assert.equal(data.get(`${METRICS_SETTINGS_STORAGE_KEY}:corrupt-backup`), "{not json");
    data.set(METRICS_SETTINGS_STORAGE_KEY, JSON.stringify({ decimals: { 亿元: 3, bad: -1 } }));
    assert.deepEqual(loadMetricsSettings(storage).settings.decimals, { 亿元: 3 });
  });
});
