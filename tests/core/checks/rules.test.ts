import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { applyFixes, checkDocument, type Finding, type RuleId } from "../../../src/core/checks/index";

/** Findings of one rule only. */
function run(rule: RuleId, paragraphs: string[]): Finding[] {
  return checkDocument(paragraphs, { enabledRules: [rule] });
}

/** Text after applying every fix of one rule. */
function fixed(rule: RuleId, paragraphs: string[]): string[] {
  return applyFixes(paragraphs, run(rule, paragraphs)).paragraphs;
}

describe("placeholder.leftover", () => {
  test("reports each placeholder, without a fix", () => {
    const found = run("placeholder.leftover", ["全年完成投资XX亿元，新建学校X所。"]);
    assert.equal(found.length, 2);
    assert.equal(found[0]?.start, 6);
    assert.equal(found[0]?.end, 8);
    assert.equal(found[0]?.severity, "error");
    assert.ok(found.every((f) => f.replacement === undefined), "found.every((f) => f.replacement === undefined)");
  });
  test("filled text and ○ in Chinese years are not placeholders", () => {
    assert.deepEqual(run("placeholder.leftover", ["二○二六年十二月，全年完成投资12亿元。"]), []);
  });
});

describe("numbering.gap / numbering.repeat", () => {
  test("a skipped level-1 ordinal is a gap, fixed to the expected one", () => {
    const doc = ["一、工作回顾", "正文。", "三、存在问题", "四、下一步打算"];
    const found = run("numbering.gap", doc);
    assert.deepEqual(found.map((f) => [f.paragraph, f.replacement]), [[2, "二、"], [3, "三、"]]);
    assert.deepEqual(fixed("numbering.gap", doc), ["一、工作回顾", "正文。", "二、存在问题", "三、下一步打算"]);
  });
  test("a repeated ordinal is a repeat, not a gap", () => {
    const doc = ["一、甲", "（一）子项", "（二）子项", "（二）子项", "二、乙"];
    const repeats = run("numbering.repeat", doc);
    assert.equal(repeats.length, 1);
    assert.equal(repeats[0]?.paragraph, 3);
    assert.equal(repeats[0]?.replacement, "（三）");
    assert.deepEqual(run("numbering.gap", doc), []);
  });
  test("sub-levels restart under each parent: no finding", () => {
    const doc = ["一、甲", "（一）子", "（二）子", "二、乙", "（一）子", "1.细项", "2.细项"];
    assert.deepEqual(checkDocument(doc, { enabledRules: ["numbering.gap", "numbering.repeat"] }), []);
  });
  test("wrong brackets on an out-of-sequence ordinal are fixed in the same, standard form", () => {
    const doc = ["一、甲", "(一)子", "(三)子"];
    const all = checkDocument(doc, { enabledRules: ["numbering.gap", "numbering.punctuation"] });
    const gap = all.find((f) => f.rule === "numbering.gap");
    assert.equal(gap?.replacement, "（二）");
    assert.equal(all.filter((f) => f.paragraph === 2).length, 1);
  });
});

describe("ordinals in a wrong form still count in the sequence", () => {
  test("一. then 三、 is a gap fixed to 二、", () => {
    const found = run("numbering.gap", ["一.总体情况", "正文。", "三、存在问题"]);
    assert.deepEqual(found.map((f) => [f.paragraph, f.replacement]), [[2, "二、"]]);
  });
  test("1、 directly under 一、 skips level 2", () => {
    const found = run("numbering.skippedLevel", ["一、总体情况", "1、主要指标"]);
    assert.deepEqual(found.map((f) => f.paragraph), [1]);
  });
});

describe("numbering.skippedLevel", () => {
  test("一、 followed directly by 1. skips level 2", () => {
    const found = run("numbering.skippedLevel", ["一、总体情况", "1.主要指标", "2.重点项目"]);
    assert.equal(found.length, 1);
    assert.equal(found[0]?.paragraph, 1);
    assert.equal(found[0]?.replacement, undefined);
  });
  test("the full hierarchy, and going back up, are fine", () => {
    const doc = ["一、甲", "（一）乙", "1.丙", "（1）丁", "二、戊", "（一）己"];
    assert.deepEqual(run("numbering.skippedLevel", doc), []);
  });
});

