/**
 * The built-in content as a drafter would check it: targets, no duplicates, every text passing the
 * add-in's own checker, placeholders the scanner finds, one field per quantity, and none of the
 * outdated or wrong forms found in the 2026 content review coming back.
 */
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { bodyLineTexts, genreCatalog, type Genre } from "../../../src/core/genres";
import { buildSkeleton, skeletonTexts } from "../../../src/core/skeleton";
import { checkDocument } from "../../../src/core/checks";
import { scanPlaceholders } from "../../../src/core/placeholders";
import {
  builtInSnippets,
  GENRE_IDS,
  snippetCategories,
  snippetFields,
  validateSnippets,
  type Snippet,
} from "../../../src/core/snippets";

/** Genres added for the 2026–27 reporting season (the issue asks for at least six). */
const NEW_GENRES = [
  "jicengdangjianshuzhi", "xunshizhenggai", "gongzuoyaodian", "diaoyanbaogao", "yantaofayan",
  "zuzhishenghuohui", "banziduizhaojiancha", "zhutizeren", "yishixingtaizeren", "fazhizhengfu",
];

/** Every text a genre can insert, over all year variants. */
function genreTexts(g: Genre): string[] {
  const out = [g.titlePattern, ...(g.subtitle ?? []), g.addressee ?? "", g.opening ?? "", g.closing ?? "", g.signature ?? "", g.date ?? ""];
  for (const s of g.sections) {
    for (const x of [s, ...s.subsections]) {
      out.push(x.title, ...x.body.flatMap(bodyLineTexts), x.pointsLead ?? "", ...(x.points ?? []));
    }
    out.push(...(s.after ?? []).flatMap(bodyLineTexts));
  }
  return out.filter(Boolean);
}

const allGenreText = genreCatalog.map((g) => genreTexts(g).join("\n")).join("\n");
const allSnippetText = builtInSnippets.map((s) => s.text).join("\n");
const everything = `${allGenreText}\n${allSnippetText}`;

/** Wrong or outdated forms from the review, each with why it must not come back. */
const FORBIDDEN: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /以上报告，请予审议/, reason: "审议 is what a 人大 does; a 述职 is 评议" },
  { pattern: /特此报告，请予评议/, reason: "mixes the written 特此报告 with the spoken 请予评议" },
  { pattern: /“八五”普法/, reason: "八五普法 ended in 2025; 2026 starts 九五普法" },
  { pattern: /疫情防控|联防联控/, reason: "COVID-era wording" },
  { pattern: /(?<!推动)高质量发展为主题/, reason: "the planning wording is 以推动高质量发展为主题" },
  { pattern: /理想信念这个“总开关”/, reason: "总开关 belongs to 世界观、人生观、价值观" },
  { pattern: /负直接领导责任/, reason: "accountability language; members bear 领导责任 within their remit" },
  { pattern: /行政复议被撤销/, reason: "wrong collocation: 行政行为被复议纠错" },
  { pattern: /(?<!《(?:中华人民共和国)?)民营经济促进法/, reason: "a law's name takes 书名号" },
  { pattern: /中国式现代化的地方篇章/, reason: "the form is 中国式现代化{地区}篇章" },
  { pattern: /堂堂正正为官/, reason: "the quoted line ends 坦坦荡荡为官" },
  { pattern: /守好初心/, reason: "the fixed form is 守初心、担使命" },
  { pattern: /捍卫“两个确立”/, reason: "the usual form is 拥护“两个确立”" },
  { pattern: /学思想、强党性、重实践、建新功/, reason: "the 2023 主题教育 requirement, not a current one" },
  { pattern: /PM2\.5/, reason: "written PM₂.₅" },
  { pattern: /不想腐的长效机制/, reason: "the fixed form is 一体推进不敢腐、不能腐、不想腐" },
  { pattern: /个人对照检查材料/, reason: "an individual's text is the 发言提纲; 对照检查材料 is the team's" },
  { pattern: /\{单位\}党委关于召开/, reason: "the 民主生活会 notice comes from the higher 纪委监委/组织部" },
  { pattern: /\{(?:数字|百分比|指标名称|数值)\}/, reason: "one generic field standing for several quantities" },
  { pattern: /\{上级\}/, reason: "one name for one thing: {上级单位}" },
  { pattern: /\{分管工作\}工作/, reason: "doubles 工作" },
  { pattern: /“五加二”“白加黑”/, reason: "boasting of overtime reads badly in the 政绩观 climate" },
  { pattern: /集中开工活动/, reason: "ceremony counts read as 政绩工程" },
  { pattern: /总量首次突破/, reason: "milestone boasting" },
  { pattern: /党组织领导的校长负责制[^。]*高校|高校[^。]*党组织领导的校长负责制/, reason: "高校 have 党委领导下的校长负责制" },
];

