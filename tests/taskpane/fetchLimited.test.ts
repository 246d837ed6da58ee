import { describe, mock, test } from "node:test";
import assert from "node:assert/strict";
// @ts-expect-error plain ESM helper shared with webpack.config.js, no type declarations
import { contentSecurityPolicy, parseTeamOrigins } from "../../scripts/office-js.mjs";
import {
  addressProblem,
  connectSrcFromPolicy,
  connectSrcOrigins,
  DEFAULT_TIMEOUT_MS,
  fetchLimited,
  originAllowed,
  type LimitedFetchOptions,
} from "../../src/taskpane/shell/fetchLimited";

const URL_OK = "https://lib.example.gov.cn/pack.json";
const SELF = "https://addin.example.gov.cn";
const base = { maxBytes: 10 * 1024, allowedOrigins: "any", pageProtocol: "https:" } satisfies LimitedFetchOptions;

/** A fetch stand-in that records its calls. */
function stub(respond: (url: string, init?: RequestInit) => Response | Promise<Response>) {
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  const impl = ((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return Promise.resolve().then(() => respond(String(input), init));
  }) as typeof fetch;
  return { impl, calls };
}

/** A fetch that never answers and ignores its signal (a stuck proxy). */
const never = (() => new Promise<Response>(() => undefined)) as typeof fetch;

/** A fetch that never answers but rejects when aborted, like the real one. */
const hangsUntilAborted = ((_: RequestInfo | URL, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))))) as typeof fetch;

/** An endless body of 1 KB chunks, produced only when read (highWaterMark 0); counts the pulls. */
function endlessBody() {
  const counter = { pulls: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        counter.pulls++;
        controller.enqueue(new Uint8Array(1024));
      },
      cancel() {
        counter.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

describe("fetchLimited: time", () => {
  test("a server that never answers: stopped after timeoutMs, even when the fetch ignores the signal", async () => {
    for (const fetchImpl of [never, hangsUntilAborted]) {
      const started = Date.now();
      const result = await fetchLimited(URL_OK, { ...base, timeoutMs: 40, fetchImpl });
      assert.equal(result.ok, false);
      assert.equal(result.ok ? "" : result.kind, "timeout");
      assert.match(result.ok ? "" : result.error.zh, /服务器 0\.04 秒内没有响应，已停止下载。/);
      assert.ok(Date.now() - started < 2_000, "Date.now() - started < 2_000");
    }
  });

  test("default timeout is 10 s (fake timers)", async () => {
    mock.timers.enable({ apis: ["setTimeout"] });
    try {
      const pending = fetchLimited(URL_OK, { ...base, fetchImpl: hangsUntilAborted });
      await Promise.resolve();
      mock.timers.tick(DEFAULT_TIMEOUT_MS - 1);
      let settled = false;
      void pending.then(() => (settled = true));
      await new Promise((r) => setImmediate(r));
      assert.equal(settled, false, "still waiting just before 10 s");
      mock.timers.tick(1);
      const result = await pending;
      assert.equal(result.ok ? "" : result.kind, "timeout");
      assert.match(result.ok ? "" : result.error.en, /did not answer within 10 s/);
    } finally {
      mock.timers.reset();
    }
  });

  test("a body that stops arriving half-way is stopped by the timeout too", async () => {
    const stalled = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new Uint8Array(10)) }); // never closes
    const result = await fetchLimited(URL_OK, { ...base, timeoutMs: 40, fetchImpl: stub(() => new Response(stalled)).impl });
    assert.equal(result.ok ? "" : result.kind, "timeout");
  });
});

describe("fetchLimited: cancel", () => {
  test("aborting the signal while waiting gives 'cancelled' at once", async () => {
    const cancel = new AbortController();
    const pending = fetchLimited(URL_OK, { ...base, signal: cancel.signal, fetchImpl: never });
    setTimeout(() => cancel.abort(), 10);
    const result = await pending;
    assert.equal(result.ok ? "" : result.kind, "cancelled");
    assert.deepEqual(result.ok ? null : result.error, { zh: "已取消下载。", en: "The download was cancelled." });
  });

  test("aborting while the body streams stops the reading", async () => {
    const cancel = new AbortController();
    const { stream, counter } = endlessBody();
    const slow = new ReadableStream<Uint8Array>({
      async pull(c) {
        await new Promise((r) => setTimeout(r, 5));
        const reader = stream.getReader();
        const { value } = await reader.read();
        reader.releaseLock();
        c.enqueue(value!);
        if (counter.pulls === 3) cancel.abort();
      },
    }, { highWaterMark: 0 });
    const result = await fetchLimited(URL_OK, { ...base, maxBytes: 1024 * 1024, signal: cancel.signal, fetchImpl: stub(() => new Response(slow)).impl });
    assert.equal(result.ok ? "" : result.kind, "cancelled");
    assert.ok(counter.pulls <= 4, `stopped reading (${counter.pulls} chunks)`);
  });

  test("a signal already aborted: no request is made", async () => {
    const { impl, calls } = stub(() => new Response("{}"));
    const result = await fetchLimited(URL_OK, { ...base, signal: AbortSignal.abort(), fetchImpl: impl });
    assert.equal(result.ok ? "" : result.kind, "cancelled");
    assert.equal(calls.length, 0);
  });
});

