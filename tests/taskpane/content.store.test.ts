// The content-pack store without React: sources, offline copies, one download at a time, truthful
// messages, migration of the old team library, corrupt copies kept as backups, quota reported.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  BACKUP_SUFFIX,
  cacheKey,
  ContentStore,
  formatStamp,
  LEGACY_TEAM_CACHE_KEY,
  LEGACY_TEAM_SETTINGS_KEY,
  SOURCES_KEY,
  type ContentStoreOptions,
} from "../../src/taskpane/content/store";
import { mergeContent } from "../../src/core/packs";
import { serializeSnippetFile, serializeTeamCache, teamSnippetId, type StorageLike } from "../../src/core/snippets";
import { memoryStorage } from "../support/memoryStorage";

const EXAMPLE = readFileSync(join(import.meta.dirname, "../../assets/packs/example-pack.json"), "utf8");
const URL_A = "https://packs.example.gov.cn/a.json";
const URL_B = "https://packs.example.gov.cn/b.json";
const NOW = new Date("2026-12-01T08:05:00Z");
const TEAM_SNIPPETS = [{ id: "t-1", category: "jingjifazhan", title: "开发区提质", text: "推动开发区提质增效。", tags: ["正式"] }];

type Respond = (url: string, init: RequestInit) => Response | Promise<Response>;

function stubFetch(respond: Respond = () => new Response(EXAMPLE)) {
  const calls: { url: string; init: RequestInit }[] = [];
  const impl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    return respond(String(input), init ?? {});
  }) as typeof fetch;
  return { impl, calls };
}

/** A reply that never comes, except as an AbortError when the request is aborted. */
const hanging: Respond = (_url, init) =>
  new Promise((_, reject) => init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))));

function store(storage: StorageLike, fetchImpl?: typeof fetch, extra: Partial<ContentStoreOptions> = {}): ContentStore {
  return new ContentStore({ storage, fetchImpl, allowedOrigins: "any", now: () => NOW, ...extra });
}

describe("startup", () => {
  test("reads the stored copies only: no request, no write", async () => {
    const storage = memoryStorage();
    const { impl, calls } = stubFetch();
    const first = store(storage, impl);
    assert.ok((await first.addUrl(URL_A)).ok, "(await first.addUrl(URL_A)).ok");
    storage.writes.length = 0;
    const again = store(storage, impl);
    assert.equal(calls.length, 1);
    assert.deepEqual(storage.writes, []);
    const [source] = again.getState().sources;
    assert.equal(source?.url, URL_A);
    assert.equal(source?.pack?.id, "jiangcheng-data-example");
    assert.equal(source?.fetchedAt, NOW.toISOString());
    assert.equal(again.flushPending(), null);
    assert.deepEqual(storage.writes, []);
  });

  test("an empty storage: no sources, nothing to write", () => {
    const storage = memoryStorage();
    const s = store(storage);
    assert.deepEqual(s.getState().sources, []);
    s.flushPending();
    assert.deepEqual(storage.writes, []);
  });
});

