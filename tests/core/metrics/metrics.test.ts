import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { DOMParser } from "@xmldom/xmldom";
import { scanPlaceholders } from "../../../src/core/placeholders";
import {
  validateValue,
  formatNumber,
  growthWording,
  rateChangeWording,
  fillGrowthSentence,
  planFill,
  verifyEdit,
  applyEditsToText,
  serializeStoredValues,
  parseStoredValues,
  carryOver,
  METRICS_NAMESPACE,
  parseValueTable,
  matchImportedValues,
} from "../../../src/core/metrics";
import type { ValidationResult, GrowthResult, StoredValues } from "../../../src/core/metrics";

const normalized = (r: ValidationResult): string => {
  assert.ok(r.ok, r.ok ? "" : r.message.zh);
  return r.normalized;
};
const rejected = (r: ValidationResult): string => {
  assert.ok(!r.ok, `expected a rejection, got ${r.ok ? r.normalized : ""}`);
  assert.ok(r.message.en.length > 0, "r.message.en.length > 0");
  return r.message.zh;
};
const text = (r: GrowthResult): string => {
  assert.ok(r.ok, r.ok ? "" : r.message.zh);
  return r.text;
};

describe("validateValue: numbers", () => {
  test("full-width digits and commas are accepted", () => {
    assert.equal(normalized(validateValue({ kind: "number", unit: "亿元" }, "１２.５")), "12.5");
    assert.equal(normalized(validateValue({ kind: "number", unit: "万元" }, "1,234.56")), "1234.56");
    assert.equal(normalized(validateValue({ kind: "number", unit: "万元" }, " 1，234 ")), "1234");
  });
  test("a trailing unit the person typed is dropped", () => {
    assert.equal(normalized(validateValue({ kind: "number", unit: "亿元" }, "12.5亿元")), "12.5");
    assert.equal(normalized(validateValue({ kind: "percent", unit: "%" }, "3.2%")), "3.2");
    assert.equal(normalized(validateValue({ kind: "percent" }, "3.2％")), "3.2");
  });
  test("letters are rejected", () => {
    assert.match(rejected(validateValue({ kind: "number", unit: "万元" }, "12a")), /字母/);
    assert.match(rejected(validateValue({ kind: "number", unit: "名" }, "3ab")), /字母/);
  });
  test("a value still holding a placeholder mark is refused as one, never written as a new blank", () => {
    const cases: Array<[Parameters<typeof validateValue>[0], string, string]> = [
      [{ kind: "number", unit: "亿元" }, "XX亿元", "XX"],
      [{ kind: "number", unit: "名" }, "XX", "XX"],
      [{ kind: "text" }, "XX亿元", "XX"],
      [{ kind: "name" }, "××县", "××"],
      [{ kind: "text" }, "完成＿＿", "＿＿"],
      [{ kind: "year" }, "20XX", "20XX"],
    ];
    for (const [field, typed, mark] of cases) {
      const result = validateValue(field, typed);
      assert.ok(!result.ok, typed);
      assert.ok(result.message.zh.includes(`“${mark}”是占位符`), result.message.zh);
      assert.ok(result.message.en.includes(`“${mark}” is a placeholder`), result.message.en);
    }
    // Not placeholders: a term with X in it, a Latin name, a Chinese-written year.
    for (const typed of ["X射线检测中心", "Windows XP系统", "XML数据平台"]) assert.equal(normalized(validateValue({ kind: "text" }, typed)), typed);
    assert.equal(normalized(validateValue({ kind: "year" }, "二〇二五")), "2025");
  });
  test("garbage and empty input are rejected", () => {
    assert.match(rejected(validateValue({ kind: "number", unit: "万元" }, "1.2.3")), /不是有效的数字/);
    assert.match(rejected(validateValue({ kind: "number", unit: "万元" }, "   ")), /请填写/);
  });
  test("decimals per unit: 亿元 two, % one, counts none", () => {
    assert.equal(normalized(validateValue({ kind: "number", unit: "亿元" }, "12.34")), "12.34");
    assert.match(rejected(validateValue({ kind: "number", unit: "亿元" }, "12.345")), /最多保留2位小数/);
    assert.equal(normalized(validateValue({ kind: "percent", unit: "%" }, "5.2")), "5.2");
    assert.match(rejected(validateValue({ kind: "percent", unit: "%" }, "5.25")), /最多保留1位小数/);
    assert.match(rejected(validateValue({ kind: "number", unit: "名" }, "12.5")), /整数/);
    assert.match(rejected(validateValue({ kind: "number", unit: "家" }, "3.1")), /整数/);
    assert.equal(normalized(validateValue({ kind: "number", unit: "个" }, "12.0")), "12");
  });
  test("decimals are configurable per unit", () => {
    const options = { decimals: { 亿元: 1 } };
    assert.match(rejected(validateValue({ kind: "number", unit: "亿元" }, "12.34", options)), /最多保留1位小数/);
    assert.equal(normalized(validateValue({ kind: "number", unit: "亿元" }, "12.3", options)), "12.3");
  });
  test("negatives: allowed for money and rates, not for counts", () => {
    assert.equal(normalized(validateValue({ kind: "number", unit: "万元" }, "－120")), "-120");
    assert.equal(normalized(validateValue({ kind: "percent", unit: "%" }, "-3.2")), "-3.2");
    assert.equal(normalized(validateValue({ kind: "number", unit: "个百分点" }, "-0.3")), "-0.3");
    assert.match(rejected(validateValue({ kind: "number", unit: "名" }, "-3")), /负数/);
    assert.match(rejected(validateValue({ kind: "number", unit: "项" }, "-1")), /负数/);
  });
  test("leading zeros, plus sign and -0 are normalised", () => {
    assert.equal(normalized(validateValue({ kind: "number", unit: "个" }, "007")), "7");
    assert.equal(normalized(validateValue({ kind: "number", unit: "万元" }, "+0.50")), "0.50");
    assert.equal(normalized(validateValue({ kind: "number", unit: "万元" }, "-0")), "0");
  });
});