describe("fetchLimited: size", () => {
  test("a streaming body without Content-Length over the limit stops early (chunks pulled are counted)", async () => {
    const { stream, counter } = endlessBody();
    const response = new Response(stream);
    assert.equal(response.headers.get("content-length"), null);
    const result = await fetchLimited(URL_OK, { ...base, maxBytes: 10 * 1024, fetchImpl: stub(() => response).impl });
    assert.equal(result.ok ? "" : result.kind, "size");
    assert.match(result.ok ? "" : result.error.zh, /文件过大（至少 0\.0 MB），不能超过 0\.0 MB。/);
    assert.ok(counter.pulls <= 12, `read ${counter.pulls} chunks of 1 KB for a 10 KB limit`);
    assert.ok(counter.pulls >= 11, "counter.pulls >= 11");
    assert.equal(counter.cancelled, true, "the rest of the body is cancelled");
  });

  test("a declared Content-Length over the limit is refused before any of the body is read", async () => {
    const { stream, counter } = endlessBody();
    const response = new Response(stream, { headers: { "content-length": String(60 * 1024 * 1024) } });
    const result = await fetchLimited(URL_OK, { ...base, maxBytes: 5 * 1024 * 1024, fetchImpl: stub(() => response).impl });
    assert.equal(result.ok ? "" : result.kind, "size");
    assert.match(result.ok ? "" : result.error.zh, /文件过大（至少 60\.0 MB），不能超过 5\.0 MB。/);
    assert.match(result.ok ? "" : result.error.en, /too large \(at least 60\.0 MB\); the limit is 5\.0 MB/);
    assert.equal(counter.pulls, 0);
  });

  test("within the limit: the bytes, from the SharePoint download address", async () => {
    const { impl, calls } = stub(() => new Response("hello"));
    const result = await fetchLimited("https://x.sharepoint.com/sites/a/pack.json", { ...base, fetchImpl: impl });
    assert.ok(result.ok, "result.ok");
    assert.equal(new TextDecoder().decode(result.bytes), "hello");
    assert.equal(calls[0]!.url, "https://x.sharepoint.com/sites/a/pack.json?download=1");
    assert.equal(calls[0]!.init?.credentials, "include");
  });
});

describe("fetchLimited: addresses refused before sending", () => {
  test("http: from an https page: refused with the mixed-content reason, no request", async () => {
    const { impl, calls } = stub(() => new Response("{}"));
    const result = await fetchLimited("http://intranet.example.gov.cn/pack.json", { ...base, fetchImpl: impl });
    assert.equal(result.ok ? "" : result.kind, "insecure");
    assert.match(result.ok ? "" : result.error.zh, /不能使用 http:\/\/ 地址.*混合内容/);
    assert.match(result.ok ? "" : result.error.en, /mixed content/);
    assert.doesNotMatch(result.ok ? "" : result.error.en, /cross-origin/);
    assert.equal(calls.length, 0);
    // From an http page (a local test server) http: is allowed.
    assert.equal(addressProblem("http://127.0.0.1:3000/p.json", "any", "http:"), null);
  });

  test("an origin outside connect-src: refused naming TEAM_ORIGINS and the origin, no request", async () => {
    const { impl, calls } = stub(() => new Response("{}"));
    const allowed = connectSrcFromPolicy(contentSecurityPolicy({ page: "taskpane", mode: "cdn", teamOrigins: parseTeamOrigins("https://lib.example.gov.cn") }), SELF);
    const result = await fetchLimited("https://elsewhere.example.com/pack.json", { ...base, allowedOrigins: allowed, fetchImpl: impl });
    assert.equal(result.ok ? "" : result.kind, "csp");
    assert.match(result.ok ? "" : result.error.zh, /未允许访问 https:\/\/elsewhere\.example\.com.*TEAM_ORIGINS/);
    assert.match(result.ok ? "" : result.error.en, /may not connect to https:\/\/elsewhere\.example\.com.*TEAM_ORIGINS/);
    assert.equal(calls.length, 0);
    const fine = await fetchLimited(URL_OK, { ...base, allowedOrigins: allowed, fetchImpl: impl });
    assert.ok(fine.ok, "fine.ok");
  });

  test("not a URL, or not http(s): refused", () => {
    const relative = addressProblem("team.json", "any", "https:");
    assert.equal(relative && !relative.ok ? relative.kind : "", "address");
    const ftp = addressProblem("ftp://x.example/p.json", "any", "https:");
    assert.equal(ftp && !ftp.ok ? ftp.kind : "", "address");
  });
});