describe("migration from the old team library", () => {
  const legacy = () => ({
    [LEGACY_TEAM_SETTINGS_KEY]: JSON.stringify({ url: URL_A }),
    [LEGACY_TEAM_CACHE_KEY]: serializeTeamCache({ url: URL_A, fetchedAt: "2026-11-20T02:00:00.000Z", snippets: TEAM_SNIPPETS }),
  });

  test("the address and its copy become a URL source; favourites of team snippets keep their ids", () => {
    const storage = memoryStorage(legacy());
    const s = store(storage);
    assert.deepEqual(storage.writes, [], "nothing written while loading");
    const state = s.getState();
    assert.equal(state.migratedTeamUrl, URL_A);
    assert.equal(state.sources.length, 1);
    assert.equal(state.sources[0]!.fetchedAt, "2026-11-20T02:00:00.000Z");
    assert.deepEqual(state.sources[0]!.pack?.snippets, TEAM_SNIPPETS);
    const merged = mergeContent({ genres: [] }, {}, s.loadedPacks());
    assert.deepEqual(merged.snippets.map((x) => x.id), [teamSnippetId(URL_A, "t-1")]);

    assert.equal(s.flushPending(), null);
    assert.ok(!storage.data.has(LEGACY_TEAM_SETTINGS_KEY) && !storage.data.has(LEGACY_TEAM_CACHE_KEY), "old keys removed");
    const reopened = store(storage);
    assert.equal(reopened.getState().migratedTeamUrl, null);
    assert.deepEqual(reopened.getState().sources.map((x) => [x.url, x.fetchedAt, x.pack?.snippets?.length]), [[URL_A, "2026-11-20T02:00:00.000Z", 1]]);
  });

  test("an address without a copy: a source with nothing downloaded yet", () => {
    const storage = memoryStorage({ [LEGACY_TEAM_SETTINGS_KEY]: JSON.stringify({ url: URL_A }) });
    const s = store(storage);
    assert.deepEqual(s.getState().sources.map((x) => [x.url, x.pack]), [[URL_A, null]]);
    s.flushPending();
    assert.ok(!storage.data.has(LEGACY_TEAM_SETTINGS_KEY), "!storage.data.has(LEGACY_TEAM_SETTINGS_KEY)");
    assert.ok(storage.data.has(SOURCES_KEY), "storage.data.has(SOURCES_KEY)");
  });

  test("an unreadable old copy stays where it was; the address still migrates", () => {
    const storage = memoryStorage({ [LEGACY_TEAM_SETTINGS_KEY]: JSON.stringify({ url: URL_A }), [LEGACY_TEAM_CACHE_KEY]: "[".repeat(10_000) });
    const s = store(storage);
    assert.equal(s.getState().sources[0]!.pack, null);
    s.flushPending();
    assert.equal(storage.data.get(LEGACY_TEAM_CACHE_KEY), "[".repeat(10_000));
  });

  test("no address, or unreadable old settings: nothing migrates", () => {
    for (const raw of [JSON.stringify({ url: "" }), "{not json", "[".repeat(10_000)]) {
      const s = store(memoryStorage({ [LEGACY_TEAM_SETTINGS_KEY]: raw }));
      assert.deepEqual(s.getState().sources, []);
    }
  });

  test("storage full during the migration: reported, rolled back, and tried again at the next start", () => {
    const initial = legacy();
    const size = Object.entries(initial).reduce((n, [k, v]) => n + k.length + v.length, 0);
    // Room for the list of sources, not for a second copy of the library.
    const storage = memoryStorage(initial, size + 400);
    const s = store(storage);
    const error = s.flushPending();
    assert.ok(error, "error");
    assert.match(error.zh, /存储已满/);
    assert.equal(s.getState().storageError, error);
    // Still usable for this session.
    assert.equal(s.getState().sources[0]!.pack?.snippets?.length, 1);
    assert.ok(!storage.data.has(SOURCES_KEY), "rolled back");
    assert.ok(storage.data.has(LEGACY_TEAM_SETTINGS_KEY) && storage.data.has(LEGACY_TEAM_CACHE_KEY), "old keys kept");
    assert.equal(store(storage).getState().migratedTeamUrl, URL_A);
  });

  test("sources saved already: the old keys are not read again", () => {
    const storage = memoryStorage({ ...legacy(), [SOURCES_KEY]: JSON.stringify({ version: 1, sources: [] }) });
    assert.deepEqual(store(storage).getState().sources, []);
  });
});

