import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { scanPlaceholders } from "../../../src/core/placeholders";
import {
  applyStoredGroupings,
  buildFields,
  bySection,
  carryOver,
  checkForm,
  emptyForm,
  formReducer,
  growthKey,
  keepOverYear,
  mergeKey,
  sectionsOf,
  splitKey,
  storedFrom,
  type FormAction,
  type FormModel,
  type StoredValues,
} from "../../../src/core/metrics";
import { loadMetricsSettings, METRICS_SETTINGS_STORAGE_KEY } from "../../../src/taskpane/metrics/settings";
import { keepUnreadable } from "../../../src/taskpane/shell/settingsStore";
import { memoryStorage } from "../../support/memoryStorage";

const paragraphs = [
  "XX公司20XX年工作总结",
  "一、主要指标",
  "主营业务收入完成X亿元，同比增长X%；利润XX万元。",
  "员工总数XXX名。",
  "二、下一步打算",
  "20XX年力争收入突破X亿元。",
];
const scanned = (stored: StoredValues | null = null, doc: readonly string[] = paragraphs): FormModel =>
  formReducer(emptyForm, { type: "scanned", scan: { paragraphs: doc, placeholders: scanPlaceholders(doc), stored } });
const fieldsOf = (m: FormModel) => buildFields(m.scan!.paragraphs, m.placeholders, m.scan!.stored);
const fields = fieldsOf(scanned());
const field = (label: string) => {
  const f = fields.find((x) => x.label === label);
  assert.ok(f, `${label} in ${fields.map((x) => x.label).join(",")}`);
  return f;
};
const apply = (m: FormModel, ...actions: FormAction[]): FormModel => actions.reduce(formReducer, m);

describe("form model: fields", () => {
  test("sections from the level-1 headings, 文首 before the first", () => {
    assert.deepEqual(sectionsOf(paragraphs), ["", "一、主要指标", "一、主要指标", "一、主要指标", "二、下一步打算", "二、下一步打算"]);
    assert.deepEqual(bySection(fields).map((s) => s.section), ["", "一、主要指标", "二、下一步打算"]);
  });

  test("a growth field knows its unit, its change word and the figure it is of", () => {
    const growth = field("主营业务收入 同比增长");
    assert.equal(growth.growthUnit, "%");
    assert.equal(growth.changeWord, "增长");
    assert.equal(growth.baseGroup, field("主营业务收入").group);
    assert.equal(field("利润").growthUnit, undefined);
  });
});

