import { test, describe } from "node:test";
import assert from "node:assert/strict";
import {
  scanPlaceholders,
  groupPlaceholders,
  splitGroup,
  mergeGroups,
} from "../../../src/core/placeholders";
import type { Placeholder } from "../../../src/core/placeholders";

const raws = (text: string): string[] => scanPlaceholders([text]).map((p) => p.raw);
const one = (text: string): Placeholder => {
  const found = scanPlaceholders([text]);
  assert.equal(found.length, 1, `exactly one placeholder in ${text}: ${JSON.stringify(found.map((p) => p.raw))}`);
  return found[0]!;
};

describe("forms of placeholders", () => {
  test("X runs of any length and case", () => {
    assert.deepEqual(raws("完成X项，XX项，XXX项，xx项，XXXXX项。"), ["X", "XX", "XXX", "xx", "XXXXX"]);
  });
  test("full-width Ｘ", () => {
    assert.deepEqual(raws("共有ＸＸ名"), ["ＸＸ"]);
  });
  test("×× and ××× runs", () => {
    assert.deepEqual(raws("××同志、×××同志"), ["××", "×××"]);
  });
  test("○○ runs of two or more", () => {
    assert.deepEqual(raws("专利○○项，论文○○○篇"), ["○○", "○○○"]);
  });
  test("underline runs of two or more, full and half width", () => {
    assert.deepEqual(raws("标准＿＿项，规范____项"), ["＿＿", "____"]);
  });
  test("a single underscore or a single × is not a placeholder", () => {
    assert.deepEqual(raws("file_name 与 3×4 的乘积"), []);
  });
  test("years 20XX, 202X, 20xx", () => {
    const found = scanPlaceholders(["20XX年、202X年和20xx年"]);
    assert.deepEqual(found.map((p) => [p.raw, p.kind]), [["20XX", "year"], ["202X", "year"], ["20xx", "year"]]);
  });
  test("decimals X.X, XX.X, x.xx are one placeholder each", () => {
    assert.deepEqual(raws("增长X.X%，达到XX.X亿元，占x.xx%"), ["X.X", "XX.X", "x.xx"]);
  });
  test("bracketed 待补 / 待填 / 待定 and empty brackets", () => {
    assert.deepEqual(raws("收入【待补】万元，〔待补〕，【待填】，【待定】，[ ]，【 】"), [
      "【待补】", "〔待补〕", "【待填】", "【待定】", "[ ]", "【 】",
    ]);
  });
  test("offsets point at the placeholder in its paragraph", () => {
    const paragraphs = ["标题", "营业收入XX亿元。"];
    const p = one(paragraphs[1]!);
    assert.equal(p.start, 4);
    assert.equal(p.end, 6);
    const [scanned] = scanPlaceholders(paragraphs);
    assert.equal(scanned?.paragraph, 1);
    assert.equal(scanned?.id, "1:4");
  });
});

describe("false positives", () => {
  const clean = [
    "推进XML格式的公文交换",
    "配备X射线安检设备",
    "新购X光机两台",
    "淘汰Windows XP系统",
    "Xi'an 国际港务区",
    "采用Linux服务器",
    "学习X-ray成像原理",
    "SpaceX发射了火箭",
    "二○二五年是十四五收官之年",
    "二○二六年一月一日",
    "一九九○年建校，二○○○年扩建",
    "分辨率为1920x1080",
    "Type-X接口",
    "购买iPhone X，",
    "ERP系统全面上线",
    "__init__ 函数",
  ];
  for (const text of clean) {
    test(text, () => assert.deepEqual(raws(text), []));
  }
  test("一九九X年 and 199X年: a half-written year is a year blank", () => {
    // Decision: the person sees it and fills the digit, so it is kept, as a year.
    assert.deepEqual(scanPlaceholders(["一九九X年"]).map((p) => [p.raw, p.kind]), [["X", "year"]]);
    assert.deepEqual(scanPlaceholders(["199X年"]).map((p) => [p.raw, p.kind]), [["199X", "year"]]);
  });
  test("digits glued to an X are not a blank (2XL, 3x, 10X)", () => {
    assert.deepEqual(raws("尺码2XL，放大3x，性能提升10X"), []);
  });
  test("○○ after a Chinese word that ends in 一 but not followed by a numeral is a blank", () => {
    assert.deepEqual(raws("统一○○标准"), ["○○"]);
  });
});

