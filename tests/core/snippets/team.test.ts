import { test, describe } from "node:test";
import assert from "node:assert/strict";
import {
  builtInSnippets,
  serializeSnippetFile,
  parseTeamLibrary,
  mergeSnippetSources,
  teamSnippetId,
  describeSource,
  serializeTeamCache,
  parseTeamCache,
  searchSnippets,
  type Snippet,
} from "../../../src/core/snippets/index";

const URL_A = "http://intranet.example/snippets/team.json";
const team: Snippet[] = [
  { id: "t1", category: "kaitouyu", title: "团队开头", text: "根据局党组统一安排，现报告如下：", tags: ["shuzhi"] },
  { id: "t2", category: "jieweiyu", title: "团队重复", text: builtInSnippets[0]!.text, tags: [] },
];
const personal: Snippet[] = [{ id: "user-1", category: "personal", title: "我的", text: "我自己的一段话。", tags: [] }];

describe("team library", () => {
  test("parses the shared file format into a frozen list", () => {
    const result = parseTeamLibrary(serializeSnippetFile(team));
    assert.ok(result.ok, "result.ok");
    assert.equal(result.snippets.length, 2);
    assert.ok(Object.isFrozen(result.snippets) && Object.isFrozen(result.snippets[0]), "Object.isFrozen(result.snippets) && Object.isFrozen(result.snippets[0])");
  });

  test("a bad team file gives a message that names the team library", () => {
    const result = parseTeamLibrary("<html>login page</html>");
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.match(result.error.en, /team snippet library.*web page/);
      assert.match(result.error.zh, /团队短语库/);
    }
  });

  test("merge shows the source of every snippet and keeps ids and texts unique", () => {
    const merged = mergeSnippetSources({ builtIn: builtInSnippets, personal, teams: [{ url: URL_A, snippets: team }] });
    assert.equal(merged.length, builtInSnippets.length + 1 + 1, "team duplicate of a built-in text is dropped");
    assert.equal(merged[0]!.source, "builtIn");
    const mine = merged.find((s) => s.id === "user-1");
    assert.equal(mine?.source, "personal");
    const fromTeam = merged.find((s) => s.title === "团队开头");
    assert.deepEqual(fromTeam?.source, { team: URL_A });
    assert.equal(fromTeam?.id, teamSnippetId(URL_A, "t1"));
    assert.match(fromTeam!.id, /^team-[0-9a-f]{8}:t1$/);
    assert.equal(new Set(merged.map((s) => s.id)).size, merged.length);
    assert.deepEqual(describeSource(fromTeam!.source), { zh: `团队：${URL_A}`, en: `Team: ${URL_A}` });
    assert.equal(describeSource("personal").zh, "我的");
  });

  test("the same team id from two URLs stays distinct", () => {
    const other = "http://other.example/lib.json";
    const merged = mergeSnippetSources({
      builtIn: [],
      personal: [],
      teams: [
        { url: URL_A, snippets: [team[0]!] },
        { url: other, snippets: [{ ...team[0]!, text: "另一个团队的同号短语。" }] },
      ],
    });
    assert.equal(merged.length, 2);
    assert.notEqual(merged[0]!.id, merged[1]!.id);
  });

  test("merged lists are searchable and keep their source", async () => {
    const merged = mergeSnippetSources({ builtIn: builtInSnippets, personal, teams: [{ url: URL_A, snippets: team }] });
    const [hit] = await searchSnippets(merged, "团队开头");
    assert.deepEqual(hit?.snippet.source, { team: URL_A });
  });

  test("cache envelope round-trips and rejects corrupt data or another URL", () => {
    const cache = { url: URL_A, fetchedAt: "2026-12-30T09:00:00Z", snippets: team };
    const raw = serializeTeamCache(cache);
    assert.deepEqual(parseTeamCache(raw, URL_A), cache);
    assert.deepEqual(parseTeamCache(raw), cache);
    assert.equal(parseTeamCache(raw, "http://elsewhere/"), null);
    assert.equal(parseTeamCache(null), null);
    assert.equal(parseTeamCache("{oops"), null);
    assert.equal(parseTeamCache(JSON.stringify({ ...JSON.parse(raw), version: 2 })), null);
    assert.equal(parseTeamCache(JSON.stringify({ ...JSON.parse(raw), snippets: [{ id: "x" }] })), null);
  });
});
