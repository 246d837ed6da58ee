/**
 * A small client for OpenAI-compatible chat completions: POST {endpoint}/chat/completions with
 * stream: true, read as server-sent events by eventsource-parser (not by hand, not the OpenAI
 * SDK), and GET {endpoint}/models. Every failure becomes a DraftingError of one kind with the
 * server's own message where it gave one; nothing is retried. A first-token and a between-token
 * timeout stop a silent server; the caller's AbortSignal stops at any time.
 */
import { createParser, type EventSourceMessage } from "eventsource-parser";
import type { ChatMessage, DraftingErrorKind } from "../../core/drafting";

export class DraftingError extends Error {
  constructor(
    readonly kind: DraftingErrorKind,
    readonly detail: { status?: number; message?: string; model?: string; seconds?: number } = {},
  ) {
    super(`${kind}${detail.status ? ` ${detail.status}` : ""}${detail.message ? `: ${detail.message}` : ""}`);
    this.name = "DraftingError";
  }
}

export interface StreamDelta {
  content?: string;
  reasoning?: string;
}

export interface ChatOptions {
  endpoint: string;
  model: string;
  messages: readonly ChatMessage[];
  apiKey?: string;
  signal?: AbortSignal;
  /** Until the first token (reasoning counts): a reasoning model may think a while. */
  firstTokenTimeoutMs?: number;
  /** Between tokens once they flow. */
  idleTimeoutMs?: number;
  onDelta?: (delta: StreamDelta) => void;
  /** Injected in tests. */
  fetchImpl?: typeof fetch;
}

export interface ChatResult {
  content: string;
  reasoning: string;
  finishReason: string | null;
  /** Milliseconds from sending to the first token. */
  firstTokenMs: number | null;
}

const MAX_ERROR_BODY = 16_000;

function headers(apiKey: string | undefined, accept: string): Record<string, string> {
  return { accept, "content-type": "application/json", ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) };
}

/** The message of an OpenAI-shaped error body ({ error: { message, code } }), or the text itself. */
function serverMessage(body: string): { message?: string; code?: string } {
  try {
    const json = JSON.parse(body) as { error?: { message?: unknown; code?: unknown; type?: unknown } | string; message?: unknown; detail?: unknown };
    if (typeof json.error === "string") return { message: json.error };
    if (json.error && typeof json.error === "object") {
      const code = typeof json.error.code === "string" ? json.error.code : typeof json.error.type === "string" ? json.error.type : undefined;
      return { ...(typeof json.error.message === "string" ? { message: json.error.message } : {}), ...(code ? { code } : {}) };
    }
    if (typeof json.message === "string") return { message: json.message };
    if (typeof json.detail === "string") return { message: json.detail };
  } catch {
    // Not JSON: an HTML error page of a proxy, say.
  }
  const text = body.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
  return text ? { message: text.slice(0, 200) } : {};
}

async function readLimited(response: Response): Promise<string> {
  try {
    const text = await response.text();
    return text.slice(0, MAX_ERROR_BODY);
  } catch {
    return "";
  }
}

/** The error of a non-2xx answer, by status and (for 400/404) by what the server says. */
export function errorForStatus(status: number, body: string, model: string): DraftingError {
  const { message, code } = serverMessage(body);
  const detail = { status, model, ...(message ? { message } : {}) };
  const said = `${code ?? ""} ${message ?? ""}`;
  if (status === 401) return new DraftingError("unauthorized", detail);
  if (status === 403) return new DraftingError("forbidden", detail);
  if (status === 404) return new DraftingError(/model/i.test(said) ? "modelNotFound" : "notFound", detail);
  if (status === 413 || /context_length|context length|maximum context|too long|too many tokens/i.test(said)) return new DraftingError("tooLarge", detail);
  if (status === 429) return new DraftingError("rateLimited", detail);
  if (status >= 500) return new DraftingError("server", detail);
  return new DraftingError("badRequest", detail);
}

/**
 * fetch's TypeError says neither "no network" nor "CORS". A no-cors request tells them apart: it
 * succeeds (opaque) when the server answers at all, so the refusal was CORS; it fails when there
 * is no answer.
 */
async function networkOrCors(url: string, fetchImpl: typeof fetch): Promise<DraftingError> {
  try {
    await fetchImpl(url, { method: "GET", mode: "no-cors", cache: "no-store", signal: AbortSignal.timeout(5000) });
    return new DraftingError("cors");
  } catch {
    return new DraftingError("network");
  }
}

/** GET {endpoint}/models: the model ids the service offers. */
export async function listModels(endpoint: string, apiKey?: string, signal?: AbortSignal, fetchImpl: typeof fetch = fetch): Promise<string[]> {
  const url = `${endpoint}/models`;
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: headers(apiKey, "application/json"), ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw new DraftingError("cancelled");
    if (error instanceof TypeError) throw await networkOrCors(url, fetchImpl);
    throw error;
  }
  const body = await readLimited(response);
  if (!response.ok) throw errorForStatus(response.status, body, "");
  try {
    const json = JSON.parse(body) as { data?: Array<{ id?: unknown }> };
    const ids = (json.data ?? []).map((m) => m.id).filter((id): id is string => typeof id === "string");
    return [...new Set(ids)].sort();
  } catch {
    throw new DraftingError("badRequest", { status: response.status, message: "GET /models did not answer JSON" });
  }
}