describe("classification", () => {
  const cases: Array<[string, string, string | undefined]> = [
    ["营业收入XX亿元", "number", "亿元"],
    ["利润XX万元", "number", "万元"],
    ["奖励XX元", "number", "元"],
    ["新建X个", "number", "个"],
    ["引进XX家企业", "number", "家"],
    ["教师XX名", "number", "名"],
    ["服务XX人", "number", "人"],
    ["开展XX次", "number", "次"],
    ["完成XX项", "number", "项"],
    ["学校X所", "number", "所"],
    ["楼X栋", "number", "栋"],
    ["教室XX间", "number", "间"],
    ["种植XX万亩", "number", "万亩"],
    ["平均分XX分", "number", "分"],
    ["修路XX公里", "number", "公里"],
    ["绿化XX平方米", "number", "平方米"],
    ["接待XX万人次", "number", "万人次"],
    ["办理XX件", "number", "件"],
    ["举办XX场", "number", "场"],
    ["培训XX期", "number", "期"],
    ["发表XX篇", "number", "篇"],
    ["走访XX户", "number", "户"],
    ["用时XX天", "number", "天"],
    ["工作XX年", "number", "年"],
    ["提高X个百分点", "number", "个百分点"],
    ["增长X%", "percent", "%"],
    ["增长X％", "percent", "%"],
    ["XX%以上", "percent", "%"],
    ["20XX年", "year", undefined],
    ["XXXX年", "year", undefined],
    ["XX年度", "year", undefined],
    ["2026年X月", "date", "月"],
    ["12月X日", "date", "日"],
    ["X科技园", "name", undefined],
    ["XX县", "name", undefined],
    ["×××同志", "name", undefined],
    ["×××公司", "name", undefined],
    ["XX市", "name", undefined],
    ["X镇", "name", undefined],
    ["XX学校", "name", undefined],
    ["XX分公司", "name", undefined],
    ["XX项目", "name", undefined],
    ["述职人：×××", "name", undefined],
    ["主要做法：XXX。", "text", undefined],
    ["XX以上", "number", undefined],
    ["XX.X", "number", undefined],
  ];
  for (const [text, kind, unit] of cases) {
    test(`${text} → ${kind}${unit ? " " + unit : ""}`, () => {
      const p = one(text);
      assert.equal(p.kind, kind);
      assert.equal(p.unit, unit);
    });
  }
  test("X个月 is a count of months, not a date", () => {
    const p = one("用时X个月");
    assert.deepEqual([p.kind, p.unit], ["number", "个月"]);
  });
});

