import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { isAdLine } from "../../../src/core/ads";
import { genreCatalog, genreSchema, parseSlots, SLUG, validateGenre, type Genre } from "../../../src/core/genres";
import { readOutline } from "../../../src/core/outline";
import { scanPlaceholders } from "../../../src/core/placeholders";
import {
  buildSection,
  buildSkeleton,
  genreFromOutline,
  MAX_EXAMPLE_CHARS,
  MAX_HINT_CHARS,
  skeletonTexts,
  suggestedName,
  uniqueSlug,
  type OutlineGenreResult,
  type SourceParagraph,
} from "../../../src/core/skeleton";
import { maskFigures } from "../../../src/core/skeleton/figures";
import { correctReport, messyReport, seeded } from "../../support/reportFuzz";
import { corpusPath } from "../../support/shared";

const lines = (text: string) => text.replace(/\r\n?/g, "\n").split("\n");
const corpus = (name: string) => lines(readFileSync(corpusPath(name), "utf8"));
const fixture = (path: string) => lines(readFileSync(join(import.meta.dirname, "../../fixtures", path), "utf8"));

const CORPUS = ["school-principal-report.txt", "company-annual-summary.txt", "gov-work-report-2013.txt", "gov-work-report-2024.txt"];
const DRAFTS = readdirSync(join(import.meta.dirname, "../../fixtures/drafts")).map((f) => `drafts/${f}`);
const SAMPLES = readdirSync(join(import.meta.dirname, "../../fixtures/samples"))
  .filter((f) => f !== "blank.txt")
  .map((f) => `samples/${f}`);
const DOCUMENTS: Array<[string, string[]]> = [
  ...CORPUS.map((name): [string, string[]] => [name, corpus(name)]),
  ...[...DRAFTS, ...SAMPLES].map((path): [string, string[]] => [path, fixture(path)]),
];

function ok(result: OutlineGenreResult): Genre {
  if (!result.ok) assert.fail(`expected a genre, got ${result.reason}`);
  return result.genre;
}

/** Heading text compared across placeholders, fields and typed figures. */
const norm = (title: string) =>
  title
    .replace(/\{\{[^{}]*\}\}|\{[^{}]*\}/g, "X")
    .replace(/[0-9０-９XxＸｘ×○〇.．]+/g, "X")
    .replace(/[。；：，、,;:.\s\u3000]+$/, "")
    .replace(/[\s\u3000]+/g, "");

/** Levels 1–2 of the document from its first level-1 heading (ad lines blanked as the saver does). */
function documentStructure(texts: readonly string[]): string[] {
  const entries = readOutline(texts.map((t) => (isAdLine(t) ? "" : t))).filter((e) => e.level <= 2);
  const first = entries.findIndex((e) => e.level === 1);
  return entries.slice(first).map((e) => `${e.level} ${norm(e.title)}`);
}

function skeletonStructure(genre: Genre): string[] {
  return readOutline(skeletonTexts(buildSkeleton(genre)))
    .filter((e) => e.level <= 2)
    .map((e) => `${e.level} ${norm(e.title)}`);
}

/** Every text of a genre where slots may stand, with where it is. */
function allTexts(g: Genre): Array<[string, string]> {
  const out: Array<[string, string]> = [["titlePattern", g.titlePattern]];
  for (const key of ["addressee", "opening", "closing", "signature", "date"] as const) if (g[key]) out.push([key, g[key]!]);
  g.subtitle?.forEach((s, i) => out.push([`subtitle[${i}]`, s]));
  for (const s of g.sections) {
    for (const x of [s, ...s.subsections]) {
      out.push([`${x.id}.title`, x.title]);
      x.body.forEach((b, i) => out.push([`${x.id}.body[${i}]`, typeof b === "string" ? b : ""]));
      x.points?.forEach((p, i) => out.push([`${x.id}.points[${i}]`, p]));
    }
  }
  return out;
}