describe("unreadable stored data is kept as a backup, written after loading", () => {
  test("a corrupt copy: the source shows the problem; the backup is written by flushPending, not while loading", async () => {
    for (const corrupt of ["{broken", "[".repeat(10_000), JSON.stringify({ format: "report-composer-pack-cache", version: 1, fetchedAt: "x", pack: { format: "nope" } })]) {
      const storage = memoryStorage({
        [SOURCES_KEY]: JSON.stringify({ version: 1, sources: [{ id: "u-1", kind: "url", url: URL_A }] }),
        [cacheKey("u-1")]: corrupt,
      });
      const { impl } = stubFetch();
      const s = store(storage, impl);
      assert.deepEqual(storage.writes, []);
      const source = s.getState().sources[0]!;
      assert.equal(source.pack, null);
      assert.match(source.cacheProblem!.zh, /无法读取（已另存备份）/);
      s.flushPending();
      assert.equal(storage.data.get(cacheKey("u-1") + BACKUP_SUFFIX), corrupt);
      assert.equal(storage.data.get(cacheKey("u-1")), corrupt, "left in place until replaced");
      assert.ok((await s.refresh("u-1")).ok, "(await s.refresh(\"u-1\")).ok");
      assert.equal(s.getState().sources[0]!.cacheProblem, null);
      assert.notEqual(storage.data.get(cacheKey("u-1")), corrupt);
      assert.equal(storage.data.get(cacheKey("u-1") + BACKUP_SUFFIX), corrupt);
    }
  });

  test("a refresh before the flush still writes the backup before replacing the copy", async () => {
    const storage = memoryStorage({
      [SOURCES_KEY]: JSON.stringify({ version: 1, sources: [{ id: "u-1", kind: "url", url: URL_A }] }),
      [cacheKey("u-1")]: "{broken",
    });
    const s = store(storage, stubFetch().impl);
    assert.ok((await s.refresh("u-1")).ok, "(await s.refresh(\"u-1\")).ok");
    assert.equal(storage.data.get(cacheKey("u-1") + BACKUP_SUFFIX), "{broken");
  });

  test("a corrupt list of sources: starts empty, says so, backs the text up", () => {
    for (const corrupt of ["nope", JSON.stringify({ version: 1, sources: [{ id: "x", kind: "ftp" }] }), "{".repeat(10_000)]) {
      const storage = memoryStorage({ [SOURCES_KEY]: corrupt });
      const s = store(storage);
      assert.deepEqual(s.getState().sources, []);
      assert.match(s.getState().listProblem!.zh, /无法读取/);
      assert.deepEqual(storage.writes, []);
      s.flushPending();
      assert.equal(storage.data.get(SOURCES_KEY + BACKUP_SUFFIX), corrupt);
    }
  });
});

