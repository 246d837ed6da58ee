import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  applyFixes,
  checkDocument,
  TIFA_ENTRIES,
  tifaEntrySchema,
  type CheckOptions,
  type TifaEntry,
} from "../../../src/core/checks/index";

const RULES = { enabledRules: ["text.tifa", "text.outdated"] };
const check = (text: string, options: CheckOptions = {}) => checkDocument([text], { ...RULES, ...options });
const fix = (text: string, options: CheckOptions = {}) => applyFixes([text], check(text, options)).paragraphs[0];

/** One draft per built-in entry: a wrong sentence, what it becomes, and a right sentence left alone. */
const CASES: Record<string, { wrong: string; fixed?: string; right: string; year?: number }> = {
  "liangge-queli": { wrong: "深刻领悟“两个确定”的决定性意义。", fixed: "深刻领悟“两个确立”的决定性意义。", right: "深刻领悟“两个确立”的决定性意义。" },
  "liangge-weihu": { wrong: "坚决做到“两项维护”。", fixed: "坚决做到“两个维护”。", right: "坚决做到“两个维护”。" },
  "sige-yishi": {
    wrong: "增强政治意识、大局意识、看齐意识、核心意识。",
    fixed: "增强政治意识、大局意识、核心意识、看齐意识。",
    right: "增强“四个意识”，即政治意识、大局意识、核心意识、看齐意识。",
  },
  "sige-zixin": {
    wrong: "坚定理论自信、道路自信、制度自信、文化自信。",
    fixed: "坚定道路自信、理论自信、制度自信、文化自信。",
    right: "坚定“四个自信”。",
  },
  "xin-shidai-sixiang": {
    wrong: "深入学习习近平新时代中国特色社会主义理论。",
    fixed: "深入学习习近平新时代中国特色社会主义思想。",
    right: "深入学习习近平新时代中国特色社会主义思想。",
  },
  "gaozhiliang-zhuti": {
    wrong: "坚持以高质量发展为主题。",
    fixed: "坚持以推动高质量发展为主题。",
    right: "坚持以推动高质量发展为主题。",
  },
  "xi-zongshuji": { wrong: "认真学习习总书记重要讲话精神。", fixed: "认真学习习近平总书记重要讲话精神。", right: "认真学习习近平总书记重要讲话精神。" },
  "wuwei-yiti": { wrong: "统筹推进“五位一体”战略布局。", fixed: "统筹推进“五位一体”总体布局。", right: "统筹推进“五位一体”总体布局。" },
  "sige-quanmian": { wrong: "协调推进“四个全面”总体布局。", fixed: "协调推进“四个全面”战略布局。", right: "协调推进“四个全面”战略布局。" },
  "quanguocheng-minzhu": { wrong: "发展全过程民主。", fixed: "发展全过程人民民主。", right: "发展全过程人民民主。" },
  "liangge-yibai-nian": { wrong: "实现“两个100年”奋斗目标。", fixed: "实现“两个一百年”奋斗目标。", right: "实现“两个一百年”奋斗目标。" },
  "xin-fazhan-linian": {
    wrong: "贯彻创新、协调、绿色、共享、开放的新发展理念。",
    fixed: "贯彻创新、协调、绿色、开放、共享的新发展理念。",
    right: "贯彻创新、协调、绿色、开放、共享的新发展理念。",
  },
  shisiwu: { wrong: "2026年是“十四五”规划的开局之年。", right: "“十四五”规划圆满收官，2026年是“十五五”规划的开局之年。", year: 2026 },
  "bawu-pufa": { wrong: "深入开展“八五”普法。", right: "“八五”普法圆满收官。", year: 2026 },
  "yiqing-fangkong": { wrong: "统筹疫情防控和经济社会发展。", right: "回顾过去，我们经受住了疫情考验。", year: 2026 },
  "xi-hexin": {
    wrong: "紧密团结在以习近平总书记为核心的党中央周围。",
    fixed: "紧密团结在以习近平同志为核心的党中央周围。",
    right: "紧密团结在以习近平同志为核心的党中央周围。",
  },
  "xinzhi-shengchanli": { wrong: "因地制宜发展新型生产力。", fixed: "因地制宜发展新质生产力。", right: "因地制宜发展新质生产力。" },
  "yan-de-jidiao": {
    wrong: "坚持严的基调、严的措施、严的氛围长期不变。",
    fixed: "坚持严的基调、严的措施、严的氛围长期坚持。",
    right: "坚持严的基调、严的措施、严的氛围长期坚持。",
  },
  "dangji-xuexijiaoyu": { wrong: "扎实开展党纪学习教育，教育党员学纪知纪。", right: "持续巩固党纪学习教育成果。", year: 2026 },
  "zhuti-jiaoyu": { wrong: "深入开展主题教育，推动理论学习走深走实。", right: "巩固拓展主题教育成果。", year: 2026 },
  "zhiben-gongjian": { wrong: "深入推进安全生产治本攻坚三年行动。", right: "安全生产治本攻坚三年行动圆满收官。", year: 2027 },
};