describe("labels", () => {
  test("figure and its growth in one sentence", () => {
    const found = scanPlaceholders(["主营业务收入完成X亿元，同比增长X%。"]);
    assert.deepEqual(found.map((p) => [p.label, p.unit]), [["主营业务收入", "亿元"], ["主营业务收入 同比增长", "%"]]);
  });
  test("growth takes the subject of the previous figure only within the same sentence", () => {
    const found = scanPlaceholders(["利润总额X万元。同比增长X%。"]);
    assert.equal(found[1]?.label, "同比增长");
  });
  test("a growth clause with its own subject uses it", () => {
    assert.equal(one("区域销售额增长XX%。").label, "区域销售额 增长");
  });
  test("verbs and scope words are stripped", () => {
    assert.equal(one("全年实现营业收入XX亿元").label, "营业收入");
    assert.equal(one("全年组织理论学习XX次").label, "理论学习次数");
    assert.equal(one("利润总额达到XX万元").label, "利润总额");
    assert.equal(one("其中研究生学历X名").label, "研究生学历人数");
  });
  test("after a colon the label is what the colon introduces", () => {
    assert.equal(one("营业收入：XX亿元").label, "营业收入");
    assert.equal(one("主要做法：XXX。").label, "主要做法");
  });
  test("a text blank with nothing to go by is 待填内容", () => {
    assert.equal(one("【 】").label, "待填内容");
  });
  test("a counted noun after the unit when nothing precedes", () => {
    assert.equal(one("带领全校XXX名教职工攻坚克难").label, "教职工数");
  });
  test("names: noun after, people are 姓名", () => {
    assert.equal(one("X科技园").label, "科技园名称");
    assert.equal(one("×××同志").label, "姓名");
    assert.equal(one("述职人：×××").label, "述职人姓名");
    assert.equal(one("报告人：×××").label, "报告人姓名");
    assert.equal(one("XX县").label, "县名称");
  });
  test("years are 年度, date parts 月份 / 日期", () => {
    const found = scanPlaceholders(["20XX年X月X日"]);
    assert.deepEqual(found.map((p) => p.label), ["年度", "月份", "日期"]);
  });
  test("long labels are shortened at a word boundary (after the last 的), never mid-word", () => {
    const p = one("我们按照上级部门关于进一步加强和改进基层党组织建设工作的总体部署要求共XX个");
    assert.equal(p.label, "总体部署要求数");
  });
  test("labels are deterministic", () => {
    const text = ["主营业务收入完成X亿元，同比增长X%；X科技园入驻XX家企业。"];
    assert.deepEqual(scanPlaceholders(text), scanPlaceholders(text));
  });
  test("context is the sentence around the placeholder", () => {
    const found = scanPlaceholders(["第一句话。营业收入XX亿元，同比增长X%。第三句。"]);
    assert.equal(found[0]?.context, "营业收入XX亿元，同比增长X%。");
  });
});

describe("groups", () => {
  const doc = [
    "述职人×××同志在X科技园工作。",
    "X科技园引进企业XX家，X科技园产值XX亿元。",
    "20XX年X科技园再上台阶。20XX年继续努力。",
    "述职人：×××",
  ];
  const found = scanPlaceholders(doc);
  test("repeated name placeholders share one group", () => {
    const parks = found.filter((p) => p.label === "科技园名称");
    assert.equal(parks.length, 4);
    assert.equal(new Set(parks.map((p) => p.group)).size, 1);
    const people = found.filter((p) => p.label === "述职人姓名");
    assert.equal(people.length, 2);
    assert.equal(people[0]?.group, people[1]?.group);
  });
  test("repeated years share one group 年度", () => {
    const years = found.filter((p) => p.kind === "year");
    assert.equal(years.length, 2);
    assert.equal(new Set(years.map((p) => p.group)).size, 1);
  });
  test("each figure is its own group", () => {
    const numbers = found.filter((p) => p.kind === "number");
    assert.equal(numbers.length, 2);
    assert.notEqual(numbers[0]?.group, numbers[1]?.group);
  });
  test("name placeholders without a recognisable noun are not merged", () => {
    const two = scanPlaceholders(["在××、××两地设立办事处。"]);
    assert.equal(two.length, 2);
    assert.notEqual(two[0]?.group, two[1]?.group);
  });
  test("groupPlaceholders gathers members in order of first appearance", () => {
    const groups = groupPlaceholders(found);
    assert.equal(groups[0]?.label, "述职人姓名");
    assert.equal(groups[0]?.members.length, 2);
    const park = groups.find((g) => g.label === "科技园名称");
    assert.equal(park?.kind, "name");
    assert.equal(park?.members.length, 4);
    assert.equal(groups.reduce((n, g) => n + g.members.length, 0), found.length);
    const money = groups.find((g) => g.unit === "亿元");
    assert.equal(money?.kind, "number");
  });
  test("splitGroup moves one member out without touching the input", () => {
    const park = found.find((p) => p.label === "科技园名称")!;
    const target = found.filter((p) => p.group === park.group)[2]!;
    const after = splitGroup(found, park.group, target.id);
    const moved = after.find((p) => p.id === target.id)!;
    assert.notEqual(moved.group, park.group);
    assert.equal(after.filter((p) => p.group === park.group).length, 3);
    assert.equal(found.filter((p) => p.group === park.group).length, 4, "input unchanged");
  });
  test("splitGroup of a lone member changes nothing", () => {
    const lone = found.find((p) => p.kind === "number")!;
    const after = splitGroup(found, lone.group, lone.id);
    assert.deepEqual(after, found);
  });
  test("mergeGroups puts two fields under one value", () => {
    const [a, b] = found.filter((p) => p.kind === "number");
    const after = mergeGroups(found, a!.group, b!.group);
    assert.equal(after.filter((p) => p.group === a!.group).length, 2);
    assert.equal(found.filter((p) => p.group === a!.group).length, 1, "input unchanged");
    assert.equal(groupPlaceholders(after).length, groupPlaceholders(found).length - 1);
  });
});

