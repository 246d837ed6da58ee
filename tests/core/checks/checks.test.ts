import { corpusPath } from "../../support/shared";
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { applyFixes, checkDocument, checkedRuleIds, measureLength, ruleCatalog, type Finding } from "../../../src/core/checks/index";

const corpus = (name: string) => readFileSync(corpusPath(`${name}.txt`), "utf8").split(/\r?\n/);

/** A small, correctly written 述职报告: every rule must stay silent. */
const CLEAN_REPORT = [
  "关于2026年度履职情况的述职报告",
  "各位领导、同志们：",
  "2026年是“十五五”规划的开局之年。一年来，我在局党组的领导下，认真履行分管工作职责，较好完成了各项任务。现将本人履职情况报告如下：",
  "一、坚持学思践悟，提升政治能力",
  "（一）深入学习党的二十届四中全会精神。全年参加中心组学习12次，撰写心得体会3篇。",
  "（二）严守政治纪律和政治规矩。坚决落实“第一议题”制度，做到令行禁止。",
  "二、聚焦主责主业，推动工作落实",
  "（一）重点项目建设有序推进。全年完成投资8.6亿元，同比增长12.5%。",
  "1.强化项目调度。每月召开调度会，协调解决问题21个。",
  "2.优化营商环境。审批时限平均压缩30%，企业满意度达到96.2%。",
  "（二）民生实事全部办结。一是新建口袋公园5个；二是改造老旧小区12个；三是新增托育托位300个。",
  "三、存在的问题和不足",
  "一是调查研究还不够深入；二是统筹推进的办法还不够多。",
  "四、下一步工作打算",
  "2027年，我将继续对标对表，在抓落实上下更大功夫，学习《条例》《准则》，做到“四个意识”“四个自信”。",
  "以上报告，请予评议。",
  "述职人：李明",
  "2026年12月8日",
];

/** The same report after a careless edit: one of each fixable problem. */
const MESSY_REPORT = [
  "关于2026年度履职情况的述职报告。",
  "各位领导、同志们：",
  "XX整理，咨询QQ123456",
  "2026年是“十五五”规划的开局之年,一年来，我认真履行分管工作职责。现将本人履职情况报告如下；",
  "一.坚持学思践悟，提升政治能力",
  "(一)深入学习党的二十届四中全会精神。全年参加中心组学习12次，撰写心得体会3篇。",
  "（二）严守政治纪律和政治规矩。按照国发[2025]12号文件要求，坚持把学习的的成果转化为工作成效。",
  "三、聚焦主责主业，推动工作落实",
  "（一）、重点项目建设有序推进。学习《条例》、《准则》，全年完成投资8.6亿元。",
  "1、强化项目调度。每月召开调度会(专题)，协调解决问题21个。",
  "四、存在的问题和不足。",
  "一是调查研究还不够深入；二是统筹推进的办法还不够多。",
  "述职人：李明",
  "2026年12月8日",
];

describe("checkDocument on real and clean documents", () => {
  for (const name of ["gov-work-report-2013", "gov-work-report-2024"]) {
    test(`${name}: no advertising and no numbering finding`, () => {
      const findings = checkDocument(corpus(name));
      const bad = findings.filter((f) => f.rule === "ads.line" || f.rule.startsWith("numbering."));
      assert.deepEqual(bad, []);
      assert.ok(findings.every((f) => f.rule !== "placeholder.leftover"), "findings.every((f) => f.rule !== \"placeholder.leftover\")");
    });
  }

  test("a clean report produces no finding at all", () => {
    assert.deepEqual(checkDocument(CLEAN_REPORT), []);
  });

  test("template placeholders are reported in the school report", () => {
    const findings = checkDocument(corpus("school-principal-report"), { enabledRules: ["placeholder.leftover"] });
    assert.ok(findings.length >= 20, "findings.length >= 20");
  });
});

describe("fixing a messy report", () => {
  test("finds each planted problem", () => {
    const rules = new Set(checkDocument(MESSY_REPORT).map((f) => f.rule));
    for (const rule of [
      "punct.titleFullStop",
      "ads.line",
      "punct.halfWidth",
      "punct.rumao",
      "numbering.punctuation",
      "punct.docNumber",
      "text.doubledChar",
      "numbering.gap",
      "punct.dunhaoBetweenQuotes",
    ]) {
      assert.ok(rules.has(rule as Finding["rule"]), `missing ${rule}`);
    }
  });

  test("applying every fix once gives a text that rechecks clean", () => {
    const { paragraphs, applied } = applyFixes(MESSY_REPORT, checkDocument(MESSY_REPORT));
    assert.ok(applied.length >= 12, "applied.length >= 12");
    assert.deepEqual(checkDocument(paragraphs), []);
    assert.equal(paragraphs.length, MESSY_REPORT.length - 1);
    assert.equal(paragraphs[0], "关于2026年度履职情况的述职报告");
    assert.equal(paragraphs[3], "一、坚持学思践悟，提升政治能力");
    // 一. was the first level-1 heading, so the 三、 after it is a gap, renumbered to 二、.
    assert.equal(paragraphs[6], "二、聚焦主责主业，推动工作落实");
    assert.equal(paragraphs[9], "三、存在的问题和不足");
  });
});