describe("form model: checking", () => {
  test("invalid input makes the form invalid, names the first invalid field and why", () => {
    const revenue = field("主营业务收入").group;
    const staff = field("员工总数").group;
    const bad = checkForm(fields, { values: { [revenue]: "12.5", [staff]: "12.5" }, derived: {} }, {});
    assert.equal(bad.valid, false);
    assert.match(bad.fields[staff]!.error!.zh, /整数/);
    assert.equal(bad.fields[revenue]!.error, undefined);
    assert.equal(bad.firstInvalid?.group, staff);
    assert.match(bad.firstInvalid!.message.zh, /整数/);
    const good = checkForm(fields, { values: { [revenue]: "12.5", [staff]: "120" }, derived: {} }, {});
    assert.equal(good.valid, true);
    assert.equal(good.firstInvalid, undefined);
    assert.equal(good.filledGroups, 2);
  });

  test("decimals per unit are adjustable", () => {
    const revenue = field("主营业务收入").group;
    assert.equal(checkForm(fields, { values: { [revenue]: "12.345" }, derived: {} }, {}).valid, false);
    assert.equal(checkForm(fields, { values: { [revenue]: "12.345" }, derived: {} }, { 亿元: 3 }).valid, true);
    assert.equal(checkForm(fields, { values: { [revenue]: "12.3" }, derived: {} }, { 亿元: 0 }).valid, false);
  });

  test("derived growth: the preview is the document's wording; a message when last year is 0", () => {
    const g = field("主营业务收入 同比增长").group;
    const on = (current: string, previous: string) => checkForm(fields, { values: {}, derived: { [g]: { on: true, current, previous } } }, {});
    assert.equal(on("96.8", "100").fields[g]!.preview, "下降3.2%");
    assert.equal(on("110", "100").fields[g]!.preview, "增长10.0%");
    assert.equal(on("100", "100").fields[g]!.preview, "持平");
    assert.equal(on("96.8", "100").derived[g]?.verb, "下降");
    assert.match(on("5", "0").fields[g]!.error!.zh, /上年数为0/);
    assert.equal(on("5", "0").valid, false);
  });

  test("the first invalid growth names which of its two figures to go to", () => {
    const g = field("主营业务收入 同比增长").group;
    const on = (current: string, previous: string) => checkForm(fields, { values: {}, derived: { [g]: { on: true, current, previous } } }, {}).firstInvalid;
    assert.equal(on("5x", "100")?.part, "current");
    assert.equal(on("5", "1o0")?.part, "previous");
    assert.deepEqual([on("5", "0")?.group, on("5", "0")?.part], [g, "previous"], "a computation that fails is about last year's figure");
    assert.equal(checkForm(fields, { values: { [g]: "3x" }, derived: {} }, {}).firstInvalid?.part, undefined, "a typed change has one input");
  });

  test("a growth field left half empty never blocks 填入: it is simply not filled", () => {
    const g = field("主营业务收入 同比增长").group;
    const on = (current: string, previous: string) => checkForm(fields, { values: {}, derived: { [g]: { on: true, current, previous } } }, {});
    for (const [cur, prev] of [["", ""], ["5", ""], ["", "100"]] as const) {
      const check = on(cur, prev);
      assert.equal(check.valid, true, `${cur}/${prev}`);
      assert.equal(check.fields[g]!.filled, false);
    }
    assert.equal(on("5x", "").valid, false, "what is typed is still checked");
  });

  test("a typed negative change previews the words the document gets", () => {
    const g = field("主营业务收入 同比增长").group;
    assert.equal(checkForm(fields, { values: { [g]: "-3.2" }, derived: {} }, {}).fields[g]!.preview, "下降3.2%");
    assert.equal(checkForm(fields, { values: { [g]: "3.2" }, derived: {} }, {}).fields[g]!.preview, undefined);
  });
});

