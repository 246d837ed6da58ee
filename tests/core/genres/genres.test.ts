import { test, describe } from "node:test";
import assert from "node:assert/strict";
import {
  findGenre,
  bodyLineTexts,
  findSection,
  formatProblem,
  genreCatalog,
  parseSlots,
  validateCatalog,
  validateGenre,
  type BodyLine,
  type Genre,
} from "../../../src/core/genres";

const clone = (id = "shuzhishulian"): Genre => structuredClone(findGenre(id)!) as Genre;
const messages = (entry: unknown) => validateGenre(entry).map(formatProblem);

describe("genre catalog", () => {
  test("every built-in genre passes validation", () => {
    assert.deepEqual(validateCatalog(genreCatalog).map(formatProblem), []);
  });

  test("holds the thirty-one genres with the shared ids, in display order", () => {
    assert.deepEqual(genreCatalog.map((g) => g.id), [
      "shuzhishulian", "shuzhi", "shuzeshulian", "nianduzongjie", "gerennianduzongjie", "bannianzongjie",
      "zhengfugongzuobaogao", "duizhaojiancha", "banziduizhaojiancha", "zhuanxianghuibao", "gongzuoyaodian",
      "jicengdangjianshuzhi", "zhutizeren", "yishixingtaizeren", "xunshizhenggai", "fazhizhengfu", "diaoyanbaogao",
      "yantaofayan", "zuzhishenghuohui", "gongzuohuiyijianghua", "congyanzhidangjianghua", "huiyizhuchici",
      "dangzhibuzongjie", "dangjianjihua", "sishubaogao", "shufabaogao", "qingkuangbaogao", "zhenggaifangan",
      "zhenggaiqingdan", "jingjiyunxingfenxi", "huanjiezhengfubaogao",
    ]);
    assert.equal(findGenre("zhengfugongzuobaogao")!.name.zh, "政府工作报告");
    assert.equal(findGenre("nope"), undefined);
  });

  test("at least 6 level-1 sections per genre on average; the original nine keep 12 level-2 on average", () => {
    const l1 = genreCatalog.reduce((n, g) => n + g.sections.length, 0) / genreCatalog.length;
    const original = genreCatalog.slice(0, 10).filter((g) => g.id !== "banziduizhaojiancha");
    const l2 = original.reduce((n, g) => n + g.sections.reduce((m, s) => m + s.subsections.length, 0), 0) / original.length;
    assert.ok(l1 >= 6, `level-1 average ${l1}`);
    assert.ok(l2 >= 12, `level-2 average ${l2}`);
  });

  test("述职述廉报告 follows 德、能、勤、绩、廉, then problems and plans", () => {
    assert.deepEqual(findGenre("shuzhishulian")!.sections.map((s) => s.id), ["de", "neng", "qin", "ji", "lian", "problems", "plans"]);
  });

  test("政府工作报告 opens with the review, then targets, then this year's work", () => {
    const titles = findGenre("zhengfugongzuobaogao")!.sections.map((s) => s.title);
    assert.deepEqual(titles.slice(0, 3), ["过去一年工作回顾", "今年总体要求和预期目标", "今年重点工作"]);
  });

  test("民主生活会对照检查材料 has 查摆问题, 原因剖析, 整改措施 in that order", () => {
    const ids = findGenre("duizhaojiancha")!.sections.map((s) => s.id);
    assert.ok(ids.indexOf("issues") < ids.indexOf("causes") && ids.indexOf("causes") < ids.indexOf("measures"), "ids.indexOf(\"issues\") < ids.indexOf(\"causes\") && ids.indexOf(\"causes\") < ids.indexOf(\"measures\")");
  });

  test("report openings end with a colon (报告如下： / 总结如下： / 认识和体会：), except the government report", () => {
    // Optional in the schema only for skeletons saved from a report without one (存为骨架).
    assert.ok(genreCatalog.every((g) => g.opening), "every built-in genre has an opening");
    for (const g of genreCatalog) {
      if (g.id === "zhengfugongzuobaogao" || g.id === "huanjiezhengfubaogao") continue;
      // A speech (讲话稿) ends its opening with 讲几点意见：.
      assert.ok(/(?:如下|体会|意见)：$/.test(g.opening ?? ""), g.id);
    }
  });

  test("wording is current: 二十届四中全会 and 十五五 appear; 十四五 only in a line for 2026 or earlier; no epidemic text", () => {
    const all = JSON.stringify(genreCatalog);
    assert.ok(all.includes("二十届四中全会"), "all.includes(\"二十届四中全会\")");
    assert.ok(all.includes("十五五"), "all.includes(\"十五五\")");
    assert.ok(all.includes("中央八项规定精神"), "all.includes(\"中央八项规定精神\")");
    assert.ok(!/疫情|联防联控/.test(all), "!/疫情|联防联控/.test(all)");
    for (const g of genreCatalog) {
      for (const s of g.sections) {
        const lines: Array<[string, BodyLine]> = [
          ...(s.after ?? []).map((l): [string, BodyLine] => [s.id, l]),
          ...[s, ...s.subsections].flatMap((x) => x.body.map((l): [string, BodyLine] => [x.id, l])),
        ];
        for (const [id, line] of lines) {
          const x = { id };
          {
            if (typeof line === "string") assert.ok(!line.includes("十四五"), `${g.id}/${x.id}`);
            else {
              for (const [year, text] of Object.entries(line.byYear)) {
                if (text.includes("十四五")) assert.ok(Number(year) <= 2026, `${g.id}/${x.id} ${year}`);
              }
              assert.ok(!line.otherwise?.includes("十四五"), `${g.id}/${x.id}`);
            }
          }
        }
      }
    }
  });

  test("results sections carry figures: metric slots in every genre but the seminar speech, percentages where growth is reported", () => {
    for (const g of genreCatalog) {
      if (g.id === "yantaofayan") continue;
      const metrics = JSON.stringify(g).match(/\{\{[^{}]+\}\}/g) ?? [];
      assert.ok(metrics.length >= 5, `${g.id} has ${metrics.length} metric slots`);
    }
    const ji = findSection(findGenre("shuzhishulian")!, "ji-targets")!.section;
    assert.match(ji.body.flatMap(bodyLineTexts).join(""), /同比增长\{\{[^}]+\}\}%/);
    const review = findGenre("zhengfugongzuobaogao")!.sections[0]!;
    assert.match(review.body.flatMap(bodyLineTexts).join(""), /地区生产总值达到\{\{地区生产总值\}\}亿元/);
  });

  test("every field used in a genre is declared and has a placeholder the scanner can find", () => {
    for (const g of genreCatalog) {
      // A question with fixed answers (巡视 or 巡察) is answered in a list; unanswered it reads as the neutral 巡视（巡察）.
      for (const f of g.fields) if (!f.choices) assert.match(f.placeholder, /[X×]/, `${g.id}.${f.key}`);
    }
  });

  test("findSection finds level-1 sections and subsections with their parent", () => {
    const g = findGenre("shuzhishulian")!;
    assert.equal(findSection(g, "lian")!.parent, undefined);
    assert.equal(findSection(g, "lian-self")!.parent!.id, "lian");
    assert.equal(findSection(g, "missing"), undefined);
  });
});