describe("validateValue: years, dates, text", () => {
  test("years 1949–2100", () => {
    assert.equal(normalized(validateValue({ kind: "year" }, "2026")), "2026");
    assert.equal(normalized(validateValue({ kind: "year" }, "２０２６年")), "2026");
    assert.equal(normalized(validateValue({ kind: "year" }, "二〇二六")), "2026");
    assert.equal(normalized(validateValue({ kind: "year" }, "二○二七年")), "2027");
    assert.match(rejected(validateValue({ kind: "year" }, "1948")), /1949/);
    assert.match(rejected(validateValue({ kind: "year" }, "2101")), /2100/);
    assert.match(rejected(validateValue({ kind: "year" }, "26")), /四位数/);
  });
  test("months 1–12, days 1–31", () => {
    assert.equal(normalized(validateValue({ kind: "date", unit: "月" }, "12")), "12");
    assert.equal(normalized(validateValue({ kind: "date", unit: "月" }, "03")), "3");
    assert.match(rejected(validateValue({ kind: "date", unit: "月" }, "13")), /1至12/);
    assert.match(rejected(validateValue({ kind: "date", unit: "月" }, "0")), /1至12/);
    assert.equal(normalized(validateValue({ kind: "date", unit: "日" }, "31日")), "31");
    assert.match(rejected(validateValue({ kind: "date", unit: "日" }, "32")), /1至31/);
  });
  test("text: non-empty, no line breaks, trimmed", () => {
    assert.equal(normalized(validateValue({ kind: "name" }, "  高新科技园 ")), "高新科技园");
    assert.match(rejected(validateValue({ kind: "text" }, "")), /请填写内容/);
    assert.match(rejected(validateValue({ kind: "text" }, "第一行\n第二行")), /换行/);
  });
});

describe("formatNumber", () => {
  test("amounts: up to two decimals, no thousands separators", () => {
    assert.equal(formatNumber(1234567.891, "万元"), "1234567.89");
    assert.equal(formatNumber(12, "亿元"), "12");
    assert.equal(formatNumber(12.5, "亿元"), "12.5");
  });
  test("explicit decimals keep trailing zeros", () => {
    assert.equal(formatNumber(12, "亿元", 2), "12.00");
    assert.equal(formatNumber("3.14159", undefined, 3), "3.142");
  });
  test("rates keep one decimal", () => {
    assert.equal(formatNumber(5, "%"), "5.0");
    assert.equal(formatNumber(0.84, "个百分点"), "0.8");
  });
  test("counts are integers; halves round away from zero without float artefacts", () => {
    assert.equal(formatNumber(12.5, "名"), "13");
    assert.equal(formatNumber(1.005, "万元"), "1.01");
    assert.equal(formatNumber(-2.25, "%"), "-2.3");
    assert.equal(formatNumber(-0.01, "%"), "0.0");
  });
  test("not a number throws", () => {
    assert.throws(() => formatNumber("abc", "万元"), RangeError);
  });
});