/** Streams one chat completion. Resolves with the whole answer; throws DraftingError (partial text in `partial`). */
export async function streamChat(options: ChatOptions): Promise<ChatResult> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const firstTokenMs = options.firstTokenTimeoutMs ?? 90_000;
  const idleMs = options.idleTimeoutMs ?? 30_000;
  const controller = new AbortController();
  let timedOut: DraftingError | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (ms: number, kind: "firstTokenTimeout" | "stalled") => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = new DraftingError(kind, { seconds: Math.round(ms / 1000) });
      controller.abort();
    }, ms);
  };
  const onCallerAbort = () => controller.abort();
  if (options.signal?.aborted) throw new DraftingError("cancelled");
  options.signal?.addEventListener("abort", onCallerAbort, { once: true });

  const started = Date.now();
  const result: ChatResult = { content: "", reasoning: "", finishReason: null, firstTokenMs: null };
  const stopped = (): DraftingError | null => timedOut ?? (options.signal?.aborted ? new DraftingError("cancelled") : null);
  const url = `${options.endpoint}/chat/completions`;
  try {
    arm(firstTokenMs, "firstTokenTimeout");
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: "POST",
        headers: headers(options.apiKey, "text/event-stream"),
        body: JSON.stringify({ model: options.model, messages: options.messages, stream: true }),
        signal: controller.signal,
      });
    } catch (error) {
      const stop = stopped();
      if (stop) throw stop;
      if (error instanceof TypeError) throw await networkOrCors(url, fetchImpl);
      throw error;
    }
    if (!response.ok) throw errorForStatus(response.status, await readLimited(response), options.model);
    const type = response.headers.get("content-type") ?? "";
    if (!/^text\/event-stream/i.test(type) || !response.body) {
      await readLimited(response);
      throw new DraftingError("notSse", { status: response.status, message: `content-type: ${type || "(none)"}` });
    }

    let done = false;
    let streamError: DraftingError | null = null;
    const onEvent = (event: EventSourceMessage) => {
      if (done || streamError) return;
      if (event.data === "[DONE]") {
        done = true;
        return;
      }
      let chunk: {
        error?: { message?: string } | string;
        choices?: Array<{ delta?: { content?: string | null; reasoning_content?: string | null; reasoning?: string | null }; finish_reason?: string | null }>;
      };
      try {
        chunk = JSON.parse(event.data);
      } catch {
        streamError = new DraftingError("modelError", { message: `unreadable event: ${event.data.slice(0, 80)}` });
        return;
      }
      if (chunk.error) {
        const message = typeof chunk.error === "string" ? chunk.error : (chunk.error.message ?? "");
        streamError = new DraftingError("modelError", { message });
        return;
      }
      const choice = chunk.choices?.[0];
      if (!choice) return; // usage-only chunks
      const delta: StreamDelta = {};
      const reasoning = choice.delta?.reasoning_content ?? choice.delta?.reasoning;
      if (reasoning) delta.reasoning = reasoning;
      if (choice.delta?.content) delta.content = choice.delta.content;
      if (delta.content || delta.reasoning) {
        result.firstTokenMs ??= Date.now() - started;
        result.content += delta.content ?? "";
        result.reasoning += delta.reasoning ?? "";
        arm(idleMs, "stalled");
        options.onDelta?.(delta);
      }
      if (choice.finish_reason) result.finishReason = choice.finish_reason;
    };
    const parser = createParser({ onEvent });
    const reader = response.body.getReader();
    // UTF-8 split across network chunks: the decoder keeps the partial character for the next one.
    const decoder = new TextDecoder("utf-8");
    try {
      for (;;) {
        const { value, done: ended } = await reader.read();
        if (ended) break;
        parser.feed(decoder.decode(value, { stream: true }));
        if (streamError) throw streamError;
        if (done) break;
      }
      parser.feed(decoder.decode());
    } catch (error) {
      if (error instanceof DraftingError) throw error;
      const stop = stopped();
      if (stop) throw stop;
      throw new DraftingError("dropped");
    } finally {
      reader.cancel().catch(() => undefined);
    }
    if (streamError) throw streamError;
    // A stream that just ends, without [DONE] or a finish reason, was cut off.
    if (!done && !result.finishReason) {
      const stop = stopped();
      throw stop ?? new DraftingError("dropped");
    }
    return result;
  } catch (error) {
    if (error instanceof DraftingError) Object.assign(error, { partial: result });
    throw error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onCallerAbort);
  }
}

/** What arrived before a stream failed (stalled, dropped, cancelled). */
export function partialOf(error: unknown): ChatResult | null {
  return error instanceof DraftingError ? ((error as DraftingError & { partial?: ChatResult }).partial ?? null) : null;
}