const metricsOf = (g: Genre) =>
  allTexts(g).flatMap(([, text]) => parseSlots(text).flatMap((p) => ("metric" in p ? [p.metric] : [])));

describe("genreFromOutline on the corpus and the fixtures", () => {
  for (const [name, texts] of DOCUMENTS) {
    test(`${name}: a valid genre whose skeleton has the document's heading structure`, () => {
      const genre = ok(genreFromOutline(texts));
      assert.deepEqual(validateGenre(genre), []);
      assert.ok(genreSchema.safeParse(JSON.parse(JSON.stringify(genre))).success, "survives JSON and the stored schema");
      assert.deepEqual(skeletonStructure(genre), documentStructure(texts));
      // Ids: ASCII slugs, unique, never a built-in genre's.
      const ids = genre.sections.flatMap((s) => [s.id, ...s.subsections.map((x) => x.id)]);
      assert.ok([genre.id, ...ids].every((id) => SLUG.test(id)), ids.join(","));
      assert.equal(new Set(ids).size, ids.length);
      assert.ok(!genreCatalog.some((g) => g.id === genre.id), "!genreCatalog.some((g) => g.id === genre.id)");
      // Hints are one short line; examples are reduced.
      for (const s of genre.sections.flatMap((x) => [x, ...x.subsections])) {
        assert.ok(s.hint.zh.length <= MAX_HINT_CHARS + 12, `${s.id} hint: ${s.hint.zh}`);
        assert.ok(!/[\r\n]/.test(s.hint.zh), "!/[\\r\\n]/.test(s.hint.zh)");
        for (const b of s.body) assert.ok(typeof b === "string" && b.length <= MAX_EXAMPLE_CHARS + 2, `${s.id} body: ${String(b)}`);
      }
      // Metric slot names are unique: each is its own field in the 数据 tab.
      const metrics = metricsOf(genre);
      assert.equal(new Set(metrics).size, metrics.length, metrics.join(","));
      // Each section and subsection can be inserted one at a time, like a built-in's.
      genre.sections.forEach((s, i) => {
        const block = buildSection(genre, s.id, i + 1);
        assert.equal(block[0]!.role, "heading1");
        for (const sub of s.subsections) assert.equal(buildSection(genre, sub.id, 1)[0]!.role, "heading2");
      });
    });
  }

  test("no figure typed in a report survives into example text or headings: every one is a slot or a placeholder", () => {
    for (const [name, texts] of DOCUMENTS) {
      const genre = ok(genreFromOutline(texts));
      for (const [where, text] of allTexts(genre)) {
        if (where.endsWith(".title") || where.includes(".body") || where.includes(".points")) {
          // Digits that stay are names (PM2.5, 5G), far years (2035年) or numbering such as 1+N.
          const leftover = maskFigures(text).spans.filter((s) => s.year === undefined && !/^[0-9]$/.test(s.original));
          for (const s of leftover) {
            const around = text.slice(Math.max(0, s.start - 6), s.end + 6);
            assert.ok(!/[0-9][亿万元%％个名人次项家户所]/.test(text.slice(s.start, s.end + 2)), `${name} ${where}: ${around}`);
          }
        }
      }
    }
  });
});