describe("applyFixes", () => {
  const finding = (start: number, end: number, replacement: string, extra: Partial<Finding> = {}): Finding => ({
    id: `t:${start}`,
    rule: "punct.halfWidth",
    paragraph: 0,
    start,
    end,
    replacement,
    severity: "warning",
    message: { zh: "", en: "" },
    ...extra,
  });

  test("several fixes in one paragraph apply right to left, whatever their order", () => {
    const result = applyFixes(["甲,乙;丙"], [finding(1, 2, "，"), finding(3, 4, "；")].reverse());
    assert.deepEqual(result.paragraphs, ["甲，乙；丙"]);
    assert.equal(result.applied.length, 2);
  });

  test("of two overlapping fixes the first is applied and the other skipped", () => {
    const first = finding(0, 2, "X");
    const second = finding(1, 3, "Y");
    const result = applyFixes(["abcd"], [first, second]);
    assert.deepEqual(result.paragraphs, ["Xcd"]);
    assert.deepEqual(result.applied, [first]);
  });

  test("findings without a replacement are not applied", () => {
    const noFix: Finding = { ...finding(0, 1, ""), replacement: undefined };
    delete noFix.replacement;
    assert.deepEqual(applyFixes(["abc"], [noFix]), { paragraphs: ["abc"], applied: [] });
  });

  test("a paragraph removal drops the paragraph", () => {
    const removal = finding(0, 3, "", { rule: "ads.line", paragraph: 1, removeParagraph: true });
    const result = applyFixes(["a", "ad", "b"], [removal]);
    assert.deepEqual(result.paragraphs, ["a", "b"]);
  });
});

describe("checker plumbing", () => {
  test("findings are ordered by paragraph, then start", () => {
    const findings = checkDocument(MESSY_REPORT);
    for (let i = 1; i < findings.length; i++) {
      const a = findings[i - 1]!;
      const b = findings[i]!;
      assert.ok(a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.start <= b.start), "a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.start <= b.start)");
    }
    assert.equal(new Set(findings.map((f) => f.id)).size, findings.length);
  });

  test("enabledRules limits the run", () => {
    const findings = checkDocument(MESSY_REPORT, { enabledRules: ["punct.rumao"] });
    assert.deepEqual(findings.map((f) => f.rule), ["punct.rumao"]);
  });

  test("findings inside an advertising line give way to its removal", () => {
    const findings = checkDocument(["标题", "XX整理,咨询QQ123456"]);
    assert.deepEqual(findings.map((f) => f.rule), ["ads.line"]);
  });

  test("the catalog lists every rule once, with names in both languages", () => {
    const ids = ruleCatalog.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(new Set(ids), new Set(checkedRuleIds));
    assert.equal(ids.length, 32);
    assert.ok(ruleCatalog.every((r) => r.name.zh && r.name.en), "ruleCatalog.every((r) => r.name.zh && r.name.en)");
    assert.equal(ruleCatalog.find((r) => r.id === "placeholder.leftover")?.fixable, false);
    assert.equal(ruleCatalog.find((r) => r.id === "punct.halfWidth")?.fixable, true);
  });

  test("every finding of the messy report carries a message in both languages", () => {
    for (const f of checkDocument(MESSY_REPORT)) {
      assert.ok(f.message.zh.length > 4 && f.message.en.length > 4, f.rule);
    }
  });
});

describe("measureLength", () => {
  test("counts ideographs and digits per level-1 section", () => {
    const measure = measureLength(["标题", "一、学习", "全年学习12次。", "二、工作", "完成 3 项 task。"]);
    assert.equal(measure.total, 2 + 3 + 7 + 3 + 4);
    assert.deepEqual(measure.sections, [
      { paragraph: 1, title: "学习", chars: 10 },
      { paragraph: 3, title: "工作", chars: 7 },
    ]);
  });
  test("the 2024 government report has three level-1 sections", () => {
    const measure = measureLength(corpus("gov-work-report-2024"));
    assert.equal(measure.sections.length, 3);
    assert.ok(measure.total > 10000, "measure.total > 10000");
  });
});
