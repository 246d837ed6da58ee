/**
 * The streaming client against the hostile OpenAI-compatible server (tests/support/openaiServer):
 * every error class, split UTF-8 and SSE lines, reasoning, timeouts, cancel, no retry.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { DraftingError, listModels, partialOf, streamChat } from "../../src/taskpane/drafting/client";
import { MODELS, startOpenAiServer, type OpenAiServer } from "../support/openaiServer";
import { buildMessages, findUnsupportedFigures } from "../../src/core/drafting";

let server: OpenAiServer;
before(async () => {
  server = await startOpenAiServer();
});
after(() => server.close());

const ORIGINAL = "全年组织理论学习12次，投入资金300万元。";
const messages = buildMessages({ action: "polish", text: ORIGINAL, heading: "坚持集中学习" });

async function kindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    assert.ok(error instanceof DraftingError, String(error));
    return error.kind;
  }
}

describe("streamChat", () => {
  test("streams an answer whose events are split inside UTF-8 characters and SSE lines", async () => {
    const deltas: string[] = [];
    const result = await streamChat({ endpoint: server.endpoint("ok"), model: "qwen3-32b", messages, onDelta: (d) => d.content && deltas.push(d.content) });
    assert.equal(result.finishReason, "stop");
    assert.ok(!result.content.includes("\uFFFD"), "no replacement character: split characters were joined");
    assert.ok(result.content.includes(ORIGINAL), "result.content.includes(ORIGINAL)");
    assert.equal(deltas.join(""), result.content);
    assert.ok(deltas.length > 10, "tokens arrive one by one");
    assert.deepEqual(findUnsupportedFigures(result.content, { texts: [ORIGINAL] }), []);
    assert.ok(result.firstTokenMs !== null && result.firstTokenMs >= 0, "result.firstTokenMs !== null && result.firstTokenMs >= 0");
    const sent = server.requests.at(-1)!;
    assert.equal(sent.path, "/ok/v1/chat/completions");
    assert.deepEqual((sent.body as { stream: boolean; model: string }).stream, true);
    assert.equal(sent.headers.accept, "text/event-stream");
    assert.equal(sent.headers.authorization, undefined, "no key, no header");
  });

  test("a person's key goes as a bearer token", async () => {
    await streamChat({ endpoint: server.endpoint("ok"), model: "qwen3-32b", messages, apiKey: "sk-local" });
    assert.equal(server.requests.at(-1)!.headers.authorization, "Bearer sk-local");
  });

  test("reasoning_content is kept apart from the answer", async () => {
    const result = await streamChat({ endpoint: server.endpoint("reasoning"), model: "deepseek-r1-distill-qwen-32b", messages });
    assert.match(result.reasoning, /只用给出的数字/);
    assert.ok(!result.content.includes("只用给出的数字"), "!result.content.includes(\"只用给出的数字\")");
  });

  test("the inventing model's figures are all caught", async () => {
    const result = await streamChat({ endpoint: server.endpoint("inventor"), model: "qwen3-32b", messages });
    assert.deepEqual(
      findUnsupportedFigures(result.content, { texts: [ORIGINAL, "坚持集中学习"] }).map((f) => f.text),
      ["15.3%", "2000", "第二", "3个百分点", "二〇二七"],
    );
  });

  test("a slow model is waited for", async () => {
    server.slowMs = 10;
    const result = await streamChat({ endpoint: server.endpoint("slow"), model: "qwen3-32b", messages, idleTimeoutMs: 1000 });
    assert.equal(result.finishReason, "stop");
  });

  test("each HTTP error has its kind and keeps the server's message", async () => {
    const cases: Array<[string, string, string?]> = [
      ["e401", "unauthorized"],
      ["e403", "forbidden"],
      ["e413", "tooLarge"],
      ["context", "tooLarge"],
      ["e429", "rateLimited"],
      ["e500", "server"],
      ["e502", "server"],
      ["e503", "server"],
      ["nosse", "notSse"],
      ["html", "notSse"],
      ["midstream", "modelError"],
    ];
    for (const [scenario, kind] of cases) {
      assert.equal(await kindOf(streamChat({ endpoint: server.endpoint(scenario), model: "qwen3-32b", messages })), kind, scenario);
    }
    try {
      await streamChat({ endpoint: server.endpoint("e429"), model: "qwen3-32b", messages });
    } catch (error) {
      assert.equal((error as DraftingError).detail.message, "Rate limit reached for requests.");
    }
  });

  test("404: a missing model and a wrong path are told apart", async () => {
    assert.equal(await kindOf(streamChat({ endpoint: server.endpoint("ok"), model: "no-such-model", messages })), "modelNotFound");
    assert.equal(await kindOf(streamChat({ endpoint: `${server.origin}/ok`, model: "qwen3-32b", messages })), "notFound");
  });

  test("no automatic retry: one failed request is one request", async () => {
    const before = server.requests.length;
    await kindOf(streamChat({ endpoint: server.endpoint("e503"), model: "qwen3-32b", messages }));
    assert.equal(server.requests.length, before + 1);
  });

  test("a dropped connection keeps what arrived and says so", async () => {
    try {
      await streamChat({ endpoint: server.endpoint("drop"), model: "qwen3-32b", messages });
      assert.fail("resolved");
    } catch (error) {
      assert.equal((error as DraftingError).kind, "dropped");
      assert.ok((partialOf(error)?.content.length ?? 0) > 0, "(partialOf(error)?.content.length ?? 0) > 0");
    }
  });

  test("first-token and between-token timeouts (keep-alive comments are not tokens)", async () => {
    assert.equal(await kindOf(streamChat({ endpoint: server.endpoint("silent"), model: "qwen3-32b", messages, firstTokenTimeoutMs: 150 })), "firstTokenTimeout");
    assert.equal(await kindOf(streamChat({ endpoint: server.endpoint("stall"), model: "qwen3-32b", messages, idleTimeoutMs: 150 })), "stalled");
  });

  test("cancel at any time", async () => {
    const controller = new AbortController();
    const promise = streamChat({ endpoint: server.endpoint("silent"), model: "qwen3-32b", messages, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    assert.equal(await kindOf(promise), "cancelled");
    const streaming = new AbortController();
    const p2 = streamChat({ endpoint: server.endpoint("slow"), model: "qwen3-32b", messages, signal: streaming.signal, onDelta: () => streaming.abort() });
    assert.equal(await kindOf(p2), "cancelled");
  });

  test("no server at all: network", async () => {
    const closed = await startOpenAiServer();
    const endpoint = closed.endpoint("ok");
    await closed.close();
    assert.equal(await kindOf(streamChat({ endpoint, model: "m", messages })), "network");
  });

  test("a server that answers but refuses the page's origin: CORS (told apart by a no-cors probe)", async () => {
    // Node's fetch has no CORS: a browser's refusal is a TypeError on the real request while a
    // no-cors request to the same URL succeeds. Model that with an injected fetch.
    const browserLike: typeof fetch = async (input, init) => {
      if (init?.mode !== "no-cors") throw new TypeError("Failed to fetch");
      return fetch(input, { ...init, mode: "cors" });
    };
    assert.equal(await kindOf(streamChat({ endpoint: server.endpoint("nocors"), model: "m", messages, fetchImpl: browserLike })), "cors");
  });
});

describe("listModels", () => {
  test("offers the service's models", async () => {
    assert.deepEqual(await listModels(server.endpoint("ok")), [...MODELS].sort());
  });
  test("errors as for chat", async () => {
    assert.equal(await kindOf(listModels(server.endpoint("e401"))), "unauthorized");
    assert.equal(await kindOf(listModels(`${server.origin}/ok`)), "notFound");
  });
});