describe("genreFromOutline: what a saved skeleton holds", () => {
  const school = ok(genreFromOutline(corpus("school-principal-report.txt")));

  test("the frame: title with fields, addressee, opening, signature and date generalised", () => {
    assert.equal(school.titlePattern, "{中学名称}中学校长{年度}年度述职述廉报告");
    assert.deepEqual(school.fields.map((f) => [f.key, f.placeholder]), [["中学名称", "XX"], ["述职人姓名", "×××"], ["年度", "20XX"]]);
    assert.equal(school.addressee, "各位领导、各位老师：");
    assert.ok(school.opening?.startsWith("{年度}年，在县委教育工委"), "school.opening?.startsWith(\"{年度}年，在县委教育工委\")");
    assert.ok(school.opening?.endsWith("报告如下："), "school.opening?.endsWith(\"报告如下：\")");
    assert.equal(school.signature, "述职人：{述职人姓名}");
    assert.equal(school.date, "{年度}年X月X日");
    assert.equal(school.closing, undefined);
    assert.equal(school.name.zh, "中学校长{年度}年度述职述廉报告");
  });

  test("level-1 headings are sections, level-2 subsections, ordinals stripped, hints from the first sentence", () => {
    assert.deepEqual(
      school.sections.map((s) => [s.title, s.subsections.map((x) => x.title)]),
      [
        ["加强政治理论学习，坚定理想信念", ["坚持集中学习", "严守政治纪律"]],
        ["聚焦立德树人，提升办学质量", ["教学质量稳步提升", "师资队伍不断壮大", "办学条件持续改善"]],
        ["严于律己，廉洁从教", ["落实“一岗双责”", "严格执行财务制度"]],
        ["存在的问题和不足", []],
        ["下一步工作打算", []],
      ],
    );
    const study = school.sections[0]!.subsections[0]!;
    assert.equal(study.hint.zh, "全年组织理论学习X次，撰写学习笔记X万字，讲授专题党课X次");
    assert.deepEqual(study.body, ["全年组织理论学习{{理论学习次数}}次，撰写学习笔记{{学习笔记}}万字，讲授专题党课{{专题党课次数}}次。"]);
    // A section with nothing but subsections is described by them.
    assert.equal(school.sections[0]!.hint.zh, "包括：坚持集中学习、严守政治纪律");
    // 一是……；二是…… stays as the example of 存在的问题.
    assert.ok(String(school.sections[3]!.body[0]).startsWith("一是理论学习的深度还不够；二是"), "String(school.sections[3]!.body[0]).startsWith(\"一是理论学习的深度还不够；二是\")");
  });

  test("figures become metric slots named as the 数据 tab names them; the same name twice gets （2）", () => {
    const metrics = metricsOf(school);
    for (const name of ["理论学习次数", "中考平均分", "本科上线率", "本科上线率同比提高", "新招聘教师数", "投入资金", "经费支出"]) {
      assert.ok(metrics.includes(name), `${name} in ${metrics.join(",")}`);
    }
    assert.ok(metrics.includes("本科上线率（2）"), "the target in 下一步 is a figure of its own");
    // Inserted, each slot is a content control the 数据 tab lists by its name; its text X is a blank the scanner sees.
    const block = buildSkeleton(school);
    const slots = block.flatMap((p) => p.segments.flatMap((s) => ("metric" in s ? [s.metric] : [])));
    assert.deepEqual(slots, metrics.filter((m) => slots.includes(m)));
    const texts = skeletonTexts(block);
    assert.ok(scanPlaceholders(texts).length >= slots.length, "scanPlaceholders(texts).length >= slots.length");
  });

  test("a real report: typed figures become slots, its year the {年度} field, other years placeholders", () => {
    const g = ok(genreFromOutline(fixture("samples/draft-with-problems.txt")));
    assert.equal(g.titlePattern, "某某区发展改革局{年度}年度工作总结");
    const sub = g.sections[0]!.subsections[0]!;
    assert.match(String(sub.body[0]), /^全年实施重点项目\{\{重点项目数\}\}个，完成投资\{\{完成投资\}\}亿元/);
    assert.ok(!/[0-9]/.test(String(sub.body[0])), String(sub.body[0]));
    assert.equal(g.date, "{年度}年XX月XX日");
    assert.equal(g.signature, "某某区发展改革局");
    // The advertising line of the downloaded template is nowhere.
    assert.ok(!JSON.stringify(g).includes("公众号"), "!JSON.stringify(g).includes(\"公众号\")");
    const company = ok(genreFromOutline(corpus("company-annual-summary.txt")));
    assert.deepEqual(company.sections.map((s) => s.title), ["主要工作及成效", "存在的问题", "20XX年工作思路"]);
    assert.ok(company.opening?.startsWith("{年度}年是“十五五”规划开局之年。"), "company.opening?.startsWith(\"{年度}年是“十五五”规划开局之年。\")");
  });

  test("level-3 headings become the section's points; level 4 is left out", () => {
    const company = ok(genreFromOutline(corpus("company-annual-summary.txt")));
    const market = company.sections[0]!.subsections[0]!;
    assert.deepEqual(market.points, ["深耕传统市场", "拓展新兴市场"]);
    const texts = skeletonTexts(buildSection(company, market.id, 1));
    assert.ok(texts.includes("一是深耕传统市场；二是拓展新兴市场。"), texts.join("\n"));
    const g = ok(genreFromOutline(["报告", "一、甲", "1.子一", "（1）细节", "2.子二。正文", "（2）细节", "二、乙"]));
    assert.deepEqual(g.sections[0]!.points, ["子一", "子二"]);
    assert.ok(!JSON.stringify(g).includes("细节"), "!JSON.stringify(g).includes(\"细节\")");
  });

  test("a government report: lines under the title, the speaker's name a field, the call to action the closing", () => {
    const county = ok(genreFromOutline(fixture("drafts/county-government-report.txt")));
    assert.equal(county.titlePattern, "政府工作报告");
    assert.deepEqual(county.subtitle, ["——{年度}年X月X日在{县名称}县第X届人民代表大会第X次会议上", "{县名称}县人民政府县长 {县长姓名}"]);
    assert.equal(county.addressee, "各位代表：");
    assert.match(county.closing ?? "", /^各位代表，让我们.*为建设美丽\{县名称\}县而努力奋斗！$/);
    assert.equal(county.signature, undefined);
    const g2024 = ok(genreFromOutline(corpus("gov-work-report-2024.txt")));
    assert.deepEqual(g2024.subtitle, ["——{年度}年X月X日在第十四届全国人民代表大会第二次会议上", "国务院总理", "{姓名}"]);
    assert.equal(g2024.sections[0]!.title, "20XX年工作回顾", "the year before the report's is a placeholder, not {年度}");
    assert.equal(g2024.sections[1]!.title, "{年度}年经济社会发展总体要求和政策取向");
    assert.match(g2024.closing ?? "", /不懈奋斗！$/);
    assert.ok(!JSON.stringify(g2024).includes("Public domain"), "the source notes after the closing are left out");
  });

  test("a document without a title line: the title becomes a field to fill", () => {
    const g = ok(genreFromOutline(corpus("gov-work-report-2013.txt")));
    assert.equal(g.titlePattern, "{标题}");
    assert.ok(g.fields.some((f) => f.key === "标题"), "g.fields.some((f) => f.key === \"标题\")");
    assert.equal(skeletonTexts(buildSkeleton(g))[0], "××报告");
    assert.equal(g.name.zh, "我的骨架");
  });

  test("no opening paragraph: none is invented", () => {
    const g = ok(genreFromOutline(fixture("drafts/company-summary.txt")));
    assert.equal(g.opening, undefined);
    const texts = skeletonTexts(buildSkeleton(g));
    assert.equal(texts[0], "XX集团20XX年工作总结");
    assert.ok(texts[1]!.startsWith("一、"), "texts[1]!.startsWith(\"一、\")");
  });
});

