import { test, describe } from "node:test";
import assert from "node:assert/strict";
import {
  builtInSnippets,
  isPinyinReady,
  searchSnippets,
  searchSnippetsSync,
  normalizeQuery,
  type Snippet,
} from "../../../src/core/snippets/index";
import { generateSnippets } from "../../../bench/snippetSearch";

const mk = (id: string, title: string, text: string, tags: string[] = ["shuzhi", "正式"], category = "c"): Snippet => ({
  id,
  category,
  title,
  text,
  tags,
});

// Runs first, while pinyin-pro has not been imported yet in this process.
test("Chinese substring search works synchronously before pinyin has loaded", () => {
  assert.equal(isPinyinReady(), false);
  const results = searchSnippetsSync(builtInSnippets, "营商环境");
  assert.ok(results.length > 0, "results.length > 0");
  const has = (s: Snippet) => s.title.includes("营商环境") || s.text.includes("营商环境") || s.tags.includes("营商环境");
  assert.ok(results.every((r) => has(r.snippet)), "results.every((r) => has(r.snippet))");
  assert.equal(results.length, builtInSnippets.filter(has).length);
  assert.equal(searchSnippetsSync(builtInSnippets, "sgys").some((r) => r.kind === "titleInitials"), false);
});

describe("ranking on the built-in library", () => {
  test("sgys ranks the 四个意识 snippet first", async () => {
    const results = await searchSnippets(builtInSnippets, "sgys");
    assert.ok(isPinyinReady(), "isPinyinReady()");
    const top = results[0]!;
    assert.ok(top.snippet.title.includes("四个意识"), top.snippet.title);
    assert.equal(top.kind, "titleInitials");
    assert.deepEqual(top.highlight, { field: "title", start: 0, end: 4 });
  });

  test("full pinyin and its prefixes find 四个意识", async () => {
    for (const query of ["sigeyishi", "sigeyi", "sigey", "SiGeYiShi", "si ge yi shi", "si'ge'yi'shi"]) {
      const top = (await searchSnippets(builtInSnippets, query))[0];
      assert.ok(top?.snippet.title.includes("四个意识"), `${query} → ${top?.snippet.title}`);
      assert.equal(top?.kind, "titlePinyin", query);
    }
  });

  test("mixed full pinyin and initials still match", async () => {
    const top = (await searchSnippets(builtInSnippets, "sgyishi"))[0];
    assert.ok(top?.snippet.title.includes("四个意识"), "top?.snippet.title.includes(\"四个意识\")");
    assert.equal(top?.kind, "titleMixedPinyin");
  });

  test("zh/ch/sh may be typed as a two-letter initial", async () => {
    const lib = [mk("zg", "整改工作", "无"), mk("other", "工作整理", "无")];
    const results = await searchSnippets(lib, "zhgg");
    assert.deepEqual(results.map((r) => [r.snippet.id, r.kind]), [["zg", "titleMixedPinyin"]]);
    assert.equal((await searchSnippets(lib, "chzh"))[0]?.snippet.id, undefined);
  });

  test("Chinese substring: exact title, then title prefix, then text", async () => {
    const results = await searchSnippets(builtInSnippets, "新质生产力");
    assert.equal(results[0]!.kind, "exactTitle");
    assert.equal(results[0]!.snippet.title, "新质生产力");
    assert.equal(results[1]!.kind, "titlePrefix");
    const kinds = results.slice(2).map((r) => r.kind);
    assert.ok(kinds.length >= 1 && kinds.every((k) => k === "text"), kinds.join(","));
    assert.ok(results.slice(2).every((r) => r.snippet.text.includes("新质生产力")), "results.slice(2).every((r) => r.snippet.text.includes(\"新质生产力\"))");
  });

  test("gaozhiliang finds 高质量发展 by full pinyin", async () => {
    const results = await searchSnippets(builtInSnippets, "gaozhiliang");
    assert.equal(results[0]!.snippet.title, "高质量发展");
    assert.ok(results.length > 3, "results.length > 3");
    assert.ok(results.every((r) => r.kind === "titlePinyin" || r.kind === "textPinyin"), "results.every((r) => r.kind === \"titlePinyin\" || r.kind === \"textPinyin\")");
    assert.ok(results.every((r) => (r.snippet.title + r.snippet.text).includes("高质量")), "results.every((r) => (r.snippet.title + r.snippet.text).includes(\"高质量\"))");
  });

  test("zhengg (prefix of zhenggai) finds 整改 titles", async () => {
    const results = await searchSnippets(builtInSnippets, "zhengg", { limit: 5 });
    assert.equal(results.length, 5);
    assert.ok(results.every((r) => r.kind === "titlePinyin" && r.snippet.title.includes("整改")), "results.every((r) => r.kind === \"titlePinyin\" && r.snippet.title.includes(\"整改\"))");
    assert.ok(results.slice(0, 4).every((r) => r.snippet.title.startsWith("整改")), results.map((r) => r.snippet.title).join());
  });

  test("category and tag filters restrict the results", async () => {
    const inCategory = await searchSnippets(builtInSnippets, "", { category: "cunzaiwenti" });
    assert.ok(inCategory.length >= 15, "inCategory.length >= 15");
    assert.ok(inCategory.every((r) => r.snippet.category === "cunzaiwenti" && r.kind === "all"), "inCategory.every((r) => r.snippet.category === \"cunzaiwenti\" && r.kind === \"all\")");
    const tagged = await searchSnippets(builtInSnippets, "问题", { tags: ["duizhaojiancha", "简洁"] });
    assert.ok(tagged.length > 0, "tagged.length > 0");
    assert.ok(tagged.every((r) => r.snippet.tags.includes("duizhaojiancha") && r.snippet.tags.includes("简洁")), "tagged.every((r) => r.snippet.tags.includes(\"duizhaojiancha\") && r.snippet.tags.includes(\"简洁\"))");
    const unfiltered = await searchSnippets(builtInSnippets, "问题");
    assert.ok(unfiltered.length > tagged.length, "unfiltered.length > tagged.length");
  });

  test("genre ids in tags do not swamp pinyin search", async () => {
    // "gao" is inside the tag zhengfugongzuobaogao; only whole-tag matches count.
    const results = await searchSnippets(builtInSnippets, "gao");
    assert.ok(results.every((r) => r.kind !== "tag"), "results.every((r) => r.kind !== \"tag\")");
    const byTag = await searchSnippets(builtInSnippets, "duizhaojiancha");
    assert.ok(byTag.length > 10 && byTag.every((r) => r.snippet.tags.includes("duizhaojiancha")), "byTag.length > 10 && byTag.every((r) => r.snippet.tags.includes(\"duizhaojiancha\"))");
  });
});

