// Content packs: building for export, and merging packs with the built-in and personal content.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildPack,
  describeContentOrigin,
  describeContentSource,
  mergeContent,
  packCounts,
  packFileName,
  packGenreId,
  parsePack,
  serializePack,
  type LoadedPack,
  type Pack,
} from "../../../src/core/packs";
import { genreCatalog, genreSchema, type Genre } from "../../../src/core/genres";
import { builtInSnippets, describeSource, teamSnippetId, type Snippet } from "../../../src/core/snippets";
import { checkDocument, TIFA_ENTRIES } from "../../../src/core/checks";
import { standardProfile, validateProfile } from "../../../src/core/format";
import { buildSkeleton } from "../../../src/core/skeleton";

const EXAMPLE = JSON.parse(readFileSync(join(import.meta.dirname, "../../../assets/packs/example-pack.json"), "utf8")) as Pack;
const URL_A = "https://packs.example.gov.cn/a.json";
const URL_B = "https://packs.example.gov.cn/b.json";

function pack(overrides: Partial<Pack> = {}): Pack {
  return { ...structuredClone(EXAMPLE), ...overrides };
}

const myGenre = (id: string): Genre => ({ ...structuredClone(EXAMPLE.genres![0]!), id, name: { zh: "我的季度汇报", en: "My quarterly report" } });
const builtIn = { genres: genreCatalog, snippets: builtInSnippets, tifa: TIFA_ENTRIES };

describe("the example pack", () => {
  test("its genre builds a skeleton, its 提法 are flagged, its profile is valid and locked", () => {
    const result = parsePack(readFileSync(join(import.meta.dirname, "../../../assets/packs/example-pack.json")));
    assert.ok(result.ok, result.ok ? "" : result.error.en);
    const p = result.pack;
    assert.deepEqual(packCounts(p), { genres: 1, snippets: 4, tifa: 3, profile: 1, locked: true });
    const skeleton = buildSkeleton(p.genres![0]!, { fields: { 处室: "数据共享处", 年度: "2026", 季度: "第三" } });
    const texts = skeleton.map((para) => para.segments.map((s) => ("text" in s ? s.text : `[${s.metric}]`)).join(""));
    assert.equal(texts[0], "数据共享处2026年第三季度重点工作进展情况");
    assert.ok(texts.includes("总体进展"), texts.join("\n"));
    assert.ok(texts.includes("本季度完成的主要事项"), "texts.includes(\"本季度完成的主要事项\")");
    assert.equal(texts.at(-1), "20XX年X月X日");
    const findings = checkDocument(["本季度江城数据局持续优化营商坏境，践行服务群众、服务企业、服务基层。"], { tifa: p.tifa });
    assert.deepEqual(
      findings.filter((f) => f.rule === "text.tifa").map((f) => f.replacement),
      ["江城市数据资源管理局", "营商环境", "服务企业、服务群众、服务基层"],
    );
    assert.ok(validateProfile(p.formatProfile!.profile).ok, "validateProfile(p.formatProfile!.profile).ok");
    assert.equal(p.formatProfile!.locked, true);
  });

  test("its snippets' categories are built-in ones, and its genre is not a copy of a built-in", () => {
    const categories = new Set(builtInSnippets.map((s) => s.category));
    for (const s of EXAMPLE.snippets!) assert.ok(categories.has(s.category), s.category);
    assert.ok(!genreCatalog.some((g) => g.id === EXAMPLE.genres![0]!.id), "!genreCatalog.some((g) => g.id === EXAMPLE.genres![0]!.id)");
  });
});

