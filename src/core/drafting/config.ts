/**
 * Where drafts come from: an OpenAI-compatible endpoint, configured by an administrator in a
 * content pack (`drafting`, optionally locked) or by a person in the pane; off until one does.
 * The endpoint must be https (http only on this computer's loopback, which browsers treat as
 * secure) and allowed by the page's Content-Security-Policy connect-src. No key ever sits in a
 * pack: a pack is published to everyone; a key is a person's (kept on their computer) or the
 * organisation's reverse proxy's.
 */
import { z } from "zod";
import type { Bilingual } from "../text/bilingual";
import { draftingMessages } from "./messages";

const KEY_NAMES = /^(api[-_]?key|key|token|secret|authorization|bearer|password)$/i;

const draftingShape = z
  .object({
    /** Base URL of the OpenAI-compatible API, ending in /v1 (…/chat/completions is appended). */
    endpoint: z.string().max(300).refine((s) => endpointProblem(s) === null, { message: "endpoint must be an https URL such as https://llm.example.gov.cn/v1" }),
    model: z.string().trim().min(1).max(200),
    /** Added after the add-in's own rules (figures only from the material, X where missing). */
    systemPrompt: z.string().max(4000).optional(),
    /** The organisation's own classification terms (besides 绝密/机密/秘密 markings). */
    classifiedTerms: z.array(z.string().trim().min(1).max(40)).max(200).optional(),
    /** Set by an administrator: the person cannot change the endpoint or model, nor switch it off. */
    locked: z.boolean(),
  })
  .strict();

/** A pack's `drafting` part; a key of any name (apiKey, token…) is refused with its reason. */
export const packDraftingSchema = z
  .record(z.string(), z.unknown())
  .superRefine((value, ctx) => {
    for (const name of Object.keys(value)) {
      if (KEY_NAMES.test(name)) ctx.addIssue({ code: "custom", path: [name], message: "a key must never be stored in a content pack (everyone who loads the pack could read it); keep it in the organisation's reverse proxy" });
    }
  })
  .pipe(draftingShape);

export type PackDrafting = z.infer<typeof draftingShape>;

/** The configuration in force. */
export interface DraftingConfig {
  endpoint: string;
  model: string;
  systemPrompt?: string;
  classifiedTerms: string[];
  /** Where it comes from: a pack (with its name) or the person's settings. */
  source: { kind: "pack"; name: Bilingual; locked: boolean } | { kind: "settings" };
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The endpoint as a base URL without trailing slash or a pasted /chat/completions, or null. */
export function normalizeEndpoint(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.username || url.password || url.search || url.hash) return null;
  const path = url.pathname.replace(/\/+$/, "").replace(/\/chat\/completions$/, "").replace(/\/models$/, "");
  return `${url.origin}${path}`;
}

/** Why `text` is no usable endpoint, or null. */
export function endpointProblem(text: string): Bilingual | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return draftingMessages.endpointInvalid;
  }
  if (url.username || url.password) return draftingMessages.endpointCredentials;
  if (url.search || url.hash) return draftingMessages.endpointQuery;
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && LOOPBACK.has(url.hostname)) return null;
  return draftingMessages.endpointNotHttps;
}

/** connect-src of a Content-Security-Policy, or null when the policy has none (then default-src applies). */
export function connectSources(policy: string): string[] | null {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  return directives.get("connect-src") ?? directives.get("default-src") ?? null;
}

/**
 * Whether the page may connect to `endpoint` under `sources` (connect-src, with the page's own
 * origin for 'self'); null sources mean the page has no policy. CSP source matching, for the
 * forms a build writes: 'self', 'none', *, scheme (https:), origin, and *.host wildcards.
 */
export function connectAllowed(endpoint: string, sources: readonly string[] | null, pageOrigin: string): boolean {
  if (sources === null) return true;
  const url = new URL(endpoint);
  return sources.some((raw) => {
    const source = raw.trim();
    if (source === "'none'") return false;
    if (source === "'self'") return url.origin === pageOrigin;
    if (source === "*") return url.protocol === "https:" || url.protocol === "http:";
    if (/^[a-z][a-z0-9+.-]*:$/i.test(source)) return url.protocol === source.toLowerCase();
    const m = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+)(?::(\d+|\*))?(\/.*)?$/i.exec(source);
    if (!m) return false;
    const [, scheme, wildcard, host = "", port, path] = m;
    if (scheme && `${scheme.toLowerCase()}:` !== url.protocol) return false;
    const hostOk = wildcard ? url.hostname.endsWith(`.${host.toLowerCase()}`) : url.hostname === host.toLowerCase();
    if (!hostOk) return false;
    const defaultPort = url.protocol === "https:" ? "443" : "80";
    if (port !== "*" && (port ?? defaultPort) !== (url.port || defaultPort)) return false;
    return !path || path.endsWith("/") ? url.pathname.startsWith(path ?? "/") : url.pathname === path;
  });
}

/** The first pack that configures drafting (packs in their source order), as the configuration in force. */
export function draftingFromPacks(packs: ReadonlyArray<{ name: Bilingual; drafting?: PackDrafting }>): DraftingConfig | null {
  for (const pack of packs) {
    const d = pack.drafting;
    if (!d) continue;
    const endpoint = normalizeEndpoint(d.endpoint);
    if (!endpoint) continue;
    return {
      endpoint,
      model: d.model,
      ...(d.systemPrompt ? { systemPrompt: d.systemPrompt } : {}),
      classifiedTerms: d.classifiedTerms ?? [],
      source: { kind: "pack", name: pack.name, locked: d.locked },
    };
  }
  return null;
}
