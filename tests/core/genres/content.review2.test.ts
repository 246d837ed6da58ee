/**
 * Content review 2 (../shared/reviews/content-review-2.md), finding by finding: each test names the
 * finding it guards, so a regression says which promise to a leader it breaks.
 */
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { bodyLineTexts, findGenre, genreCatalog, type Genre } from "../../../src/core/genres";
import { buildSkeleton, skeletonTexts } from "../../../src/core/skeleton";
import { checkDocument } from "../../../src/core/checks";
import { builtInSnippets, fillSnippet, PLANNED_YEAR_GENRES, snippetFitsYear } from "../../../src/core/snippets";
import { congressHeldBy, parseDay, referenceDay } from "../../../src/core/text/partyCongress";

const allSections = (g: Genre) => g.sections.flatMap((s) => [s.id, ...s.subsections.map((x) => x.id)]);
const render = (id: string, fields: Record<string, string>, congressDate?: string) => {
  const g = findGenre(id)!;
  return skeletonTexts(buildSkeleton(g, { sections: allSections(g), fields, ...(congressDate ? { congressDate } : {}) }), "12");
};
const TOTAL_REQUIREMENT = "立党为公、为民造福、科学决策、真抓实干";

describe("finding 1: the 2026 政绩观学习教育 where its audience writes", () => {
  const audience = ["shuzhi", "shuzhishulian", "shuzeshulian", "jicengdangjianshuzhi", "nianduzongjie"];
  test("each of the five genres names it with its 总要求 in 2026, and not in 2025 or 2027", () => {
    for (const id of audience) {
      assert.ok(render(id, { 年度: "2026" }).join("").includes(TOTAL_REQUIREMENT), `${id} 2026`);
      for (const year of ["2025", "2027", ""]) assert.ok(!render(id, { 年度: year }).join("").includes("政绩观学习教育"), `${id} ${year}`);
    }
  });
  test("the 2025 八项规定 campaign: carried out in 2025, 巩固成果 in 2026, plain practice afterwards", () => {
    for (const id of ["shuzhishulian", "shuzeshulian", "nianduzongjie"]) {
      assert.match(render(id, { 年度: "2025" }).join(""), /(参加|开展)深入贯彻中央八项规定精神学习教育/, id);
      assert.match(render(id, { 年度: "2026" }).join(""), /巩固深入贯彻中央八项规定精神学习教育成果/, id);
      assert.ok(!render(id, { 年度: "2027" }).join("").includes("八项规定精神学习教育"), id);
    }
  });
  test("述职 users see the xuexijiaoyu snippets, the 总要求 and 为人民出政绩、以实干出政绩", () => {
    const forShuzhi = builtInSnippets.filter((s) => s.category === "xuexijiaoyu" && s.tags.includes("shuzhi"));
    assert.ok(forShuzhi.length >= 20, `${forShuzhi.length}`);
    assert.ok(forShuzhi.some((s) => s.text.includes(TOTAL_REQUIREMENT)), "forShuzhi.some((s) => s.text.includes(TOTAL_REQUIREMENT))");
    assert.ok(builtInSnippets.some((s) => s.text.includes("为人民出政绩、以实干出政绩")), "builtInSnippets.some((s) => s.text.includes(\"为人民出政绩、以实干出政绩\"))");
  });
});

