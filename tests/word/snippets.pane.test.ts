// Pure helpers of the 短语 task pane (no Word, no DOM): team download, highlight mapping, storage.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { downloadUrlFor, fetchTeamLibrary, isTeamUrl } from "../../src/taskpane/snippets/teamFetch";
import { originalOffset, previewParts } from "../../src/taskpane/snippets/highlight";
import { loadTeamSettings, saveTeamSettings } from "../../src/taskpane/snippets/storage";
import { searchSnippets, serializeSnippetFile, teamSnippetId, type StorageLike } from "../../src/core/snippets";

const FILE = serializeSnippetFile([{ id: "t-1", category: "personal", title: "开发区提质", text: "推动开发区提质增效。", tags: [] }]);
const NOW = () => new Date("2026-12-01T08:00:00Z");

function stubFetch(respond: (url: string, init?: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const impl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return respond(String(input), init);
  }) as typeof fetch;
  return { impl, calls };
}

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe("fetchTeamLibrary", () => {
  test("fetches with the user's cookies and returns a cache stamped with the time", async () => {
    const { impl, calls } = stubFetch(() => new Response(FILE, { headers: { "content-type": "application/json" } }));
    const result = await fetchTeamLibrary(" https://intranet.example.gov.cn/team.json ", impl, NOW);
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.init?.credentials, "include");
    assert.ok(result.ok);
    assert.equal(result.cache.url, "https://intranet.example.gov.cn/team.json");
    assert.equal(result.cache.fetchedAt, "2026-12-01T08:00:00.000Z");
    assert.deepEqual(result.cache.snippets.map((s) => s.title), ["开发区提质"]);
  });

  test("a SharePoint file link asks for the file itself (download=1); other addresses are unchanged", async () => {
    assert.equal(downloadUrlFor("https://contoso.sharepoint.com/:u:/s/office/EaBc?e=x1"), "https://contoso.sharepoint.com/:u:/s/office/EaBc?e=x1&download=1");
    assert.equal(downloadUrlFor("https://contoso.sharepoint.com/f.json?download=0"), "https://contoso.sharepoint.com/f.json?download=0");
    assert.equal(downloadUrlFor("http://10.1.2.3/team.json"), "http://10.1.2.3/team.json");
  });

  test("a bad address is refused without any request", async () => {
    const { impl, calls } = stubFetch(() => new Response(FILE));
    for (const url of ["", "team.json", "ftp://x/team.json", "javascript:alert(1)"]) {
      assert.equal(isTeamUrl(url), false, url);
      const result = await fetchTeamLibrary(url, impl);
      assert.ok(!result.ok && result.error.zh.includes("地址无效"), url);
    }
    assert.equal(calls.length, 0);
  });

  test("network failure, HTTP errors, oversized and malformed content each get a clear message", async () => {
    const cases: { respond: () => Response | Promise<Response>; zh: RegExp }[] = [
      { respond: () => Promise.reject(new TypeError("Failed to fetch")), zh: /无法连接团队短语库服务器/ },
      { respond: () => new Response("no", { status: 403 }), zh: /拒绝访问（403）.*登录/ },
      { respond: () => new Response("gone", { status: 404 }), zh: /服务器返回错误 404/ },
      { respond: () => new Response("{}", { headers: { "content-length": String(8 * 1024 * 1024) } }), zh: /文件过大（8\.0 MB）/ },
      { respond: () => new Response("<!doctype html><html><body>登录</body></html>"), zh: /团队短语库无法使用：文件是网页/ },
      { respond: () => new Response('{"format":"report-composer-snippets","version":1,"snippets":[{"id":"a"}]}'), zh: /团队短语库无法使用：.*格式不正确/ },
    ];
    for (const { respond, zh } of cases) {
      const result = await fetchTeamLibrary("https://intranet.example.gov.cn/team.json", stubFetch(respond).impl);
      assert.ok(!result.ok);
      assert.match(result.error.zh, zh);
      assert.ok(result.error.en.length > 10);
    }
  });
});