describe("content controls", () => {
  test("become placeholders labelled from their tag, without double counting", () => {
    const text = "主营业务收入XX亿元，同比增长X%。";
    const found = scanPlaceholders([text], {
      contentControls: [{ tag: "rc-metric:主营业务收入", title: "主营业务收入", text: "XX", paragraph: 0, start: 6, end: 8 }],
    });
    assert.equal(found.length, 2);
    assert.deepEqual(
      { raw: found[0]?.raw, label: found[0]?.label, kind: found[0]?.kind, unit: found[0]?.unit, group: found[0]?.group },
      { raw: "XX", label: "主营业务收入", kind: "number", unit: "亿元", group: "cc:rc-metric:主营业务收入" },
    );
    assert.equal(found[1]?.raw, "X");
    assert.equal(found[1]?.kind, "percent");
  });
  test("a filled control keeps its text as raw and a metric tag makes it a number", () => {
    const text = "全年完成投资12.5，较好。";
    const found = scanPlaceholders([text], {
      contentControls: [{ tag: "rc-metric:完成投资", title: "", text: "12.5", paragraph: 0, start: 6, end: 10 }],
    });
    assert.equal(found.length, 1);
    assert.deepEqual([found[0]?.raw, found[0]?.kind, found[0]?.label], ["12.5", "number", "完成投资"]);
  });
  test("controls with the same tag share a group; reading order is kept", () => {
    const found = scanPlaceholders(["XX年，单位A", "单位A和XX"], {
      contentControls: [
        { tag: "rc-name:单位名称", title: "单位名称", text: "单位A", paragraph: 0, start: 4, end: 7 },
        { tag: "rc-name:单位名称", title: "单位名称", text: "单位A", paragraph: 1, start: 0, end: 3 },
      ],
    });
    assert.deepEqual(found.map((p) => p.raw), ["XX", "单位A", "单位A", "XX"]);
    assert.equal(found[1]?.group, found[2]?.group);
    assert.equal(found[1]?.kind, "name");
  });
});

describe("large documents (speed is measured by npm run bench, not here)", () => {
  const figures = "全年实现营业收入XX.XX亿元，同比增长X.X%，利润总额XXXX万元，X科技园新引进企业XX家，带动就业XXX人。";
  const prose = "深入学习贯彻党的二十大精神和二十届四中全会精神，扎实推进十五五规划开局各项工作落地见效，群众满意度不断提升。";
  // One paragraph in fifteen carries figures: about the density of a real annual report.
  const build = (n: number): string[] => Array.from({ length: n }, (_, i) => (i % 15 === 0 ? figures : prose));
  test("1,500 paragraphs: every placeholder found, in reading order", () => {
    const found = scanPlaceholders(build(1500));
    assert.equal(found.length, 600);
    assert.ok(found.every((p, i) => i === 0 || p.paragraph > found[i - 1]!.paragraph || p.start > found[i - 1]!.start), "found.every((p, i) => i === 0 || p.paragraph > found[i - 1]!.paragraph || p.start > found[i - 1]!...");
  });
  test("6,000 paragraphs", () => {
    assert.equal(scanPlaceholders(build(6000)).length, 2400);
  });
});
