/**
 * The add-in's only network request: downloading a team file (content pack). Bounded in time
 * (default 10 s, cancellable), in size while streaming (a reply without Content-Length is never
 * read whole first), and refused before sending when the address cannot work: http: from an
 * https: pane is blocked as mixed content, and an origin missing from the build's connect-src
 * (TEAM_ORIGINS) is blocked by the CSP. Every failure is a bilingual message; nothing throws.
 */
import type { Bilingual } from "../../core/text/bilingual";
import { fetchMessages } from "./messages";

export const DEFAULT_TIMEOUT_MS = 10_000;

export type FetchFailure = "address" | "insecure" | "csp" | "network" | "timeout" | "cancelled" | "http" | "denied" | "size" | "broken";

export type LimitedFetchResult =
  | { ok: true; bytes: Uint8Array; url: string }
  | { ok: false; kind: FetchFailure; error: Bilingual };

export interface LimitedFetchOptions {
  maxBytes: number;
  timeoutMs?: number;
  /** Aborting it cancels the download (the 取消 button). */
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  /** Origins connect-src allows, or "any"; read from the page's CSP when absent. */
  allowedOrigins?: readonly string[] | "any";
  /** Protocol of the page itself (mixed-content rule). */
  pageProtocol?: string;
}

const fail = (kind: FetchFailure, error: Bilingual): LimitedFetchResult => ({ ok: false, kind, error });
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * connect-src of the page's CSP meta tag: "any" when there is none or it allows every https
 * host; otherwise the listed sources ('self' becomes the page's own origin; host sources keep
 * their scheme, host, port, and a leading `*.` wildcard; paths are dropped, so the check is by
 * origin, as the build writes them).
 */
export function connectSrcOrigins(
  doc: Document | undefined = typeof document === "undefined" ? undefined : document,
  selfOrigin: string = typeof location === "undefined" ? "" : location.origin,
): readonly string[] | "any" {
  const meta = doc?.querySelector('meta[http-equiv="Content-Security-Policy" i]');
  const policy = meta?.getAttribute("content");
  return policy ? connectSrcFromPolicy(policy, selfOrigin) : "any";
}

/** The same, from the policy text itself (directive names are case-insensitive). */
export function connectSrcFromPolicy(policy: string, selfOrigin = ""): readonly string[] | "any" {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    const key = name?.toLowerCase();
    // The first occurrence of a directive wins (CSP ignores repeats).
    if (key && !directives.has(key)) directives.set(key, sources);
  }
  const sources = directives.get("connect-src") ?? directives.get("default-src");
  if (!sources) return "any";
  if (sources.some((s) => s === "*" || s.toLowerCase() === "https:")) return "any";
  const origins: string[] = [];
  for (const source of sources) {
    const lower = source.toLowerCase();
    if (lower === "'self'") {
      if (selfOrigin && selfOrigin !== "null") origins.push(selfOrigin);
      continue;
    }
    if (lower === "'none'" || lower.startsWith("'") || lower.endsWith(":")) continue; // keywords, hashes, bare schemes
    const match = /^([a-z][a-z0-9+.-]*:\/\/)?(\*\.)?([^/:]+)(:(\d+|\*))?/i.exec(source);
    if (!match) continue;
    const scheme = (match[1] ?? "https://").toLowerCase();
    const port = match[4] ?? "";
    origins.push(`${scheme}${match[2] ?? ""}${match[3]!.toLowerCase()}${port === ":443" && scheme === "https://" ? "" : port}`);
  }
  return origins;
}

/** True when `origin` (a URL's origin) is one of the allowed sources (a `*.` source matches subdomains). */
export function originAllowed(origin: string, allowed: readonly string[] | "any"): boolean {
  if (allowed === "any") return true;
  return allowed.some((source) => {
    if (source === origin) return true;
    const wildcard = /^([a-z][a-z0-9+.-]*:\/\/)\*\.(.+)$/i.exec(source);
    if (!wildcard) return false;
    const [, scheme, rest] = wildcard;
    const url = new URL(origin);
    return `${url.protocol}//` === scheme && `${url.hostname}${url.port ? ":" + url.port : ""}`.endsWith(`.${rest}`);
  });
}

