/**
 * The defect table of content review 2 (../shared/reviews/content-review-2.md, "Defect count"),
 * re-measured on the current content by the review's own categories. Each category is measured by
 * a rule written down here, so the count can be repeated; the test prints the table (FINDINGS-23.md
 * quotes it) and fails when any category is above zero.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { bodyLineTexts, findGenre, genreCatalog, type Genre } from "../../../src/core/genres";
import { buildSkeleton, skeletonTexts } from "../../../src/core/skeleton";
import { checkDocument } from "../../../src/core/checks";
import { builtInSnippets, fillSnippet, GENRE_IDS, PLANNED_YEAR_GENRES, snippetFitsYear, type Snippet } from "../../../src/core/snippets";

const YEARS = [2025, 2026, 2027] as const;
const CONGRESS_EXAMPLE = "2027-10-15"; // an example setting, not a fact: the organisation sets the real one
const allSections = (g: Genre) => g.sections.flatMap((s) => [s.id, ...s.subsections.map((x) => x.id)]);
const render = (g: Genre, fields: Record<string, string>, congressDate?: string) =>
  skeletonTexts(buildSkeleton(g, { sections: allSections(g), fields, ...(congressDate ? { congressDate } : {}) }), "12");
const findings = (paragraphs: string[], rules: string[], year?: number, congressDate?: string) =>
  checkDocument(paragraphs, { enabledRules: rules, ...(year ? { year } : {}), ...(congressDate ? { congressDate } : {}) });
const YEAR_RULES = ["text.yearBound"];
const REGION_ECONOMY = ["zhengfugongzuobaogao", "huanjiezhengfubaogao", "jingjiyunxingfenxi", "gongzuohuiyijianghua", "diaoyanbaogao", "zhuanxianghuibao"];
const TIFA_RULES = ["text.tifa", "text.outdated"];
const genreTags = (s: Snippet) => s.tags.filter((t) => (GENRE_IDS as readonly string[]).includes(t));
/** The snippet as the pane offers it in genre g for 年度 y: under a title of that year, its fields filled. */
const inReport = (s: Snippet, g: string, y: number) => [
  `某单位${y}年度${findGenre(g)?.name.zh ?? "工作报告"}`,
  ...fillSnippet(s.text, { 年度: String(y), 下一年度: String(y + 1) }).split("\n"),
];

interface Row {
  kind: string;
  genres: Set<string>;
  snippets: Set<string>;
}

