// Content packs: parsePack's refusals (each with a bilingual message naming the item), the old
// snippet file read as a pack, and the 10,000-level file that must not crash anything.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  MAX_PACK_BYTES,
  MAX_PACK_GENRES,
  MAX_PACK_SNIPPETS,
  MAX_PACK_TIFA,
  PACK_FORMAT,
  packSchema,
  parsePack,
  packFromJson,
  type ParsePackResult,
} from "../../../src/core/packs";
import { serializeSnippetFile, SNIPPET_FILE_FORMAT } from "../../../src/core/snippets";

const EXAMPLE_PATH = join(import.meta.dirname, "../../../assets/packs/example-pack.json");
const exampleText = readFileSync(EXAMPLE_PATH, "utf8");

/** A fresh copy of the example pack to break in one place. */
function example(): any {
  return JSON.parse(exampleText);
}

function refused(result: ParsePackResult): { zh: string; en: string; paths: string[] } {
  assert.equal(result.ok, false, "expected a refusal");
  if (result.ok) throw new Error("unreachable");
  assert.ok(result.error.zh.length > 4 && result.error.en.length > 4, "both languages");
  assert.match(result.error.zh, /[\u4e00-\u9fff]/, "the Chinese message is Chinese");
  return { ...result.error, paths: result.problems.map((p) => p.path) };
}

/** Refusal of the example with one change; its message names `path` and matches zh/en. */
function expectProblem(change: (pack: any) => void, path: string | RegExp, zh?: RegExp, en?: RegExp) {
  const pack = example();
  change(pack);
  const error = refused(parsePack(JSON.stringify(pack)));
  const hit = typeof path === "string" ? error.paths.includes(path) : error.paths.some((p) => path.test(p));
  assert.ok(hit, `no problem at ${path}; got ${error.paths.join(" | ")}`);
  if (typeof path === "string") {
    assert.ok(error.zh.includes(path), `zh names ${path}: ${error.zh}`);
    assert.ok(error.en.includes(path), `en names ${path}: ${error.en}`);
  }
  if (zh) assert.match(error.zh, zh);
  if (en) assert.match(error.en, en);
}

describe("parsePack: a valid pack", () => {
  test("the example pack parses, from text, from UTF-8 bytes and with a BOM", () => {
    for (const input of [exampleText, new TextEncoder().encode(exampleText), new TextEncoder().encode("\uFEFF" + exampleText)]) {
      const result = parsePack(input);
      assert.ok(result.ok, result.ok ? "" : result.error.en);
      assert.equal(result.fromSnippetFile, false);
      assert.equal(result.pack.format, PACK_FORMAT);
      assert.equal(result.pack.genres?.length, 1);
    }
  });

  test("the parsed pack satisfies the zod schema exactly (the one format)", () => {
    const result = parsePack(exampleText);
    assert.ok(result.ok, "result.ok");
    assert.deepEqual(packSchema.parse(result.pack), result.pack);
  });

  test("a pack holding only one kind of item is fine (a profile alone, 提法 alone)", () => {
    const onlyProfile = example();
    delete onlyProfile.genres;
    delete onlyProfile.snippets;
    delete onlyProfile.tifa;
    assert.ok(parsePack(JSON.stringify(onlyProfile)).ok, "parsePack(JSON.stringify(onlyProfile)).ok");
    const onlyTifa = example();
    delete onlyTifa.genres;
    delete onlyTifa.snippets;
    delete onlyTifa.formatProfile;
    assert.ok(parsePack(JSON.stringify(onlyTifa)).ok, "parsePack(JSON.stringify(onlyTifa)).ok");
  });
});

