/**
 * An OpenAI-compatible chat server for the 起草助手 tests, faithful to the protocol where it
 * hurts: SSE events written in pieces split inside a UTF-8 character and inside a `data:` line,
 * keep-alive comments, `[DONE]`, `reasoning_content`, OpenAI- and vLLM-shaped error bodies, CORS.
 * Behaviour is chosen by the first path segment: http://127.0.0.1:<port>/<scenario>/v1.
 *
 *   ok          a careful model: only the figures it was given, X elsewhere
 *   inventor    invents figures (15.3%, 第二, 2000余人, 3个百分点, 二〇二七年) and writes outdated 提法
 *   reasoning   reasoning_content first (DeepSeek-R1, Qwen3), then the answer
 *   think       the reasoning inline as <think>…</think> in content (Ollama's DeepSeek-R1)
 *   slow        every token after `slowMs`
 *   stall       two tokens, then only keep-alive comments (no token)
 *   silent      headers and keep-alive comments, never a token
 *   drop        a few tokens, then the connection is destroyed
 *   midstream   an error object inside the stream
 *   nosse       200 with a non-streamed JSON completion
 *   html        200 with an HTML page (a captive portal, a proxy's login)
 *   nocors      like ok, without CORS headers
 *   e401 e403 e413 e429 e500 e502 e503 context   errors with OpenAI-shaped bodies
 * The model "no-such-model" answers 404 in vLLM's shape on every scenario.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: unknown;
}

export interface OpenAiServer {
  origin: string;
  /** Base URL of a scenario, as the pane's endpoint setting takes it. */
  endpoint(scenario: string): string;
  requests: RecordedRequest[];
  /** Milliseconds between tokens of the `slow` scenario (default 40). */
  slowMs: number;
  close(): Promise<void>;
}

export const MODELS = ["deepseek-r1-distill-qwen-32b", "qwen3-32b"];

const INVENTED = "全年同比增长15.3%，覆盖师生2000余人，位居全市第二，较上年提高3个百分点，计划于二〇二七年全面完成。认真学习习总书记重要讲话，继续推进十四五规划。";

const ERRORS: Record<string, { status: number; body: unknown }> = {
  e401: { status: 401, body: { error: { message: "Incorrect API key provided.", type: "invalid_request_error", param: null, code: "invalid_api_key" } } },
  e403: { status: 403, body: { error: { message: "You are not allowed to use this model.", type: "permission_error", param: null, code: null } } },
  e413: { status: 413, body: { error: { message: "Request entity too large", type: "invalid_request_error", param: null, code: null } } },
  e429: { status: 429, body: { error: { message: "Rate limit reached for requests.", type: "requests", param: null, code: "rate_limit_exceeded" } } },
  e500: { status: 500, body: { error: { message: "The server had an error while processing your request.", type: "server_error", param: null, code: null } } },
  e502: { status: 502, body: "<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>" },
  e503: { status: 503, body: { object: "error", message: "The engine is overloaded.", type: "ServiceUnavailableError", param: null, code: 503 } },
  context: {
    status: 400,
    body: { error: { message: "This model's maximum context length is 8192 tokens. However, you requested 12000 tokens.", type: "invalid_request_error", param: "messages", code: "context_length_exceeded" } },
  },
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The part of the user's message after a 【label】, up to the next 【. */
function section(user: string, label: string): string {
  const at = user.indexOf(`【${label}】`);
  if (at < 0) return "";
  const rest = user.slice(at + label.length + 2);
  const end = rest.indexOf("\n\n【");
  return (end < 0 ? rest : rest.slice(0, end)).trim();
}

/** A careful model's answer: the original's sentences and the data given, X where it lacks a figure. */
export function carefulAnswer(user: string): string {
  const heading = section(user, "标题");
  const original = section(user, "原文");
  const data = section(user, "数据")
    .split("\n")
    .filter(Boolean)
    .map((line) => line.replace(/^(.+?)：(.+)$/, "$1为$2"));
  const parts: string[] = [];
  if (/续写/.test(user)) return "下一步，将坚持问题导向，巩固已有成效，力争各项工作再上新台阶，新增X项制度成果。";
  if (/提纲/.test(user)) {
    return original
      .split("\n")
      .filter(Boolean)
      .map((h) => `${h}\n围绕这一方面，认真谋划，狠抓落实，取得了积极成效，完成X项重点任务。`)
      .join("\n");
  }
  parts.push(heading ? `围绕“${heading}”，我们认真谋划、扎实推进。` : "我们认真谋划、扎实推进。");
  if (original) parts.push(original.replace(/\n/g, ""));
  if (data.length) parts.push(`其中，${data.join("，")}。`);
  parts.push("下一步，将巩固成效，力争在X个方面取得新进展。");
  return parts.join("");
}

/** SSE events of an answer, token by token (3 characters). */
function tokens(text: string): string[] {
  const out: string[] = [];
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i += 3) out.push(chars.slice(i, i + 3).join(""));
  return out;
}

