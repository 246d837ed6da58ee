import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { extractFigures, findUnsupportedFigures, parseChineseInteger } from "../../../src/core/drafting";

const unsupported = (output: string, texts: string[], values: string[] = []) => findUnsupportedFigures(output, { texts, values }).map((f) => f.text);

describe("Chinese integers", () => {
  test("units, zeros, 万 and 亿", () => {
    assert.equal(parseChineseInteger("三"), 3);
    assert.equal(parseChineseInteger("十"), 10);
    assert.equal(parseChineseInteger("十二"), 12);
    assert.equal(parseChineseInteger("二十五"), 25);
    assert.equal(parseChineseInteger("一百零五"), 105);
    assert.equal(parseChineseInteger("两千三百"), 2300);
    assert.equal(parseChineseInteger("两万三千"), 23000);
    assert.equal(parseChineseInteger("十万"), 100000);
    assert.equal(parseChineseInteger("一亿二千万"), 120000000);
    assert.equal(parseChineseInteger("二三"), null);
    assert.equal(parseChineseInteger("百"), null);
  });
});

describe("findUnsupportedFigures", () => {
  test("an Arabic figure not in the input is reported with its place", () => {
    const found = findUnsupportedFigures("全年完成投资32亿元，增长8.5%。", { texts: ["全年完成投资32亿元。"] });
    assert.deepEqual(found.map((f) => [f.text, f.kind, f.value]), [["8.5%", "percent", "8.5"]]);
    assert.equal("全年完成投资32亿元，增长8.5%。".slice(found[0]!.start, found[0]!.end), "8.5%");
  });

  test("1.2万 = 12000 = 一万二千, both ways", () => {
    assert.deepEqual(unsupported("服务群众1.2万人次", ["服务群众12000人次"]), []);
    assert.deepEqual(unsupported("服务群众12000人次", ["服务群众1.2万人次"]), []);
    assert.deepEqual(unsupported("服务群众一万二千人次", ["服务群众1.2万人次"]), []);
    assert.deepEqual(unsupported("服务群众1.3万人次", ["服务群众12000人次"]), ["1.3万"]);
    assert.deepEqual(unsupported("投资3.05亿元", ["投资305000000元"]), []);
    assert.deepEqual(unsupported("共1,234名", ["共1234名"]), []);
  });

  test("百分之五 = 5% = 5％, but not 5 个百分点", () => {
    assert.deepEqual(unsupported("增长百分之五", ["增长5%"]), []);
    assert.deepEqual(unsupported("增长5％", ["增长百分之五"]), []);
    assert.deepEqual(unsupported("提高百分之十二点五", ["提高12.5%"]), []);
    assert.deepEqual(unsupported("提高5个百分点", ["增长5%"]), ["5个百分点"]);
    assert.deepEqual(unsupported("提高两个百分点", ["提高2个百分点"]), []);
    assert.deepEqual(unsupported("增长5%", ["共5项"]), ["5%"]);
  });

  test("years and dates: 2024年 = 二〇二四年; month and day each count", () => {
    assert.deepEqual(unsupported("二〇二四年", ["2024年"]), []);
    assert.deepEqual(unsupported("2024年", ["二〇二四年工作报告"]), []);
    assert.deepEqual(unsupported("2023年3月5日召开", ["2024年3月5日召开"]), ["2023"]);
    assert.deepEqual(unsupported("于二〇二五年完成", ["于2024年完成"]), ["二〇二五"]);
  });

  test("ranks: 第三 = 第3, not 3", () => {
    assert.deepEqual(unsupported("位居全省第三", ["全省排名第3位"]), []);
    assert.deepEqual(unsupported("位居全省第二", ["全省排名第3位"]), ["第二"]);
    assert.deepEqual(unsupported("位居全省第三", ["共3项"]), ["第三"]);
    assert.deepEqual(unsupported("位居全省第一，", ["全省前列"]), ["第一"], "a rank followed by a comma mid-sentence is still a rank");
  });

  test("Chinese counts with measure words", () => {
    assert.deepEqual(unsupported("新建三所学校，培训两千名教师", ["新建3所学校"]), ["两千"]);
    assert.deepEqual(unsupported("开展专项检查十二次", ["开展专项检查12次"]), []);
    assert.deepEqual(unsupported("办结二十五件", []), ["二十五"]);
  });

  test("form values support a figure in any kind (the field knows its unit)", () => {
    assert.deepEqual(unsupported("本科上线率达到86.5%，提高2.1个百分点", ["本科上线率达到XX.X%"], ["86.5", "2.1"]), []);
    assert.deepEqual(unsupported("投资1.2万元", [], ["12000"]), []);
  });

  test("structure and wording are not figures", () => {
    const text = [
      "一、加强政治理论学习",
      "（二）严守政治纪律",
      "1. 教学质量稳步提升",
      "（3）办学条件",
      "一是完成校园改造；二是建成图书馆；其三，改造食堂。",
      "第一，加强学习。第二，严守纪律。",
      "统一思想，一些同志十分重视，千方百计，一个机制，一项制度。",
      "牢固树立“四个意识”，坚定“四个自信”，做到“两个维护”，深入学习党的二十大和二十届三中全会精神，编制“十五五”规划。",
      "几十个单位，数百家企业。",
      "20XX年，完成XX%，新增X项。",
    ];
    for (const line of text) assert.deepEqual(extractFigures(line), [], line);
  });

  test("full-width digits read as ASCII", () => {
    assert.deepEqual(unsupported("共１２项", ["共12项"]), []);
  });

  test("a model that invents: every invented figure reported, each supported one not", () => {
    const input = "全年组织理论学习12次，投入资金300万元。";
    const output = "全年组织理论学习12次，投入资金300万元，同比增长15.3%，覆盖师生2000余人，位居全市第二，较上年提高3个百分点。";
    assert.deepEqual(unsupported(output, [input]), ["15.3%", "2000", "第二", "3个百分点"]);
  });
});