describe("parsePack: the file itself", () => {
  test("over 5 MB is refused before decoding (bytes and text)", () => {
    const big = new Uint8Array(MAX_PACK_BYTES + 1).fill(0x20);
    const error = refused(parsePack(big));
    assert.match(error.zh, /文件过大（5\.0 MB）/);
    assert.match(error.en, /too large/);
    refused(parsePack(" ".repeat(MAX_PACK_BYTES + 1)));
    // Chinese characters are three bytes each in UTF-8: counted as bytes, not characters.
    assert.match(refused(parsePack("汉".repeat(Math.ceil(MAX_PACK_BYTES / 3) + 1))).en, /too large/);
  });

  test("UTF-16 (with or without BOM), GBK and broken UTF-8 are named", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'{"format":1}'].flatMap((c) => [c.charCodeAt(0), 0])]);
    assert.match(refused(parsePack(utf16)).zh, /UTF-16/);
    const utf16NoBom = new Uint8Array([...'{"format":"x","version":1}'].flatMap((c) => [c.charCodeAt(0), 0]));
    assert.match(refused(parsePack(utf16NoBom)).en, /UTF-16/);
    // "内容包" in GBK.
    const gbk = new Uint8Array([0x7b, 0x22, 0xc4, 0xda, 0xc8, 0xdd, 0xb0, 0xfc, 0x22, 0x7d]);
    assert.match(refused(parsePack(gbk)).zh, /GBK/);
    assert.match(refused(parsePack(new Uint8Array([0x7b, 0xff, 0x7d]))).en, /not valid UTF-8/);
  });

  test("empty and blank files", () => {
    assert.match(refused(parsePack("")).zh, /文件是空的/);
    assert.match(refused(parsePack(" \n\t")).en, /empty/);
    assert.match(refused(parsePack(new Uint8Array())).en, /empty/);
  });

  test("a web page (a sign-in page instead of the file) says so", () => {
    const error = refused(parsePack("<!doctype html><html><body>请登录</body></html>"));
    assert.match(error.zh, /网页（HTML）.*登录/);
    assert.match(error.en, /web page/);
  });

  test("a file the person chose that is not JSON is refused as a file, never as a web page (issue 24)", () => {
    for (const text of ["<!doctype html><html><body>请登录</body></html>", "指标,数值\n收入,12"]) {
      const error = refused(parsePack(new TextEncoder().encode(text), { origin: "file" }));
      assert.match(error.zh, /^不是内容包文件.*管理员.*\.json/);
      assert.doesNotMatch(error.zh, /网页|登录|地址/);
      assert.match(error.en, /^Not a content pack file/);
    }
  });

  test("not JSON: the parser's reason is given", () => {
    const error = refused(parsePack('{"format": "report-composer-pack", '));
    assert.match(error.zh, /不是内容包：不是有效的 JSON/);
    assert.match(error.en, /Not valid JSON/);
  });

  test("JSON nested 10,000 levels deep (20 KB) gives a clear error and never throws", () => {
    const deep = "[".repeat(10_000) + "]".repeat(10_000);
    assert.doesNotThrow(() => parsePack(deep));
    const error = refused(parsePack(deep));
    assert.match(error.zh, /嵌套超过 64 层/);
    assert.match(error.en, /nested more than 64 levels/);
    // Inside a real pack too, and as objects, and unbalanced.
    const inPack = exampleText.replace('"tifa": [', `"tifa": [${"{\"a\":".repeat(10_000)}1${"}".repeat(10_000)}, `);
    assert.match(refused(parsePack(inPack)).en, /nested more than/);
    assert.match(refused(parsePack("[".repeat(10_000))).en, /nested more than/);
    assert.doesNotThrow(() => packFromJson(undefined));
  });

  test("markup anywhere is refused: raw and as \\u003c escapes, in any part", () => {
    const inSnippet = example();
    inSnippet.snippets[0].text = "<script>alert(1)</script>";
    assert.match(refused(parsePack(JSON.stringify(inSnippet))).zh, /脚本（<script>）/);
    const escaped = exampleText.replace("局党组：", "\\u003ciframe src=x\\u003e");
    assert.match(refused(parsePack(escaped)).en, /embedded frame/);
    const inHint = example();
    inHint.genres[0].sections[0].hint.en = '<a href="javascript:x()">x</a>';
    assert.match(refused(parsePack(JSON.stringify(inHint))).en, /contains/);
    const handler = example();
    handler.tifa[0].right = "<img onerror=alert(1)>";
    assert.match(refused(parsePack(JSON.stringify(handler))).zh, /出于安全考虑/);
  });
});