describe("form model: the reducer", () => {
  test("values typed are kept in the model; the scan's stored values come back on a new scan", () => {
    const revenue = field("主营业务收入").group;
    const typed = apply(scanned(), { type: "value", group: revenue, value: "12.5" });
    assert.equal(typed.values[revenue], "12.5");
    const check = checkForm(fieldsOf(typed), typed, {});
    const stored = storedFrom(typed, fieldsOf(typed), check, "t");
    const reloaded = scanned(stored);
    assert.equal(reloaded.values[revenue], "12.5");
    assert.equal(reloaded.restored, 1);
  });

  test("after a fill the places are gone, but the values come back as kept fields", () => {
    const revenue = field("主营业务收入").group;
    const filledDoc = ["XX公司20XX年工作总结", "一、主要指标", "主营业务收入完成12.5亿元，同比增长X%；利润XX万元。", "员工总数XXX名。", "二、下一步打算", "20XX年力争收入突破X亿元。"];
    const m = scanned({ values: { [revenue]: "12.5" }, previous: {}, updatedAt: "t" }, filledDoc);
    const kept = fieldsOf(m).filter((f) => f.kept);
    assert.deepEqual(kept.map((f) => [f.group, f.label, f.unit, f.kind]), [[revenue, "主营业务收入", "亿元", "number"]]);
    assert.equal(m.values[revenue], "12.5");
    assert.equal(bySection(fieldsOf(m)).at(-1)?.kept, true);
    const check = checkForm(fieldsOf(m), m, {});
    assert.equal(check.fields[revenue]!.filled, false, "a kept field has no place to fill");
    assert.equal(storedFrom(m, fieldsOf(m), check, "t2").values[revenue], "12.5");
  });

  test("growth inputs are kept, carried to last year and offered again", () => {
    const g = field("主营业务收入 同比增长").group;
    const name = field("公司名称").group;
    const year = field("年度").group;
    const m = apply(
      scanned(),
      { type: "value", group: name, value: "华远" },
      { type: "value", group: year, value: "2026" },
      { type: "derived", group: g, input: { on: true, current: "103.2", previous: "100" } },
    );
    const fs = fieldsOf(m);
    const stored = storedFrom(m, fs, checkForm(fs, m, {}), "t");
    assert.equal(stored.year, "2026");
    assert.equal(stored.values[growthKey(g)], "103.2");
    assert.equal(stored.previous[growthKey(g)], "100");
    assert.equal(stored.values[g], "3.2", "the change itself, signed");
    assert.ok(keepOverYear(fs).includes(name), "keepOverYear(fs).includes(name)");
    const next = carryOver(stored, { now: "t2", keepGroups: keepOverYear(fs) });
    const reopened = scanned(next);
    assert.equal(reopened.values[name], "华远");
    assert.deepEqual(reopened.derived[g], { on: true, current: "", previous: "103.2" });
    // Offered last year's figure and left untouched, the growth does not block 填入.
    const after = checkForm(fieldsOf(reopened), reopened, {});
    assert.equal(after.valid, true);
    assert.equal(after.fields[g]!.filled, false);
  });

  test("switching a growth field on offers the base figure as this year's", () => {
    const g = field("主营业务收入 同比增长").group;
    const m = apply(scanned(), { type: "value", group: field("主营业务收入").group, value: "88" }, { type: "derived", group: g, input: { on: true, current: "", previous: "" } });
    assert.equal(m.derived[g]?.current, "88");
  });

  test("this year's figure typed in the growth card fills its base field, and the two follow each other", () => {
    const g = field("主营业务收入 同比增长").group;
    const revenue = field("主营业务收入").group;
    const typed = apply(scanned(), { type: "derived", group: g, input: { on: true, current: "", previous: "" } }, { type: "derived", group: g, input: { on: true, current: "12.5", previous: "10.8" } });
    assert.equal(typed.values[revenue], "12.5", "the empty base field takes 本年数");
    const fs = fieldsOf(typed);
    const check = checkForm(fs, typed, {});
    assert.equal(check.fields[revenue]!.filled, true);
    assert.equal(check.fields[g]!.preview, "增长15.7%");
    // Editing either side moves the other while they agree.
    const edited = apply(typed, { type: "derived", group: g, input: { on: true, current: "12.6", previous: "10.8" } });
    assert.equal(edited.values[revenue], "12.6");
    const fromBase = apply(edited, { type: "value", group: revenue, value: "13" });
    assert.equal(fromBase.derived[g]?.current, "13");
    // Two figures that already differ (kept in the document from before) are each the person's own.
    const own: FormModel = { ...fromBase, values: { ...fromBase.values, [revenue]: "99" } };
    assert.equal(apply(own, { type: "derived", group: g, input: { on: true, current: "12.5", previous: "10.8" } }).values[revenue], "99");
    assert.equal(apply(own, { type: "value", group: revenue, value: "98" }).derived[g]?.current, "13");
    // Growth switched off: the base field is its own.
    assert.equal(apply(scanned(), { type: "value", group: revenue, value: "7" }).derived[g]?.on, false);
  });

  test("结转下一年 can be undone: the form and the values written back are those from before", () => {
    const revenue = field("主营业务收入").group;
    const m = apply(scanned(), { type: "value", group: revenue, value: "12.5" });
    const before = storedFrom(m, fieldsOf(m), checkForm(fieldsOf(m), m, {}), "t");
    const next = carryOver(before, { now: "t2" });
    const carried = apply(m, { type: "carriedOver", stored: next, before });
    assert.equal(carried.values[revenue], undefined, "this year's cleared");
    assert.deepEqual(carried.undo?.stored, before);
    const undone = apply(carried, { type: "carryUndone", stored: { ...before, updatedAt: "t3" } });
    assert.equal(undone.values[revenue], "12.5");
    assert.equal(undone.undo, null);
    assert.equal(undone.scan?.stored?.values[revenue], "12.5");
  });

  test("a split the person made is kept and re-applied on the next scan, with its value", () => {
    const doc = ["X科技园建成。", "X科技园投产。"];
    const m = scanned(null, doc);
    const [a, b] = m.placeholders;
    assert.equal(a!.group, b!.group, "nothing says these differ: one field");
    const split = apply(m, { type: "value", group: a!.group, value: "甲园" }, { type: "split", group: a!.group, placeholderId: b!.id });
    assert.notEqual(split.placeholders[0]!.group, split.placeholders[1]!.group);
    assert.equal(split.values[splitKey(b!.id)], "甲园", "the split field starts with the value it had");
    const fs = fieldsOf(split);
    const stored = storedFrom(split, fs, checkForm(fs, split, {}), "t");
    const again = scanned(stored, doc);
    assert.notEqual(again.placeholders[0]!.group, again.placeholders[1]!.group);
    assert.equal(applyStoredGroupings(m.placeholders, null)[1]!.group, a!.group);
  });

  test("a merge the person made is kept and re-applied; undoing it forgets it", () => {
    const doc = ["A公司：××，B公司：××。"];
    const m = scanned(null, doc);
    const [a, b] = [m.placeholders[0]!.group, m.placeholders[1]!.group];
    assert.notEqual(a, b);
    const merged = apply(m, { type: "merge", from: b, into: a }, { type: "value", group: a, value: "张三" });
    const fs = fieldsOf(merged);
    const stored = storedFrom(merged, fs, checkForm(fs, merged, {}), "t");
    assert.equal(stored.values[mergeKey(b)], a);
    const rescanned = scanned(stored, doc);
    assert.equal(rescanned.placeholders[1]!.group, a, "the rescan shows one field again");
    assert.equal(rescanned.values[a], "张三");
    const separate = { ...rescanned, placeholders: m.placeholders };
    const unmerged = storedFrom(separate, fieldsOf(separate), checkForm(fieldsOf(separate), separate, {}), "t2");
    assert.equal(unmerged.values[mergeKey(b)], undefined);
  });

  test("imported values replace typed ones and switch computed growth off", () => {
    const g = field("主营业务收入 同比增长").group;
    const m = apply(scanned(), { type: "derived", group: g, input: { on: true, current: "1", previous: "2" } }, { type: "imported", matched: [{ group: g, value: "5" }] });
    assert.equal(m.values[g], "5");
    assert.equal(m.derived[g]?.on, false);
  });

  test("reset empties the form", () => {
    assert.deepEqual(apply(scanned(), { type: "reset" }), emptyForm);
  });
});