describe("finding 2: years with two meanings", () => {
  test("下一年度 follows 年度 in skeletons and in snippets", () => {
    assert.match(render("fazhizhengfu", { 年度: "2026" }).at(-1)!, /^2027年/);
    assert.equal(fillSnippet("{下一年度}年，本人将……", { 年度: "2026" }), "2027年，本人将……");
    assert.equal(fillSnippet("{下一年度}年", { 年度: "2026", 下一年度: "2030" }), "2030年");
    assert.equal(fillSnippet("{下一年度}年", {}), "{下一年度}年");
  });
  test("with no genre chosen, a snippet written only for plans is read as a plan", () => {
    const planOnly = { years: [2026], yearRole: "planned" as const, tags: ["zhengfugongzuobaogao"] };
    assert.ok(snippetFitsYear(planOnly, 2026), "snippetFitsYear(planOnly, 2026)");
    assert.ok(!snippetFitsYear(planOnly, 2025), "!snippetFitsYear(planOnly, 2025)");
    assert.ok(snippetFitsYear({ ...planOnly, tags: ["nianduzongjie"] }, 2025), "snippetFitsYear({ ...planOnly, tags: [\"nianduzongjie\"] }, 2025)");
  });
  test("the 民主生活会 on a 年度 is dated in the year after it", () => {
    assert.match(render("banziduizhaojiancha", { 年度: "2026" }).at(-1)!, /^2027年/);
  });
  test("a 2027 工作要点 is not offered past-tense 2027 text; a January-2026 政府工作报告 not 开局 achieved", () => {
    const offered = (year: number, genre: string) => builtInSnippets.filter((s) => s.tags.includes(genre) && snippetFitsYear(s, year, genre));
    assert.ok(!offered(2027, "gongzuoyaodian").some((s) => /保持了良好态势/.test(s.text)), "!offered(2027, \"gongzuoyaodian\").some((s) => /保持了良好态势/.test(s.text))");
    assert.ok(!offered(2026, "zhengfugongzuobaogao").some((s) => /实现了“十五五”良好开局/.test(s.text)), "!offered(2026, \"zhengfugongzuobaogao\").some((s) => /实现了“十五五”良好开局/.test(s.text))");
    assert.ok(offered(2027, "zhengfugongzuobaogao").some((s) => /实现了“十五五”良好开局/.test(s.text)), "offered(2027, \"zhengfugongzuobaogao\").some((s) => /实现了“十五五”良好开局/.test(s.text))");
  });
});

describe("finding 3: 巡视 or 巡察, asked and followed", () => {
  test("a 巡察 report says 巡察 everywhere and goes to the 巡察工作领导小组办公室", () => {
    const texts = render("xunshizhenggai", { 巡视巡察: "巡察", 巡视组: "县委第一巡察组", 上级党委: "中共青山县委", 党组织: "中共青山县交通运输局党组" });
    assert.ok(!texts.join("").includes("巡视"), texts.filter((t) => t.includes("巡视")).join("\n"));
    assert.equal(texts[1], "中共青山县委巡察工作领导小组办公室：");
    assert.match(texts[0]!, /县委第一巡察组巡察反馈意见整改/);
  });
  test("the genre asks the question with two answers, and no snippet hard-codes 县委", () => {
    assert.deepEqual(findGenre("xunshizhenggai")!.fields.find((f) => f.key === "巡视巡察")!.choices, ["巡视", "巡察"]);
    assert.ok(!builtInSnippets.some((s) => /县委巡察/.test(s.text)), "!builtInSnippets.some((s) => /县委巡察/.test(s.text))");
  });
});