describe("validateGenre reports malformed entries by name", () => {
  test("missing hint names genre and section path", () => {
    const g = clone() as unknown as { sections: { subsections: Record<string, unknown>[] }[] };
    delete g.sections[0]!.subsections[1]!.hint;
    const out = validateGenre(g);
    assert.equal(out.length, 1);
    assert.equal(out[0]!.genre, "shuzhishulian");
    assert.equal(out[0]!.section, "de/de-loyalty");
    assert.equal(out[0]!.path, "hint");
  });

  test("empty hint text is reported at hint.en", () => {
    const g = clone();
    g.sections[2]!.hint.en = "  ";
    assert.deepEqual(messages(g), ["shuzhishulian › qin › hint.en: must not be empty"]);
  });

  test("duplicate section id", () => {
    const g = clone();
    g.sections[1]!.subsections[0]!.id = "de-study";
    assert.deepEqual(messages(g), ["shuzhishulian › neng/de-study › id: duplicate section id de-study"]);
  });

  test("empty title", () => {
    const g = clone();
    g.sections[3]!.title = "";
    const out = messages(g);
    assert.equal(out.length, 1);
    assert.match(out[0]!, /^shuzhishulian › ji › title: /);
  });

  test("malformed metric syntax: unclosed, empty, triple braces", () => {
    for (const bad of ["增长{{增速%", "增长{{}}%", "增长{{{增速}}}%", "增长{增速}}%"]) {
      const g = clone();
      g.sections[3]!.subsections[0]!.body = [bad];
      const out = validateGenre(g);
      assert.ok(out.length >= 1, bad);
      assert.equal(out[0]!.section, "ji/ji-targets", bad);
      assert.equal(out[0]!.path, "body[0]", bad);
    }
  });

  test("unknown field and metric slot outside body", () => {
    const g = clone();
    g.signature = "述职人：{名字}";
    g.sections[0]!.title = "学习{{学习次数}}次";
    const out = messages(g);
    assert.ok(out.includes("shuzhishulian › signature: unknown field {名字}"), "out.includes(\"shuzhishulian › signature: unknown field {名字}\")");
    assert.ok(out.includes("shuzhishulian › de › title: metric slot {{学习次数}} not allowed here"), "out.includes(\"shuzhishulian › de › title: metric slot {{学习次数}} not allowed here\")");
  });

  test("ordinals and final punctuation in titles, ordinals in points", () => {
    const g = clone();
    g.sections[0]!.title = "一、政治建设";
    g.sections[1]!.title = "能力建设。";
    g.sections[1]!.subsections[2]!.points = ["一是深化改革", "推进创新；"];
    const out = messages(g);
    assert.ok(out.includes("shuzhishulian › de › title: title must not carry an ordinal"), "out.includes(\"shuzhishulian › de › title: title must not carry an ordinal\")");
    assert.ok(out.includes("shuzhishulian › neng › title: title must not end with punctuation"), "out.includes(\"shuzhishulian › neng › title: title must not end with punctuation\")");
    assert.ok(out.includes("shuzhishulian › neng/neng-innovation › points[0]: point must not carry its ordinal"), "out.includes(\"shuzhishulian › neng/neng-innovation › points[0]: point must not carry its ordinal\")");
    assert.ok(out.includes("shuzhishulian › neng/neng-innovation › points[1]: point must not end with punctuation"), "out.includes(\"shuzhishulian › neng/neng-innovation › points[1]: point must not end with punctuati...");
  });

  test("non-slug ids, unknown keys and a single point are rejected", () => {
    const g = clone() as unknown as Record<string, unknown> & Genre;
    g.id = "述职";
    (g as unknown as Record<string, unknown>).extra = 1;
    g.sections[1]!.subsections[2]!.points = ["只有一条"];
    const out = validateGenre(g);
    assert.ok(out.some((p) => p.path === "id" && p.genre === "述职"), "out.some((p) => p.path === \"id\" && p.genre === \"述职\")");
    assert.ok(out.some((p) => p.path === "(entry)" || p.message.includes("extra")), "out.some((p) => p.path === \"(entry)\" || p.message.includes(\"extra\"))");
    assert.ok(out.some((p) => p.section === "neng/neng-innovation" && p.path === "points"), "out.some((p) => p.section === \"neng/neng-innovation\" && p.path === \"points\")");
  });

  test("not an object at all", () => {
    const out = validateGenre(null);
    assert.equal(out[0]!.genre, "?");
  });

  test("duplicate genre ids in a catalog", () => {
    const out = validateCatalog([clone(), clone()]);
    assert.deepEqual(out.map(formatProblem), ["shuzhishulian › id: duplicate genre id shuzhishulian"]);
  });
});

describe("parseSlots", () => {
  test("splits text, {field} and {{metric}} in order", () => {
    assert.deepEqual(parseSlots("{单位}全年完成收入{{主营业务收入}}亿元，增长{{增速}}%。"), [
      { field: "单位" },
      { text: "全年完成收入" },
      { metric: "主营业务收入" },
      { text: "亿元，增长" },
      { metric: "增速" },
      { text: "%。" },
    ]);
  });

  test("plain text is one part; empty text is none", () => {
    assert.deepEqual(parseSlots("以上报告，请予审议。"), [{ text: "以上报告，请予审议。" }]);
    assert.deepEqual(parseSlots(""), []);
  });

  test("adjacent slots and stray braces", () => {
    assert.deepEqual(parseSlots("{年度}{{x}}"), [{ field: "年度" }, { metric: "x" }]);
    assert.deepEqual(parseSlots("a{b"), [{ text: "a{b" }]);
  });
});
