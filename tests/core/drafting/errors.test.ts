// Every way a request to the model can fail has a plain message in both languages: Chinese in
// Chinese, English without Chinese, each naming its HTTP status where there is one, the server's
// own words kept, and none promising an automatic retry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { describeDraftingError, type DraftingErrorKind } from "../../../src/core/drafting";

/** Every kind, with the status its message must name (tsc fails here when a kind is added and not listed). */
const KINDS = {
  unauthorized: "401",
  forbidden: "403",
  modelNotFound: "404",
  notFound: "404",
  tooLarge: "413",
  rateLimited: "429",
  server: "503",
  badRequest: "400",
  network: null,
  cors: null,
  notSse: null,
  firstTokenTimeout: null,
  stalled: null,
  dropped: null,
  modelError: null,
  cancelled: null,
} satisfies Record<DraftingErrorKind, string | null>;

const CJK = /[\u4e00-\u9fff]/;

test("each error class has a Chinese and an English message of its own", () => {
  const seen = new Set<string>();
  for (const [kind, status] of Object.entries(KINDS) as Array<[DraftingErrorKind, string | null]>) {
    const m = describeDraftingError(kind, { status: status ? Number(status) : 503, model: "qwen3-32b", seconds: 30 });
    assert.ok(CJK.test(m.zh) && m.zh.length > 6, `${kind}: a Chinese message (${m.zh})`);
    assert.ok(m.en.length > 10 && !CJK.test(m.en), `${kind}: an English message without Chinese (${m.en})`);
    if (status) {
      assert.ok(m.zh.includes(status), `${kind}: the Chinese names ${status}`);
      assert.ok(m.en.includes(status), `${kind}: the English names ${status}`);
    }
    assert.ok(!seen.has(m.en), `${kind}: its own message, not another kind's`);
    seen.add(m.en);
    assert.ok(!/将自动重试|正在重试/.test(m.zh) && !/\bwill retry\b|\bretrying\b/i.test(m.en), `${kind}: no automatic retry promised`);
  }
});

test("the server's own words are kept (shortened) in both languages", () => {
  const m = describeDraftingError("rateLimited", { status: 429, message: "Rate limit reached for requests." });
  assert.ok(m.zh.includes("Rate limit reached for requests."), "Chinese keeps the server's words");
  assert.ok(m.en.includes("Rate limit reached for requests."), "English keeps the server's words");
  const long = describeDraftingError("server", { status: 500, message: "x".repeat(5000) });
  assert.ok(long.en.length < 600, `a long server message is shortened (${long.en.length})`);
});