/** SharePoint/OneDrive file links open a viewer; `download=1` asks for the file itself. */
export function downloadUrlFor(url: URL): string {
  const copy = new URL(url.toString());
  if (/\.sharepoint\.(com|cn)$/i.test(copy.hostname) && !copy.searchParams.has("download")) copy.searchParams.set("download", "1");
  return copy.toString();
}

/** Checks an address before any request; null when it can be fetched. */
export function addressProblem(
  address: string,
  allowed: readonly string[] | "any" = connectSrcOrigins(),
  pageProtocol: string = typeof location === "undefined" ? "https:" : location.protocol,
): LimitedFetchResult | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return fail("address", fetchMessages.invalidAddress);
  }
  // Loopback (localhost, 127.x, [::1]) is "potentially trustworthy": browsers do not block it as mixed content.
  const loopback = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i.test(url.hostname);
  if (url.protocol === "http:" && pageProtocol === "https:" && !loopback) {
    return fail("insecure", fetchMessages.insecure);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return fail("address", fetchMessages.notHttps);
  }
  if (!originAllowed(url.origin, allowed)) {
    return fail("csp", fetchMessages.csp(url.origin));
  }
  return null;
}

/** Downloads `address` within the limits; cookies included (SharePoint needs the user's sign-in). */
export async function fetchLimited(address: string, options: LimitedFetchOptions): Promise<LimitedFetchResult> {
  const problem = addressProblem(address, options.allowedOrigins ?? connectSrcOrigins(), options.pageProtocol);
  if (problem) return problem;
  const url = new URL(address.trim());
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCancel = () => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener("abort", onCancel);
  // Every wait races the abort: a server (or a fetch stand-in) that ignores the signal cannot keep
  // the download open past the timeout or a cancel.
  const aborted = new Promise<never>((_, reject) => {
    if (controller.signal.aborted) reject(new Error("aborted"));
    else controller.signal.addEventListener("abort", () => reject(new Error("aborted")), { once: true });
  });
  aborted.catch(() => undefined);
  const stopped = (): LimitedFetchResult | null =>
    timedOut
      ? fail("timeout", fetchMessages.timeout(timeoutMs / 1000))
      : controller.signal.aborted
        ? fail("cancelled", fetchMessages.cancelled)
        : null;
  try {
    // Cancelled before it started: no request at all.
    if (controller.signal.aborted) return stopped()!;
    const fetchImpl = options.fetchImpl ?? ((input, init) => fetch(input, init));
    let response: Response;
    try {
      response = await Promise.race([fetchImpl(downloadUrlFor(url), { credentials: "include", cache: "no-cache", signal: controller.signal }), aborted]);
    } catch {
      return (
        stopped() ??
        fail("network", fetchMessages.network)
      );
    }
    if (!response.ok) {
      discard(response);
      if (response.status === 401 || response.status === 403) {
        return fail("denied", fetchMessages.denied(response.status));
      }
      return fail("http", fetchMessages.http(response.status));
    }
    const tooLarge = (size: number) =>
      fail("size", fetchMessages.tooLarge(mb(size), mb(options.maxBytes)));
    const declared = Number(response.headers.get("content-length") ?? "0");
    if (declared > options.maxBytes) {
      discard(response);
      controller.abort();
      return tooLarge(declared);
    }
    const bytes = await readBounded(response, options.maxBytes, controller, aborted);
    if (bytes === "too-large") return tooLarge(options.maxBytes + 1);
    if (bytes === null) return stopped() ?? fail("broken", fetchMessages.broken);
    return { ok: true, bytes, url: url.toString() };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onCancel);
  }
}

/** Lets go of a body that will not be read (frees the connection). */
function discard(response: Response): void {
  try {
    void response.body?.cancel().catch(() => undefined);
  } catch {
    // A locked or already-closed body: nothing to free.
  }
}

/** Reads the body chunk by chunk, stopping (and aborting) as soon as it passes maxBytes. */
async function readBounded(
  response: Response,
  maxBytes: number,
  controller: AbortController,
  aborted: Promise<never>,
): Promise<Uint8Array | "too-large" | null> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    reader = response.body?.getReader();
    if (!reader) {
      const whole = new Uint8Array(await Promise.race([response.arrayBuffer(), aborted]));
      return whole.length > maxBytes ? "too-large" : whole;
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        controller.abort();
        void reader.cancel().catch(() => undefined);
        return "too-large";
      }
      chunks.push(value);
    }
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  } catch {
    void reader?.cancel().catch(() => undefined);
    return null;
  }
}