describe("finding 4: the 二十一大 by a date the organisation sets", () => {
  test("no date is built in: without one nothing claims the congress has met", () => {
    assert.equal(congressHeldBy(undefined, referenceDay(2027)), undefined);
    for (const g of genreCatalog) {
      for (const year of ["2025", "2026", "2027"]) assert.ok(!render(g.id, { 年度: year }).join("").includes("二十一大精神"), `${g.id} ${year}`);
    }
  });
  test("with a date, a year-end 2027 report studies its 精神 and no longer 迎接; a 2027 plan still 迎接", () => {
    const date = "2027-10-15";
    for (const id of ["shuzhi", "shuzhishulian", "shuzeshulian", "nianduzongjie"]) {
      const text = render(id, { 年度: "2027" }, date).join("");
      assert.match(text, /学习宣传贯彻党的二十一大精神/, id);
      assert.ok(!text.includes("迎接党的二十一大"), id);
    }
    assert.match(render("gongzuoyaodian", { 年度: "2027" }, date).join(""), /迎接党的二十一大/);
    assert.ok(!render("bannianzongjie", { 年度: "2027" }, date).join("").includes("二十一大精神"), "!render(\"bannianzongjie\", { 年度: \"2027\" }, date).join(\"\").includes(\"二十一大精神\")");
  });
  test("the checker reads the same setting", () => {
    const options = { enabledRules: ["text.yearBound"], congressDate: "2027年10月15日" };
    const late = ["2027年度述职报告", "以优异成绩迎接党的二十一大胜利召开。", "述职人：×××", "2027年12月"];
    assert.equal(checkDocument(late, options).length, 1);
    assert.deepEqual(checkDocument(late, { enabledRules: ["text.yearBound"] }), []);
    const early = ["2027年工作要点", "认真学习宣传贯彻党的二十一大精神。", "2027年1月"];
    assert.equal(checkDocument(early, options).length, 1);
    assert.equal(checkDocument(["2026年度述职报告", "深入学习党的二十一大精神。"], { enabledRules: ["text.yearBound"] }).length, 1);
    assert.equal(parseDay("2027-13-01"), undefined);
  });
  test("2027 has 建军一百年 content", () => {
    assert.ok(builtInSnippets.some((s) => s.text.includes("建军一百年奋斗目标") && s.years?.includes(2027)), "builtInSnippets.some((s) => s.text.includes(\"建军一百年奋斗目标\") && s.years?.includes(2027))");
  });
});

describe("finding 6: rate fields carry their unit", () => {
  test("every field for a rate or share is followed by % or 个百分点", () => {
    const RATE = /\{[^{}]*(?:率|增速|增幅|降幅|比重|占比|比例|增长目标)\}(?!%|个百分点)/;
    assert.deepEqual(builtInSnippets.filter((s) => RATE.test(s.text)).map((s) => s.id), []);
  });
});

describe("finding 7: structures", () => {
  test("法治政府建设年度报告 follows the order of the 督察工作规定", () => {
    assert.deepEqual(findGenre("fazhizhengfu")!.sections.map((s) => s.id), ["measures", "problems", "head-duty", "next-year", "other"]);
  });
  test("组织生活会发言提纲: the check areas are （一）–（四） under 存在问题", () => {
    const g = findGenre("zuzhishenghuohui")!;
    assert.deepEqual(g.sections.map((s) => s.id), ["last-corrections", "problems", "causes", "measures"]);
    assert.equal(g.sections[1]!.subsections.length, 4);
  });
});

describe("finding 9: audience and tags", () => {
  test("no leader-only snippet is offered to an ordinary member's 组织生活会; its opening and closing are tagged for it", () => {
    const leaderWords = /分管|三重一大|讲党课|个人有关事项|班子|“一把手”|派驻纪检/;
    const offered = builtInSnippets.filter((s) => s.tags.includes("zuzhishenghuohui"));
    assert.deepEqual(offered.filter((s) => leaderWords.test(s.text)).map((s) => s.id), []);
    assert.ok(offered.some((s) => s.tags.includes("开头")) && offered.some((s) => s.tags.includes("结尾")), "offered.some((s) => s.tags.includes(\"开头\")) && offered.some((s) => s.tags.includes(\"结尾\"))");
  });
  test("default 机关 text holds no enterprise wording", () => {
    for (const id of ["shuzhi", "nianduzongjie", "bannianzongjie"]) {
      for (const s of findGenre(id)!.sections) {
        for (const x of [s, ...s.subsections]) {
          if (x.optional) continue;
          const text = [...x.body.flatMap(bodyLineTexts), ...(x.points ?? [])].join("");
          assert.ok(!/研发投入|专利|板块|盈利|经营风险/.test(text), `${id}/${x.id}`);
        }
      }
    }
  });
});