describe("提法: one test per entry", () => {
  test("every built-in entry has a case", () => {
    assert.deepEqual(Object.keys(CASES).sort(), TIFA_ENTRIES.map((e) => e.id).sort());
  });
  for (const entry of TIFA_ENTRIES) {
    test(entry.id, () => {
      const c = CASES[entry.id]!;
      const options = c.year ? { year: c.year } : {};
      const found = check(c.wrong, options);
      assert.equal(found.length, 1, c.wrong);
      assert.ok(found[0]!.message.zh && found[0]!.message.en, "found[0]!.message.zh && found[0]!.message.en");
      if (c.fixed) assert.equal(fix(c.wrong, options), c.fixed);
      else assert.equal(found[0]!.replacement, undefined);
      assert.deepEqual(check(c.right, options), [], c.right);
      assert.ok(tifaEntrySchema.safeParse(entry).success, "tifaEntrySchema.safeParse(entry).success");
    });
  }
});

describe("提法: the gaps content review 2 found (finding 8), each now reported", () => {
  test("统筹推进疫情防控 in 2026, 锚定“十四五” in 2027, 党纪学习教育 and 主题教育 carried out in 2026", () => {
    assert.equal(check("统筹推进疫情防控和经济社会发展。", { year: 2026 }).length, 1);
    assert.equal(check("锚定“十四五”规划目标任务，奋力攻坚。", { year: 2027 }).length, 1);
    assert.equal(check("扎实开展党纪学习教育。", { year: 2026 }).length, 1);
    assert.equal(check("扎实开展主题教育。", { year: 2026 }).length, 1);
    assert.equal(check("安全生产治本攻坚三年行动深入推进。", { year: 2027 }).length, 1);
    assert.deepEqual(check("安全生产治本攻坚三年行动深入推进。", { year: 2026 }), []);
    assert.deepEqual(check("扎实开展党纪学习教育。", { year: 2024 }), []);
  });
});

describe("提法: the report's year", () => {
  test("without a year, or before the entry's year, outdated wordings are not reported", () => {
    assert.deepEqual(check("2026年是“十四五”规划的开局之年。"), []);
    assert.deepEqual(check("今年是十四五规划的开局之年。", { year: 2021 }), []);
    assert.equal(check("今年是十四五规划的开局之年。", { year: 2027 }).length, 1);
  });
});

describe("提法: an organisation's own entries", () => {
  const own: TifaEntry = { id: "our-slogan", right: "三服务一保障", wrong: ["三服务、一保障"] };
  test("are validated by the schema", () => {
    assert.ok(tifaEntrySchema.safeParse(own).success, "tifaEntrySchema.safeParse(own).success");
    assert.equal(tifaEntrySchema.safeParse({ id: "x", right: "甲" }).success, false);
    assert.equal(tifaEntrySchema.safeParse({ id: "x", right: "两个确立", wrong: ["确立"] }).success, false);
  });
  test("are checked beside the built-in ones", () => {
    assert.equal(fix("落实三服务、一保障要求，学习习总书记讲话。", { tifa: [own] }), "落实三服务一保障要求，学习习近平总书记讲话。");
  });
  test("replace a built-in entry of the same id", () => {
    const looser: TifaEntry = { id: "xi-zongshuji", right: "习近平总书记", wrong: ["习主席总书记"] };
    assert.deepEqual(check("学习习总书记讲话。", { tifa: [looser] }), []);
  });
});