describe("growth wording", () => {
  test("growth, decline and 持平", () => {
    assert.equal(text(growthWording(103.2, 100)), "增长3.2%");
    assert.equal(text(growthWording(98.5, 100)), "下降1.5%");
    assert.equal(text(growthWording(100, 100)), "持平");
    assert.equal(text(growthWording(100.04, 100)), "持平", "rounds to zero");
  });
  test("value is absolute and formatted; verb carries the sign", () => {
    const r = growthWording(90, 120);
    assert.ok(r.ok, "r.ok");
    assert.deepEqual([r.verb, r.value], ["下降", "25.0"]);
  });
  test("decimals option", () => {
    assert.equal(text(growthWording(103.256, 100, { decimals: 2 })), "增长3.26%");
  });
  test("previous 0: no percentage, a clear message", () => {
    const r = growthWording(5, 0);
    assert.ok(!r.ok, "!r.ok");
    assert.match(r.message.zh, /上年数为0/);
    assert.match(r.message.en, /0/);
    assert.equal(text(growthWording(0, 0)), "持平");
  });
  test("previous negative: no percentage either", () => {
    const r = growthWording(5, -2);
    assert.ok(!r.ok, "!r.ok");
    assert.match(r.message.zh, /负数/);
  });
  test("not a number", () => {
    assert.equal(growthWording(Number.NaN, 1).ok, false);
  });
  test("rates change in 个百分点", () => {
    assert.equal(text(rateChangeWording(5.2, 4.4)), "提高0.8个百分点");
    assert.equal(text(rateChangeWording(4.1, 4.4)), "降低0.3个百分点");
    assert.equal(text(rateChangeWording(4.4, 4.4)), "持平");
    assert.equal(text(growthWording(5.2, 4.4, { unit: "个百分点" })), "提高0.8个百分点");
  });
});

describe("fillGrowthSentence", () => {
  const at = (paragraph: string, raw = "X"): { start: number; end: number } => {
    const start = paragraph.indexOf(raw + "%") >= 0 ? paragraph.indexOf(raw + "%") : paragraph.indexOf(raw + "个");
    return { start, end: start + raw.length };
  };
  const apply = (paragraph: string, wording: GrowthResult, raw = "X"): string => {
    assert.ok(wording.ok, "wording.ok");
    const span = fillGrowthSentence(paragraph, at(paragraph, raw), wording);
    assert.ok(span, "span");
    return paragraph.slice(0, span.start) + span.newText + paragraph.slice(span.end);
  };
  test("同比增长X% with a decline becomes 同比下降", () => {
    assert.equal(apply("利润同比增长X%。", growthWording(96.8, 100)), "利润同比下降3.2%。");
  });
  test("同比增长X% with no change becomes 同比持平 (the % goes too)", () => {
    assert.equal(apply("利润同比增长X%。", growthWording(100, 100)), "利润同比持平。");
  });
  test("a growth keeps the verb written", () => {
    assert.equal(apply("利润同比增长X%。", growthWording(103.2, 100)), "利润同比增长3.2%。");
    assert.equal(apply("增速为X.X%。", growthWording(103.2, 100), "X.X"), "增速为3.2%。");
  });
  test("增速为X% with a decline keeps 增速 and takes the sign", () => {
    assert.equal(apply("同比增速为X%。", growthWording(96.8, 100)), "同比增速为-3.2%。");
  });
  test("a template written 下降 gets 增长 when the figure rose", () => {
    assert.equal(apply("同比下降X%。", growthWording(103.2, 100)), "同比增长3.2%。");
  });
  test("个百分点: 提高 / 下降 / 持平", () => {
    assert.equal(apply("同比提高X个百分点。", rateChangeWording(4.1, 4.4)), "同比降低0.3个百分点。");
    assert.equal(apply("同比提高X个百分点。", rateChangeWording(4.4, 4.4)), "同比持平。");
    assert.equal(apply("同比下降X个百分点。", rateChangeWording(5.2, 4.4)), "同比提高0.8个百分点。");
  });
  test("the span covers the verb, the placeholder and its unit", () => {
    const span = fillGrowthSentence("同比增长X%", { start: 4, end: 5 }, { verb: "下降", value: "1.5" });
    assert.deepEqual(span, { start: 2, end: 6, newText: "下降1.5%" });
  });
  test("no verb before the placeholder: null", () => {
    assert.equal(fillGrowthSentence("占比X%", { start: 2, end: 3 }, { verb: "下降", value: "1" }), null);
  });
});