function measure(): Row[] {
  const row = (kind: string): Row => ({ kind, genres: new Set(), snippets: new Set() });
  const currency = row("Currency/year (missing 2026 campaign, 四中全会 hard-coded, no path after 2027)");
  const semantics = row("Wrong year semantics or tense");
  const structure = row("Structure/addressee");
  const wording = row("提法 / wording");
  const audience = row("Audience/tag mix");
  const unit = row("Unit (%) left to user");
  const duplicates = row("Near-duplicates / slogan-only");

  // --- Genres ---------------------------------------------------------------------------------
  const audienceOf2026 = ["shuzhi", "shuzhishulian", "shuzeshulian", "jicengdangjianshuzhi", "nianduzongjie"];
  for (const g of genreCatalog) {
    for (const year of ["", ...YEARS.map(String)]) {
      const texts = render(g, year ? { 年度: year } : {});
      const joined = texts.join("\n");
      // Currency: a year-bound wording outside its years; 四中全会 as the current study topic after 2025.
      if (findings(texts, YEAR_RULES, year ? Number(year) : undefined).length) currency.genres.add(g.id);
      // (Studying the 四中全会 of October 2025 is right in a 2026 review; from 2027, or with no year, it is stale.)
      if ((!year || Number(year) >= 2027) && /四中全会/.test(joined)) currency.genres.add(g.id);
      // 提法: the checker's fixed formulations and outdated wordings for the report's year.
      if (findings(texts, TIFA_RULES, year ? Number(year) : undefined).length) wording.genres.add(g.id);
      if (/长期不变|带头扛起管党治党责任/.test(joined)) wording.genres.add(g.id);
      // Audience: enterprise wording in a 机关 default (non-optional) section. Reports on a region's
      // economy are left out: R&D intensity and patents are indicators a government reports.
      if (REGION_ECONOMY.includes(g.id)) continue;
      for (const s of g.sections) {
        for (const x of [s, ...s.subsections]) {
          if (x.optional) continue;
          if (/研发投入|专利|板块|盈利|经营风险/.test([...x.body.flatMap(bodyLineTexts), ...(x.points ?? [])].join(""))) audience.genres.add(g.id);
        }
      }
    }
    // Currency: the 2026 campaign where its audience writes.
    if (audienceOf2026.includes(g.id) && !render(g, { 年度: "2026" }).join("").includes("立党为公、为民造福、科学决策、真抓实干")) currency.genres.add(g.id);
    // No path after 2027: with a 二十一大 date, a year-end 2027 report no longer 迎接 it, and the checker agrees.
    const after = render(g, { 年度: "2027" }, CONGRESS_EXAMPLE);
    if (findings(after, YEAR_RULES, 2027, CONGRESS_EXAMPLE).length) currency.genres.add(g.id);
    if (g.reportTime !== "yearStart" && g.reportTime !== "midYear" && after.join("").includes("迎接党的二十一大")) currency.genres.add(g.id);
    // Year semantics: a date line before the year reviewed ends, or a meeting on a 年度 dated inside it.
    const y2026 = render(g, { 年度: "2026" });
    if (/2026年××月/.test(y2026.at(-1) ?? "") && g.id === "banziduizhaojiancha") semantics.genres.add(g.id);
  }
  // Structure/addressee, as the review named them.
  const xunca = render(findGenre("xunshizhenggai")!, { 巡视巡察: "巡察", 巡视组: "县委第一巡察组", 上级党委: "中共青山县委", 党组织: "中共青山县交通运输局党组" });
  if (xunca.join("").includes("巡视") || xunca[1] !== "中共青山县委巡察工作领导小组办公室：") structure.genres.add("xunshizhenggai");
  if (findGenre("fazhizhengfu")!.sections.map((s) => s.id).join() !== "measures,problems,head-duty,next-year,other") structure.genres.add("fazhizhengfu");
  if (findGenre("zuzhishenghuohui")!.sections[1]?.subsections.length !== 4) structure.genres.add("zuzhishenghuohui");
  if (!findGenre("huanjiezhengfubaogao")) structure.genres.add("zhengfugongzuobaogao (换届 variant missing)");

  // --- Snippets -------------------------------------------------------------------------------
  // Time-bound: true only in certain years. A campaign being carried out is; 巩固…成果 of a past
  // campaign is continuing wording (central texts keep it for years) and is not counted.
  const TIME_BOUND = /四中全会|二十一大|(?:开展|参加|扎实开展|深入开展)[^。；]{0,12}(?:政绩观学习教育|八项规定精神学习教育|党纪学习教育|主题教育)|开局之年|开好局|第二年|105周年|换届之年|建军一百年|收官之年|良好开局/;
  const leaderWords = /分管|三重一大|讲党课|个人有关事项|班子|“一把手”|派驻纪检/;
  const RATE = /\{[^{}]*(?:率|增速|增幅|降幅|比重|占比|比例|增长目标)\}(?!%|个百分点)/;
  for (const s of builtInSnippets) {
    // Currency: time-bound text offered in every year.
    if (TIME_BOUND.test(s.text) && !s.years?.length) currency.snippets.add(s.id);
    // Year semantics: offered for a genre and year where the checker calls it wrong; a plan in the past tense; {年度} in next-year text.
    for (const g of genreTags(s)) {
      for (const y of YEARS) {
        if (!snippetFitsYear(s, y, g)) continue;
        if (findings(inReport(s, g, y), YEAR_RULES, y).length) semantics.snippets.add(s.id);
        if (findings(inReport(s, g, y), TIFA_RULES, y).length) wording.snippets.add(s.id);
      }
      if (!PLANNED_YEAR_GENRES.includes(g) && /\{年度\}年[，,]?(?:本人|\{单位\}|我们)?将|\{年度\}年工作的总体/.test(s.text)) semantics.snippets.add(s.id);
    }
    if (s.yearRole === "planned" && /取得了|实现了|保持了|完成了/.test(s.text)) semantics.snippets.add(s.id);
    // 提法: hard-coded 县委 for an inspection anyone may write about.
    if (/县委巡察|县委巡视/.test(s.text)) wording.snippets.add(s.id);
    // Audience: a leader-only line offered to an ordinary member's 组织生活会.
    if (s.tags.includes("zuzhishenghuohui") && leaderWords.test(s.text)) audience.snippets.add(s.id);
    if (RATE.test(s.text)) unit.snippets.add(s.id);
  }
  // 组织生活会 opening and closing tagged for it.
  const zz = builtInSnippets.filter((s) => s.tags.includes("zuzhishenghuohui"));
  if (!zz.some((s) => s.tags.includes("开头")) || !zz.some((s) => s.tags.includes("结尾"))) audience.genres.add("zuzhishenghuohui (no opening/closing)");
  // Near-duplicates (character-bigram Jaccard ≥ 0.6, variants for disjoint years excepted) and slogan-only lines.
  const grams = (text: string): Set<string> => {
    const bare = text.replace(/\{[^{}]*\}/g, "").replace(/[，。；：、“”（）\s]/g, "");
    const set = new Set<string>();
    for (let i = 0; i + 1 < bare.length; i++) set.add(bare.slice(i, i + 2));
    return set;
  };
  const sets = builtInSnippets.map((s) => grams(s.text));
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const [a, b] = [builtInSnippets[i]!, builtInSnippets[j]!];
      if (a.years && b.years && !a.years.some((y) => b.years!.includes(y))) continue;
      let shared = 0;
      for (const gram of sets[i]!) if (sets[j]!.has(gram)) shared++;
      if (shared / (sets[i]!.size + sets[j]!.size - shared) >= 0.6) duplicates.snippets.add(`${a.id}~${b.id}`);
    }
  }
  for (const s of builtInSnippets) {
    // Slogan-only: nothing but four-character set phrases in a row (不忘初心、牢记使命。), saying
    // nothing about the work. Formulaic openers and closers (同志们：, 特此报告。) are lines of their own kind.
    const structural = s.tags.some((t) => t === "开头" || t === "结尾" || t === "过渡" || t === "主持词");
    if (!structural && /^[\u4e00-\u9fff]{4}(?:[、，；][\u4e00-\u9fff]{4})+[。！]?$/.test(s.text.trim())) duplicates.snippets.add(s.id);
  }
  return [currency, semantics, structure, wording, audience, unit, duplicates];
}

test("review 2's defect table, re-measured: every category is 0", () => {
  const rows = measure();
  const genresWith = new Set(rows.flatMap((r) => [...r.genres]));
  const snippetsWith = new Set(rows.flatMap((r) => [...r.snippets]));
  const lines = [
    `| Kind | Genres (of ${genreCatalog.length}) | Snippets (of ${builtInSnippets.length}) |`,
    "|---|---|---|",
    ...rows.map((r) => `| ${r.kind} | ${r.genres.size}${r.genres.size ? ` (${[...r.genres].join(", ")})` : ""} | ${r.snippets.size}${r.snippets.size ? ` (${[...r.snippets].slice(0, 12).join(", ")})` : ""} |`),
    `| **Total with at least one defect** | **${genresWith.size}** | **${snippetsWith.size}** |`,
  ];
  console.log(lines.join("\n"));
  assert.deepEqual(rows.filter((r) => r.genres.size || r.snippets.size).map((r) => r.kind), [], lines.join("\n"));
});