describe("content targets", () => {
  test("at least 26 genres; the new ones (at least six) average 6+ level-1 sections, every section with a hint", () => {
    assert.ok(genreCatalog.length >= 26, `${genreCatalog.length} genres`);
    const added = genreCatalog.filter((g) => NEW_GENRES.includes(g.id));
    assert.ok(added.length >= 6, `${added.length} new genres`);
    const avg = added.reduce((n, g) => n + g.sections.length, 0) / added.length;
    assert.ok(avg >= 6, `new genres average ${avg} level-1 sections`);
    for (const g of genreCatalog) {
      for (const s of g.sections) {
        for (const x of [s, ...s.subsections]) assert.ok(x.hint.zh.length >= 6 && x.hint.en.length >= 6, `${g.id}/${x.id} hint`);
      }
    }
  });

  test("at least 800 snippets in at least 28 categories, 15+ in each (the issue asks 12+ of a new one)", () => {
    assert.ok(builtInSnippets.length >= 800, `${builtInSnippets.length}`);
    assert.ok(snippetCategories.length >= 28, `${snippetCategories.length}`);
    for (const c of snippetCategories) {
      const n = builtInSnippets.filter((s) => s.category === c.id).length;
      assert.ok(n >= 15, `${c.id}: ${n}`);
    }
  });

  test("every genre can filter snippets: its id is a snippet genre tag and 20+ snippets carry it", () => {
    for (const g of genreCatalog) {
      assert.ok((GENRE_IDS as readonly string[]).includes(g.id), `${g.id} not in GENRE_IDS`);
      const n = builtInSnippets.filter((s) => s.tags.includes(g.id)).length;
      assert.ok(n >= 20, `${g.id}: ${n} snippets`);
    }
    for (const id of GENRE_IDS) assert.ok(genreCatalog.some((g) => g.id === id), `${id} has no genre`);
  });

  test("organ (机关) and enterprise (企业) variants are tagged where wording differs", () => {
    const organ = builtInSnippets.filter((s) => s.tags.includes("机关"));
    const firm = builtInSnippets.filter((s) => s.tags.includes("企业"));
    assert.ok(organ.length >= 3 && firm.length >= 15, `${organ.length} 机关, ${firm.length} 企业`);
    // Enterprise figures stay out of the default text of general genres: only in optional sections.
    for (const id of ["shuzhi", "nianduzongjie", "bannianzongjie"]) {
      for (const s of genreCatalog.find((g) => g.id === id)!.sections) {
        for (const x of [s, ...s.subsections]) {
          const text = [x.title, ...x.body.flatMap(bodyLineTexts), ...(x.points ?? [])].join("");
          if (/营业收入|利润|产能|合同额|三项制度/.test(text)) assert.equal(x.optional, true, `${id}/${x.id}`);
        }
      }
    }
  });

  test("current terms of 2025–26 are in the library", () => {
    for (const term of [
      "深入贯彻中央八项规定精神学习教育", "树立和践行正确政绩观学习教育", "九五", "常态化精准帮扶", "总体国家安全观",
      "《中华人民共和国数据安全法》", "“内卷式”竞争", "投资于人", "换届纪律", "统计数据真实", "碳排放", "105周年",
      "发展党员", "三会一课", "两个一以贯之", "同比", "环比", "个百分点", "党委领导下的校长负责制", "二十一大",
    ]) {
      assert.ok(allSnippetText.includes(term), term);
    }
  });
});