describe("adding and refreshing a URL", () => {
  test("adds after a valid download, with the user's cookies; keeps the copy for offline use", async () => {
    const storage = memoryStorage();
    const { impl, calls } = stubFetch();
    const s = store(storage, impl);
    const outcome = await s.addUrl(`  ${URL_A}  `);
    assert.ok(outcome.ok, "outcome.ok");
    assert.deepEqual(outcome.counts, { genres: 1, snippets: 4, tifa: 3, profile: 1, locked: true });
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.init.credentials, "include");
    assert.deepEqual(s.getState().sources.map((x) => x.url), [URL_A]);
    assert.equal(s.getState().running, null);
    assert.ok(storage.data.has(cacheKey(outcome.sourceId)), "storage.data.has(cacheKey(outcome.sourceId))");
    assert.deepEqual(s.loadedPacks().map((p) => p.key), [URL_A]);
    // Adding the same address again refreshes it instead of listing it twice.
    assert.ok((await s.addUrl(URL_A)).ok, "(await s.addUrl(URL_A)).ok");
    assert.equal(s.getState().sources.length, 1);
    assert.equal(calls.length, 2);
  });

  test("a SharePoint file link asks for the file itself (download=1); the source keeps the address as given", async () => {
    const { impl, calls } = stubFetch();
    const s = store(memoryStorage(), impl);
    const link = "https://contoso.sharepoint.com/:u:/s/office/EaBc?e=x1";
    assert.ok((await s.addUrl(link)).ok, "(await s.addUrl(link)).ok");
    assert.equal(calls[0]!.url, `${link}&download=1`);
    assert.equal(s.getState().sources[0]!.url, link);
  });

  test("an old team snippet file at a URL is a pack of snippets", async () => {
    const s = store(memoryStorage(), stubFetch(() => new Response(serializeSnippetFile(TEAM_SNIPPETS))).impl);
    const outcome = await s.addUrl(URL_A);
    assert.ok(outcome.ok, "outcome.ok");
    assert.equal(outcome.pack.name.zh, "团队短语库");
    assert.equal(outcome.counts.snippets, 1);
  });

  test("http:, a bad address and an origin the build does not allow are refused before any request", async () => {
    const { impl, calls } = stubFetch();
    const s = store(memoryStorage(), impl);
    const http = await s.addUrl("http://packs.example.gov.cn/a.json");
    assert.ok(!http.ok && http.kind === "refused", "!http.ok && http.kind === \"refused\"");
    assert.match(http.error.zh, /不能使用 http:\/\/ 地址.*混合内容/);
    const bad = await s.addUrl("packs.json");
    assert.ok(!bad.ok && /地址无效/.test(bad.error.zh), "!bad.ok && /地址无效/.test(bad.error.zh)");
    const csp = await store(memoryStorage(), impl, { allowedOrigins: ["https://other.example.gov.cn"] }).addUrl(URL_A);
    assert.ok(!csp.ok && /TEAM_ORIGINS/.test(csp.error.zh), "!csp.ok && /TEAM_ORIGINS/.test(csp.error.zh)");
    assert.equal(calls.length, 0);
    assert.deepEqual(s.getState().sources, []);
  });

  test("one download at a time: a second add or refresh while one runs sends nothing; the URL kept is the one asked for", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { impl, calls } = stubFetch(async () => {
      await gate;
      return new Response(EXAMPLE);
    });
    const s = store(memoryStorage(), impl);
    const first = s.addUrl(URL_A);
    assert.deepEqual(s.getState().running, { url: URL_A, sourceId: null });
    const second = await s.addUrl(URL_B);
    assert.ok(!second.ok && second.kind === "busy", "!second.ok && second.kind === \"busy\"");
    assert.match(second.error.zh, /正在下载/);
    const third = await s.addUrl(URL_A);
    assert.ok(!third.ok && third.kind === "busy", "!third.ok && third.kind === \"busy\"");
    release();
    assert.ok((await first).ok, "(await first).ok");
    assert.equal(calls.length, 1);
    assert.deepEqual(s.getState().sources.map((x) => x.url), [URL_A]);
  });

  test("cancel: nothing added for a new address; an existing copy stays in use and the message says since when", async () => {
    const storage = memoryStorage();
    const s = store(storage, stubFetch(hanging).impl);
    const adding = s.addUrl(URL_A);
    s.cancel();
    const added = await adding;
    assert.ok(!added.ok && added.kind === "cancelled", "!added.ok && added.kind === \"cancelled\"");
    assert.equal(added.error.zh, "已取消下载。内容包未添加。");
    assert.deepEqual(s.getState().sources, []);

    const withCopy = store(storage, stubFetch().impl);
    const ok = await withCopy.addUrl(URL_A);
    assert.ok(ok.ok, "ok.ok");
    const later = store(storage, stubFetch(hanging).impl);
    const refreshing = later.refresh(ok.sourceId);
    assert.equal(later.getState().running?.sourceId, ok.sourceId);
    later.cancel();
    const cancelled = await refreshing;
    assert.ok(!cancelled.ok, "!cancelled.ok");
    assert.equal(cancelled.error.zh, `已取消下载。已继续使用 ${formatStamp(NOW.toISOString())} 下载的内容。`);
    assert.match(cancelled.error.en, /The copy downloaded on .* stays in use\./);
    assert.equal(later.getState().sources[0]!.pack?.id, "jiangcheng-data-example");
    assert.equal(later.getState().sources[0]!.error, cancelled.error);
  });

  test("a failure with no copy says nothing was ever downloaded (never '继续使用')", async () => {
    const storage = memoryStorage({ [SOURCES_KEY]: JSON.stringify({ version: 1, sources: [{ id: "u-1", kind: "url", url: URL_A }] }) });
    const s = store(storage, stubFetch(() => new Response("gone", { status: 404 })).impl);
    const outcome = await s.refresh("u-1");
    assert.ok(!outcome.ok, "!outcome.ok");
    assert.equal(outcome.error.zh, "服务器返回错误 404，未能下载。这个地址还从未下载成功过，目前没有可用的内容。");
    assert.doesNotMatch(outcome.error.zh, /继续使用/);
    assert.match(outcome.error.en, /Nothing has ever been downloaded/);
  });

  test("timeout, network failure, a sign-in page and invalid content: the reason, then what stays in use", async () => {
    const storage = memoryStorage();
    const ok = await store(storage, stubFetch().impl).addUrl(URL_A);
    assert.ok(ok.ok, "ok.ok");
    const cases: [Respond, RegExp, number?][] = [
      [hanging, /秒内没有响应/, 30],
      [() => Promise.reject(new TypeError("Failed to fetch")), /无法连接服务器/],
      [() => new Response("<!doctype html><html><body>登录</body></html>"), /文件是网页/],
      [() => new Response('{"format":"report-composer-pack","version":1}'), /内容包有误/],
      [() => new Response("[".repeat(10_000)), /嵌套超过 64 层/],
    ];
    for (const [respond, reason, timeoutMs] of cases) {
      const s = store(storage, stubFetch(respond).impl, timeoutMs ? { timeoutMs } : {});
      const outcome = await s.refresh(ok.sourceId);
      assert.ok(!outcome.ok, "!outcome.ok");
      assert.match(outcome.error.zh, reason);
      assert.match(outcome.error.zh, /已继续使用 .* 下载的内容。$/);
      assert.equal(s.getState().sources[0]!.pack?.id, "jiangcheng-data-example", "the copy stays in use");
    }
  });

  test("a reply without Content-Length is read only up to the limit", async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    const endless = () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            pulled++;
            controller.enqueue(chunk);
            if (pulled >= 60) controller.close();
          },
        }),
      );
    const s = store(memoryStorage(), stubFetch(endless).impl);
    const outcome = await s.addUrl(URL_A);
    assert.ok(!outcome.ok, "!outcome.ok");
    assert.match(outcome.error.zh, /文件过大/);
    assert.ok(pulled <= 8, `read ${pulled} MB of 60`);
  });

  test("storage full when saving a download: reported, and the content is in use until the pane closes", async () => {
    const storage = memoryStorage({}, 2000);
    const s = store(storage, stubFetch().impl);
    const outcome = await s.addUrl(URL_A);
    assert.ok(outcome.ok, "outcome.ok");
    assert.match(s.getState().storageError!.zh, /存储已满.*本次打开期间仍可使用/);
    assert.equal(s.loadedPacks().length, 1);
    // The address is kept (small); the next start offers to download it again.
    assert.deepEqual(store(storage).getState().sources.map((x) => [x.url, x.pack]), [[URL_A, null]]);
    s.dismissStorageError();
    assert.equal(s.getState().storageError, null);
  });

  test("a file source cannot be refreshed", async () => {
    const s = store(memoryStorage());
    const imported = s.importFile("example-pack.json", new TextEncoder().encode(EXAMPLE));
    assert.ok(imported.ok, "imported.ok");
    const outcome = await s.refresh(imported.sourceId);
    assert.ok(!outcome.ok && outcome.kind === "refused", "!outcome.ok && outcome.kind === \"refused\"");
  });
});