describe("parsePack: the envelope", () => {
  test("not an object", () => {
    for (const value of ["[]", "3", "null", '"text"', "true"]) {
      assert.match(refused(parsePack(value)).zh, /不是“报告助手”内容包/, value);
    }
  });

  test("another format, or none", () => {
    const other = example();
    other.format = "something-else";
    assert.match(refused(parsePack(JSON.stringify(other))).en, /"format" must be "report-composer-pack"/);
    const none = example();
    delete none.format;
    assert.match(refused(parsePack(JSON.stringify(none))).zh, /format 应为/);
  });

  test("a newer version asks for an update; a missing or odd version is unsupported", () => {
    const newer = example();
    newer.version = 2;
    const error = refused(parsePack(JSON.stringify(newer)));
    assert.match(error.zh, /版本为 2.*请先升级插件/);
    assert.match(error.en, /newer add-in/);
    for (const version of [undefined, 0, "1", null]) {
      const pack = example();
      pack.version = version;
      assert.match(refused(parsePack(JSON.stringify(pack))).en, /Unsupported content pack version/);
    }
  });

  test("id, name, publisher, description, updatedAt", () => {
    expectProblem((p) => (p.id = "has space"), "id", /编号应为 1–64 个英文字母、数字或 _\.-/, /id must be/);
    expectProblem((p) => delete p.id, "id", /缺少此项/);
    expectProblem((p) => delete p.name, "name", /缺少此项/);
    expectProblem((p) => (p.name.zh = " "), "name.zh", /不能为空/, /must not be empty/);
    expectProblem((p) => (p.name.en = "x".repeat(81)), "name.en", /最多 80 个字符/);
    expectProblem((p) => (p.name.fr = "x"), "name", /本格式没有的字段：fr/);
    expectProblem((p) => (p.publisher = ""), "publisher", /不能为空/);
    expectProblem((p) => (p.description = { zh: "只写中文" }), "description.en", /缺少此项/);
    expectProblem((p) => (p.updatedAt = "next week"), "updatedAt", /ISO 日期/);
    expectProblem((p) => (p.updatedAt = 20261201), "updatedAt", /应为文字/);
  });

  test("an unknown top-level field (a typo) is named", () => {
    expectProblem((p) => (p.genre = []), "（文件 file）", /本格式没有的字段：genre（拼写是否有误？）/, /Unrecognized key: "genre"/);
  });

  test("each list must be a list, within its limit", () => {
    expectProblem((p) => (p.genres = {}), "genres", /应为列表/);
    expectProblem((p) => (p.snippets = "x"), "snippets", /应为列表/);
    expectProblem((p) => (p.tifa = 1), "tifa", /应为列表/);
    const many = (n: number, make: (i: number) => unknown) => Array.from({ length: n }, (_, i) => make(i));
    expectProblem((p) => (p.genres = many(MAX_PACK_GENRES + 1, (i) => ({ ...p.genres[0], id: `g-${i}` }))), "genres", /最多 100 项/);
    expectProblem(
      (p) => (p.snippets = many(MAX_PACK_SNIPPETS + 1, (i) => ({ id: `s-${i}`, category: "c", title: "t", text: `第${i}条`, tags: [] }))),
      "snippets",
      /最多 5000 项/,
    );
    expectProblem((p) => (p.tifa = many(MAX_PACK_TIFA + 1, (i) => ({ id: `t-${i}`, right: `甲${i}`, wrong: [`乙${i}`] }))), "tifa", /最多 1000 项/);
  });

  test("an empty pack is refused", () => {
    const pack = example();
    for (const key of ["genres", "snippets", "tifa", "formatProfile", "congressDate"]) delete pack[key];
    const error = refused(parsePack(JSON.stringify(pack)));
    assert.match(error.zh, /内容包是空的/);
    const emptyLists = { ...pack, genres: [], snippets: [], tifa: [] };
    assert.match(refused(parsePack(JSON.stringify(emptyLists))).en, /empty/);
  });

  test("more than three problems: three shown, the rest counted", () => {
    const pack = example();
    pack.id = "bad id";
    pack.name.zh = "";
    pack.publisher = "";
    pack.updatedAt = "x";
    pack.snippets[0].title = "";
    const error = refused(parsePack(JSON.stringify(pack)));
    assert.match(error.zh, /共 5 处问题.*另有 2 处/);
    assert.match(error.en, /5 problem\(s\).*and 2 more/);
    assert.equal(error.paths.length, 5);
  });
});