describe("numbering.punctuation", () => {
  const cases: Array<[string, string]> = [
    ["1、加强学习", "1.加强学习"],
    ["一.工作回顾", "一、工作回顾"],
    ["一．工作回顾", "一、工作回顾"],
    ["(一)坚持学习", "（一）坚持学习"],
    ["（一）、坚持学习", "（一）坚持学习"],
    ["　　(1)具体措施", "　　（1）具体措施"],
  ];
  for (const [before, after] of cases) {
    test(`${before} → ${after}`, () => {
      assert.deepEqual(fixed("numbering.punctuation", [before]), [after]);
    });
  }
  test("correct ordinals and 1、2月份 are left alone", () => {
    const doc = ["一、工作回顾", "（一）坚持学习", "1.加强学习", "（1）具体措施", "1、2月份，全市经济平稳开局。"];
    assert.deepEqual(run("numbering.punctuation", doc), []);
  });
});

describe("punct.halfWidth", () => {
  test("converts , ; : ? ! ( ) next to Chinese", () => {
    const doc = ["全年完成投资,同比增长;成效明显:一是(略)!对吗?"];
    assert.deepEqual(fixed("punct.halfWidth", doc), ["全年完成投资，同比增长；成效明显：一是（略）！对吗？"]);
  });
  test("swallows the space typed after a half-width comma", () => {
    assert.deepEqual(fixed("punct.halfWidth", ["会议指出, 要抓好落实。"]), ["会议指出，要抓好落实。"]);
  });
  test("leaves numbers, Latin text and URLs alone", () => {
    const doc = [
      "总额1,000万元，时间3:30，增长1.5倍。",
      "系统由Windows XP, Office 2003升级。",
      "详见https://www.gov.cn/zhengce/index.htm?id=1,2网页。",
      "GDP (Gross Domestic Product) grew.",
    ];
    assert.deepEqual(run("punct.halfWidth", doc), []);
  });
  test("brackets around Latin inside Chinese text are converted as a pair", () => {
    assert.deepEqual(fixed("punct.halfWidth", ["国内生产总值(GDP)增长5%。"]), ["国内生产总值（GDP）增长5%。"]);
  });
});

describe("punct.unpaired", () => {
  test("an opening quote without its closing one", () => {
    const found = run("punct.unpaired", ["落实“一岗双责，严格执行。"]);
    assert.equal(found.length, 1);
    assert.equal(found[0]?.start, 2);
  });
  test("a closing book-title mark without its opening one", () => {
    const found = run("punct.unpaired", ["学习党章》和条例（试行）。"]);
    assert.deepEqual(found.map((f) => f.start), [4]);
  });
  test("balanced and nested marks are fine; apostrophes are not quotes", () => {
    assert.deepEqual(run("punct.unpaired", ["学习《关于“三重一大”的规定（试行）》，team’s work。"]), []);
  });
});

describe("punct.docNumber", () => {
  test("[2025] and 【2025】 and （2025） become 〔2025〕", () => {
    const doc = ["根据国发[2025]12号文件、教基【2024】3号和财预（2023）7号。"];
    assert.deepEqual(fixed("punct.docNumber", doc), ["根据国发〔2025〕12号文件、教基〔2024〕3号和财预〔2023〕7号。"]);
  });
  test("correct 〔2025〕 and a bracketed year without 号 are not reported", () => {
    assert.deepEqual(run("punct.docNumber", ["按国发〔2025〕12号执行，本年（2025）数据。"]), []);
  });
});

describe("punct.titleFullStop", () => {
  test("the title's final full stop is removed", () => {
    const doc = ["2026年度述职报告。", "各位领导：", "正文。"];
    assert.deepEqual(fixed("punct.titleFullStop", doc)[0], "2026年度述职报告");
  });
  test("a heading on its own line loses its full stop; a run-in heading keeps it", () => {
    const doc = ["述职报告", "一、工作回顾。", "（一）坚持学习。全年参加学习12次。"];
    const found = run("punct.titleFullStop", doc);
    assert.deepEqual(found.map((f) => f.paragraph), [1]);
    assert.equal(found[0]?.severity, "warning");
  });
  test("a sentence-style heading ending in 。 is only an info", () => {
    const found = run("punct.titleFullStop", ["一、总体", "（一）加快转变发展方式，促进经济健康发展。"]);
    assert.equal(found[0]?.severity, "info");
  });
  test("a body sentence as the first paragraph is not a title", () => {
    assert.deepEqual(run("punct.titleFullStop", ["一年来，我认真履行职责，完成了各项任务。"]), []);
  });
});

describe("punct.rumao", () => {
  test("如下； and 如下。 become 如下：", () => {
    assert.deepEqual(fixed("punct.rumao", ["现将履职情况报告如下；", "具体如下。  "]), ["现将履职情况报告如下：", "具体如下：  "]);
  });
  test("如下： and 如下 inside a sentence are fine", () => {
    assert.deepEqual(run("punct.rumao", ["现将情况报告如下：", "取得如下成效，值得肯定。"]), []);
  });
});