describe("genreFromOutline: what it refuses, and odd documents", () => {
  test("an empty document, or one of blank and advertising lines: a bilingual message, no genre", () => {
    for (const doc of [[], [""], ["", "  ", "\u3000"], ["更多范文请访问www.example-fanwen.com", ""]]) {
      const r = genreFromOutline(doc);
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.equal(r.reason, "empty");
        assert.match(r.message.zh, /文档是空的/);
        assert.match(r.message.en, /empty/);
      }
    }
  });

  test("text without numbered headings: a message saying what is missing", () => {
    const r = genreFromOutline(["工作总结", "今年以来，我们做了很多工作。", "一是抓学习；二是抓落实。"]);
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.reason, "no-headings");
      assert.match(r.message.zh, /没有找到“一、”“（一）”这样的编号标题/);
      assert.match(r.message.en, /No numbered headings/);
    }
  });

  test("headings numbered by Word (no ordinal in the text) are read from their styles' levels", () => {
    const doc: SourceParagraph[] = [
      { text: "2026年度工作总结", styleLevel: null },
      { text: "现将工作总结如下：" },
      { text: "主要工作", styleLevel: 1 },
      { text: "抓学习", styleLevel: 2 },
      { text: "全年学习12次。" },
      { text: "抓落实", styleLevel: 2 },
      { text: "存在问题", styleLevel: 1 },
    ];
    const g = ok(genreFromOutline(doc));
    assert.deepEqual(g.sections.map((s) => [s.title, s.subsections.map((x) => x.title)]), [["主要工作", ["抓学习", "抓落实"]], ["存在问题", []]]);
    assert.deepEqual(g.sections[0]!.subsections[0]!.body, ["全年学习{{学习次数}}次。"]);
    assert.equal(g.titlePattern, "{年度}年度工作总结");
    // Written ordinals win: style levels are only a fallback.
    const mixed = ok(genreFromOutline([{ text: "报告" }, { text: "一、甲" }, { text: "不是标题", styleLevel: 1 }, { text: "二、乙" }]));
    assert.deepEqual(mixed.sections.map((s) => s.title), ["甲", "乙"]);
  });

  test("paragraphs in tables are neither headings nor examples", () => {
    const g = ok(genreFromOutline([{ text: "报告" }, { text: "一、甲" }, { text: "二、表格里的字", inTable: true }, { text: "正文。" }, { text: "二、乙" }]));
    assert.deepEqual(g.sections.map((s) => s.title), ["甲", "乙"]);
    assert.deepEqual(g.sections[0]!.body, ["正文。"]);
  });

  test("only level-2 headings: they are the sections (the builder numbers them 一、二、)", () => {
    const g = ok(genreFromOutline(["报告", "（一）甲", "1.子一", "（二）乙"]));
    assert.deepEqual(g.sections.map((s) => s.title), ["甲", "乙"]);
  });

  test("braces in the text are not read as slots; run-in headings keep their sentence as the example", () => {
    const g = ok(genreFromOutline(["报告{注}", "一、总体{情况}。全年召开会议8次，{x}{{y}}。"]));
    assert.deepEqual(validateGenre(g), []);
    assert.equal(g.titlePattern, "报告｛注｝");
    assert.equal(g.sections[0]!.title, "总体｛情况｝");
    assert.match(String(g.sections[0]!.body[0]), /^全年召开会议\{\{召开会议次数\}\}次，｛x｝｛｛y｝｝。$/);
  });

  test("figures that are names or far years stay as typed; thousands separators are one figure", () => {
    const g = ok(genreFromOutline([
      "2026年工作总结",
      "一、生态",
      "PM2.5平均浓度下降到30微克/立方米，5G基站建成1,200个，对标2035年远景目标，推行“1+N”模式。",
    ]));
    const body = String(g.sections[0]!.body[0]);
    assert.match(body, /^PM2\.5平均浓度下降到\{\{[^}]+\}\}微克\/立方米，5G基站建成\{\{[^}]+\}\}个，对标2035年远景目标，推行“1\+N”模式。$/);
  });

  test("a long first paragraph is reduced to its first sentence and the sentences with figures", () => {
    const long = "今年以来，我们坚持稳中求进工作总基调。" + "各项工作扎实推进，取得了明显成效。".repeat(6) + "全年完成投资12.5亿元，同比增长8%。" + "群众满意度不断提升。";
    const g = ok(genreFromOutline(["报告", "一、总体情况", long]));
    assert.deepEqual(g.sections[0]!.body, ["今年以来，我们坚持稳中求进工作总基调。全年完成投资{{完成投资}}亿元，同比增长{{完成投资同比增长}}%。"]);
    const huge = ok(genreFromOutline(["报告", "一、总体情况", "我们" + "坚持学习，".repeat(80) + "取得成效。"]));
    const example = String(huge.sections[0]!.body[0]);
    assert.ok(example.length <= MAX_EXAMPLE_CHARS + 2 && example.endsWith("……"), example);
    assert.ok(huge.sections[0]!.hint.zh.length <= MAX_HINT_CHARS + 2, "huge.sections[0]!.hint.zh.length <= MAX_HINT_CHARS + 2");
  });

  test("ids: the genre's avoids the ids given, sections are s1, s1-1 …", () => {
    const doc = ["报告", "一、甲", "（一）子", "二、乙"];
    const first = ok(genreFromOutline(doc));
    const second = ok(genreFromOutline(doc, { takenIds: [first.id] }));
    assert.notEqual(second.id, first.id);
    assert.equal(second.id, `${first.id}-2`);
    assert.deepEqual(first.sections.flatMap((s) => [s.id, ...s.subsections.map((x) => x.id)]), ["s1", "s1-1", "s2"]);
    assert.equal(uniqueSlug("mine-a", ["mine-a", "mine-a-2"]), "mine-a-3");
  });

  test("suggested names: the title with the year as {年度}, other fields and placeholders dropped", () => {
    assert.equal(suggestedName("{中学名称}中学校长{年度}年度述职述廉报告"), "中学校长{年度}年度述职述廉报告");
    assert.equal(suggestedName("{县名称}县第{第几中学}中学{年度}年度工作总结"), "县中学{年度}年度工作总结");
    assert.equal(suggestedName("XX集团20XX年工作总结"), "集团{年度}年工作总结");
    assert.equal(suggestedName("{标题}"), "我的骨架");
    assert.equal(suggestedName("{年度}年度"), "我的骨架");
  });

  test("存为骨架 of a downloaded template: named after the detected title, advertising and template lines dropped (ux-review-3 problem 2)", () => {
    const source = [
      "笔杆子之家整理，咨询QQ123456789",
      "笔杆子之家",
      "专注公文写作 每日更新",
      "XX县2026年度工作总结",
      "各位领导：",
      "2026年，全县上下攻坚克难，圆满完成了年度目标任务。",
      "一、主要工作",
      "全年完成投资12亿元。",
      "二、下一步打算",
      "继续抓好重点工作。",
    ];
    const genre = ok(genreFromOutline(source));
    assert.equal(genre.name.zh, "县{年度}年度工作总结");
    assert.match(genre.titlePattern, /^\{[^{}]+\}县\{年度\}年度工作总结$/);
    const all = JSON.stringify(genre);
    for (const line of ["笔杆子之家", "专注公文写作", "QQ"]) assert.ok(!all.includes(line), `${line} is not in the skeleton`);
    assert.equal(genre.addressee, "各位领导：");
  });

  test("seeded reports, clean and damaged: never throws, always valid, headings kept", () => {
    const rand = seeded(15);
    let built = 0;
    for (let i = 0; i < 150; i++) {
      const clean = correctReport(rand, 10 + Math.floor(rand() * 60));
      const g = ok(genreFromOutline(clean));
      assert.deepEqual(validateGenre(g), [], clean.join("\n"));
      assert.deepEqual(skeletonStructure(g), documentStructure(clean), clean.join("\n"));
      const messy = messyReport(rand, 10 + Math.floor(rand() * 60));
      const r = genreFromOutline(messy);
      if (r.ok) {
        built++;
        assert.deepEqual(validateGenre(r.genre), [], messy.join("\n"));
      }
    }
    // A messy report with headings still becomes a skeleton: the loop above must have checked some.
    assert.ok(built >= 100, `${built} of 150 messy reports built a genre`);
  });
});