describe("finding 10: wording", () => {
  test("长期坚持, 坚决扛起, the 研讨 title, 强国建设民族复兴伟业 and 两个结合", () => {
    const genres = genreCatalog.map((g) => JSON.stringify(g)).join("");
    assert.ok(!genres.includes("长期不变"), "!genres.includes(\"长期不变\")");
    assert.match(findGenre("duizhaojiancha")!.sections.flatMap((s) => s.subsections.map((x) => x.title)).join(""), /带头坚决扛起管党治党责任/);
    assert.equal(findGenre("yantaofayan")!.titlePattern, "{研讨主题}专题研讨发言");
    const snippets = builtInSnippets.map((s) => s.text).join("");
    assert.ok(snippets.includes("以中国式现代化全面推进强国建设、民族复兴伟业"), "snippets.includes(\"以中国式现代化全面推进强国建设、民族复兴伟业\")");
    assert.ok(snippets.includes("同中华优秀传统文化相结合"), "snippets.includes(\"同中华优秀传统文化相结合\")");
  });
});

describe("issue 23: the genres offices write from December to March", () => {
  const added = [
    "gongzuohuiyijianghua", "congyanzhidangjianghua", "huiyizhuchici", "dangzhibuzongjie", "dangjianjihua", "sishubaogao",
    "shufabaogao", "qingkuangbaogao", "zhenggaifangan", "zhenggaiqingdan", "jingjiyunxingfenxi", "huanjiezhengfubaogao",
  ];
  test("all are in the catalog, 26 or more genres in all, each with 20+ snippets tagged for it", () => {
    assert.ok(genreCatalog.length >= 26, "genreCatalog.length >= 26");
    for (const id of added) {
      assert.ok(findGenre(id), id);
      assert.ok(builtInSnippets.filter((s) => s.tags.includes(id)).length >= 20, id);
    }
  });
  test("a plan genre speaks from the start of its year, and the snippet year roles agree", () => {
    for (const g of genreCatalog) assert.equal(g.reportTime === "yearStart", PLANNED_YEAR_GENRES.includes(g.id), g.id);
  });
  test("the 四述 report has its four parts; the 情况报告 goes to a superior and ends 特此报告", () => {
    assert.deepEqual(findGenre("sishubaogao")!.sections.slice(0, 4).map((s) => s.id), ["study", "duties", "integrity", "law"]);
    const report = findGenre("qingkuangbaogao")!;
    assert.equal(report.addressee, "{上级机关}：");
    assert.equal(report.closing, "特此报告。");
  });
  test("the 换届 report looks back five years and ahead five, framed by its year", () => {
    const in2026 = render("huanjiezhengfubaogao", { 年度: "2026" }).join("");
    const in2027 = render("huanjiezhengfubaogao", { 年度: "2027" }).join("");
    assert.match(in2026, /过去五年，是“十四五”规划实施的五年/);
    assert.match(in2027, /推动“十五五”实现良好开局/);
    for (const text of [in2026, in2027]) assert.match(text, /今后五年的奋斗目标和主要任务/);
  });
  test("整改方案 and 整改清单 follow the answer: 审计, 巡察 or 民主生活会", () => {
    const plan = render("zhenggaifangan", { 整改事项: "审计发现问题", 单位: "青山县水利局" });
    assert.equal(plan[0], "青山县水利局关于审计发现问题的整改工作方案");
    assert.deepEqual(findGenre("zhenggaiqingdan")!.fields.find((f) => f.key === "整改事项")!.choices, ["民主生活会查摆问题", "巡视反馈问题", "巡察反馈问题", "审计发现问题"]);
  });
  test("every new category has 12 or more snippets", () => {
    for (const category of ["zhuchici", "jianghuagao", "congyanzhidang", "dangzhibu", "shufa", "qingkuangbaogao", "zhenggaifangan", "jingjiyunxing", "wunianhuigu"]) {
      assert.ok(builtInSnippets.filter((s) => s.category === category).length >= 12, category);
    }
  });
});