describe("fetchLimited: server answers", () => {
  for (const [status, kind, zh] of [
    [401, "denied", /服务器拒绝访问（401）。请先在浏览器中登录/],
    [403, "denied", /服务器拒绝访问（403）/],
    [500, "http", /服务器返回错误 500，未能下载。/],
    [404, "http", /服务器返回错误 404/],
  ] as const) {
    test(`HTTP ${status}: ${kind}`, async () => {
      const result = await fetchLimited(URL_OK, { ...base, fetchImpl: stub(() => new Response("no", { status })).impl });
      assert.equal(result.ok ? "" : result.kind, kind);
      assert.match(result.ok ? "" : result.error.zh, zh);
      assert.match(result.ok ? "" : result.error.en, new RegExp(String(status)));
    });
  }

  test("no network (fetch rejects): says so without claiming an earlier copy", async () => {
    const result = await fetchLimited(URL_OK, { ...base, fetchImpl: (() => Promise.reject(new TypeError("Failed to fetch"))) as typeof fetch });
    assert.equal(result.ok ? "" : result.kind, "network");
    assert.doesNotMatch(result.ok ? "" : result.error.zh, /上次/);
  });
});

describe("connect-src of the CSP the build writes (scripts/office-js.mjs)", () => {
  test("taskpane, CDN and bundled, without TEAM_ORIGINS: only the pane's own origin", () => {
    for (const mode of ["cdn", "bundled"]) {
      const csp = contentSecurityPolicy({ page: "taskpane", mode });
      assert.deepEqual(connectSrcFromPolicy(csp, SELF), [SELF]);
      assert.equal(originAllowed("https://lib.example.gov.cn", connectSrcFromPolicy(csp, SELF)), false);
    }
  });

  test("with TEAM_ORIGINS: the pane's origin and each team origin (ports kept)", () => {
    const teamOrigins = parseTeamOrigins("https://lib.example.gov.cn, https://b.example.gov.cn:8443/");
    const csp = contentSecurityPolicy({ page: "taskpane", mode: "cdn", teamOrigins });
    const allowed = connectSrcFromPolicy(csp, SELF);
    assert.deepEqual(allowed, [SELF, "https://lib.example.gov.cn", "https://b.example.gov.cn:8443"]);
    assert.equal(originAllowed("https://b.example.gov.cn:8443", allowed), true);
    assert.equal(originAllowed("https://b.example.gov.cn", allowed), false);
    assert.equal(addressProblem("https://b.example.gov.cn:8443/pack.json", allowed, "https:"), null);
  });

  test("the commands page and a page without a CSP", () => {
    assert.deepEqual(connectSrcFromPolicy(contentSecurityPolicy({ page: "commands", mode: "cdn" }), SELF), [SELF]);
    assert.equal(connectSrcOrigins(undefined), "any");
  });

  test("read from the page's meta tag; 'self' is the page's origin", () => {
    const csp = contentSecurityPolicy({ page: "taskpane", mode: "bundled", teamOrigins: ["https://lib.example.gov.cn"] });
    const doc = { querySelector: (selector: string) => (/Content-Security-Policy/.test(selector) ? { getAttribute: () => csp } : null) } as unknown as Document;
    assert.deepEqual(connectSrcOrigins(doc, SELF), [SELF, "https://lib.example.gov.cn"]);
  });

  test("other policies: https:/* allow any; default-src applies without connect-src; keywords, case and wildcards", () => {
    assert.equal(connectSrcFromPolicy("default-src 'self'; connect-src 'self' https: http:", SELF), "any");
    assert.equal(connectSrcFromPolicy("connect-src *"), "any");
    assert.deepEqual(connectSrcFromPolicy("default-src 'self' https://a.example", SELF), [SELF, "https://a.example"]);
    assert.deepEqual(connectSrcFromPolicy("Connect-Src\t'SELF'\n https://A.example/path/ 'unsafe-inline'", SELF), [SELF, "https://a.example"]);
    const wild = connectSrcFromPolicy("connect-src https://*.example.gov.cn");
    assert.equal(originAllowed("https://lib.example.gov.cn", wild), true);
    assert.equal(originAllowed("https://example.gov.cn", wild), false);
    assert.equal(originAllowed("http://lib.example.gov.cn", wild), false);
    assert.equal(connectSrcFromPolicy("script-src 'self'"), "any");
  });
});