describe("planFill and verifyEdit", () => {
  const paragraphs = [
    "主营业务收入完成X亿元，同比增长X%；利润XX万元。",
    "在××、××两地设立办事处。",
    "述职人：×××",
  ];
  const found = scanPlaceholders(paragraphs);
  const byLabel = (label: string): string => {
    const p = found.find((q) => q.label === label);
    assert.ok(p, label);
    return p.group;
  };
  const fill = (values: Record<string, string>, derived = {}): string[] => {
    const plan = planFill(paragraphs, found, values, derived);
    return paragraphs.map((t, i) => applyEditsToText(t, plan.edits.filter((e) => e.paragraph === i)).text);
  };

  test("fills only filled groups, right to left within a paragraph", () => {
    const plan = planFill(paragraphs, found, { [byLabel("主营业务收入")]: "12.5", [byLabel("利润")]: "300" });
    assert.equal(plan.filledCount, 2);
    assert.deepEqual(plan.edits.map((e) => [e.paragraph, e.expected, e.replacement]), [[0, "XX", "300"], [0, "X", "12.5"]]);
    assert.ok((plan.edits[0]?.start ?? 0) > (plan.edits[1]?.start ?? 0), "(plan.edits[0]?.start ?? 0) > (plan.edits[1]?.start ?? 0)");
    assert.equal(fill({ [byLabel("主营业务收入")]: "12.5", [byLabel("利润")]: "300" })[0], "主营业务收入完成12.5亿元，同比增长X%；利润300万元。");
  });
  test("edits carry context that stops short of other placeholders", () => {
    const plan = planFill(paragraphs, found, { [byLabel("主营业务收入")]: "12.5" });
    const edit = plan.edits[0]!;
    assert.equal(edit.before, "业务收入完成");
    assert.equal(edit.after, "亿元，同比增");
  });
  test("a negative growth value is reworded, never 增长-3.2%", () => {
    const out = fill({ [byLabel("主营业务收入 同比增长")]: "-3.2" });
    assert.equal(out[0], "主营业务收入完成X亿元，同比下降3.2%；利润XX万元。");
  });
  test("a zero growth value becomes 持平", () => {
    assert.equal(fill({ [byLabel("主营业务收入 同比增长")]: "0" })[0], "主营业务收入完成X亿元，同比持平；利润XX万元。");
  });
  test("derived wordings rewrite the verb", () => {
    const wording = growthWording(96.8, 100);
    assert.ok(wording.ok, "wording.ok");
    assert.equal(fill({}, { [byLabel("主营业务收入 同比增长")]: wording })[0], "主营业务收入完成X亿元，同比下降3.2%；利润XX万元。");
  });
  test("two identical placeholders side by side are each filled in place", () => {
    const [a, b] = found.filter((p) => p.paragraph === 1);
    assert.equal(fill({ [a!.group]: "北京", [b!.group]: "上海" })[1], "在北京、上海两地设立办事处。");
  });
  test("invalid values and moved text are skipped with a reason", () => {
    const changed = [...paragraphs];
    changed[2] = "述职人：张三";
    const plan = planFill(changed, found, { [byLabel("利润")]: "abc", [byLabel("述职人姓名")]: "李四" });
    assert.equal(plan.filledCount, 0);
    assert.equal(plan.skipped.length, 2);
    assert.match(plan.skipped[0]!.reason.zh, /字母/);
    assert.match(plan.skipped[1]!.reason.zh, /已改动/);
  });
  test("verifyEdit: same place", () => {
    const plan = planFill(paragraphs, found, { [byLabel("利润")]: "300" });
    const edit = plan.edits[0]!;
    assert.deepEqual(verifyEdit(paragraphs[0]!, edit), { start: edit.start, end: edit.end });
  });
  test("verifyEdit: text inserted before moves the offsets", () => {
    const plan = planFill(paragraphs, found, { [byLabel("利润")]: "300" });
    const edit = plan.edits[0]!;
    const moved = "全年" + paragraphs[0]!;
    assert.deepEqual(verifyEdit(moved, edit), { start: edit.start + 2, end: edit.end + 2 });
    assert.equal(applyEditsToText(moved, [edit]).text, "全年主营业务收入完成X亿元，同比增长X%；利润300万元。");
  });
  test("verifyEdit: placeholder gone or context changed → null", () => {
    const plan = planFill(paragraphs, found, { [byLabel("利润")]: "300" });
    const edit = plan.edits[0]!;
    assert.equal(verifyEdit("主营业务收入完成X亿元，同比增长X%；利润250万元。", edit), null);
    assert.equal(verifyEdit("主营业务收入完成X亿元，同比增长X%；成本XX万元。", edit), null);
  });
  test("verifyEdit: ambiguous after a change → null (never the wrong place)", () => {
    const edit = { start: 2, end: 4, expected: "XX", before: "共计", after: "名" };
    assert.deepEqual(verifyEdit("共计XX名，共计XX名", edit), { start: 2, end: 4 }, "still at its place");
    assert.equal(verifyEdit("全年共计XX名，共计XX名", edit), null, "moved, and two places fit");
    assert.deepEqual(verifyEdit("全年共计XX名，共计5名", edit), { start: 4, end: 6 }, "moved, one place fits");
  });
  test("applyEditsToText reports the edits it could not place", () => {
    const plan = planFill(paragraphs, found, { [byLabel("利润")]: "300" });
    const result = applyEditsToText("完全不同的段落", plan.edits);
    assert.equal(result.applied.length, 0);
    assert.equal(result.failed.length, 1);
    assert.equal(result.text, "完全不同的段落");
  });
});