describe("ranking tiers and boosts on a small library", () => {
  const library = [
    mk("text-hit", "其他标题", "这里提到营商环境。"),
    mk("title-mid", "优化营商环境", "正文一"),
    mk("exact", "营商环境", "正文二"),
    mk("prefix", "营商环境建设", "正文三"),
    mk("pinyin", "迎上", "正文四"),
    mk("fav", "营商环境问题", "正文五"),
  ];

  test("exact title > title prefix > title substring > text substring", async () => {
    const ids = (await searchSnippets(library, "营商环境")).map((r) => r.snippet.id);
    assert.deepEqual(ids, ["exact", "prefix", "fav", "title-mid", "text-hit"]);
  });

  test("favourites and recent rank first within a tier but not across tiers", async () => {
    const ids = (await searchSnippets(library, "营商环境", { favourites: new Set(["fav"]), recent: ["text-hit"] })).map(
      (r) => r.snippet.id,
    );
    assert.deepEqual(ids, ["exact", "fav", "prefix", "title-mid", "text-hit"]);
    // prefix and fav share the title-prefix tier: recency reorders them, not the tiers.
    const recentFirst = (await searchSnippets(library, "营商环境", { recent: ["text-hit", "fav"] })).map((r) => r.snippet.id);
    assert.deepEqual(recentFirst, ["exact", "fav", "prefix", "title-mid", "text-hit"]);
  });

  test("empty query lists favourites, then recent by recency, then library order", async () => {
    const ids = (await searchSnippets(library, "  ", { favourites: new Set(["pinyin"]), recent: ["fav", "exact"] })).map(
      (r) => r.snippet.id,
    );
    assert.deepEqual(ids, ["pinyin", "fav", "exact", "text-hit", "title-mid", "prefix"]);
  });

  test("full pinyin outranks initials, initials outrank fuzzy", async () => {
    const lib = [
      mk("fuzzy", "湖北安全欧洲", "无"),
      mk("initials", "和安欧", "无关"),
      mk("full", "好", "无关内容"),
    ];
    const ranked = await searchSnippets(lib, "hao");
    assert.deepEqual(
      ranked.map((r) => [r.snippet.id, r.kind]),
      [["full", "titlePinyin"], ["initials", "titleInitials"], ["fuzzy", "fuzzy"]],
    );
  });

  test("polyphones match any reading, ü is typed as v or u", async () => {
    const lib = [mk("bank", "银行服务", "无"), mk("green", "绿色发展", "无"), mk("grow", "成长", "无")];
    assert.equal((await searchSnippets(lib, "yinhang"))[0]?.snippet.id, "bank");
    assert.equal((await searchSnippets(lib, "lvse"))[0]?.snippet.id, "green");
    assert.equal((await searchSnippets(lib, "luse"))[0]?.snippet.id, "green");
    assert.equal((await searchSnippets(lib, "chengzhang"))[0]?.snippet.id, "grow");
    assert.equal((await searchSnippets(lib, "cz"))[0]?.snippet.id, "grow");
  });

  test("pinyin runs across quotation marks and reports a highlight in the text", async () => {
    const lib = [mk("q", "政治建设", "增强“四个意识”，做到“两个维护”。")];
    const [hit] = await searchSnippets(lib, "sgys");
    assert.equal(hit?.kind, "textInitials");
    assert.deepEqual(hit.highlight, { field: "text", start: 3, end: 7 });
    const [joined] = await searchSnippets(lib, "zengqiangsige");
    assert.equal(joined?.kind, "textPinyin");
  });

  test("multi-term queries require every term", async () => {
    const lib = [mk("both", "营商环境", "持续优化服务"), mk("one", "营商环境简述", "无关")];
    const ids = (await searchSnippets(lib, "营商 优化")).map((r) => r.snippet.id);
    assert.deepEqual(ids, ["both"]);
  });

  test("no match gives an empty list; limit caps the list", async () => {
    assert.deepEqual(await searchSnippets(library, "完全不相关的词"), []);
    assert.equal((await searchSnippets(library, "营商", { limit: 2 })).length, 2);
  });

  test("typing keystroke by keystroke gives the same results as a fresh search", async () => {
    const fresh = (await searchSnippets([...builtInSnippets], "zhenggai")).map((r) => r.snippet.id);
    const typed = [...builtInSnippets];
    let last: string[] = [];
    for (const prefix of ["z", "zh", "zhe", "zhen", "zheng", "zhengg", "zhengga", "zhenggai"]) {
      last = (await searchSnippets(typed, prefix)).map((r) => r.snippet.id);
    }
    assert.deepEqual(last, fresh);
    assert.ok(fresh.length > 0, "fresh.length > 0");
  });

  test("normalizeQuery folds width, case, apostrophes and spaces", () => {
    assert.equal(normalizeQuery("  ＳＩ’ge   yi "), "sige yi");
    assert.equal(normalizeQuery("lü"), "lv");
  });
});