test("corrupt settings give defaults and keep the raw text aside", () => {
  const storage = memoryStorage({ [METRICS_SETTINGS_STORAGE_KEY]: "{not json" });
  const data = storage.data;
  const result = loadMetricsSettings(storage);
  assert.equal(result.corrupt, true);
  assert.deepEqual(result.settings.decimals, {});
  assert.equal(data.get(`${METRICS_SETTINGS_STORAGE_KEY}:corrupt-backup`), undefined, "reading writes nothing (it runs during render)");
  assert.equal(keepUnreadable(storage, METRICS_SETTINGS_STORAGE_KEY)?.state, "kept");
  assert.equal(data.get(`${METRICS_SETTINGS_STORAGE_KEY}:corrupt-backup`), "{not json");
  data.set(METRICS_SETTINGS_STORAGE_KEY, JSON.stringify({ decimals: { 亿元: 3, bad: -1 } }));
  assert.deepEqual(loadMetricsSettings(storage).settings.decimals, { 亿元: 3 });
});

describe("values stored under a figure's earlier name are never lost", () => {
  const doc = ["全年组织理论学习XX次，撰写学习笔记X万字。", "带领全校XXX名教职工。"];
  const old: StoredValues = {
    values: { "field:理论学习|次#1": "24", "field:教职工|名#1": "120", "field:学习笔记|万字#1": "3", "field:早已删除的指标|亿元#1": "9" },
    previous: { "field:理论学习|次#1": "20" },
    updatedAt: "t",
  };
  const m = scanned(old, doc);
  const fs = fieldsOf(m);
  test("renamed labels find their field again: same unit and number, one label inside the other", () => {
    const group = (label: string) => fs.find((f) => f.label === label)!.group;
    assert.equal(m.values[group("理论学习次数")], "24");
    assert.equal(m.values[group("教职工数")], "120");
    assert.equal(m.values[group("学习笔记")], "3");
    assert.equal(m.scan?.stored?.previous[group("理论学习次数")], "20");
  });
  test("a value whose field is gone stays in the store and is shown as kept", () => {
    const kept = fs.filter((f) => f.kept);
    assert.deepEqual(kept.map((f) => [f.label, f.unit]), [["早已删除的指标", "亿元"]]);
    const stored = storedFrom(m, fs, checkForm(fs, m, {}), "t2");
    assert.equal(stored.values["field:早已删除的指标|亿元#1"], "9");
    assert.equal(stored.values["field:理论学习|次#1"], undefined, "the old key is renamed, not duplicated");
  });
});