describe("stored values XML", () => {
  const state: StoredValues = {
    year: "2026",
    values: { "field:0:8": "12.5", "name:公司名称": `A<B & "C" 'D' 公司`, "tab\tkey": "line1\r\nline2" },
    previous: { "field:0:8": "11.9" },
    updatedAt: "2026-12-01T08:00:00.000Z",
  };
  test("root element in the metrics namespace, well-formed for a real XML parser", () => {
    const xml = serializeStoredValues(state);
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    const root = doc.documentElement!;
    assert.equal(root.namespaceURI, METRICS_NAMESPACE);
    assert.equal(root.localName, "metrics");
    const values = Array.from(root.getElementsByTagNameNS(METRICS_NAMESPACE, "value"));
    assert.equal(values.length, 3);
    assert.equal(values[1]?.textContent, `A<B & "C" 'D' 公司`);
    assert.equal(values[2]?.getAttribute("group"), "tab\tkey");
  });
  test("round trip keeps every character", () => {
    assert.deepEqual(parseStoredValues(serializeStoredValues(state)), state);
  });
  test("without a year", () => {
    const s: StoredValues = { values: {}, previous: {}, updatedAt: "" };
    assert.deepEqual(parseStoredValues(serializeStoredValues(s)), s);
  });
  test("control characters XML cannot hold are dropped, not written", () => {
    const xml = serializeStoredValues({ values: { a: "x\u0001y" }, previous: {}, updatedAt: "t" });
    assert.equal(parseStoredValues(xml)?.values.a, "xy");
  });
  test("accepts Word's re-serialised form: prefix, single quotes, CDATA, comments", () => {
    const xml = `\uFEFF<?xml version='1.0'?><!-- saved --><m:metrics xmlns:m='${METRICS_NAMESPACE}' year='2025' updatedAt='t'>
      <m:value group='g1'><![CDATA[a<b]]></m:value><m:previous group="g1" /></m:metrics>`;
    assert.deepEqual(parseStoredValues(xml), { year: "2025", values: { g1: "a<b" }, previous: { g1: "" }, updatedAt: "t" });
  });
  test("garbage gives null", () => {
    for (const bad of [
      "",
      "not xml",
      "<metrics>",
      `<metrics xmlns="urn:other"></metrics>`,
      `<metrics xmlns="${METRICS_NAMESPACE}"><value group="a">x</metrics>`,
      `<metrics xmlns="${METRICS_NAMESPACE}"><value>x</value></metrics>`,
      `<metrics xmlns="${METRICS_NAMESPACE}"><value group="a">&bogus;</value></metrics>`,
      `<metrics xmlns="${METRICS_NAMESPACE}"><other/></metrics>`,
      `<metrics xmlns="${METRICS_NAMESPACE}"><value group="a"><b>x</b></value></metrics>`,
    ]) {
      assert.equal(parseStoredValues(bad), null, bad);
    }
  });
  test("a group named __proto__ is stored as data", () => {
    const s: StoredValues = { values: JSON.parse(`{"__proto__": "1"}`) as Record<string, string>, previous: {}, updatedAt: "" };
    const back = parseStoredValues(serializeStoredValues(s));
    assert.equal(Object.getOwnPropertyDescriptor(back?.values, "__proto__")?.value, "1");
  });
  test("carryOver: this year's values become last year's, year + 1", () => {
    const next = carryOver(state, { now: "2027-01-02T00:00:00.000Z", keepGroups: ["name:公司名称"] });
    assert.equal(next.year, "2027");
    assert.deepEqual(next.previous, state.values);
    assert.deepEqual(next.values, { "name:公司名称": state.values["name:公司名称"] });
    assert.equal(next.updatedAt, "2027-01-02T00:00:00.000Z");
    assert.equal(state.year, "2026", "input unchanged");
    assert.deepEqual(carryOver({ values: { a: "1" }, previous: { a: "0" }, updatedAt: "" }).values, {});
  });
});