describe("no duplicates", () => {
  test("unique ids, texts (validateSnippets) and titles", () => {
    const result = validateSnippets(builtInSnippets, { categories: snippetCategories });
    assert.ok(result.ok, result.ok ? "" : result.problems.map((p) => p.message.en).join("\n"));
    const titles = new Map<string, string>();
    for (const s of builtInSnippets) {
      assert.ok(!titles.has(s.title), `${s.id} repeats the title of ${titles.get(s.title)}`);
      titles.set(s.title, s.id);
    }
  });

  test("no near-duplicate pair (character-bigram Jaccard ≥ 0.6), except variants for different years", () => {
    const grams = (text: string): Set<string> => {
      const bare = text.replace(/\{[^{}]*\}/g, "").replace(/[，。；：、“”（）\s]/g, "");
      const set = new Set<string>();
      for (let i = 0; i + 1 < bare.length; i++) set.add(bare.slice(i, i + 2));
      return set;
    };
    const disjointYears = (a: Snippet, b: Snippet): boolean =>
      !!a.years && !!b.years && !a.years.some((y) => b.years!.includes(y));
    const sets = builtInSnippets.map((s) => grams(s.text));
    const pairs: string[] = [];
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) {
        const a = sets[i]!;
        const b = sets[j]!;
        let shared = 0;
        for (const g of a) if (b.has(g)) shared++;
        const jaccard = shared / (a.size + b.size - shared);
        if (jaccard >= 0.6 && !disjointYears(builtInSnippets[i]!, builtInSnippets[j]!)) {
          pairs.push(`${builtInSnippets[i]!.id} ~ ${builtInSnippets[j]!.id} (${jaccard.toFixed(2)})`);
        }
      }
    }
    assert.deepEqual(pairs, []);
  });
});