describe("10,000 generated snippets", () => {
  const generated = generateSnippets(10_000);

  test("generation is deterministic with unique ids and texts", () => {
    assert.equal(generated.length, 10_000);
    assert.equal(new Set(generated.map((s) => s.id)).size, 10_000);
    assert.equal(new Set(generated.map((s) => s.text)).size, 10_000);
    assert.deepEqual(generateSnippets(50), generated.slice(0, 50));
  });

  test("substring, pinyin and initials results are correct and complete", async () => {
    const chinese = await searchSnippets(generated, "营商环境");
    const expected = generated.filter(
      (s) => s.title.includes("营商环境") || s.text.includes("营商环境") || s.tags.includes("营商环境"),
    );
    assert.equal(chinese.length, expected.length);
    assert.ok(expected.length > 10, "expected.length > 10");

    const full = await searchSnippets(generated, "gaozhiliangfazhan");
    // Title and text apart: a title ending 高质量发 before a text starting 展 is not the phrase.
    const withPhrase = generated.filter((s) => s.title.includes("高质量发展") || s.text.includes("高质量发展"));
    assert.ok(withPhrase.length > 10, "withPhrase.length > 10");
    const found = new Set(full.map((r) => r.snippet.id));
    assert.ok(withPhrase.every((s) => found.has(s.id)), "withPhrase.every((s) => found.has(s.id))");
    assert.ok(full.slice(0, withPhrase.length).every((r) => r.kind === "titlePinyin" || r.kind === "textPinyin"), "full.slice(0, withPhrase.length).every((r) => r.kind === \"titlePinyin\" || r.kind === \"textPinyin\")");

    const initials = await searchSnippets(generated, "sgys", { limit: 20 });
    assert.equal(initials.length, 20);
    assert.ok(initials.every((r) => (r.snippet.title + r.snippet.text).includes("四个意识") || r.kind === "fuzzy" || r.kind.endsWith("Initials")), "initials.every((r) => (r.snippet.title + r.snippet.text).includes(\"四个意识\") || r.kind === \"fuzzy\" |...");
    assert.ok((initials[0]!.snippet.title + initials[0]!.snippet.text).includes("四个意识"), "(initials[0]!.snippet.title + initials[0]!.snippet.text).includes(\"四个意识\")");
  });

  test("staged search with a limit returns the top of the full ranking", async () => {
    const copy = [...generated];
    for (const query of ["s", "zg", "xinzhi", "营商"]) {
      const all = await searchSnippets(copy, query);
      const top = await searchSnippets(copy, query, { limit: 30 });
      assert.deepEqual(top.map((r) => r.snippet.id), all.slice(0, 30).map((r) => r.snippet.id), query);
    }
  });
});