describe("value table import", () => {
  test("pasted from Excel: tab-separated, header row skipped", () => {
    const rows = parseValueTable("指标\t数值\r\n主营业务收入\t12.5\r\n利润总额\t3,200\r\n");
    assert.deepEqual(rows, [
      { row: 2, name: "主营业务收入", value: "12.5" },
      { row: 3, name: "利润总额", value: "3,200" },
    ]);
  });
  test("CSV file with a BOM and quoted fields", () => {
    const rows = parseValueTable(`\uFEFF主营业务收入,12.5\n"研发投入，含补助","1,234.5"\n\n"说明 ""重点""",文字\n`);
    assert.deepEqual(rows, [
      { row: 1, name: "主营业务收入", value: "12.5" },
      { row: 2, name: "研发投入，含补助", value: "1,234.5" },
      { row: 4, name: `说明 "重点"`, value: "文字" },
    ]);
  });
  test("no header when the first row is data", () => {
    assert.equal(parseValueTable("营业收入\t10")[0]?.name, "营业收入");
    assert.deepEqual(parseValueTable("   \n"), []);
  });
  test("matching: exact, normalised, unique substring; unmatched rows listed", () => {
    const fields = [
      { group: "g1", label: "主营业务收入" },
      { group: "g2", label: "主营业务收入 同比增长" },
      { group: "g3", label: "利润总额" },
      { group: "g4", label: "研发投入" },
      { group: "g5", label: "科技园名称" },
    ];
    const rows = parseValueTable(
      ["主营业务收入\t12.5", "主营业务收入同比增长（%）\t3.2", "利润总额（万元）\t300", "研发\t88", "科技园\t高新园", "员工人数\t120"].join("\n"),
    );
    const result = matchImportedValues(rows, fields);
    assert.deepEqual(result.matched, [
      { group: "g1", label: "主营业务收入", value: "12.5", row: 1 },
      { group: "g2", label: "主营业务收入 同比增长", value: "3.2", row: 2 },
      { group: "g3", label: "利润总额", value: "300", row: 3 },
      { group: "g4", label: "研发投入", value: "88", row: 4 },
      { group: "g5", label: "科技园名称", value: "高新园", row: 5 },
    ]);
    assert.deepEqual(result.unmatched, [{ row: 6, name: "员工人数", value: "120" }]);
  });
  test("an ambiguous substring is not guessed", () => {
    const fields = [{ group: "a", label: "营业收入" }, { group: "b", label: "营业收入 增长" }];
    const result = matchImportedValues([{ row: 1, name: "营业", value: "1" }], fields);
    assert.deepEqual(result.matched, []);
    assert.equal(result.unmatched.length, 1);
  });
  test("a field takes one row; a duplicate row is unmatched", () => {
    const result = matchImportedValues(
      [{ row: 1, name: "利润总额", value: "1" }, { row: 2, name: "利润总额", value: "2" }],
      [{ group: "g", label: "利润总额" }],
    );
    assert.deepEqual(result.matched.map((m) => m.value), ["1"]);
    assert.deepEqual(result.unmatched.map((u) => u.row), [2]);
  });
});
