import { test, describe } from "node:test";
import assert from "node:assert/strict";
import {
  builtInSnippets,
  snippetCategories,
  validateSnippets,
  validateCategories,
  snippetFields,
  fillSnippet,
  GENRE_IDS,
} from "../../../src/core/snippets/index";

describe("built-in library", () => {
  test("has at least 650 snippets in at least 28 categories", () => {
    assert.ok(builtInSnippets.length >= 650, `only ${builtInSnippets.length}`);
    assert.ok(snippetCategories.length >= 28, "snippetCategories.length >= 28");
    for (const category of snippetCategories) {
      const count = builtInSnippets.filter((s) => s.category === category.id).length;
      assert.ok(count >= 15, `${category.id} has only ${count}`);
    }
  });

  test("covers the required categories by Chinese name", () => {
    const names = new Set(snippetCategories.map((c) => c.zh));
    for (const zh of [
      "开头语", "过渡语", "结尾语", "政治建设与理论学习", "意识形态", "党风廉政与作风建设", "履职尽责",
      "经济发展", "项目建设", "招商引资", "营商环境", "改革创新", "民生保障", "安全生产与应急",
      "生态环保", "基层治理", "存在问题", "原因剖析", "整改措施", "下一步打算",
      "基层党建与组织建设", "巡视巡察与审计整改", "乡村振兴与常态化帮扶", "国家安全与网络数据安全", "国企经营与党建",
      "数据表述句式", "换届纪律与选人用人", "学习教育（八项规定·政绩观）", "依法行政与法治政府", "研讨调研与汇报用语",
    ]) {
      assert.ok(names.has(zh), `missing category ${zh}`);
    }
    assert.deepEqual(validateCategories(snippetCategories), []);
  });

  test("passes schema validation with unique ids and texts", () => {
    const result = validateSnippets(builtInSnippets, { categories: snippetCategories });
    assert.ok(result.ok, result.ok ? "" : result.problems.map((p) => p.message.en).join("\n"));
    assert.equal(result.snippets.length, builtInSnippets.length);
  });

  test("every snippet has a genre, exactly one tone and a stable id", () => {
    const genres = new Set<string>(GENRE_IDS);
    for (const s of builtInSnippets) {
      assert.ok(s.tags.some((t) => genres.has(t)), `${s.id} has no genre`);
      assert.equal(s.tags.filter((t) => t === "正式" || t === "简洁").length, 1, `${s.id} tone`);
      assert.match(s.id, new RegExp(`^${s.category}-\\d{3}$`));
    }
  });

  test("uses current wording: 二十届四中全会, 十五五, 新质生产力, 四个意识", () => {
    const all = builtInSnippets.map((s) => s.text).join("\n");
    for (const phrase of ["二十届四中全会", "十五五", "新质生产力", "四个意识", "两个确立", "中央八项规定", "高质量发展"]) {
      assert.ok(all.includes(phrase), phrase);
    }
  });

  test("report closings end the way the genre requires: a 述职 asks for 评议, never 审议", () => {
    const closing = builtInSnippets.find((s) => s.text === "以上报告，请予评议。");
    assert.ok(closing, "closing");
    assert.equal(closing.category, "jieweiyu");
    assert.ok(closing.tags.includes("shuzhi"), "closing.tags.includes(\"shuzhi\")");
    assert.ok(!builtInSnippets.some((s) => s.text.includes("以上报告，请予审议")), "!builtInSnippets.some((s) => s.text.includes(\"以上报告，请予审议\"))");
    const opening = builtInSnippets.find((s) => s.id === "kaitouyu-002");
    assert.ok(opening?.text.endsWith("报告如下："), "opening?.text.endsWith(\"报告如下：\")");
  });
});

describe("validateSnippets", () => {
  const good = { id: "a-1", category: "kaitouyu", title: "标题", text: "正文{单位}。", tags: ["shuzhi"] };

  test("rejects malformed entries and names them", () => {
    const result = validateSnippets([
      good,
      { ...good, id: "a-2", text: "" },
      { ...good, id: "bad id!", text: "另一段" },
      { ...good, id: "a-4", text: "未闭合{单位" },
      "not an object",
      { ...good, id: "a-6", text: "第六段", tags: "shuzhi" },
    ]);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(result.problems.map((p) => p.index), [1, 2, 3, 4, 5]);
    assert.match(result.problems[0]!.message.en, /entry 2 \(a-2\).*text is empty/);
    assert.match(result.problems[0]!.message.zh, /第 2 条（a-2）/);
    assert.match(result.problems[2]!.message.en, /unbalanced/);
  });

  test("rejects a duplicate id and a duplicate text, naming the first entry", () => {
    const result = validateSnippets([
      good,
      { ...good, text: "不同的正文" },
      { ...good, id: "a-3", text: " 正文{单位}。 " },
    ]);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.problems.length, 2);
    assert.match(result.problems[0]!.message.en, /entry 2 \(a-1\) repeats the id of entry 1/);
    assert.match(result.problems[1]!.message.en, /entry 3 \(a-3\) has the same text as entry 1/);
  });

  test("rejects unknown categories when the category list is given", () => {
    const result = validateSnippets([{ ...good, category: "nosuch" }], { categories: snippetCategories });
    assert.equal(result.ok, false);
    assert.equal(validateSnippets([{ ...good, category: "nosuch" }]).ok, true);
  });
});

describe("fill-in fields", () => {
  test("snippetFields lists distinct names in order", () => {
    assert.deepEqual(snippetFields("{单位}在{年度}年……{单位}的{姓名}"), ["单位", "年度", "姓名"]);
    assert.deepEqual(snippetFields("没有字段"), []);
  });

  test("fillSnippet replaces every occurrence and leaves unknown or empty fields", () => {
    const text = "{单位}于{年度}年完成任务，{单位}全体干部{未填}，{空值}。";
    assert.equal(
      fillSnippet(text, { 单位: "市发展改革委", 年度: "2026", 空值: "" }),
      "市发展改革委于2026年完成任务，市发展改革委全体干部{未填}，{空值}。",
    );
    assert.equal(fillSnippet("{姓名}", new Map([["姓名", "张三"]])), "张三");
    assert.equal(fillSnippet("{toString}", {}), "{toString}");
  });

  test("every built-in field is well-formed and fillable", () => {
    for (const s of builtInSnippets) {
      const fields = snippetFields(s.text);
      const filled = fillSnippet(s.text, Object.fromEntries(fields.map((f) => [f, "值"])));
      assert.ok(!/[{}]/.test(filled), s.id);
    }
  });
});