describe("buildPack and serializePack", () => {
  test("round trip: what is exported imports unchanged", () => {
    const built = buildPack({
      id: "my-pack",
      name: { zh: "我的内容包", en: "My pack" },
      publisher: "  办公室  ",
      updatedAt: "2026-12-02",
      genres: [myGenre("my-quarterly")],
      snippets: [{ id: "mine-1", category: "personal", title: "一句", text: "一句话。", tags: [], years: [2026] }],
      formatProfile: { profile: standardProfile, locked: false },
    });
    assert.ok(built.ok, built.ok ? "" : built.error.en);
    assert.equal(built.pack.publisher, "办公室");
    assert.equal(built.pack.tifa, undefined, "empty parts are left out");
    const text = serializePack(built.pack);
    assert.ok(text.endsWith("}\n"), "text.endsWith(\"}\\n\")");
    const again = parsePack(text);
    assert.ok(again.ok, "again.ok");
    assert.deepEqual(again.pack, built.pack);
  });

  test("a merged list's extras (source, namespaced id) are not exported", () => {
    const merged = mergeContent(builtIn, { genres: [myGenre("shuzhi")] }, []);
    const mine = merged.genres.filter((g) => g.source.kind === "mine");
    assert.equal(mine[0]!.id, "mine-shuzhi");
    const built = buildPack({ id: "x", name: { zh: "包", en: "Pack" }, genres: mine, snippets: merged.snippets.slice(0, 2) });
    assert.ok(built.ok, built.ok ? "" : built.error.en);
    assert.equal(built.pack.genres![0]!.id, "shuzhi");
    assert.ok(genreSchema.safeParse(built.pack.genres![0]).success, "genreSchema.safeParse(built.pack.genres![0]).success");
    assert.ok(!("source" in built.pack.snippets![0]!), "!(\"source\" in built.pack.snippets![0]!)");
  });

  test("today's date by default; a profile being edited (NaN) is refused with its reason", () => {
    const dated = buildPack({ id: "d", name: { zh: "包", en: "Pack" }, tifa: [TIFA_ENTRIES[0]!] });
    assert.ok(dated.ok, "dated.ok");
    assert.equal(dated.pack.updatedAt, new Date().toISOString().slice(0, 10));
    const broken = buildPack({
      id: "d",
      name: { zh: "包", en: "Pack" },
      formatProfile: { profile: { ...standardProfile, lineSpacingPt: Number.NaN }, locked: true },
    });
    assert.ok(!broken.ok, "!broken.ok");
    assert.match(broken.error.zh, /行距/);
    const empty = buildPack({ id: "e", name: { zh: "包", en: "Pack" } });
    assert.ok(!empty.ok && /空的/.test(empty.error.zh), "!empty.ok && /空的/.test(empty.error.zh)");
  });

  test("file name", () => {
    assert.equal(packFileName(pack(), new Date("2026-12-03T10:00:00Z")), "report-composer-pack-jiangcheng-data-example-2026-12-03.json");
  });
});