describe("importing files and removing sources", () => {
  test("a pack file is added; the same pack again replaces it in place; the order of sources is kept", async () => {
    const storage = memoryStorage();
    const s = store(storage, stubFetch().impl);
    const first = s.importFile("C:\\fakepath\\example-pack.json", new TextEncoder().encode(EXAMPLE));
    assert.ok(first.ok && !first.replaced, "first.ok && !first.replaced");
    assert.ok((await s.addUrl(URL_A)).ok, "(await s.addUrl(URL_A)).ok");
    const newer = JSON.parse(EXAMPLE);
    newer.updatedAt = "2027-01-05";
    const second = s.importFile("example-pack-v2.json", new TextEncoder().encode(JSON.stringify(newer)));
    assert.ok(second.ok && second.replaced, "second.ok && second.replaced");
    const sources = s.getState().sources;
    assert.deepEqual(sources.map((x) => [x.kind, x.fileName ?? x.url]), [["file", "example-pack-v2.json"], ["url", URL_A]]);
    assert.equal(sources[0]!.pack?.updatedAt, "2027-01-05");
    assert.deepEqual(s.loadedPacks().map((p) => p.key), ["file:jiangcheng-data-example", URL_A]);
    // Kept for the next start.
    assert.deepEqual(store(storage).getState().sources.map((x) => x.pack?.updatedAt), ["2027-01-05", "2026-12-01"]);
  });

  test("an invalid file changes nothing and says why", () => {
    const storage = memoryStorage();
    const s = store(storage);
    const outcome = s.importFile("bad.json", new TextEncoder().encode('{"format":"report-composer-pack","version":9}'));
    assert.ok(!outcome.ok, "!outcome.ok");
    assert.match(outcome.error.zh, /^未导入：内容包版本为 9/);
    assert.deepEqual(s.getState().sources, []);
    assert.deepEqual(storage.writes, []);
  });

  test("an old snippet file imported is named after the file", () => {
    const s = store(memoryStorage());
    const outcome = s.importFile("处室短语.json", new TextEncoder().encode(serializeSnippetFile(TEAM_SNIPPETS)));
    assert.ok(outcome.ok, "outcome.ok");
    assert.deepEqual(outcome.pack.name, { zh: "处室短语", en: "处室短语" });
  });

  test("remove: the source and its copy go; a download of it under way is cancelled", async () => {
    const storage = memoryStorage();
    const s = store(storage, stubFetch().impl);
    const added = await s.addUrl(URL_A);
    assert.ok(added.ok, "added.ok");
    s.remove(added.sourceId);
    assert.deepEqual(s.getState().sources, []);
    assert.ok(!storage.data.has(cacheKey(added.sourceId)), "!storage.data.has(cacheKey(added.sourceId))");
    assert.deepEqual(JSON.parse(storage.data.get(SOURCES_KEY)!), { version: 1, sources: [] });

    const again = await store(storage, stubFetch().impl).addUrl(URL_A);
    assert.ok(again.ok, "again.ok");
    const slow = store(storage, stubFetch(hanging).impl);
    const running = slow.refresh(again.sourceId);
    slow.remove(again.sourceId);
    const outcome = await running;
    assert.ok(!outcome.ok && outcome.kind === "cancelled", "!outcome.ok && outcome.kind === \"cancelled\"");
    assert.deepEqual(slow.getState().sources, []);
    assert.equal(slow.getState().running, null);
  });

  test("subscribers hear every change", async () => {
    const s = store(memoryStorage(), stubFetch().impl);
    let calls = 0;
    const stop = s.subscribe(() => calls++);
    await s.addUrl(URL_A);
    assert.ok(calls >= 2, "running, then done");
    stop();
    const before = calls;
    s.remove(s.getState().sources[0]!.id);
    assert.equal(calls, before);
  });
});