describe("parsePack: genres", () => {
  test("a shape problem names the genre by index and id, and the place inside it", () => {
    expectProblem((p) => (p.genres[0].sections[1].hint.zh = ""), "genres[0]（jidu-jinzhan）.sections[1].hint.zh", /不能为空/);
    expectProblem((p) => delete p.genres[0].titlePattern, "genres[0]（jidu-jinzhan）.titlePattern", /缺少此项/);
    expectProblem((p) => (p.genres[0].id = "Upper"), "genres[0]（Upper）.id", /小写英文字母/);
    expectProblem((p) => (p.genres[0].sections = []), "genres[0]（jidu-jinzhan）.sections", /至少需要一个章节/);
    expectProblem((p) => (p.genres[0].sections[1].subsections[1].points = ["只有一条"]), "genres[0]（jidu-jinzhan）.sections[1].subsections[1].points", /要点至少两条/);
    expectProblem((p) => (p.genres[0].sections[0].body = [3]), "genres[0]（jidu-jinzhan）.sections[0].body[0]", /类型或写法不对/);
    expectProblem((p) => (p.genres[0].extra = true), "genres[0]（jidu-jinzhan）", /本格式没有的字段：extra/);
  });

  test("the catalog's own rules apply: declared fields, no ordinals, no end punctuation, unique ids", () => {
    expectProblem((p) => (p.genres[0].opening = "{部门}的工作"), "genres[0]（jidu-jinzhan）.opening", /未在 fields 中声明的字段 \{部门\}/, /unknown field \{部门\}/);
    expectProblem((p) => (p.genres[0].sections[0].title = "一、总体进展"), "genres[0]（jidu-jinzhan）.sections:overview.title", /不应带序号/);
    expectProblem((p) => (p.genres[0].sections[0].title = "总体进展。"), "genres[0]（jidu-jinzhan）.sections:overview.title", /末尾不应有标点/);
    expectProblem((p) => (p.genres[0].sections[1].id = "overview"), /sections:overview.id/, /章节编号 overview 重复/);
    expectProblem((p) => p.genres.push(structuredClone(p.genres[0])), "genres[1]（jidu-jinzhan）.id", /与 genres\[0\] 的编号重复/);
    expectProblem((p) => (p.genres[0].titlePattern = "{{季度数}}报告"), "genres[0]（jidu-jinzhan）.titlePattern", /不能使用数据位/);
  });
});

describe("parsePack: snippets", () => {
  test("shape problems, duplicate ids and duplicate texts name the snippet", () => {
    expectProblem((p) => (p.snippets[1].text = ""), "snippets[1]（jc-002）.text", /内容为空/, /text is empty/);
    expectProblem((p) => (p.snippets[0].id = "含中文"), "snippets[0]（含中文）.id", /编号应为/);
    expectProblem((p) => (p.snippets[0].text = "{未闭合"), "snippets[0]（jc-001）.text", /不成对/);
    expectProblem((p) => (p.snippets[0].years = [1999]), "snippets[0]（jc-001）.years[0]", /至少 2000/);
    expectProblem((p) => (p.snippets[1].id = "jc-001"), "snippets[1]（jc-001）", /与第 1 条编号重复/);
    expectProblem((p) => (p.snippets[1].text = p.snippets[0].text), "snippets[1]（jc-002）", /与第 1 条内容重复/);
  });
});

describe("parsePack: 提法", () => {
  test("an entry needs wrong, order or outdated; a wrong wording must not be inside the right one", () => {
    expectProblem((p) => (p.tifa[0] = { id: "x", right: "规范" }), "tifa[0]（x）", /至少要有 wrong、order 或 outdated/);
    expectProblem((p) => (p.tifa[0].wrong = ["江城市数据资源"]), "tifa[0]（jc-unit-name）", /错误写法不能是正确写法的一部分/);
    expectProblem((p) => (p.tifa[1].order = ["只有一项"]), "tifa[1]（jc-san-fuwu）.order", /至少 2 项/);
    expectProblem((p) => (p.tifa[0].right = ""), "tifa[0]（jc-unit-name）.right", /不能为空/);
    expectProblem((p) => (p.tifa[2].id = "jc-unit-name"), "tifa[2]（jc-unit-name）.id", /与 tifa\[0\] 的编号重复/);
  });
});