describe("punct.dunhaoBetweenQuotes", () => {
  test("removes 顿号 between 书名号 and between 引号 items", () => {
    const doc = ["学习《党章》、《准则》和“一岗双责”、“三重一大”制度。"];
    assert.deepEqual(fixed("punct.dunhaoBetweenQuotes", doc), ["学习《党章》《准则》和“一岗双责”“三重一大”制度。"]);
  });
  test("a 顿号 after a bracket note or before plain text stays", () => {
    assert.deepEqual(run("punct.dunhaoBetweenQuotes", ["《条例》（试行）、《办法》和“三会”、党课。"]), []);
  });
});

describe("text.doubledChar", () => {
  test("的的 了了 是是 在在 和和 lose one character", () => {
    const doc = ["我们的的目标完成了了，这是是关键，在在基层一线，团结和和奋斗。"];
    assert.deepEqual(fixed("text.doubledChar", doc), ["我们的目标完成了，这是关键，在基层一线，团结和奋斗。"]);
  });
  test("legitimate doubles and word boundaries are not reported", () => {
    const doc = [
      "常常天天人人处处事事时时，切切实实、实实在在、认认真真、扎扎实实。",
      "为了了解情况，实事求是是根本，目的的实现，现在在建项目12个，的的确确，是是非非。",
    ];
    assert.deepEqual(run("text.doubledChar", doc), []);
  });
});

describe("text.repeatedSentence", () => {
  test("the second copy of a long sentence is an info finding", () => {
    const doc = ["全年组织理论学习十二次。坚持把学习贯穿始终。", "另外。坚持把学习贯穿始终。"];
    const found = run("text.repeatedSentence", doc);
    assert.equal(found.length, 1);
    assert.equal(found[0]?.paragraph, 1);
    assert.equal(found[0]?.severity, "info");
    assert.equal(doc[1]?.slice(found[0]?.start, found[0]?.end), "坚持把学习贯穿始终。");
  });
  test("short repeated sentences are ignored", () => {
    assert.deepEqual(run("text.repeatedSentence", ["成效明显。", "成效明显。"]), []);
  });
});

describe("ads.line", () => {
  const ads = [
    "XX整理，咨询QQ123456",
    "仅供学习 禁止外传",
    "会员群：123456789",
    "更多范文请访问www.example.com",
    "本文由小王整理，版权所有",
    "关注微信公众号获取更多资料",
    "第一范文网",
    "张三整理",
    "扣扣：88886666",
  ];
  for (const line of ads) {
    test(`removes “${line}”`, () => {
      const found = run("ads.line", ["标题", line, "正文。"]);
      assert.equal(found.length, 1);
      assert.equal(found[0]?.paragraph, 1);
      assert.equal(found[0]?.removeParagraph, true);
      assert.deepEqual(fixed("ads.line", ["标题", line, "正文。"]), ["标题", "正文。"]);
    });
  }
  const legitimate = [
    "全年开展政策咨询服务120场次，受理群众来电来访3000余件，办结率达到98%以上，群众满意度持续提升。",
    "（三）档案整理工作",
    "开展政策咨询和档案整理工作。",
    "发展工会会员200名。",
    "政府网站www.gov.cn全年发布政务信息1.2万条，在线办事平台访问量同比增长30%，群众办事更加便捷高效。",
  ];
  for (const line of legitimate) {
    test(`keeps “${line.slice(0, 16)}”`, () => {
      assert.deepEqual(run("ads.line", [line]), []);
    });
  }
});

describe("length", () => {
  test("counts per level-1 section and in total against the target", () => {
    const doc = ["一、甲乙", "丙丁12。", "二、戊", "己 庚"];
    const found = checkDocument(doc, { lengthTarget: { total: 9, perSection: 4 } });
    const total = found.find((f) => f.rule === "length.total");
    // 一甲乙丙丁12 + 二戊己庚: ideographs and digits, no space or full stop.
    assert.match(total?.message.zh ?? "", /全文11字/);
    const sections = found.filter((f) => f.rule === "length.section");
    assert.deepEqual(sections.map((f) => f.paragraph), [0, 2]);
    assert.match(sections[0]?.message.zh ?? "", /7字/);
    assert.ok(found.every((f) => f.severity === "info"), "found.every((f) => f.severity === \"info\")");
  });
  test("no target, no length finding", () => {
    assert.deepEqual(run("length.total", ["一、甲乙"]), []);
  });
});