describe("team settings storage", () => {
  test("the cache is read back for the same address only; a null cache removes it", async () => {
    const storage = memoryStorage();
    const result = await fetchTeamLibrary("https://a.example/team.json", stubFetch(() => new Response(FILE)).impl, NOW);
    assert.ok(result.ok);
    assert.deepEqual(saveTeamSettings(storage, { url: "https://a.example/team.json", cache: result.cache }), { ok: true });
    const loaded = loadTeamSettings(storage);
    assert.equal(loaded.url, "https://a.example/team.json");
    assert.equal(loaded.cache?.fetchedAt, "2026-12-01T08:00:00.000Z");
    assert.deepEqual(loaded.cache?.snippets.map((s) => s.id), ["t-1"]);
    // Another address with the old copy still stored: the copy is not used.
    storage.setItem("report-composer:snippets-team:v1", JSON.stringify({ url: "https://b.example/team.json" }));
    assert.equal(loadTeamSettings(storage).cache, null);
    saveTeamSettings(storage, { url: "", cache: null });
    assert.equal(storage.data.has("report-composer:snippets-team-cache:v1"), false);
  });

  test("unreadable settings give no team library instead of an exception", () => {
    const storage = memoryStorage();
    storage.setItem("report-composer:snippets-team:v1", "{not json");
    assert.deepEqual(loadTeamSettings(storage), { url: "", cache: null });
  });

  test("a full storage is reported with its reason, not thrown", () => {
    const quota = Object.assign(new Error("quota"), { name: "QuotaExceededError" });
    const full: StorageLike = { getItem: () => null, setItem: () => { throw quota; }, removeItem: () => {} };
    const saved = saveTeamSettings(full, { url: "https://a.example/t.json", cache: null });
    assert.equal(saved.ok, false);
    assert.match(saved.ok ? "" : saved.error.zh, /团队短语库的地址和离线副本未能保存到本机：本机存储空间已满/);
  });

  test("team settings or a team cache nested 10,000 levels deep (20 KB) are ignored without a throw", () => {
    const deep = "[".repeat(10_000) + "]".repeat(10_000);
    const storage = memoryStorage();
    storage.setItem("report-composer:snippets-team:v1", deep);
    assert.deepEqual(loadTeamSettings(storage), { url: "", cache: null });
    storage.setItem("report-composer:snippets-team:v1", JSON.stringify({ url: "https://a.example/team.json" }));
    storage.setItem("report-composer:snippets-team-cache:v1", deep);
    assert.deepEqual(loadTeamSettings(storage), { url: "https://a.example/team.json", cache: null });
  });

  test("team ids are namespaced by address (favourites survive refreshes)", () => {
    assert.notEqual(teamSnippetId("https://a.example/t.json", "x"), teamSnippetId("https://b.example/t.json", "x"));
  });
});

describe("highlight mapping", () => {
  test("offsets in the matched (NFKC) form map back across …… and ㈠", () => {
    const text = "一是……增强意识；㈠加强学习";
    const matched = text.normalize("NFKC").toLowerCase();
    assert.notEqual(matched.length, text.length);
    const at = matched.indexOf("增强意识");
    assert.equal(text.slice(originalOffset(text, at), originalOffset(text, at + 4)), "增强意识");
    const later = matched.indexOf("加强");
    assert.equal(text.slice(originalOffset(text, later), originalOffset(text, later + 2)), "加强");
  });

  test("a real search hit after …… highlights the right characters", async () => {
    const snippet = { id: "h-1", category: "personal", title: "测试", text: "前面……中间部分，然后是重点词语在这里。", tags: [] };
    const [match] = await searchSnippets([snippet], "重点词语");
    assert.ok(match?.highlight);
    const parts = previewParts(snippet.text, match.highlight, 100);
    assert.equal(parts.match, "重点词语");
  });

  test("a match far into a long text is brought into the preview window", () => {
    const text = "甲".repeat(60) + "目标词" + "乙".repeat(10);
    const parts = previewParts(text, { start: 60, end: 63 }, 5);
    assert.equal(parts.before, "…甲甲甲甲甲");
    assert.equal(parts.match, "目标词");
    assert.equal(parts.after, "乙".repeat(10));
  });

  test("no highlight: the whole text, line breaks folded to spaces", () => {
    assert.deepEqual(previewParts("第一行\n第二行", null), { before: "第一行 第二行", match: "", after: "" });
  });
});