describe("parsePack: format profile", () => {
  test("locked must be given; unknown fields refused", () => {
    expectProblem((p) => delete p.formatProfile.locked, "formatProfile.locked", /缺少此项/);
    expectProblem((p) => (p.formatProfile.locked = "yes"), "formatProfile.locked", /应为true 或 false/);
    expectProblem((p) => (p.formatProfile.lock = true), "formatProfile", /本格式没有的字段：lock/);
  });

  test("profile problems use the profile validator's own words", () => {
    expectProblem((p) => (p.formatProfile.profile.lineSpacingPt = 40), "formatProfile.profile.lineSpacingPt", /行距须为28–29\.5磅的固定值（现为40）/, /Line spacing must be/);
    expectProblem((p) => (p.formatProfile.profile.roles.body.sizePt = 2), "formatProfile.profile.roles.body.sizePt", /正文的字号/);
    expectProblem((p) => delete p.formatProfile.profile.roles.heading2, "formatProfile.profile.roles.heading2", /缺失或无效/);
    expectProblem((p) => delete p.formatProfile.profile, "formatProfile.profile", /缺少此项|缺失或无效/);
  });
});

describe("parsePack: an old team snippet file is a pack of snippets", () => {
  const snippets = [
    { id: "t-1", category: "jingjifazhan", title: "开发区提质", text: "推动开发区提质增效。", tags: ["正式"] },
    { id: "t-2", category: "personal", title: "两句", text: "第二句。", tags: [], years: [2026] },
  ];

  test("it reads with a default or given name and keeps the export time", () => {
    // As the 短语 tab exports it (which leaves out `years`), and written by hand with `years`.
    const exported = parsePack(serializeSnippetFile(snippets, "2026-11-02T08:00:00.000Z"));
    assert.ok(exported.ok && exported.fromSnippetFile && exported.pack.snippets?.length === 2, "exported.ok && exported.fromSnippetFile && exported.pack.snippets?.length === 2");
    const file = JSON.stringify({ format: SNIPPET_FILE_FORMAT, version: 1, exportedAt: "2026-11-02T08:00:00.000Z", snippets });
    const result = parsePack(new TextEncoder().encode(file));
    assert.ok(result.ok, result.ok ? "" : result.error.en);
    assert.equal(result.fromSnippetFile, true);
    assert.equal(result.pack.id, "team-snippets");
    assert.deepEqual(result.pack.name, { zh: "团队短语库", en: "Team phrase library" });
    assert.equal(result.pack.updatedAt, "2026-11-02T08:00:00.000Z");
    assert.deepEqual(result.pack.snippets, snippets);
    assert.deepEqual(packSchema.parse(result.pack), result.pack);
    const named = parsePack(file, { snippetFileName: { zh: "处室短语", en: "Division phrases" }, snippetFileId: "div" });
    assert.ok(named.ok, "named.ok");
    assert.equal(named.pack.id, "div");
    assert.equal(named.pack.name.zh, "处室短语");
  });

  test("its refusals: newer version, other version, no list, too many, bad entries", () => {
    const file = (extra: Record<string, unknown>) => JSON.stringify({ format: SNIPPET_FILE_FORMAT, version: 1, snippets, ...extra });
    assert.match(refused(parsePack(file({ version: 3 }))).zh, /短语文件版本为 3/);
    assert.match(refused(parsePack(file({ version: "1" }))).en, /Unsupported snippet file version/);
    assert.match(refused(parsePack(file({ snippets: undefined }))).zh, /没有短语列表/);
    const tooMany = Array.from({ length: MAX_PACK_SNIPPETS + 1 }, (_, i) => ({ ...snippets[0], id: `x-${i}`, text: `第${i}条` }));
    assert.match(refused(parsePack(file({ snippets: tooMany }))).en, /Too many snippets/);
    const bad = refused(parsePack(file({ snippets: [snippets[0], { id: "t-3" }] })));
    assert.ok(bad.paths.includes("snippets[1]（t-3）"), bad.paths.join("|"));
    assert.match(bad.zh, /短语文件有误/);
    // An odd export time is simply left out.
    const odd = parsePack(file({ exportedAt: "yesterday" }));
    assert.ok(odd.ok && odd.pack.updatedAt === undefined, "odd.ok && odd.pack.updatedAt === undefined");
  });
});