describe("mergeContent", () => {
  const loadedA: LoadedPack = { key: URL_A, url: URL_A, pack: pack() };

  test("genres: built-in first, then mine, then each pack's, each with its source; pack ids namespaced", () => {
    const merged = mergeContent(builtIn, { genres: [myGenre("my-quarterly")] }, [loadedA]);
    assert.equal(merged.genres.length, genreCatalog.length + 2);
    assert.deepEqual(merged.genres.slice(0, genreCatalog.length).map((g) => g.id), genreCatalog.map((g) => g.id));
    assert.ok(merged.genres.slice(0, genreCatalog.length).every((g) => g.source.kind === "builtIn"), "merged.genres.slice(0, genreCatalog.length).every((g) => g.source.kind === \"builtIn\")");
    const mine = merged.genres[genreCatalog.length]!;
    assert.equal(mine.id, "my-quarterly");
    assert.deepEqual(mine.source, { kind: "mine" });
    const fromPack = merged.genres.at(-1)!;
    assert.equal(fromPack.id, packGenreId(URL_A, "jidu-jinzhan"));
    assert.match(fromPack.id, /^p[0-9a-f]{8}-jidu-jinzhan$/);
    assert.equal(fromPack.originalId, "jidu-jinzhan");
    assert.deepEqual(fromPack.source, { kind: "pack", key: URL_A, packId: "jiangcheng-data-example", name: EXAMPLE.name, url: URL_A });
    // A namespaced id is still a valid genre id (settings keep it).
    const { source: _s, originalId: _o, ...plain } = fromPack;
    assert.ok(genreSchema.safeParse(plain).success, "genreSchema.safeParse(plain).success");
  });

  test("collisions are resolved the same way every time", () => {
    // Mine with a built-in's id, twice; two packs with the same genre id; a pack imported from a file.
    const file: LoadedPack = { key: "file:jiangcheng-data-example", fileName: "example-pack.json", pack: pack() };
    const inputs = [
      { genres: [myGenre("shuzhi"), myGenre("shuzhi"), myGenre("mine-shuzhi")] },
      [loadedA, { key: URL_B, url: URL_B, pack: pack() }, file],
    ] as const;
    const first = mergeContent(builtIn, inputs[0], inputs[1]);
    const second = mergeContent(builtIn, inputs[0], inputs[1]);
    assert.deepEqual(first, second);
    const ids = first.genres.map((g) => g.id);
    assert.equal(new Set(ids).size, ids.length, "ids unique");
    assert.deepEqual(ids.slice(genreCatalog.length, genreCatalog.length + 3), ["mine-shuzhi", "mine-shuzhi-2", "mine-mine-shuzhi"]);
    const packIds = ids.slice(genreCatalog.length + 3);
    assert.equal(packIds.length, 3);
    assert.deepEqual(packIds, [packGenreId(URL_A, "jidu-jinzhan"), packGenreId(URL_B, "jidu-jinzhan"), packGenreId("file:jiangcheng-data-example", "jidu-jinzhan")]);
    assert.deepEqual(describeContentOrigin(first.genres.at(-1)!.source), { zh: "文件：example-pack.json", en: "File: example-pack.json" });
  });

  test("snippets: namespaced like team snippets (favourites of a migrated team library survive), source names the pack", () => {
    const personal: Snippet[] = [{ id: "mine-1", category: "personal", title: "我的", text: "我的一句。", tags: [] }];
    const merged = mergeContent(builtIn, { snippets: personal }, [loadedA]);
    assert.equal(merged.snippets.length, builtInSnippets.length + 1 + EXAMPLE.snippets!.length);
    const fromPack = merged.snippets.filter((s) => typeof s.source === "object");
    assert.deepEqual(fromPack.map((s) => s.id), EXAMPLE.snippets!.map((s) => teamSnippetId(URL_A, s.id)));
    assert.deepEqual(describeSource(fromPack[0]!.source), { zh: "内容包：江城数据局示例内容包", en: "Pack: Jiangcheng data bureau sample pack" });
    assert.deepEqual(merged.snippetPacks, [{ url: URL_A, name: EXAMPLE.name, snippets: EXAMPLE.snippets }]);
    // A pack snippet with a built-in's text is not listed twice; the built-in wins.
    const twin = pack({ snippets: [{ ...EXAMPLE.snippets![0]!, text: builtInSnippets[0]!.text }] });
    const withTwin = mergeContent(builtIn, {}, [{ key: URL_A, url: URL_A, pack: twin }]);
    assert.equal(withTwin.snippets.filter((s) => s.text === builtInSnippets[0]!.text).length, 1);
  });

  test("提法: a pack's entry keeps its id (replacing a built-in one); a later pack's same id is renamed, or dropped when identical", () => {
    const override = { id: "xi-zongshuji", right: "习近平总书记", wrong: ["习总书记", "习主席总书记"] };
    const a = pack({ tifa: [...EXAMPLE.tifa!, override] });
    const b = pack({ tifa: [EXAMPLE.tifa![0]!, { ...EXAMPLE.tifa![2]!, wrong: ["营商幻境"] }] });
    const merged = mergeContent(builtIn, {}, [{ key: URL_A, url: URL_A, pack: a }, { key: URL_B, url: URL_B, pack: b }]);
    assert.deepEqual(
      merged.tifa.map((t) => [t.entry.id, t.replacesBuiltIn, t.source.kind === "pack" ? t.source.key : ""]),
      [
        ["jc-unit-name", false, URL_A],
        ["jc-san-fuwu", false, URL_A],
        ["jc-yingshang", false, URL_A],
        ["xi-zongshuji", true, URL_A],
        [merged.tifa[4]!.entry.id, false, URL_B],
      ],
    );
    assert.match(merged.tifa[4]!.entry.id, /^[0-9a-f]{8}:jc-yingshang$/);
    // Notes: the renamed entry (the identical one was dropped silently) and B's second locked profile.
    assert.equal(merged.notes.filter((n) => /提法/.test(n.zh)).length, 1);
    assert.match(merged.notes[0]!.zh, /jc-yingshang.*已改名/);
    assert.deepEqual(merged.tifaEntries, merged.tifa.map((t) => t.entry));
    // Both apply in the checker; the override replaced the built-in entry (no duplicate finding).
    const findings = checkDocument(["习总书记强调营商幻境和营商坏境。"], { tifa: merged.tifaEntries });
    assert.deepEqual(findings.filter((f) => f.rule === "text.tifa").map((f) => f.replacement), ["习近平总书记", "营商环境", "营商环境"]);
  });

  test("format profiles: every pack's offered with a namespaced id; the first locked one is in force, a later one is noted", () => {
    const unlocked = pack({ id: "u", formatProfile: { ...structuredClone(EXAMPLE.formatProfile!), locked: false } });
    const lockedB = pack({ id: "b" });
    const none = mergeContent(builtIn, {}, [{ key: URL_A, url: URL_A, pack: unlocked }]);
    assert.equal(none.lockedProfile, null);
    assert.equal(none.profiles.length, 1);
    assert.match(none.profiles[0]!.profile.id, /^p[0-9a-f]{8}:jiangcheng-office$/);
    assert.ok(validateProfile(none.profiles[0]!.profile).ok, "validateProfile(none.profiles[0]!.profile).ok");

    const merged = mergeContent(builtIn, {}, [
      { key: URL_A, url: URL_A, pack: unlocked },
      { key: URL_B, url: URL_B, pack: lockedB },
      { key: "file:c", fileName: "c.json", pack: pack({ id: "c", name: { zh: "第三个", en: "Third" } }) },
    ]);
    assert.equal(merged.profiles.length, 3);
    assert.ok(merged.lockedProfile, "merged.lockedProfile");
    assert.equal(merged.lockedProfile.locked, true);
    assert.deepEqual(merged.lockedProfile.source.kind === "pack" && merged.lockedProfile.source.key, URL_B);
    assert.equal(merged.notes.length, 1);
    assert.match(merged.notes[0]!.zh, /“第三个”也锁定了排版格式；以先加入的“江城数据局示例内容包”为准/);
  });

  test("no packs: the built-ins and mine only; nothing locked", () => {
    const merged = mergeContent(builtIn, {}, []);
    assert.equal(merged.genres.length, genreCatalog.length);
    assert.equal(merged.snippets.length, builtInSnippets.length);
    assert.deepEqual([merged.tifa, merged.profiles, merged.notes, merged.lockedProfile], [[], [], [], null]);
  });

  test("source labels", () => {
    assert.deepEqual(describeContentSource({ kind: "builtIn" }), { zh: "内置", en: "Built-in" });
    assert.deepEqual(describeContentSource({ kind: "mine" }), { zh: "我的", en: "Mine" });
    assert.equal(describeContentSource({ kind: "pack", key: URL_A, packId: "x", name: { zh: "甲", en: "A" }, url: URL_A }).zh, "内容包“甲”");
    assert.equal(describeContentOrigin({ kind: "mine" }), null);
    assert.deepEqual(describeContentOrigin({ kind: "pack", key: URL_A, packId: "x", name: { zh: "甲", en: "A" }, url: URL_A }), { zh: URL_A, en: URL_A });
  });
});