function chunk(id: string, model: string, delta: Record<string, string>, finish: string | null = null): string {
  return `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created: 1_765_000_000, model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
}

/** Writes an event in two pieces: the cut falls inside a UTF-8 character when there is one, else mid-line. */
async function writeSplit(res: ServerResponse, event: string, pause: number): Promise<void> {
  const bytes = Buffer.from(event, "utf8");
  let cut = bytes.findIndex((b) => b >= 0x80);
  cut = cut > 0 ? cut + 1 : Math.floor(bytes.length / 2);
  res.write(bytes.subarray(0, cut));
  await sleep(pause);
  if (res.destroyed) return;
  res.write(bytes.subarray(cut));
  await sleep(pause);
}

export async function startOpenAiServer(): Promise<OpenAiServer> {
  const requests: RecordedRequest[] = [];
  const state = { slowMs: 40 };
  const sockets = new Set<import("node:net").Socket>();

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://x");
    const [, scenario = "", ...rest] = url.pathname.split("/");
    const path = `/${rest.join("/")}`;
    const cors = scenario !== "nocors";
    if (cors) {
      res.setHeader("access-control-allow-origin", "*");
      res.setHeader("access-control-allow-headers", "authorization, content-type");
      res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
    }
    if (req.method === "OPTIONS") {
      res.writeHead(cors ? 204 : 405).end();
      return;
    }
    let raw = "";
    for await (const piece of req) raw += piece;
    let body: unknown = null;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      body = raw;
    }
    requests.push({ method: req.method ?? "", path: url.pathname, headers: req.headers, body });
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { "content-type": typeof value === "string" ? "text/html" : "application/json" });
      res.end(typeof value === "string" ? value : JSON.stringify(value));
    };

    if (req.method === "GET" && path === "/v1/models") {
      if (ERRORS[scenario]) return json(ERRORS[scenario].status, ERRORS[scenario].body);
      return json(200, { object: "list", data: MODELS.map((id) => ({ id, object: "model", created: 1_765_000_000, owned_by: "vllm" })) });
    }
    if (req.method !== "POST" || path !== "/v1/chat/completions") return json(404, { detail: "Not Found" });
    const request = body as { model?: string; messages?: Array<{ role: string; content: string }>; stream?: boolean };
    if (request?.model === "no-such-model") {
      return json(404, { object: "error", message: `The model \`${request.model}\` does not exist.`, type: "NotFoundError", param: null, code: 404 });
    }
    if (ERRORS[scenario]) return json(ERRORS[scenario].status, ERRORS[scenario].body);
    const user = [...(request?.messages ?? [])].reverse().find((m) => m.role === "user")?.content ?? "";
    const model = request?.model ?? "model";
    const careful = carefulAnswer(user);
    const answer = scenario !== "inventor" ? careful : careful.includes("下一步") ? careful.replace(/下一步/, `${INVENTED}下一步`) : `${careful}\n${INVENTED}`;
    if (scenario === "nosse") {
      return json(200, { id: "c1", object: "chat.completion", model, choices: [{ index: 0, message: { role: "assistant", content: answer }, finish_reason: "stop" }] });
    }
    if (scenario === "html") return json(200, "<html><body>请先登录</body></html>");

    res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", connection: "keep-alive" });
    res.flushHeaders();
    res.write(": keep-alive\n\n");
    const id = `chatcmpl-${requests.length}`;
    const pause = scenario === "slow" ? state.slowMs : 1;
    await writeSplit(res, chunk(id, model, { role: "assistant", content: "" }), pause);
    if (scenario === "silent") {
      while (!res.destroyed && !res.writableEnded) {
        res.write(": keep-alive\n\n");
        await sleep(20);
      }
      return;
    }
    if (scenario === "reasoning") {
      for (const t of tokens("用户要求只用给出的数字。我先看原文里的数字，再组织语言。")) await writeSplit(res, chunk(id, model, { reasoning_content: t }), pause);
    }
    const content = scenario === "think" ? `<think>先想一想，数字只用原文的。</think>\n${answer}` : answer;
    let n = 0;
    for (const t of tokens(content)) {
      if (res.destroyed) return;
      await writeSplit(res, chunk(id, model, { content: t }), pause);
      n++;
      if (n % 5 === 0) res.write(": keep-alive\n\n");
      if (scenario === "stall" && n === 2) {
        while (!res.destroyed && !res.writableEnded) {
          res.write(": keep-alive\n\n");
          await sleep(20);
        }
        return;
      }
      if (scenario === "drop" && n === 4) {
        res.socket?.destroy();
        return;
      }
      if (scenario === "midstream" && n === 3) {
        res.write(`data: ${JSON.stringify({ error: { message: "CUDA out of memory", type: "InternalServerError", code: 500 } })}\n\n`);
        res.end();
        return;
      }
    }
    await writeSplit(res, chunk(id, model, {}, "stop"), pause);
    res.write("data: [DONE]\n\n");
    res.end();
  };

  const server: Server = createServer((req, res) => {
    handler(req, res).catch(() => res.destroy());
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    endpoint: (scenario) => `${origin}/${scenario}/v1`,
    requests,
    get slowMs() {
      return state.slowMs;
    },
    set slowMs(ms: number) {
      state.slowMs = ms;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}