describe("every built-in text passes the add-in's own checker", () => {
  // Leftover placeholders ({字段}, ××) are meant to be filled, and length targets do not apply to a
  // phrase. 数据核对 (figures.*) is left out too: the renderings fill every figure slot with the same
  // stand-in number, so "其中正式党员12名、预备党员12名" of "党员12名" is the test's arithmetic, not the text's.
  const relevant = (paragraphs: string[], year?: number, congressDate?: string) =>
    checkDocument(paragraphs, { ...(year ? { year } : {}), ...(congressDate ? { congressDate } : {}) }).filter(
      (f) => f.rule !== "placeholder.leftover" && f.rule !== "placeholder.field" && !f.rule.startsWith("length.") && !f.rule.startsWith("figures."),
    );

  test("each snippet, as body text under a title", () => {
    const failures: string[] = [];
    for (const s of builtInSnippets) {
      for (const f of relevant(["关于有关工作情况的报告", ...s.text.split("\n")])) {
        failures.push(`${s.id} ${f.rule}: ${f.message.zh}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  test("each whole skeleton, every section ticked, with the year blank, 2025, 2026 and 2027 (and 2027 with a 二十一大 date)", () => {
    const failures: string[] = [];
    for (const g of genreCatalog) {
      const ids = g.sections.flatMap((s) => [s.id, ...s.subsections.map((x) => x.id)]);
      for (const year of ["", "2025", "2026", "2027"]) {
        const texts = skeletonTexts(buildSkeleton(g, { sections: ids, fields: year ? { 年度: year } : {} }), "12");
        // 检查 for the report's year, as the pane runs it: outdated wordings of that year count too.
        for (const f of relevant(texts, year ? Number(year) : undefined)) failures.push(`${g.id} ${year || "—"} ${f.rule}: ${texts[f.paragraph]}`);
      }
      // 2027 once the organisation has set the 二十一大's date (an example date, not a fact): the
      // skeleton and 检查 read the same setting, so the switched text must pass too.
      const congressDate = "2027-10-15";
      const texts = skeletonTexts(buildSkeleton(g, { sections: ids, fields: { 年度: "2027" }, congressDate }), "12");
      for (const f of relevant(texts, 2027, congressDate)) failures.push(`${g.id} 2027 (二十一大 ${congressDate}) ${f.rule}: ${texts[f.paragraph]}`);
    }
    assert.deepEqual(failures, []);
  });

  test("every skeleton's unfilled fields show placeholders the scanner finds", () => {
    for (const g of genreCatalog) {
      const ids = g.sections.flatMap((s) => [s.id, ...s.subsections.map((x) => x.id)]);
      const texts = skeletonTexts(buildSkeleton(g, { sections: ids }), "12");
      const found = scanPlaceholders(texts).map((h) => h.raw);
      for (const field of g.fields) {
        if (field.choices) continue; // answered in a list; unanswered it reads 巡视（巡察）, the neutral form
        const used = texts.some((t) => t.includes(field.placeholder));
        if (used) assert.ok(found.some((raw) => field.placeholder.includes(raw)), `${g.id}: ${field.placeholder} not found`);
      }
      assert.ok(found.length > 0, `${g.id} shows no placeholder when nothing is filled`);
    }
  });
});

describe("wording", () => {
  test("none of the outdated or wrong forms from the review comes back", () => {
    const hits = FORBIDDEN.filter((f) => f.pattern.test(everything)).map((f) => `${f.pattern}: ${f.reason}`);
    assert.deepEqual(hits, []);
  });

  test("the forbidden list itself catches what it names", () => {
    const samples = ["以上报告，请予审议。", "推进“八五”普法", "新增项目{数字}个", "以高质量发展为主题", "落实民营经济促进法", "在高校坚持党组织领导的校长负责制"];
    for (const sample of samples) assert.ok(FORBIDDEN.some((f) => f.pattern.test(sample)), sample);
    assert.ok(!FORBIDDEN.some((f) => f.pattern.test("以推动高质量发展为主题，贯彻《中华人民共和国民营经济促进法》")), "!FORBIDDEN.some((f) => f.pattern.test(\"以推动高质量发展为主题，贯彻《中华人民共和国民营经济促进法》\"))");
  });

  test("one field per quantity: only identity fields ({单位} {年度} …) repeat inside a snippet", () => {
    const identity = new Set(["单位", "年度", "地区", "本级简称", "姓名", "职务", "上级单位", "计量单位", "统计指标", "月度指标", "比率指标"]);
    for (const s of builtInSnippets) {
      const names = [...s.text.matchAll(/\{([^{}\s]+)\}/g)].map((m) => m[1]!);
      const repeated = snippetFields(s.text).filter((n) => names.filter((x) => x === n).length > 1 && !identity.has(n));
      assert.deepEqual(repeated, [], s.id);
    }
  });

  test("no snippet starts with a bare 二是/三是 that breaks numbering when inserted alone", () => {
    for (const s of builtInSnippets) assert.ok(!/^[二三四五六七八九十]+是/.test(s.text), s.id);
  });

  test("written 总结 texts do not open with a spoken addressee and close with 特此报告", () => {
    for (const g of genreCatalog) {
      if (g.addressee?.startsWith("各位")) assert.notEqual(g.closing, "特此报告。", g.id);
    }
    for (const id of ["nianduzongjie", "bannianzongjie", "gerennianduzongjie"]) {
      assert.equal(genreCatalog.find((g) => g.id === id)!.addressee, undefined, id);
    }
  });

  test("政府工作报告: no 市-level words, a 题注 instead of a 落款, thanks and problems at the end of the review", () => {
    const g = genreCatalog.find((x) => x.id === "zhengfugongzuobaogao")!;
    const text = genreTexts(g).join("\n");
    assert.ok(!/市委|市人代会|全市|市级/.test(text), "hard-coded 市");
    assert.equal(g.signature, undefined);
    assert.equal(g.date, undefined);
    assert.match(g.subtitle!.join(""), /人民代表大会/);
    const review = g.sections[0]!;
    const after = (review.after ?? []).flatMap(bodyLineTexts).join("");
    assert.match(after, /表示衷心感谢/);
    assert.match(after, /在肯定成绩的同时/);
    assert.ok(!g.sections[1]!.body.flatMap(bodyLineTexts).join("").includes("在肯定成绩的同时"), "!g.sections[1]!.body.flatMap(bodyLineTexts).join(\"\").includes(\"在肯定成绩的同时\")");
    const county = skeletonTexts(buildSkeleton(g, { fields: { 地区: "青山县", 本级简称: "县", 年度: "2027" } })).join("\n");
    assert.match(county, /全县地区生产总值/);
    assert.match(county, /在县委的坚强领导下/);
  });

  test("民主生活会: the individual's text is a 发言提纲 with the 学习教育 and case sections; the team has its own genre", () => {
    const personal = genreCatalog.find((g) => g.id === "duizhaojiancha")!;
    assert.match(personal.titlePattern, /发言提纲/);
    const ids = personal.sections.map((s) => s.id);
    assert.ok(ids.includes("campaign") && ids.includes("cases"), "ids.includes(\"campaign\") && ids.includes(\"cases\")");
    assert.equal(personal.sections.find((s) => s.id === "preparation")!.optional, true);
    assert.match(personal.opening ?? "", /\{通知机关\}/);
    assert.match(genreCatalog.find((g) => g.id === "banziduizhaojiancha")!.titlePattern, /对照检查材料/);
  });
});
